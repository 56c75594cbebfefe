// Strings kept between calls must not hold on to the text they were cut from.

/**
 * A copy of `s` that holds no reference to a longer string. V8 makes a slice of 13 or more code units
 * a view into its parent, so a word cut from a page and kept as a cache key keeps the whole page
 * alive: on 2,000 crawl pages the module caches held 8 MB of page text through such keys. Shorter
 * strings are copies already and come back as they are.
 *
 * @param s - a string about to be kept (a cache key, an interned word)
 * @returns an equal string that owns its code units
 * @example
 * ```ts
 * const page = "Đại hội đại biểu toàn quốc lần thứ XIV của Đảng";
 * [ownCopy(page.slice(0, 26)), ownCopy("Đảng")];
 * //=> ["Đại hội đại biểu toàn quốc", "Đảng"]
 * ```
 */
export function ownCopy(s: string): string {
  // flattening the two-part string allocates a new flat one, which the slice then views
  return s.length < 13 ? s : ` ${s}`.slice(1);
}
