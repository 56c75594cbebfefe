// The one character-class table of the library: what each UTF-16 code unit is (a space, a line
// break, a letter of which case, a mark, a digit, punctuation ...). Every scanner (tokenize and the
// sentence splitter, the word segmenter's scanner, the entity matchers' word tokens, normalize)
// reads its own coarser view of these classes, so they agree on every character.

/** Anything else: symbols, controls, format characters, unassigned code units. */
export const U_SYMBOL = 0;
/** A horizontal space: tab, Unicode space separators (Zs, NBSP included), zero-width space, BOM. */
export const U_SPACE = 1;
/** A line break: LF, CR, VT, FF, NEL, LINE SEPARATOR, PARAGRAPH SEPARATOR. */
export const U_BREAK = 2;
/** Soft hyphen, zero-width non-joiner and joiner: invisible, they continue a word. */
export const U_JOINER = 3;
/** A combining mark (Unicode M). */
export const U_MARK = 4;
/** An upper- or title-case letter (Lu, Lt). */
export const U_UPPER = 5;
/** A lower-case or modifier letter (Ll, Lm). */
export const U_LOWER = 6;
/** A letter without case (Lo: CJK, Thai ...). */
export const U_LETTER = 7;
/** An ASCII digit. */
export const U_DIGIT = 8;
/** Any other decimal digit (Nd). */
export const U_DIGIT_OTHER = 9;
/** Another number character (Nl, No: "Ⅳ", "²", "½"). */
export const U_NUMBER = 10;
/** Punctuation (Unicode P). */
export const U_PUNCT = 11;
/** A high (leading) surrogate. */
export const U_HIGH = 12;
/** A low (trailing) surrogate. */
export const U_LOW = 13;
/** How many classes there are (for the views' lookup arrays). */
export const U_CLASSES = 14;

const UNKNOWN = 255;
/** By UTF-16 code unit, each filled on first sight (building all 64k up front costs ~100 ms). */
const table = new Uint8Array(0x10000).fill(UNKNOWN);
const RE_SPACE = /^[\p{Zs}\t\u200b\ufeff]$/u;
const RE_MARK = /^\p{M}$/u;
const RE_UPPER = /^[\p{Lu}\p{Lt}]$/u;
const RE_LOWER = /^[\p{Ll}\p{Lm}]$/u;
const RE_LETTER = /^\p{Lo}$/u;
const RE_DIGIT = /^\p{Nd}$/u;
const RE_NUMBER = /^\p{N}$/u;
const RE_PUNCT = /^\p{P}$/u;

function classify(c: number): number {
  let k: number;
  if (c >= 48 && c <= 57) k = U_DIGIT;
  else if (c >= 0xd800 && c <= 0xdbff) k = U_HIGH;
  else if (c >= 0xdc00 && c <= 0xdfff) k = U_LOW;
  else if (c === 10 || c === 13 || c === 11 || c === 12 || c === 0x85 || c === 0x2028 || c === 0x2029)
    k = U_BREAK;
  else if (c === 0xad || c === 0x200c || c === 0x200d) k = U_JOINER;
  // "ː" (a modifier letter, IPA's length mark) stands for a colon in scraped infoboxes ("Tư lệnhː
  // Thiếu tướng …"); read as a letter it glued itself to the word before
  else if (c === 0x2d0) k = U_PUNCT;
  else {
    const ch = String.fromCharCode(c);
    if (RE_SPACE.test(ch)) k = U_SPACE;
    else if (RE_MARK.test(ch)) k = U_MARK;
    else if (RE_UPPER.test(ch)) k = U_UPPER;
    else if (RE_LOWER.test(ch)) k = U_LOWER;
    else if (RE_LETTER.test(ch)) k = U_LETTER;
    else if (RE_DIGIT.test(ch)) k = U_DIGIT_OTHER;
    else if (RE_NUMBER.test(ch)) k = U_NUMBER;
    else if (RE_PUNCT.test(ch)) k = U_PUNCT;
    else k = U_SYMBOL;
  }
  table[c] = k;
  return k;
}

