// Words as one regular-expression alternation: the helper every pattern built from a word list
// (data files of dates, credits, class names, foreign states, number words) goes through.

/**
 * A string with the characters that mean something in a regular expression escaped.
 *
 * @param s - any string
 * @returns its regex source, matching it literally
 * @example
 * ```ts
 * import { escapeRegExp } from "./alternation";
 * escapeRegExp("km/h (x)");
 * //=> "km\\/h \\(x\\)"
 * ```
 */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}

/** How {@link alternation} writes each word. */
export interface AlternationOptions {
  /** What a space between a word's parts becomes (default a literal space). */
  space?: string;
  /** The regex source of one word (default: the word escaped, its spaces as `space`). */
  form?: (word: string) => string;
}

/**
 * Words as one alternation, each once, the longest first so that a word wins over its prefix
 * ("bài và ảnh" before "bài"); ties in code-unit order, so the source is the same every time.
 *
 * @param words - the words
 * @param options - `space` and `form` (optional)
 * @returns the alternation's source, to put inside a group
 * @example
 * ```ts
 * import { alternation } from "./alternation";
 * alternation(["bài", "bài và ảnh", "km/h"], { space: "\\s+" });
 * //=> "bài\\s+và\\s+ảnh|km\\/h|bài"
 * ```
 */
export function alternation(words: readonly string[], options: AlternationOptions = {}): string {
  const space = options.space ?? " ";
  const form = options.form ?? ((w: string) => escapeRegExp(w).replace(/ /g, space));
  return [...new Set(words)]
    .sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0))
    .map(form)
    .join("|");
}
