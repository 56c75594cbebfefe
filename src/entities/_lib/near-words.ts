// A global regex whose every match contains a given word at a nearly fixed place, run only where
// that word is: the engine otherwise tries the pattern from every position its first character can
// match (each digit of a page, each "t"), which on crawl pages was most of the date finder's time.

/**
 * Where a word with either case on its first letter starts in a text ("tháng" and "Tháng"), in
 * order. Found by searching for the rest of the word, then checking the letter before.
 *
 * @param text - the text
 * @param word - a word of two or more characters, first letter lower case, the rest not repeating
 *   its own start (so two occurrences never overlap)
 * @returns the start of each occurrence
 * @example
 * ```ts
 * import { wordStarts } from "./near-words";
 * wordStarts("Tháng 5, tháng 6; kháng chiến", "tháng");
 * //=> [0, 9]
 * ```
 */
export function wordStarts(text: string, word: string): number[] {
  const rest = word.slice(1);
  const lower = word.charCodeAt(0);
  const upper = word[0].toUpperCase().charCodeAt(0);
  const at: number[] = [];
  for (let i = text.indexOf(rest, 1); i >= 0; i = text.indexOf(rest, i + rest.length)) {
    const c = text.charCodeAt(i - 1);
    if (c === lower || c === upper) at.push(i - 1);
  }
  return at;
}

const STICKY = new Map<RegExp, RegExp>();

/**
 * The matches of a global regex, as `text.matchAll(re)` gives them, for a regex each of whose
 * matches starts between `lo` and `hi` code units from one of `starts` (the word it contains): a
 * sticky copy is tried at those places only, in order, each match resuming where the last ended.
 * The window `hi - lo` must be shorter than the distance between two starts (the word's length),
 * so each place belongs to one start.
 *
 * @param text - the text
 * @param re - a regex with the `g` flag
 * @param starts - where the word starts, in order (see {@link wordStarts})
 * @param lo - the earliest a match starts, as an offset from its word's start (negative: before it)
 * @param hi - the latest a match starts, as the same offset
 * @returns the matches, each with its `index`
 * @example
 * ```ts
 * import { matchesNear, wordStarts } from "./near-words";
 * const text = "ngày 5 tháng 3, 12 tháng 10";
 * matchesNear(text, /(\d\d?) tháng (\d\d?)/g, wordStarts(text, "tháng"), -3, -2).map((m) => m[0]);
 * //=> ["5 tháng 3", "12 tháng 10"]
 * ```
 */
export function matchesNear(
  text: string,
  re: RegExp,
  starts: readonly number[],
  lo: number,
  hi: number,
): RegExpExecArray[] {
  let sticky = STICKY.get(re);
  if (sticky === undefined) {
    sticky = new RegExp(re.source, `${re.flags.replace("g", "")}y`);
    STICKY.set(re, sticky);
  }
  const found: RegExpExecArray[] = [];
  let next = 0;
  for (const at of starts) {
    for (let s = Math.max(at + lo, next); s <= at + hi; s++) {
      sticky.lastIndex = s;
      const m = sticky.exec(text);
      if (m) {
        found.push(m);
        next = s + Math.max(1, m[0].length);
        break;
      }
    }
  }
  return found;
}
