// Matching keys of a line for the chrome phrase list. One pass over the line with per-code-unit
// tables filled on first sight of each code unit, so a key costs time linear in the line and no
// allocation per character.

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

/** Per code unit: kind (0 = not seen yet), base and folded lower-case unit, tone digit, marked flag. */
const KIND = new Uint8Array(65536);
const BASE = new Uint16Array(65536);
const FOLDED = new Uint16Array(65536);
const TONE = new Uint8Array(65536);
const MARKED = new Uint8Array(65536);

function learn(c: number): void {
  const ch = String.fromCharCode(c);
  if (c === 58 || c === 0xa9) {
    KIND[c] = PUNCT;
    BASE[c] = c;
    FOLDED[c] = c;
    return;
  }
  if (c >= 0xd800 && c <= 0xdfff) {
    KIND[c] = SEP;
    return;
  }
  if (COMBINING.test(ch)) {
    KIND[c] = MARK;
    TONE[c] = TONE_DIGIT[ch] ?? 0;
    MARKED[c] = 1;
    return;
  }
  if (!LETTER_OR_DIGIT.test(ch)) {
    KIND[c] = SEP;
    return;
  }
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
  const folded = rest
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .normalize("NFC");
  KIND[c] = LETTER;
  // letters whose lower case is several units (rare outside Vietnamese) keep their own unit
  BASE[c] = base.length === 1 ? base.charCodeAt(0) : lower.length === 1 ? lower.charCodeAt(0) : c;
  FOLDED[c] = folded.length === 1 ? folded.charCodeAt(0) : BASE[c];
  TONE[c] = tone;
  MARKED[c] = nfd.length > 1 || lower === "đ" ? 1 : 0;
}

let keyBuf = new Uint16Array(256);
let foldBuf = new Uint16Array(256);

function text(buf: Uint16Array, n: number): string {
  let out = "";
  for (let k = 0; k < n; k += 2048) {
    out += String.fromCharCode.apply(null, buf.subarray(k, Math.min(n, k + 2048)) as unknown as number[]);
  }
  return out;
}

/** The two keys of a line. */
export interface LineKeys {
  /**
   * Lower case, the tone mark of each word moved to a digit after it (so old and new tone
   * placement give one key: "hòa" and "hoà" are both "hoa2"), other diacritics kept, every run of
   * other characters but ":" and "©" one space, no space before ":".
   */
  key: string;
  /** The same with every diacritic folded and no tone digits ("hoa"); "" when `marked` (it is not used then). */
  folded: string;
  /** True when the line has a letter with a diacritic: match it on `key`, else on `folded`. */
  marked: boolean;
  /** How many words of the key are in the `count` set given (by {@link wordHash}); 0 without one. */
  counted: number;
}

/** FNV-1a step over one code unit. */
function step(h: number, c: number): number {
  return Math.imul(h ^ c, 0x01000193);
}

/**
 * The hash of a word's key, as {@link lineKeys} computes it for the words it counts.
 *
 * @param key - one word's key (see lineKeys)
 * @returns an unsigned 32-bit hash
 */
export function wordHash(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = step(h, key.charCodeAt(i));
  return h >>> 0;
}

/**
 * The matching keys of a line. Phrases in `data/chrome/phrases.tsv` are compiled the same way.
 * A line written with diacritics is matched with them ("thể:" is not "thẻ:", "tổng đại" is not
 * "tổng đài"); a line without any (unaccented text, English) is matched on the folded key.
 *
 * @param line - one line of text
 * @param count - hashes ({@link wordHash}) of words to count in the key (function words)
 * @returns its keys
 */
export function lineKeys(line: string, count?: Set<number>): LineKeys {
  // a key is at most twice the line (a tone digit after each letter)
  if (keyBuf.length < 2 * line.length + 2) {
    keyBuf = new Uint16Array(2 * line.length + 2);
    foldBuf = new Uint16Array(2 * line.length + 2);
  }
  let n = 0;
  let f = 0;
  let tone = 0;
  let marked = false;
  let pendingSpace = false;
  let inWord = false;
  let counted = 0;
  let h = 0x811c9dc5;
  const endWord = () => {
    if (inWord && tone) {
      keyBuf[n++] = 48 + tone;
      h = step(h, 48 + tone);
    }
    if (inWord && count?.has(h >>> 0)) counted++;
    h = 0x811c9dc5;
    tone = 0;
    inWord = false;
  };
  for (let i = 0; i < line.length; i++) {
    let c = line.charCodeAt(i);
    if (c >= 65 && c <= 90) c += 32;
    let kind = KIND[c];
    if (kind === 0) {
      learn(c);
      kind = KIND[c];
    }
    if (kind === SEP) {
      endWord();
      pendingSpace = n > 0;
      continue;
    }
    if (kind === MARK) {
      marked = true;
      if (TONE[c]) tone = TONE[c];
      continue;
    }
    if (kind === PUNCT) {
      endWord();
      if (c === 0xa9 && n > 0) {
        keyBuf[n++] = 32;
        foldBuf[f++] = 32;
      }
      keyBuf[n++] = c;
      foldBuf[f++] = c;
      // "©" is a word of its own ("©2024" -> "© 2024"); after ":" a word starts afresh
      pendingSpace = c === 0xa9;
      continue;
    }
    if (MARKED[c]) marked = true;
    if (TONE[c]) tone = TONE[c];
    if (pendingSpace) {
      keyBuf[n++] = 32;
      foldBuf[f++] = 32;
      pendingSpace = false;
    }
    keyBuf[n++] = BASE[c];
    foldBuf[f++] = FOLDED[c];
    h = step(h, BASE[c]);
    inWord = true;
  }
  endWord();
  // the folded key is only matched on lines without diacritics
  return { key: text(keyBuf, n), folded: marked ? "" : text(foldBuf, f), marked, counted };
}
