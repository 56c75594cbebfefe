/**
 * A per-code-unit class table for the segment scanners, filled from Unicode properties the first
 * time each code unit is seen, so the hot loops do one array read per character instead of a regex.
 */

/** Whitespace (including NBSP, BOM, NEL and zero-width space). */
export const C_SPACE = 0;
/** An upper- or title-case letter. */
export const C_UPPER = 1;
/** A lower-case letter or modifier letter. */
export const C_LOWER = 2;
/** A letter without case (CJK, Thai...). */
export const C_OTHER = 3;
/** A combining mark, soft hyphen or joiner: continues a word. */
export const C_MARK = 4;
/** An ASCII digit. */
export const C_DIGIT = 5;
/** Punctuation (Unicode P*). */
export const C_PUNCT = 6;
/** Anything else: symbols, controls, unassigned, other digits. */
export const C_SYMBOL = 7;
/** A UTF-16 surrogate (paired or lone); the scanner looks at the pair. */
export const C_SURROGATE = 8;

const UNKNOWN = 255;
/** Classes by UTF-16 code unit, each filled on first sight (building all 64k up front costs ~100 ms). */
const table = new Uint8Array(0x10000).fill(UNKNOWN);
const RE_PUNCT = /^\p{P}$/u;
const RE_OTHER = /^\p{Lo}$/u;
const RE_LOWER = /^[\p{Ll}\p{Lm}]$/u;
const RE_UPPER = /^[\p{Lu}\p{Lt}]$/u;
const RE_MARK = /^[\p{M}\u00ad\u200c\u200d]$/u;
/** `\s` lacks NEL (U+0085), which Unicode counts as White_Space and the splitters as a line break. */
const RE_SPACE = /^[\s\u0085\u200b]$/u;

function classify(c: number): number {
  let k: number;
  if (c >= 48 && c <= 57) k = C_DIGIT;
  else if (c >= 0xd800 && c <= 0xdfff) k = C_SURROGATE;
  else {
    const ch = String.fromCharCode(c);
    if (RE_SPACE.test(ch)) k = C_SPACE;
    else if (RE_MARK.test(ch)) k = C_MARK;
    else if (RE_UPPER.test(ch)) k = C_UPPER;
    else if (RE_LOWER.test(ch)) k = C_LOWER;
    else if (RE_OTHER.test(ch)) k = C_OTHER;
    else if (RE_PUNCT.test(ch)) k = C_PUNCT;
    else k = C_SYMBOL;
  }
  table[c] = k;
  return k;
}

/** The class of a UTF-16 code unit. */
export function classOf(c: number): number {
  const k = table[c];
  return k !== UNKNOWN ? k : classify(c);
}
