import { classView } from "../../core/char-class";
import { toneKey } from "../../normalize/tone-key";

const INT32_POOL: Int32Array[] = [];
const UINT8_POOL: Uint8Array[] = [];
const ARRAY_POOL: unknown[][] = [];

/**
 * A plain array from a per-slot pool, kept between calls and grown only past its largest use: an array
 * built by `push` to one element per token is reallocated and copied as it grows, and once past the
 * regular-object size every copy is a large-object allocation the collector scans again; at 100k
 * tokens that cost grew with the square of the length (0.4 ms for 10k pushes, 31 ms for 100k). Entries
 * past the length asked for are left over from earlier calls; callers read only below it.
 *
 * @param slot - which pooled array (one per concurrent use)
 * @param n - the length the caller will use (the array may be longer)
 * @param fill - the value written to entries 0..n-1
 * @returns the pooled array, entries 0..n-1 set to `fill`
 * @example
 * ```ts
 * findBodies("Bộ Nội vụ").length; // its parse tables live in pooled arrays
 * //=> 1
 * ```
 */
export function scratchArray<T>(slot: number, n: number, fill: T): T[] {
  let arr = ARRAY_POOL[slot] as T[] | undefined;
  if (!arr) {
    arr = [];
    ARRAY_POOL[slot] = arr;
  }
  const m = Math.min(n, arr.length);
  for (let k = 0; k < m; k++) arr[k] = fill;
  for (let k = m; k < n; k++) arr.push(fill);
  return arr;
}

/**
 * A typed array of length n from a per-slot pool: a view of a buffer kept between calls, so a long
 * text does not allocate fresh off-heap memory on every call (which makes V8 run full collections).
 * The contents are left over from the last call; a slot is reused by the next call that asks for it.
 *
 * @param slot - which pooled buffer (one per concurrent use)
 * @param n - the length needed
 * @returns a view of length n
 * @example
 * ```ts
 * findOfficials("Bí thư Tỉnh ủy Lê Quang Tùng").length; // its tables live in pooled arrays
 * //=> 1
 * ```
 */
export function scratchInt32(slot: number, n: number): Int32Array {
  let buf = INT32_POOL[slot];
  if (!buf || buf.length < n) {
    buf = new Int32Array(Math.max(n, 1024, (buf?.length ?? 0) * 2));
    INT32_POOL[slot] = buf;
  }
  return buf.subarray(0, n);
}

/**
 * Like `scratchInt32`, for bytes.
 *
 * @param slot - which pooled buffer
 * @param n - the length needed
 * @returns a view of length n
 * @example
 * ```ts
 * findBodies("Bộ Nội vụ").length; // its token flags live in pooled arrays
 * //=> 1
 * ```
 */
export function scratchUint8(slot: number, n: number): Uint8Array {
  let buf = UINT8_POOL[slot];
  if (!buf || buf.length < n) {
    buf = new Uint8Array(Math.max(n, 1024, (buf?.length ?? 0) * 2));
    UINT8_POOL[slot] = buf;
  }
  return buf.subarray(0, n);
}

/**
 * What stands before a token: 0 nothing, 1 spaces, 2 a line break, 3 a tab (a table's cell boundary:
 * the article writes a row's cells joined by tabs, so no name or body runs across one).
 */
export type Gap = 0 | 1 | 2 | 3;
/** The gap before a token after a tab and no line break. */
export const GAP_CELL = 3;

/** One token read through `WordTokens.at`. */
export interface WordToken {
  start: number;
  end: number;
  key: string;
  bare: string;
  gap: Gap;
  word: boolean;
  cap: boolean;
  upper: boolean;
}

/**
 * The tokens of a text for gazetteer matching, as parallel arrays (no object per token, so long texts
 * do not load the garbage collector): runs of letters/digits and single other visible characters.
 * `key(i)` is the lower-cased style-insensitive key ("Ủy" and "Uỷ" share it), prefixed by " " when
 * spaces precede the token and by "\n" when a line break or a tab does, so phrases match word sequences
 * with the same spacing; `bare(i)` is the key without that prefix.
 */
export class WordTokens {
  /** Number of tokens. */
  length = 0;
  /** Offset of each token's first code unit. */
  readonly start: Int32Array;
  /** Offset after each token's last code unit. */
  readonly end: Int32Array;
  /** The gap before each token (see `Gap`). */
  readonly gap: Uint8Array;
  private readonly flags: Uint8Array;
  /** Pooled between calls (see `scratchArray`): only entries below `length` belong to this text. */
  private readonly infos: WordInfo[];

