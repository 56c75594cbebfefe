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

let table: Uint8Array | null = null;

function build(): Uint8Array {
  const t = new Uint8Array(0x10000).fill(C_SYMBOL);
  const parts: string[] = [];
  for (let lo = 0; lo < 0x10000; lo += 0x800) {
    if (lo >= 0xd800 && lo < 0xe000) continue;
    const chunk: number[] = [];
    for (let c = lo; c < lo + 0x800; c++) chunk.push(c);
    parts.push(String.fromCharCode(...chunk));
  }
  const all = parts.join("");
  const mark = (re: RegExp, cls: number) => {
    for (const m of all.matchAll(re)) t[m[0].charCodeAt(0)] = cls;
  };
  mark(/[\p{P}]/gu, C_PUNCT);
  mark(/[\p{Lo}]/gu, C_OTHER);
  mark(/[\p{Ll}\p{Lm}]/gu, C_LOWER);
  mark(/[\p{Lu}\p{Lt}]/gu, C_UPPER);
  mark(/[\p{M}\u00ad\u200c\u200d]/gu, C_MARK);
  mark(/[\s\u200b]/gu, C_SPACE);
  for (let c = 48; c <= 57; c++) t[c] = C_DIGIT;
  for (let c = 0xd800; c <= 0xdfff; c++) t[c] = C_SURROGATE;
  return t;
}

/** The class table, indexed by UTF-16 code unit. */
export function charClasses(): Uint8Array {
  if (table === null) table = build();
  return table;
}

/** True for a letter class (upper, lower, caseless) or a mark. */
export function isWordClass(cls: number): boolean {
  return cls >= C_UPPER && cls <= C_MARK;
}
