/**
 * The document layer: a text scanned once into a table of tokens (typed arrays: offsets, the gap
 * before each token, its class and case, its tone key), which the word segmenter and the entity
 * finders both read. A token is a run of letters, marks and decimal digits, or one other visible
 * code unit. The word segmenter merges tokens into its syllables, numbers and punctuation runs
 * (`words/scan.ts`); the body and official finders match phrases on the tone keys. A table is
 * built by {@link tokenTable} and passed explicitly: nothing is kept between calls but the
 * interned facts of each distinct word, which do not depend on the text.
 */
import { classCache, UNSEEN } from "../core/char-class";
import { codeUnits, unitReader } from "../core/code-units";
import { ownCopy } from "../core/own-copy";
import { addSlice, findUnits, type SliceTable, sliceTable } from "../core/slice-table";
import { describe, expectString } from "../core/validate";
import { toneKey } from "../normalize/tone-key";

/**
 * What stands before a token: 0 nothing, 1 spaces, 2 a line break, 3 a tab (a table's cell boundary:
 * the article writes a row's cells joined by tabs, so no name or body runs across one).
 */
export type Gap = 0 | 1 | 2 | 3;
/** The gap before a token after a tab and no line break. */
export const GAP_CELL = 3;

/** The facts of one distinct word, shared by every table that holds it. */
export interface WordInfo {
  raw: string;
  /** The lower-cased style-insensitive key ("Ủy" and "Uỷ" share it). */
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
  /**
   * 1 when a body name of the gazetteer starts with this key, 0 when none does, -1 until the body
   * finder first asks (the data never changes while the process runs).
   */
  bodyStart: number;
  /**
   * The kind `tokenize` gives this word where it stands as a plain syllable (a space or a clause's
   * punctuation after it), or -2 when it cannot stand as one; -1 until the token scanner first asks.
   */
  plainKind: number;
}

/** One token read through `TokenTable.at`. */
export interface TableToken {
  start: number;
  end: number;
  key: string;
  bare: string;
  gap: Gap;
  word: boolean;
  cap: boolean;
  upper: boolean;
}

const EMPTY_INFO: WordInfo = {
  raw: "",
  key: "",
  spaced: " ",
  broken: "\n",
  cap: false,
  upper: false,
  titleMask: 0,
  bodyStart: 0,
  plainKind: -2,
};

// flags: a letter/digit run, its first letter upper-case, two or more letters all upper-case
const F_WORD = 1;
const F_CAP = 2;
const F_UPPER = 4;

/**
 * The interned facts of distinct words, found by a hash of their code units (a slice table whose
 * entries are the words, `infos` beside them by index). A table holds ids into the registry that was
 * current when its keys were read; a full registry is replaced, not cleared, so the ids of a table
 * read earlier stay valid.
 */
interface Registry {
  words: SliceTable;
  infos: WordInfo[];
}
const MAX_WORDS = 50_000;
const newRegistry = (): Registry => ({ words: sliceTable(1 << 17), infos: [] });
let registry = newRegistry();

/** The current registry, replaced by an empty one when full. */
function currentRegistry(): Registry {
  if (registry.infos.length >= MAX_WORDS) registry = newRegistry();
  return registry;
}

/**
 * Adds text[s, e) (its code units hashing to h), which the registry does not hold, and gives its id.
 * A registry holds up to MAX_WORDS words; a table that adds past that (one very long text) keeps
 * them in the same registry, which is replaced before the next table.
 */
function addWord(reg: Registry, text: string, s: number, e: number, h: number): number {
  const info = wordInfo(text.slice(s, e));
  reg.infos.push(info);
  return addSlice(reg.words, info.raw, h);
}

/**
 * The tokens of one text as parallel typed arrays (no object per token, so long texts do not load
 * the garbage collector). `key(i)` is the lower-cased style-insensitive key, prefixed by " " when
 * spaces precede the token and by "\n" when a line break or a tab does, so phrases match word
 * sequences with the same spacing; `bare(i)` is the key without that prefix.
 */