  /**
   * Empty storage for up to `capacity` tokens.
   *
   * @param capacity - the most tokens the text can have (its length)
   */
  constructor(capacity: number) {
    this.start = scratchInt32(0, capacity);
    this.end = scratchInt32(1, capacity);
    this.gap = scratchUint8(0, capacity);
    this.flags = scratchUint8(1, capacity);
    // Pooled: a large `new Array(capacity)` would be a slow dictionary-mode array, and one grown by
    // push per call costs more than linear time on long texts.
    this.infos = scratchArray<WordInfo>(0, 0, EMPTY_INFO);
  }

  /** Appends a token. */
  push(start: number, end: number, gap: number, word: boolean, info: WordInfo): void {
    const k = this.length++;
    this.start[k] = start;
    this.end[k] = end;
    this.gap[k] = gap;
    this.flags[k] = (word ? 1 : 0) | (info.cap ? 2 : 0) | (word && info.upper ? 4 : 0);
    if (k < this.infos.length) this.infos[k] = info;
    else this.infos.push(info);
  }

  /** The key with its gap marker ("" out of range). */
  key(i: number): string {
    if (i < 0 || i >= this.length) return "";
    const info = this.infos[i];
    if (!info) return "";
    const g = this.gap[i];
    return g === 0 ? info.key : g === 1 ? info.spaced : info.broken;
  }

  /** The key without the gap marker ("" out of range). */
  bare(i: number): string {
    return i >= 0 && i < this.length ? (this.infos[i]?.key ?? "") : "";
  }

  /** The cached facts of token i (undefined out of range). */
  info(i: number): WordInfo | undefined {
    return i >= 0 && i < this.length ? this.infos[i] : undefined;
  }

  /** True for a letter/digit run. */
  word(i: number): boolean {
    return i >= 0 && i < this.length && (this.flags[i]! & 1) !== 0;
  }

  /** True when the first character is an upper-case letter. */
  cap(i: number): boolean {
    return i >= 0 && i < this.length && (this.flags[i]! & 2) !== 0;
  }

  /** True for two or more letters, all upper-case. */
  upper(i: number): boolean {
    return i >= 0 && i < this.length && (this.flags[i]! & 4) !== 0;
  }

  /**
   * A short-lived view of token i (undefined out of range), for code that reads several facts of one
   * token; the view is not stored, so it costs the garbage collector next to nothing.
   */
  at(i: number): WordToken | undefined {
    if (i < 0 || i >= this.length) return undefined;
    return {
      start: this.start[i]!,
      end: this.end[i]!,
      key: this.key(i),
      bare: this.bare(i),
      gap: this.gap[i] as Gap,
      word: this.word(i),
      cap: this.cap(i),
      upper: this.upper(i),
    };
  }

  /** The token's length in code units (0 out of range). */
  size(i: number): number {
    return i >= 0 && i < this.length ? this.end[i]! - this.start[i]! : 0;
  }
}

const TOKEN = /[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]/gu;
const FLATTEN = /^/;

export interface WordInfo {
  raw: string;
  key: string;
  /** The key after spaces and after a line break. */
  spaced: string;
  broken: string;
  cap: boolean;
  upper: boolean;
  /**
   * Which title-grammar tries have a phrase starting with this key (bits set by the official finder on
   * first use, -1 until then): the data never changes while the process runs.
   */
  titleMask: number;
}

const EMPTY_INFO: WordInfo = {
  raw: "",
  key: "",
  spaced: " ",
  broken: "\n",
  cap: false,
  upper: false,
  titleMask: 0,
};

const INFO_CACHE = new Map<string, WordInfo>();
const MAX_CACHE = 50_000;

/**
 * The lower-cased tone key of one word ("Ð" read as "Đ", dashes as "-").
 *
 * @param word - a letter/digit run or a single character
 * @returns the lower-cased style-insensitive key
 * @example
 * ```ts
 * findBodies("Uỷ ban Kiểm tra Trung ương")[0].canonical; // matched through these keys
 * //=> "Ủy ban Kiểm tra Trung ương"
 * ```
 */
export function wordKey(word: string): string {
  return wordInfo(word).key;
}

function wordInfo(word: string): WordInfo {
  let info = INFO_CACHE.get(word);
  if (info !== undefined) return info;
  let key: string;
  if (/^[\x00-\x7f]*$/.test(word)) key = word.toLowerCase();
  else if (word === "–" || word === "—" || word === "‑") key = "-";
  else key = toneKey(word).toLowerCase();
  const first = word.charAt(0);
  const lower = word.toLowerCase();
  info = {
    raw: word,
    key,
    spaced: ` ${key}`,
    broken: `\n${key}`,
    cap: first !== first.toLowerCase(),
    upper: word.length > 1 && word === word.toUpperCase() && word !== lower,
    titleMask: -1,
  };
  if (INFO_CACHE.size >= MAX_CACHE) INFO_CACHE.clear();
  INFO_CACHE.set(word, info);
  return info;
}

