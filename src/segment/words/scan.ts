/**
 * The word segmenter's tokens: syllables, numbers, punctuation runs and symbols, with which
 * syllable may join the one before it (only horizontal spaces between). Read from the text's token
 * table (`../token-table.ts`), the one scan the entity finders read too: a syllable is a run of the
 * table, a number joins runs of digits over "." "," "/" ":" "-", and the runs of a hyphenated
 * compound, an initial's dot and a percent sign are merged here. The word model sees one fixed
 * token stream.
 */
import { U_DIGIT_OTHER, U_PUNCT, unicodeClass } from "../../core/char-class";
import { scanText, type TokenTable } from "../token-table";

/** Token kinds of the scanner. */
export const SYL = 1;
export const NUM = 2;
export const PUNCT = 3;
export const SYM = 4;

/** The token stream of one text, in parallel typed arrays (length `n`). */
export interface Scan {
  n: number;
  start: Int32Array;
  end: Int32Array;
  kind: Uint8Array;
  /** 1 when token i is a syllable that may join token i-1 (a syllable, only spaces between). */
  join: Uint8Array;
}

let buffers: Scan | null = null;

/** A decimal digit (ASCII or another script's): what a number is made of. */
function isDigit(c: number): boolean {
  return (c >= 48 && c <= 57) || (c > 0x7f && unicodeClass(c) === U_DIGIT_OTHER);
}

/** True when the run text[s, e) of the table holds a letter (a run holds letters, marks and digits). */
function hasLetterIn(text: string, s: number, e: number): boolean {
  for (let q = s; q < e; q++) if (!isDigit(text.charCodeAt(q))) return true;
  return false;
}

/** Punctuation in the library's one class table (the table's single tokens are punctuation, symbols or halves of a pair). */
function isPunct(c: number): boolean {
  return unicodeClass(c) === U_PUNCT;
}

/**
 * Scans `text` into syllables, numbers, punctuation and symbols. The arrays are reused by the
 * next call (no garbage per call): read them before scanning another text.
 *
 * @param text - the input
 * @returns parallel arrays of token offsets, kinds and join flags
 * @example
 * ```ts
 * scanTokens("Hôm nay, 3,5%").n;
 * //=> 4
 * ```
 */
export function scanTokens(text: string): Scan {
  return scanTable(scanText(text, false));
}

/**
 * The word segmenter's tokens of a text from its token table (see {@link scanTokens}).
 *
 * @param table - the text's token table
 * @returns parallel arrays of token offsets, kinds and join flags, reused by the next call
 * @example
 * ```ts
 * import { tokenTable } from "../token-table";
 * const s = scanTable(tokenTable("ông H. Nguyễn-Văn nói 1.234,5%"));
 * Array.from(s.kind.subarray(0, s.n));
 * //=> [1, 1, 1, 1, 2]
 * ```
 */
export function scanTable(table: TokenTable): Scan {
  const text = table.text;
  const { start: ts, end: te, gap } = table;
  const count = table.length;
  // a token of the scanner is one or more tokens of the table: never more of them
  let cap = buffers ? buffers.start.length : 16;
  while (cap < count + 16) cap <<= 1;
  if (!buffers || buffers.start.length < cap) {
    buffers = {
      n: 0,
      start: new Int32Array(cap),
      end: new Int32Array(cap),
      kind: new Uint8Array(cap),
      join: new Uint8Array(cap),
    };
  }
  const { start, end, kind, join } = buffers;
  let n = 0;
  let prevSyl = false; // last token was a syllable and no line break followed
  let k = 0;
  while (k < count) {
    const s = ts[k];
    let e = te[k];
    // a line break, or a tab (a table row's cell boundary in the article text), ends a run of joinable syllables
    if (gap[k] >= 2) prevSyl = false;
    let kd: number;
    if (table.word(k)) {
      let hasLetter = hasLetterIn(text, s, e);
      k++;
      // Digit groups and separators stay inside a number: 1/7/2020, 29.621.682, 3,5, 14:30.
      while (!hasLetter && k + 1 < count && gap[k] === 0 && gap[k + 1] === 0 && table.word(k + 1)) {
        const p = text.charCodeAt(ts[k]);
        if (p !== 46 && p !== 44 && p !== 47 && p !== 58 && p !== 45) break;
        if (!isDigit(text.charCodeAt(ts[k + 1]))) break;
        e = te[k + 1];
        hasLetter = hasLetterIn(text, ts[k + 1], e);
        k += 2;
      }
      if (hasLetter) {
        // Hyphenated compounds and codes written without spaces stay whole: "Wai-kru", "GD-ĐT".
        while (
          k + 1 < count &&
          gap[k] === 0 &&
          gap[k + 1] === 0 &&
          text.charCodeAt(ts[k]) === 45 &&
          table.word(k + 1) &&
          !isDigit(text.charCodeAt(ts[k + 1])) &&
          !isDigit(text.charCodeAt(e - 1))
        ) {
          e = te[k + 1];
          k += 2;
        }
        // An initial or a short abbreviation keeps its dot when a word follows: "ông H. nói", "TP. HCM".
        if (
          k < count &&
          gap[k] === 0 &&
          text.charCodeAt(ts[k]) === 46 &&
          isAbbreviation(text, s, e) &&
          wordFollows(table, k + 1)
        ) {
          e = te[k];
          k++;
        }
      } else if (k < count && gap[k] === 0 && text.charCodeAt(ts[k]) === 37) {
        e = te[k]; // percentages: "95%", "3,5%"
        k++;
      }
      kd = hasLetter ? SYL : NUM;
    } else {
      const c = text.charCodeAt(s);
      k++;
      if (isPunct(c)) {
        // Runs of the same mark ("...", "--") are one token.
        while (k < count && gap[k] === 0 && text.charCodeAt(ts[k]) === c) e = te[k++];
        kd = PUNCT;
      } else {
        // a surrogate pair is one symbol
        if (c >= 0xd800 && c <= 0xdbff && k < count && gap[k] === 0) {
          const lo = text.charCodeAt(ts[k]);
          if (lo >= 0xdc00 && lo <= 0xdfff) e = te[k++];
        }
        kd = SYM;
      }
    }
    start[n] = s;
    end[n] = e;
    kind[n] = kd;
    join[n] = kd === SYL && prevSyl ? 1 : 0;
    prevSyl = kd === SYL;
    n++;
  }
  buffers = { n, start, end, kind, join };
  return buffers;
}
const ABBREVIATIONS = new Set(["TP", "Tp", "tp", "Th", "th", "TX", "Tx", "tx", "TT", "tt"]);

/** A single Latin capital, a single Latin consonant, or a short abbreviation ("TP", "Th"). */
function isAbbreviation(text: string, s: number, e: number): boolean {
  if (e - s === 1) {
    const c = text.charCodeAt(s);
    if (c >= 65 && c <= 90) return true;
    return c >= 98 && c <= 122 && c !== 101 && c !== 105 && c !== 111 && c !== 117 && c !== 121;
  }
  return e - s === 2 && ABBREVIATIONS.has(text.slice(s, e));
}

/**
 * True when token k of the table is a run that starts with a letter right after the dot before it,
 * or any run (a letter or a digit first) after one horizontal space.
 */
function wordFollows(table: TokenTable, k: number): boolean {
  if (k >= table.length || !table.word(k)) return false;
  const g = table.gap[k];
  if (g === 0) return !isDigit(table.text.charCodeAt(table.start[k]));
  return g !== 2 && table.start[k] === table.end[k - 1] + 1;
}