export class TokenTable {
  /** The text the table was scanned from. */
  readonly text: string;
  /** Number of tokens. */
  length = 0;
  /** Offset of each token's first code unit. */
  start: Int32Array;
  /** Offset after each token's last code unit. */
  end: Int32Array;
  /** The gap before each token (see `Gap`). */
  gap: Uint8Array;
  /** A hash of each token's code units (its registry lookup). */
  private hash: Int32Array;
  private flags: Uint8Array;
  /** Each token's id in `infos` (its key and case), or null until keys are read. */
  private ids: Int32Array | null;
  private infos: WordInfo[];
  private reg: Registry | null;
  /** Layers read from the table by the stages (see `layer`), by name. */
  private layers: Map<string, unknown> | null = null;
  /** The text's code units, where `push` was called without them (see `ownUnits`). */
  private units: Uint16Array | null = null;

  /**
   * Empty storage for a text (grown as tokens are added).
   *
   * @param text - the text the tokens come from
   * @param keys - read each token's key as it is added (else on first use)
   */
  constructor(text: string, keys: boolean) {
    this.text = text;
    const capacity = Math.min(text.length, ((text.length / 3) | 0) + 16);
    this.start = new Int32Array(capacity);
    this.end = new Int32Array(capacity);
    this.gap = new Uint8Array(capacity);
    this.hash = new Int32Array(capacity);
    this.flags = new Uint8Array(capacity);
    this.reg = keys ? currentRegistry() : null;
    this.ids = keys ? new Int32Array(capacity) : null;
    this.infos = this.reg ? this.reg.infos : [];
  }

  /**
   * Appends a token.
   *
   * @param units - the text's code units, where the caller has them (see `unitReader`); else the
   *   table copies them out of its text on the first push that needs them
   */
  push(start: number, end: number, gap: number, word: boolean, hash: number, units?: Uint16Array): void {
    if (this.length === this.start.length) this.grow();
    const k = this.length++;
    this.start[k] = start;
    this.end[k] = end;
    this.gap[k] = gap;
    this.hash[k] = hash;
    const reg = this.reg;
    if (reg) {
      let id = findUnits(reg.words, units ?? this.ownUnits(), start, end, hash);
      if (id < 0) id = addWord(reg, this.text, start, end, hash);
      (this.ids as Int32Array)[k] = id;
      const info = reg.infos[id];
      this.flags[k] = word
        ? F_WORD | (info.cap ? F_CAP : 0) | (info.upper ? F_UPPER : 0)
        : info.cap
          ? F_CAP
          : 0;
    } else this.flags[k] = word ? F_WORD : 0;
  }

  private grow(): void {
    const size = Math.max(16, this.start.length * 2);
    const widen = <T extends Int32Array | Uint8Array>(a: T, b: T): T => {
      b.set(a);
      return b;
    };
    this.start = widen(this.start, new Int32Array(size));
    this.end = widen(this.end, new Int32Array(size));
    this.gap = widen(this.gap, new Uint8Array(size));
    this.hash = widen(this.hash, new Int32Array(size));
    this.flags = widen(this.flags, new Uint8Array(size));
    if (this.ids) this.ids = widen(this.ids, new Int32Array(size));
  }

  /** The text's code units, copied once, for a caller of `push` that gives none. */
  private ownUnits(): Uint16Array {
    this.units ??= codeUnits(this.text);
    return this.units;
  }

  /** Reads every token's key and case, for a table scanned without them (once). */
  private readKeys(): Int32Array {
    const reg = currentRegistry();
    const units = readKeyed(this.text);
    const n = this.length;
    const ids = new Int32Array(n);
    for (let k = 0; k < n; k++) {
      const s = this.start[k];
      const e = this.end[k];
      const h = this.hash[k];
      let id = findUnits(reg.words, units, s, e, h);
      if (id < 0) id = addWord(reg, this.text, s, e, h);
      ids[k] = id;
      const info = reg.infos[id];
      const word = (this.flags[k] & F_WORD) !== 0;
      this.flags[k] |= (info.cap ? F_CAP : 0) | (word && info.upper ? F_UPPER : 0);
    }
    this.ids = ids;
    this.infos = reg.infos;
    return ids;
  }

  /** The key with its gap marker ("" out of range). */
  key(i: number): string {
    if (i < 0 || i >= this.length) return "";
    const ids = this.ids ?? this.readKeys();
    const info = this.infos[ids[i]] ?? EMPTY_INFO;
    const g = this.gap[i];
    return g === 0 ? info.key : g === 1 ? info.spaced : info.broken;
  }