// The word tokens' view of the library's one class table (core/char-class.ts): 1 a word character
// (letter, mark, joiner, any number), 2 a space, 3 a line break, 0 anything else
const tokenClass = classView([
  0, // U_SYMBOL
  2, // U_SPACE
  3, // U_BREAK
  1, // U_JOINER
  1, // U_MARK
  1, // U_UPPER
  1, // U_LOWER
  1, // U_LETTER
  1, // U_DIGIT
  1, // U_DIGIT_OTHER
  1, // U_NUMBER
  0, // U_PUNCT
  0, // U_HIGH
  0, // U_LOW
]);

/** 1 for a letter/digit/mark code unit, 2 for whitespace (3 for a line break), 0 otherwise. */
function charClass(code: number): number {
  // ASCII letters and digits, Latin letters with diacritics, combining marks and Vietnamese
  // letters: the common cases, answered without a lookup
  if ((code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39))
    return 1;
  if (code === 0x20) return 2;
  if ((code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7) || (code >= 0x300 && code <= 0x36f))
    return 1;
  if (code >= 0x1e00 && code <= 0x1eff) return 1;
  return tokenClass(code);
}

const BUCKETS = new Map<number, WordInfo[]>();

/** The cached facts of text[i, j), found by a hash of its code units without slicing the text. */
function infoAt(text: string, i: number, j: number, hash: number): WordInfo {
  const bucket = BUCKETS.get(hash);
  if (bucket) {
    for (const info of bucket) {
      const raw = info.raw;
      if (raw.length !== j - i) continue;
      let k = 0;
      while (k < raw.length && raw.charCodeAt(k) === text.charCodeAt(i + k)) k++;
      if (k === raw.length) return info;
    }
  }
  const info = wordInfo(text.slice(i, j));
  if (BUCKETS.size >= MAX_CACHE) BUCKETS.clear();
  if (bucket) bucket.push(info);
  else BUCKETS.set(hash, [info]);
  return info;
}

/**
 * Splits a text into word and punctuation tokens with offsets and lookup keys, in one pass over the
 * code units; per-word facts are cached and found by hash, so a token costs no allocation.
 * extractEntities passes the result to the body and official finders, which share it.
 *
 * @param text - any string
 * @returns the tokens in order
 * @example
 * ```ts
 * findBodies("Ðảng uỷ Quốc hội").map((b) => [b.start, b.end]); // token offsets become entity offsets
 * //=> [[0, 16]]
 * ```
 */
export function wordTokens(text: string): WordTokens {
  // Running a regex flattens a concatenated (rope) string once, so charCodeAt below stays O(1).
  FLATTEN.test(text);
  const n = text.length;
  const out = new WordTokens(n);
  let gap = 0;
  let i = 0;
  while (i < n) {
    const code = text.charCodeAt(i);
    const cls = charClass(code);
    if (cls === 2 || cls === 3) {
      if (cls === 3) gap = 2;
      else if (code === 9) gap = gap === 2 ? 2 : GAP_CELL;
      else if (gap === 0) gap = 1;
      i++;
      continue;
    }
    let j = i + 1;
    let hash = code;
    if (cls === 1) {
      while (j < n) {
        const c = text.charCodeAt(j);
        if (charClass(c) !== 1) break;
        hash = (Math.imul(hash, 31) + c) | 0;
        j++;
      }
    }
    out.push(i, j, gap, cls === 1, infoAt(text, i, j, hash));
    gap = 0;
    i = j;
  }
  return out;
}

/**
 * The keys of a gazetteer phrase as `wordTokens` would give them, first key without a gap marker.
 *
 * @param phrase - a phrase from a data file
 * @returns its token keys
 * @example
 * ```ts
 * findBodies("Ban Chấp hành T.Ư Đảng")[0].canonical; // "T.Ư" in the data matches "T.Ư" in text
 * //=> "Ban Chấp hành Trung ương Đảng"
 * ```
 */
export function phraseKeys(phrase: string): string[] {
  const keys: string[] = [];
  let prevEnd = -1;
  for (const m of phrase.matchAll(TOKEN)) {
    const bare = wordKey(m[0]);
    keys.push(prevEnd === -1 || m.index === prevEnd ? bare : ` ${bare}`);
    prevEnd = m.index + m[0].length;
  }
  return keys;
}