/**
 * The class of a UTF-16 code unit (one of the `U_` constants).
 *
 * @param c - a code unit (0–0xFFFF)
 * @returns its class
 * @example
 * ```ts
 * import { U_JOINER, U_SPACE, unicodeClass } from "./char-class";
 * [unicodeClass(0x20) === U_SPACE, unicodeClass(0x200b) === U_SPACE, unicodeClass(0xad) === U_JOINER];
 * //=> [true, true, true]
 * ```
 */
export function unicodeClass(c: number): number {
  const k = table[c];
  return k !== UNKNOWN ? k : classify(c);
}

/** The value of a code unit not classified yet in a {@link ClassCache}'s table. */
export const UNSEEN = UNKNOWN;

/** A scanner's view filled on first sight: its table, and the function that fills it. */
export interface ClassCache {
  /** The scanner's class by code unit, {@link UNSEEN} until first asked. */
  readonly table: Uint8Array;
  /** The class of a code unit, filling the table on first sight. */
  readonly classOf: (c: number) => number;
}

/**
 * A scanner's own view of the classes as a table by code unit, filled on first sight like the table
 * under it. A per-character loop reads `table[c]` and calls `classOf` only for {@link UNSEEN}: where
 * V8 does not inline the call (`node --no-turbo-inlining`, or before a loop is optimised), a call
 * per character costs more than the read.
 *
 * @param view - the scanner's class for each `U_` class, indexed by it
 * @returns the table and its filling function
 * @example
 * ```ts
 * import { classCache, U_CLASSES, U_DIGIT, UNSEEN } from "./char-class";
 * const digits = classCache(Array.from({ length: U_CLASSES }, (_, k) => (k === U_DIGIT ? 1 : 0)));
 * [digits.table[0x37] === UNSEEN, digits.classOf(0x37), digits.table[0x37]];
 * //=> [true, 1, 1]
 * ```
 */
export function classCache(view: readonly number[]): ClassCache {
  if (view.length !== U_CLASSES)
    throw new RangeError(`vietnews.classCache: expected ${U_CLASSES} classes, got ${view.length}`);
  const own = new Uint8Array(0x10000).fill(UNKNOWN);
  const classOf = (c: number): number => {
    const k = own[c];
    if (k !== UNKNOWN) return k;
    const v = view[unicodeClass(c)];
    own[c] = v;
    return v;
  };
  return { table: own, classOf };
}

/**
 * A scanner's own view of the classes: a table by code unit of the class it maps each one to,
 * filled on first sight like the table under it (see {@link classCache} for loops that read it).
 *
 * @param view - the scanner's class for each `U_` class, indexed by it
 * @returns a function from a code unit to the scanner's class
 * @example
 * ```ts
 * import { classView, U_CLASSES, U_SPACE, U_BREAK } from "./char-class";
 * const isSpace = classView(Array.from({ length: U_CLASSES }, (_, k) => (k === U_SPACE || k === U_BREAK ? 1 : 0)));
 * [isSpace(0x0a), isSpace(0x41)];
 * //=> [1, 0]
 * ```
 */
export function classView(view: readonly number[]): (c: number) => number {
  if (view.length !== U_CLASSES)
    throw new RangeError(`vietnews.classView: expected ${U_CLASSES} classes, got ${view.length}`);
  return classCache(view).classOf;
}

/**
 * The whole table of a view, for a scanner whose hot loop reads an array (built once, ~64k lookups).
 *
 * @param view - the scanner's class for each `U_` class
 * @returns the scanner's class by code unit
 * @example
 * ```ts
 * import { classTable, U_CLASSES, U_DIGIT } from "./char-class";
 * classTable(Array.from({ length: U_CLASSES }, (_, k) => (k === U_DIGIT ? 1 : 0)))[0x37];
 * //=> 1
 * ```
 */
export function classTable(view: readonly number[]): Uint8Array {
  if (view.length !== U_CLASSES)
    throw new RangeError(`vietnews.classTable: expected ${U_CLASSES} classes, got ${view.length}`);
  const t = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) t[c] = view[unicodeClass(c)];
  return t;
}