  /** The key without the gap marker ("" out of range). */
  bare(i: number): string {
    if (i < 0 || i >= this.length) return "";
    const ids = this.ids ?? this.readKeys();
    return this.infos[ids[i]]?.key ?? "";
  }

  /** True when the tokens' keys are read (`info` then costs a lookup, not a pass over the table). */
  get keyed(): boolean {
    return this.ids !== null;
  }

  /** The interned facts of token i (undefined out of range). */
  info(i: number): WordInfo | undefined {
    if (i < 0 || i >= this.length) return undefined;
    const ids = this.ids ?? this.readKeys();
    return this.infos[ids[i]];
  }

  /** True for a letter/digit run. */
  word(i: number): boolean {
    return i >= 0 && i < this.length && (this.flags[i] & F_WORD) !== 0;
  }

  /** True when the first character is an upper-case letter. */
  cap(i: number): boolean {
    if (i < 0 || i >= this.length) return false;
    if (!this.ids) this.readKeys();
    return (this.flags[i] & F_CAP) !== 0;
  }

  /** True for two or more letters, all upper-case. */
  upper(i: number): boolean {
    if (i < 0 || i >= this.length) return false;
    if (!this.ids) this.readKeys();
    return (this.flags[i] & F_UPPER) !== 0;
  }

  /**
   * A short-lived view of token i (undefined out of range), for code that reads several facts of one
   * token; the view is not stored, so it costs the garbage collector next to nothing.
   */
  at(i: number): TableToken | undefined {
    if (i < 0 || i >= this.length) return undefined;
    return {
      start: this.start[i],
      end: this.end[i],
      key: this.key(i),
      bare: this.bare(i),
      gap: this.gap[i] as Gap,
      word: this.word(i),
      cap: this.cap(i),
      upper: this.upper(i),
    };
  }

  /**
   * A layer read from this table (`tokenize`'s tokens, say): made by `make` on the first call with
   * `name` and kept with the table, so every stage that reads it reads one scan. Nothing is kept
   * anywhere else: a layer lives as long as its table.
   *
   * @param name - the layer's name
   * @param make - reads the layer from the table
   * @returns the layer
   */
  layer<T>(name: string, make: (table: TokenTable) => T): T {
    if (this.layers === null) this.layers = new Map();
    let value = this.layers.get(name) as T | undefined;
    if (value === undefined) {
      value = make(this);
      this.layers.set(name, value);
    }
    return value;
  }

  /** The token's length in code units (0 out of range). */
  size(i: number): number {
    return i >= 0 && i < this.length ? this.end[i] - this.start[i] : 0;
  }
}

const FLATTEN = /^/;
// the scan's own copy of the text's code units, and the one of a table's keys read after its scan
const readText = unitReader();
const readKeyed = unitReader();
const INFO_CACHE = new Map<string, WordInfo>();

/**
 * The lower-cased tone key of one word ("Ð" read as "Đ", dashes as "-").
 *
 * @param word - a letter/digit run or a single character
 * @returns the lower-cased style-insensitive key
 * @example
 * ```ts
 * import { wordKey } from "./token-table";
 * [wordKey("Uỷ"), wordKey("Ủy"), wordKey("–")];
 * //=> ["uy3", "uy3", "-"]
 * ```
 */
export function wordKey(word: string): string {
  return wordInfo(word).key;
}

function wordInfo(word: string): WordInfo {
  let info = INFO_CACHE.get(word);
  if (info !== undefined) return info;
  // kept in the cache and the registry: a slice of the page must not keep the page
  word = ownCopy(word);
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
    bodyStart: -1,
    plainKind: -1,
  };
  if (INFO_CACHE.size >= MAX_WORDS) INFO_CACHE.clear();
  INFO_CACHE.set(word, info);
  return info;
}

// The table's view of the library's one class table (core/char-class.ts): 1 a word character
// (letter, mark, joiner, decimal digit), 2 a space, 3 a line break, 0 anything else (punctuation,
// symbols, other number characters such as "²", and each half of a surrogate pair)
const TOKEN_CLASSES = classCache([
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
  0, // U_NUMBER
  0, // U_PUNCT
  0, // U_HIGH
  0, // U_LOW
]);

