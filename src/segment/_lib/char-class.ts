/**
 * The segment scanners' view of the character classes (core/char-class.ts), cached by code unit
 * the first time each is seen, so the hot loops do one array read per character instead of a regex.
 */
import { classCache, UNSEEN } from "../../core/char-class";

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

// tokenize's view of the library's one class table (core/char-class.ts): breaks are spaces (the
// scanners look for line breaks by code), joiners are marks, digits other than ASCII are symbols
const VIEW: readonly number[] = [
  C_SYMBOL, // U_SYMBOL
  C_SPACE, // U_SPACE
  C_SPACE, // U_BREAK
  C_MARK, // U_JOINER
  C_MARK, // U_MARK
  C_UPPER, // U_UPPER
  C_LOWER, // U_LOWER
  C_OTHER, // U_LETTER
  C_DIGIT, // U_DIGIT
  C_SYMBOL, // U_DIGIT_OTHER
  C_SYMBOL, // U_NUMBER
  C_PUNCT, // U_PUNCT
  C_SURROGATE, // U_HIGH
  C_SURROGATE, // U_LOW
];
const cache = classCache(VIEW);
/** The value of a code unit not seen yet in {@link CLASSES}. */
export const UNKNOWN = UNSEEN;
/**
 * Classes by UTF-16 code unit, each filled on first sight from the table under it: a per-character
 * loop reads it directly (`CLASSES[c]`, then {@link classOf} only for UNKNOWN): a call per
 * character costs more than the read where V8 does not inline it (`node --no-turbo-inlining`, or
 * before a loop is optimised).
 */
export const CLASSES = cache.table;

/** The class of a UTF-16 code unit. */
export const classOf: (c: number) => number = cache.classOf;
