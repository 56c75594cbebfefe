/**
 * Words from the model's word starts that keep `tokenize`'s whole tokens whole (a URL, an e-mail, a
 * code, a number, a date, a time, a percentage, an abbreviation), each with its kind.
 */
import type { Word, WordKind } from "../../core/types";
import {
  K_ABBR,
  K_CODE,
  K_DATE,
  K_EMAIL,
  K_NUMBER,
  K_PERCENT,
  K_SYLLABLE,
  K_TIME,
  K_URL,
  KIND_NAMES,
  type TokenBuffer,
} from "../_lib/scan-tokens";
import { PUNCT, type Scan, SYM } from "./scan";

// the kinds tokenize keeps whole, which a word never splits
const WHOLE = new Uint8Array(KIND_NAMES.length);
for (const k of [K_NUMBER, K_URL, K_EMAIL, K_CODE, K_ABBR, K_DATE, K_TIME, K_PERCENT]) WHOLE[k] = 1;

/**
 * Builds the words from the word scanner's tokens and the model's start flags: a word boundary
 * that falls inside one of `tokenize`'s whole tokens is no boundary, so the words it runs across
 * are one. Every word gets its kind: the kind of the one `tokenize` token it is ("word" for a
 * syllable), else "word".
 *
 * @param text - the scanned text
 * @param scan - the word scanner's tokens
 * @param starts - 1 where a token starts a word
 * @param whole - `tokenize`'s tokens of the same text (the table's layer)
 * @returns the words, in order
 * @example
 * ```ts
 * import { segmentWords } from "vietnews";
 * segmentWords("Xem https://vi.wikipedia.org/wiki/Hà_Nội, v.v.").map((w) => `${w.text}:${w.kind}`);
 * //=> ["Xem:word", "https://vi.wikipedia.org/wiki/Hà_Nội:url", ",:punctuation", "v.v.:abbreviation"]
 * ```
 */
export function wordsFromStarts(text: string, scan: Scan, starts: Uint8Array, whole: TokenBuffer): Word[] {
  const out: Word[] = [];
  const n = scan.n;
  const { starts: wStart, ends: wEnd, kinds, length } = whole;
  let k = 0; // the first whole token that ends after the current word's start
  let i = 0;
  while (i < n) {
    const start = scan.start[i];
    let j = i + 1;
    while (j < n && !starts[j]) j++;
    let end = scan.end[j - 1];
    while (k < length && wEnd[k] <= start) k++;
    // a whole token that holds the word's last character and runs past it takes in the next words
    let t = k;
    for (;;) {
      while (t < length && wEnd[t] < end) t++;
      if (j >= n || t >= length || wStart[t] >= end || wEnd[t] <= scan.start[j] || !WHOLE[kinds[t]]) break;
      j++;
      while (j < n && !starts[j]) j++;
      end = scan.end[j - 1];
    }
    const exact = k < length && wStart[k] === start && wEnd[k] === end && kinds[k] !== K_SYLLABLE;
    // a run of marks ("##", "---") is one token of the word scanner and several of tokenize
    const run = j - i === 1 ? scan.kind[i] : 0;
    const kind: WordKind = exact
      ? (KIND_NAMES[kinds[k]] as WordKind)
      : run === PUNCT
        ? "punctuation"
        : run === SYM
          ? "symbol"
          : "word";
    out.push({ start, end, text: text.slice(start, end), kind });
    i = j;
  }
  return out;
}
