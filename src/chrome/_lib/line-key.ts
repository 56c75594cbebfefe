// Matching keys of a line for the chrome phrase list, and the counts of its characters the line
// features read. One pass over the line with per-code-unit tables filled on first sight of each code
// unit, so a key costs time linear in the line and no allocation per character.

import {
  U_DIGIT,
  U_DIGIT_OTHER,
  U_HIGH,
  U_LETTER,
  U_LOW,
  U_LOWER,
  U_MARK,
  U_UPPER,
  unicodeClass,
} from "../../core/char-class";
import { unitReader, unitsText } from "../../core/code-units";

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const COMBINING = /\p{M}/u;
// Tone marks as combining characters: 1 sắc, 2 huyền, 3 hỏi, 4 ngã, 5 nặng.
const TONE_DIGIT: Record<string, number> = {
  "\u0301": 1,
  "\u0341": 1,
  "\u0300": 2,
  "\u0340": 2,
  "\u0309": 3,
  "\u0303": 4,
  "\u0323": 5,
};

/** Kinds of code unit. */
const SEP = 1;
const LETTER = 2;
const MARK = 3;
const PUNCT = 4; // ":" and "©", kept in the key

/**
 * What the counts see of a code unit (bits 8–13 of its packed entry), as the library's one class
 * table has it: white space that separates words (ASCII controls 9–13, space, no-break, the
 * 2000–200A spaces, ideographic), a letter (a surrogate counts as one), a capital, a digit of any
 * script, a combining mark, and "marked": a letter outside ASCII, which tells Vietnamese words from
 * bare ASCII ones.
 */
const N_SPACE = 1 << 8;
const N_LETTER = 1 << 9;
const N_DIGIT = 1 << 10;
const N_UPPER = 1 << 11;
const N_MARKED = 1 << 12;
const N_MARK = 1 << 13;

/**
 * Per code unit, packed so the loop reads one table: kind (bits 0–2; 0 = not seen yet), marked
 * (bit 3), tone digit (bits 4–6), the counts' classes (bits 8–13) and the base lower-case unit
 * (bits 16–31).
 */
const INFO = new Uint32Array(65536);

function pack(kind: number, marked: number, tone: number, base: number): number {
  return (kind | (marked << 3) | (tone << 4) | (base << 16)) >>> 0;
}

function countClass(c: number): number {
  let k = 0;
  if (c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x3000 || (c >= 0x2000 && c <= 0x200a))
    k |= N_SPACE;
  const u = unicodeClass(c);
  if (u === U_HIGH || u === U_LOW) k |= N_LETTER;
  else if (u === U_DIGIT || u === U_DIGIT_OTHER) k |= N_DIGIT;
  else if (u === U_UPPER || u === U_LOWER || u === U_LETTER) {
    k |= N_LETTER;
    if (u === U_UPPER) k |= N_UPPER;
    if (c >= 128) k |= N_MARKED;
  } else if (u === U_MARK) k |= N_MARK;
  return k;
}

function learn(c: number): void {
  INFO[c] = (keyClass(c) | countClass(c)) >>> 0;
}

// the key's part of a code unit's entry
function keyClass(c: number): number {
  const ch = String.fromCharCode(c);
  if (c === 58 || c === 0xa9) return pack(PUNCT, 0, 0, c);
  if (c >= 0xd800 && c <= 0xdfff) return pack(SEP, 0, 0, 0);
  if (COMBINING.test(ch)) return pack(MARK, 1, TONE_DIGIT[ch] ?? 0, 0);
  if (!LETTER_OR_DIGIT.test(ch)) return pack(SEP, 0, 0, 0);
  const lower = ch.toLowerCase();
  const nfd = lower.normalize("NFD");
  let tone = 0;
  let rest = "";
  for (const m of nfd) {
    const t = TONE_DIGIT[m];
    if (t) tone = t;
    else rest += m;
  }
  const base = rest.normalize("NFC");
  // letters whose lower case is several units (rare outside Vietnamese) keep their own unit
  const unit = base.length === 1 ? base.charCodeAt(0) : lower.length === 1 ? lower.charCodeAt(0) : c;
  return pack(LETTER, nfd.length > 1 || lower === "đ" ? 1 : 0, tone, unit);
}

