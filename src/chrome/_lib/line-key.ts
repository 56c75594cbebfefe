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

/**
 * Per code unit, packed so the loop reads one table: kind (bits 0–2; 0 = not seen yet), marked
 * (bit 3), tone digit (bits 4–6) and the base lower-case unit (bits 16–31); and the folded unit.
 */
const INFO = new Uint32Array(65536);
const FOLDED = new Uint16Array(65536);

function pack(kind: number, marked: number, tone: number, base: number): number {
  return (kind | (marked << 3) | (tone << 4) | (base << 16)) >>> 0;
}

function learn(c: number): void {
  const ch = String.fromCharCode(c);
  if (c === 58 || c === 0xa9) {
    INFO[c] = pack(PUNCT, 0, 0, c);
    FOLDED[c] = c;
    return;
  }
  if (c >= 0xd800 && c <= 0xdfff) {
    INFO[c] = pack(SEP, 0, 0, 0);
    return;
  }
  if (COMBINING.test(ch)) {
    INFO[c] = pack(MARK, 1, TONE_DIGIT[ch] ?? 0, 0);
    return;
  }
  if (!LETTER_OR_DIGIT.test(ch)) {
    INFO[c] = pack(SEP, 0, 0, 0);
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
  // letters whose lower case is several units (rare outside Vietnamese) keep their own unit
  const unit = base.length === 1 ? base.charCodeAt(0) : lower.length === 1 ? lower.charCodeAt(0) : c;
  INFO[c] = pack(LETTER, nfd.length > 1 || lower === "đ" ? 1 : 0, tone, unit);
  FOLDED[c] = folded.length === 1 ? folded.charCodeAt(0) : unit;
}

let keyBuf = new Uint16Array(256);
let foldBuf = new Uint16Array(256);

// the key's code units as a string: spread as arguments when short, read as UTF-16 bytes by a
// Buffer view when longer (several times faster past a few dozen units; TextDecoder was slower),
// where the machine's typed arrays are little-endian as UTF-16LE is
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
function text(buf: Uint16Array, n: number): string {
  if (n <= 24 || !LITTLE_ENDIAN) {
    let out = "";
    for (let k = 0; k < n; k += 2048) {
      out += String.fromCharCode.apply(null, buf.subarray(k, Math.min(n, k + 2048)) as unknown as number[]);
    }
    return out;
  }
  return Buffer.from(buf.buffer, 0, 2 * n).toString("utf16le");
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
 * The matching keys of a line. Phrases in `data/chrome/phrases.tsv` are compiled the same way.
 * A line written with diacritics is matched with them ("thể:" is not "thẻ:", "tổng đại" is not
 * "tổng đài"); a line without any (unaccented text, English) is matched on the folded key.
 *
 * @param line - one line of text
 * @param count - the words to count in the key (function words), as a {@link wordSet}
 * @returns its keys
 */
export function lineKeys(line: string, count?: WordSet): LineKeys {
  // a key is at most twice the line (a tone digit after each letter)
  if (keyBuf.length < 2 * line.length + 2) {
    keyBuf = new Uint16Array(2 * line.length + 2);
    foldBuf = new Uint16Array(2 * line.length + 2);
  }
  const key = keyBuf;
  const fold = foldBuf;
  const slots = count?.slots;
  const used = count?.used;
  const mask = count ? count.mask : 0;
  let n = 0;
  let f = 0;
  let tone = 0;
  let marked = false;
  let pendingSpace = false;
  let inWord = false;
  let counted = 0;
  let h = FNV_START;
  // A word ends at a separator, at ":" or "©" and at the end of the line (i === line.length): its
  // tone digit is written and its hash looked up. No closure, so the loop's state stays in
  // registers; one packed table read per code unit, letters first (most units are letters). With
  // five tables and a closure the loop ran at 13 or 27 ns a code unit, by how V8 happened to compile
  // it (crawl lines, the key strings included); now at 12–13 in every run.
  for (let i = 0; i <= line.length; i++) {
    let c = i < line.length ? line.charCodeAt(i) : 32;
    if (c >= 65 && c <= 90) c += 32;
    let info = INFO[c];
    if (info === 0) {
      learn(c);
      info = INFO[c];
    }
    const kind = info & 7;
    if (kind === LETTER) {
      if (info & 8) marked = true;
      const t = (info >>> 4) & 7;
      if (t) tone = t;
      if (pendingSpace) {
        key[n++] = 32;
        fold[f++] = 32;
        pendingSpace = false;
      }
      const b = info >>> 16;
      key[n++] = b;
      fold[f++] = FOLDED[c];
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
    if (c === 0xa9 && n > 0) {
      key[n++] = 32;
      fold[f++] = 32;
    }
    key[n++] = c;
    fold[f++] = c;
    pendingSpace = c === 0xa9;
  }
  // the folded key is only matched on lines without diacritics
  return { key: text(key, n), folded: marked ? "" : text(fold, f), marked, counted };
}
