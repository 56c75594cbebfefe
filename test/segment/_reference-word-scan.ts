// The word segmenter's scanner as it was before it read the token table: one pass over the code
// units with its own view of the class table. Kept here as the reference the table-based scanner
// (src/segment/words/scan.ts) must equal on every input.
import { classTable } from "../../src/core/char-class";

const SYL = 1;
const NUM = 2;
const PUNCT = 3;
const SYM = 4;

// class 0: other (symbols)
const C_LETTER = 1;
const C_DIGIT = 2;
const C_SPACE = 3;
const C_BREAK = 4;
const C_PUNCT = 5;
const C_HIGH = 6;

// The word scanner's view of the library's one class table (core/char-class.ts): letters, marks
// and joiners make syllables; every decimal digit makes numbers; spaces and breaks separate
const VIEW: readonly number[] = [
  0, // U_SYMBOL
  C_SPACE, // U_SPACE
  C_BREAK, // U_BREAK
  C_LETTER, // U_JOINER
  C_LETTER, // U_MARK
  C_LETTER, // U_UPPER
  C_LETTER, // U_LOWER
  C_LETTER, // U_LETTER
  C_DIGIT, // U_DIGIT
  C_DIGIT, // U_DIGIT_OTHER
  0, // U_NUMBER
  C_PUNCT, // U_PUNCT
  C_HIGH, // U_HIGH
  0, // U_LOW
];

let classes: Uint8Array | null = null;

function charClasses(): Uint8Array {
  if (!classes) classes = classTable(VIEW);
  return classes;
}

/** The token stream of one text, in parallel typed arrays (length `n`). */
interface Scan {
  n: number;
  start: Int32Array;
  end: Int32Array;
  kind: Uint8Array;
  /** 1 when token i is a syllable that may join token i-1 (a syllable, only spaces between). */
  join: Uint8Array;
}

let buffers: Scan | null = null;

/** The reference scan of `text` (arrays reused by the next call). */
export function referenceScan(text: string): Scan {
  const cls = charClasses();
  const len = text.length;
  let cap = buffers ? buffers.start.length : 16;
  while (cap < (len >> 2) + 16) cap <<= 1;
  if (!buffers || buffers.start.length < cap) {
    buffers = {
      n: 0,
      start: new Int32Array(cap),
      end: new Int32Array(cap),
      kind: new Uint8Array(cap),
      join: new Uint8Array(cap),
    };
  }
  let { start, end, kind, join } = buffers;
  cap = start.length;
  let n = 0;
  let i = 0;
  let prevSyl = false; // last token was a syllable and only spaces followed
  while (i < len) {
    const c = cls[text.charCodeAt(i)];
    if (c === C_SPACE) {
      // a tab is a table row's cell boundary: no word runs across it
      if (text.charCodeAt(i) === 9) prevSyl = false;
      i++;
      continue;
    }
    if (c === C_BREAK) {
      prevSyl = false;
      i++;
      continue;
    }
    if (n === cap) {
      cap <<= 1;
      const s2 = new Int32Array(cap);
      s2.set(start);
      start = s2;
      const e2 = new Int32Array(cap);
      e2.set(end);
      end = e2;
      const k2 = new Uint8Array(cap);
      k2.set(kind);
      kind = k2;
      const j2 = new Uint8Array(cap);
      j2.set(join);
      join = j2;
    }
    const s = i;
    let k: number;
    if (c === C_LETTER || c === C_DIGIT) {
      let hasLetter = c === C_LETTER;
      i++;
      while (i < len) {
        const d = cls[text.charCodeAt(i)];
        if (d === C_LETTER) hasLetter = true;
        else if (d !== C_DIGIT) {
          // Digit groups and separators stay inside a number: 1/7/2020, 29.621.682, 3,5, 14:30.
          if (!hasLetter && d === C_PUNCT && i + 1 < len && cls[text.charCodeAt(i + 1)] === C_DIGIT) {
            const p = text.charCodeAt(i);
            if (p === 46 || p === 44 || p === 47 || p === 58 || p === 45) {
              i++;
              continue;
            }
          }
          break;
        }
        i++;
      }
      if (hasLetter) {
        // Hyphenated compounds and codes written without spaces stay whole: "Wai-kru", "GD-ĐT".
        while (
          i + 1 < len &&
          text.charCodeAt(i) === 45 &&
          cls[text.charCodeAt(i + 1)] === C_LETTER &&
          cls[text.charCodeAt(i - 1)] === C_LETTER
        ) {
          i += 2;
          while (i < len && (cls[text.charCodeAt(i)] === C_LETTER || cls[text.charCodeAt(i)] === C_DIGIT))
            i++;
        }
        // An initial or a short abbreviation keeps its dot when a word follows: "ông H. nói", "TP. HCM".
        if (
          i < len &&
          text.charCodeAt(i) === 46 &&
          isAbbreviation(text, s, i) &&
          wordFollows(text, i + 1, cls)
        )
          i++;
      } else if (i < len && text.charCodeAt(i) === 37) {
        i++; // percentages: "95%", "3,5%"
      }
      k = hasLetter ? SYL : NUM;
    } else if (c === C_PUNCT) {
      i++;
      // Runs of the same mark ("...", "--") are one token.
      const p = text.charCodeAt(s);
      while (i < len && text.charCodeAt(i) === p) i++;
      k = PUNCT;
    } else if (c === C_HIGH) {
      i++;
      const lo = i < len ? text.charCodeAt(i) : 0;
      if (lo >= 0xdc00 && lo <= 0xdfff) i++;
      k = SYM;
    } else {
      i++;
      k = SYM;
    }
    start[n] = s;
    end[n] = i;
    kind[n] = k;
    join[n] = k === SYL && prevSyl ? 1 : 0;
    prevSyl = k === SYL;
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

/** True when a letter follows at `i` directly, or a letter or digit after one horizontal space. */
function wordFollows(text: string, i: number, cls: Uint8Array): boolean {
  if (i < text.length && cls[text.charCodeAt(i)] === C_LETTER) return true;
  if (i + 1 >= text.length || cls[text.charCodeAt(i)] !== C_SPACE) return false;
  const c = cls[text.charCodeAt(i + 1)];
  return c === C_LETTER || c === C_DIGIT;
}