let keyBuf = new Uint16Array(256);
const readLine = unitReader();

/** The two keys of a line. */
export interface LineKeys {
  /**
   * Lower case, the tone mark of each word moved to a digit after it (so old and new tone
   * placement give one key: "hòa" and "hoà" are both "hoa2"), other diacritics kept, every run of
   * other characters but ":" and "©" one space, no space before ":".
   */
  key: string;
  /**
   * The key with every diacritic folded and no tone digits, for a line without diacritics: its key
   * itself ("trang chu"), since such a line has neither. "" when `marked` (it is not used then).
   */
  folded: string;
  /** True when the line has a letter with a diacritic: match it on `key`, else on `folded`. */
  marked: boolean;
  /** How many words of the key are in the `count` set given (see {@link wordSet}); 0 without one. */
  counted: number;
}

/** FNV-1a step over one code unit; kept a signed int32, which the engine holds without boxing. */
function step(h: number, c: number): number {
  return Math.imul(h ^ c, 0x01000193);
}

/** FNV-1a's offset basis as a signed int32: where {@link wordHash} starts. */
export const FNV_START = 0x811c9dc5 | 0;

/**
 * The hash of a word's key, as {@link lineKeys} computes it for the words it counts.
 *
 * @param key - one word's key (see lineKeys)
 * @returns a signed 32-bit hash
 */
export function wordHash(key: string): number {
  let h = FNV_START;
  for (let i = 0; i < key.length; i++) h = step(h, key.charCodeAt(i));
  return h;
}

/** Hashes of words ({@link wordHash}) in an open-addressed table, probed inside lineKeys' loop. */
export interface WordSet {
  slots: Int32Array;
  used: Uint8Array;
  mask: number;
}

/**
 * The set of the given words' key hashes, for {@link lineKeys} to count.
 *
 * @param keys - word keys (see lineKeys)
 * @returns the set
 */
export function wordSet(keys: readonly string[]): WordSet {
  let size = 16;
  while (size < 4 * keys.length) size *= 2;
  const set: WordSet = { slots: new Int32Array(size), used: new Uint8Array(size), mask: size - 1 };
  for (const k of keys) {
    const h = wordHash(k);
    let i = (h ^ (h >>> 15)) & set.mask;
    while (set.used[i] && set.slots[i] !== h) i = (i + 1) & set.mask;
    set.used[i] = 1;
    set.slots[i] = h;
  }
  return set;
}

/**
 * What {@link lineKeys} counts when given an array, in this order: whitespace-separated words;
 * letters, digits and capitals; code units that are not white space; and among the runs of letters
 * and digits (a combining mark continues one), those that open with a capital, those with a letter,
 * and those with a letter but none outside ASCII.
 */
export const LINE_COUNTS: readonly string[] = [
  "words",
  "letters",
  "digits",
  "upper",
  "nonSpace",
  "cap",
  "lettered",
  "unmarked",
];

/**
 * The matching keys of a line. Phrases in `data/chrome/phrases.tsv` are compiled the same way.
 * A line written with diacritics is matched with them ("thể:" is not "thẻ:", "tổng đại" is not
 * "tổng đài"); a line without any (unaccented text, English) is matched on the folded key.
 *
 * @param line - one line of text
 * @param count - the words to count in the key (function words), as a {@link wordSet}
 * @param counts - when given, the line's character counts are written into it, in the order of
 *   {@link LINE_COUNTS} (the line features read them; one pass over the line makes both)
 * @returns its keys
 * @example
 * ```ts
 * import { lineKeys } from "./line-key";
 * const counts = new Int32Array(8);
 * [lineKeys("Hòa Bình, 2024", undefined, counts).key, Array.from(counts)];
 * //=> ["hoa2 binh2 2024", [3, 7, 4, 2, 12, 2, 2, 0]]
 * ```
 */
