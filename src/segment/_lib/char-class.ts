/**
 * A per-code-unit class table for the segment scanners, built once (lazily) from Unicode
 * properties so the hot loops do one array read per character instead of a regex test.
 */

/** Whitespace (including NBSP, BOM and zero-width space). */
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
/** Classes by UTF-16 code unit, filled on first sight of each unit (a full build costs ~100 ms). */
const table = new Uint8Array(0x10000).fill(UNKNOWN);
const RE_PUNCT = /^\p{P}$/u;
const RE_OTHER = /^\p{Lo}$/u;
const RE_LOWER = /^[\p{Ll}\p{Lm}]$/u;
const RE_UPPER = /^[\p{Lu}\p{Lt}]$/u;
const RE_MARK = /^[\p{M}\u00ad\u200c\u200d]$/u;
const RE_SPACE = /^[\s\u200b]$/u;

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

// ASCII, Latin-1 and the Vietnamese blocks up front; the rest on demand.
for (let c = 0; c < 0x250; c++) classify(c);
for (let c = 0x300; c < 0x370; c++) classify(c);
for (let c = 0x1ea0; c < 0x1f00; c++) classify(c);
for (let c = 0x2000; c < 0x2070; c++) classify(c);

/** The class of a UTF-16 code unit. */
export function classOf(c: number): number {
  const k = table[c];
  return k !== UNKNOWN ? k : classify(c);
}

/** True for a letter class (upper, lower, caseless) or a mark. */
export function isWordClass(cls: number): boolean {
  return cls >= C_UPPER && cls <= C_MARK;
}
