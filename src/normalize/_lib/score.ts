/**
 * How Vietnamese a text reads: over its words that carry a non-ASCII character, how many are
 * well-formed syllables (good) and how many are not (bad). Legacy text read as Windows-1252 scores
 * badly; the right decoding scores well; ordinary Unicode text scores the same under any decoding.
 */
import { isWellFormedSyllable } from "./syllable-check";

/** Good and bad word counts of a text, and how many words were looked at. */
export interface Score {
  good: number;
  bad: number;
  words: number;
}

const isTrim = (c: number): boolean =>
  (c >= 0x21 && c <= 0x40) ||
  (c >= 0x5b && c <= 0x60) ||
  (c >= 0x7b && c <= 0x7e) ||
  c === 0xab ||
  c === 0xbb ||
  (c >= 0x2010 && c <= 0x201f) ||
  c === 0x2026;

const isAsciiLetter = (c: number): boolean => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);

const isSpace = (c: number): boolean =>
  c <= 0x20 || c === 0xa0 || c === 0x3000 || (c >= 0x2000 && c <= 0x200b);

/**
 * Scores a text (NFC expected).
 *
 * @param text - the text
 * @returns the counts
 * @example
 * ```ts
 * scoreText("Việt Nam ViÖt").good;
 * //=> 1
 * ```
 */
export function scoreText(text: string): Score {
  let good = 0;
  let bad = 0;
  let words = 0;
  const n = text.length;
  let i = 0;
  while (i < n) {
    while (i < n && isSpace(text.charCodeAt(i))) i++;
    let s = i;
    while (i < n && !isSpace(text.charCodeAt(i))) i++;
    let e = i;
    if (e === s) continue;
    words++;
    while (s < e && isTrim(text.charCodeAt(s))) s++;
    while (e > s && isTrim(text.charCodeAt(e - 1))) e--;
    // Words with a non-ASCII character count; a lone symbol ("¼", "€") does not.
    let marked = false;
    let ascii = false;
    for (let k = s; k < e; k++) {
      const c = text.charCodeAt(k);
      if (c >= 0x80) marked = true;
      else if (isAsciiLetter(c)) ascii = true;
    }
    if (!marked || (!ascii && e - s < 2)) continue;
    if (isWellFormedSyllable(text.slice(s, e))) good++;
    else bad++;
  }
  return { good, bad, words };
}