export function lineKeys(line: string, count?: WordSet, counts?: Int32Array): LineKeys {
  const units = readLine(line);
  const length = line.length;
  // a key is at most twice the line (a tone digit after each letter)
  if (keyBuf.length < 2 * line.length + 2) {
    keyBuf = new Uint16Array(2 * line.length + 2);
  }
  const key = keyBuf;
  const slots = count?.slots;
  const used = count?.used;
  const mask = count ? count.mask : 0;
  const counting = counts !== undefined;
  let n = 0;
  let tone = 0;
  let marked = false;
  let pendingSpace = false;
  let inWord = false;
  let counted = 0;
  let h = FNV_START;
  // the counts' state: words are runs of non-space, runs are of letters and digits
  let words = 0;
  let letters = 0;
  let digits = 0;
  let upper = 0;
  let nonSpace = 0;
  let cap = 0;
  let lettered = 0;
  let unmarked = 0;
  let inToken = false;
  let inRun = false;
  let runLetters = 0;
  let runMarked = false;
  // A word ends at a separator, at ":" or "©" and at the end of the line (i === line.length, read
  // as a space): its tone digit is written and its hash looked up. No closure, so the loop's state
  // stays in registers; one packed table read per code unit, letters first among the key's kinds
  // (most units are letters). With five tables and a closure the loop ran at 13 or 27 ns a code
  // unit, by how V8 happened to compile it (crawl lines, the key strings included); then at 12–13
  // in every run. The counts were a second pass of their own over a second table (9 ns a unit).
  for (let i = 0; i <= length; i++) {
    const c = i < length ? units[i] : 32;
    let info = INFO[c];
    if (info === 0) {
      learn(c);
      info = INFO[c];
    }
    if (counting) {
      if (info & N_SPACE) inToken = false;
      else {
        nonSpace++;
        if (!inToken) words++;
        inToken = true;
      }
      if (info & (N_LETTER | N_DIGIT)) {
        if (!inRun) {
          inRun = true;
          runLetters = 0;
          runMarked = false;
          if (info & N_UPPER) cap++;
        }
        if (info & N_DIGIT) digits++;
        else {
          letters++;
          runLetters++;
          if (info & N_UPPER) upper++;
          if (info & N_MARKED) runMarked = true;
        }
      } else if (inRun && !(info & N_MARK)) {
        if (runLetters > 0) {
          lettered++;
          if (!runMarked) unmarked++;
        }
        inRun = false;
      }
    }
    const kind = info & 7;
    if (kind === LETTER) {
      if (info & 8) marked = true;
      const t = (info >>> 4) & 7;
      if (t) tone = t;
      if (pendingSpace) {
        key[n++] = 32;
        pendingSpace = false;
      }
      const b = info >>> 16;
      key[n++] = b;
      h = Math.imul(h ^ b, 0x01000193);
      inWord = true;
      continue;
    }
    if (kind === MARK) {
      marked = true;
      const t = (info >>> 4) & 7;
      if (t) tone = t;
      continue;
    }
    if (inWord) {
      if (tone) {
        key[n++] = 48 + tone;
        h = Math.imul(h ^ (48 + tone), 0x01000193);
      }
      if (slots && used) {
        let k = (h ^ (h >>> 15)) & mask;
        while (used[k] && slots[k] !== h) k = (k + 1) & mask;
        if (used[k]) counted++;
      }
      inWord = false;
    }
    h = FNV_START;
    tone = 0;
    if (kind === SEP) {
      pendingSpace = n > 0;
      continue;
    }
    if (c === 0xa9 && n > 0) key[n++] = 32;
    key[n++] = c;
    pendingSpace = c === 0xa9;
  }
  if (counting) {
    counts[0] = words;
    counts[1] = letters;
    counts[2] = digits;
    counts[3] = upper;
    counts[4] = nonSpace;
    counts[5] = cap;
    counts[6] = lettered;
    counts[7] = unmarked;
  }
  const text = unitsText(key, n);
  // a line without diacritics has no tone digits and only letters that fold to themselves, so its
  // key is its folded key (the folded key is only matched on such lines)
  return { key: text, folded: marked ? "" : text, marked, counted };
}