/**
 * Scans a text once into its token table: runs of letters, marks and decimal digits, and single
 * other visible code units, with the gap before each. Linear time, one pass over the code units.
 *
 * @param text - any string
 * @returns the table; pass it to `segmentWords` and `extractEntities` (option `tokens`) so they
 *   share one scan
 * @throws TypeError when text is not a string
 * @example
 * ```ts
 * import { tokenTable } from "vietnews";
 * const t = tokenTable("Ủy ban, 3,5%");
 * [t.length, t.text.slice(t.start[0], t.end[0]), t.bare(0), t.gap[1], t.word(2)];
 * //=> [7, "Ủy", "uy3", 1, false]
 * ```
 */
export function tokenTable(text: string): TokenTable {
  expectString(text, "tokenTable", "text");
  return scanText(text, true);
}

/**
 * The scan behind {@link tokenTable}, for callers that checked the text: with `keys` false the
 * tokens' keys are read on first use (the word segmenter reads none).
 *
 * @param text - the text
 * @param keys - read each token's key during the scan
 * @returns the table
 * @example
 * ```ts
 * import { scanText } from "./token-table";
 * scanText("Hà Nội", false).length;
 * //=> 2
 * ```
 */
export function scanText(text: string, keys: boolean): TokenTable {
  // the scan reads the code units, copied out once; the registry compares tokens with them
  const units = readText(text);
  const n = text.length;
  const out = new TokenTable(text, keys);
  let gap = 0;
  let i = 0;
  // 1 for a letter/digit/mark code unit, 2 for whitespace (3 for a line break), 0 otherwise
  const { table, classOf } = TOKEN_CLASSES;
  while (i < n) {
    const code = units[i];
    let cls = table[code];
    if (cls === UNSEEN) cls = classOf(code);
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
        const c = units[j];
        let k = table[c];
        if (k === UNSEEN) k = classOf(c);
        if (k !== 1) break;
        hash = (Math.imul(hash, 31) + c) | 0;
        j++;
      }
    }
    out.push(i, j, gap, cls === 1, hash, units);
    gap = 0;
    i = j;
  }
  // Running a regex flattens a concatenated (rope) string once, so the readers of the table's text
  // (sentences, words, entities) find charCodeAt O(1).
  FLATTEN.test(text);
  return out;
}

/**
 * The keys of a gazetteer phrase as a token table would give them, first key without a gap marker.
 *
 * @param phrase - a phrase from a data file
 * @returns its token keys
 * @example
 * ```ts
 * import { phraseKeys } from "./token-table";
 * phraseKeys("Ban Chấp hành T.Ư");
 * //=> ["ban", " châp1", " hanh2", " t", ".", "ư"]
 * ```
 */
export function phraseKeys(phrase: string): string[] {
  // the phrase's tokens are the ones a table of text gives: the same scan
  const t = scanText(phrase, false);
  const keys: string[] = [];
  for (let k = 0; k < t.length; k++) {
    const bare = wordKey(phrase.slice(t.start[k], t.end[k]));
    keys.push(k === 0 || t.gap[k] === 0 ? bare : ` ${bare}`);
  }
  return keys;
}

/**
 * Checks a `tokens` option: the token table of `text` itself (from {@link tokenTable}).
 *
 * @param value - the option's value
 * @param text - the text the function was given
 * @param fn - the function, for the message
 * @returns the table
 * @throws TypeError when value is not a token table; RangeError when it is another text's
 * @example
 * ```ts
 * import { tokenTable, tokensOption } from "./token-table";
 * const t = tokenTable("Bộ Nội vụ");
 * tokensOption(t, "Bộ Nội vụ", "extractEntities") === t;
 * //=> true
 * ```
 */
export function tokensOption(value: unknown, text: string, fn: string): TokenTable {
  if (!(value instanceof TokenTable))
    throw new TypeError(
      `vietnews.${fn}: expected options.tokens to be a token table (from tokenTable), got ${describe(value)}`,
    );
  if (value.text !== text)
    throw new RangeError(`vietnews.${fn}: options.tokens is the token table of another text`);
  return value;
}
