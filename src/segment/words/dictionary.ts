/**
 * A hashed dictionary of multi-syllable words: each word (and each of its prefixes) is stored as
 * the hash of its syllable ids, so lookups during segmentation never build strings.
 */
import { fmix, keyId, mix, syllableKey } from "./keys";

/** Flag: the syllable sequence is a dictionary word. */
export const F_WORD = 1;
/** Flag: the syllable sequence starts a longer dictionary word. */
export const F_PREFIX = 2;

/** Open-addressing table of sequence hashes with flags. */
export interface HashedDictionary {
  keys: Uint32Array;
  flags: Uint8Array;
  mask: number;
}

/** Hash of a syllable-id sequence after its first id. */
export function seqStart(id: number): number {
  return mix(0x3c6ef372, id);
}

/** Final hash of a running sequence hash (never 0). */
export function seqFinal(h: number): number {
  return fmix(h) || 1;
}

/** Looks up the flags of a finished sequence hash. */
export function dictFlags(d: HashedDictionary, key: number): number {
  let slot = key & d.mask;
  for (;;) {
    const k = d.keys[slot];
    if (k === key) return d.flags[slot];
    if (k === 0) return 0;
    slot = (slot + 1) & d.mask;
  }
}

function insert(d: HashedDictionary, key: number, flag: number): void {
  let slot = key & d.mask;
  for (;;) {
    const k = d.keys[slot];
    if (k === key || k === 0) {
      d.keys[slot] = key;
      d.flags[slot] |= flag;
      return;
    }
    slot = (slot + 1) & d.mask;
  }
}

/**
 * One table holding several dictionaries of the same hashing: the flags of the i-th are shifted
 * left by 2i, so one probe answers all of them (the segmenter looks each syllable sequence up in
 * the dictionary, the names and the places).
 *
 * @param tables - up to four dictionaries
 * @returns the merged table
 * @example
 * ```ts
 * // a word of the first list (flag 1) and a name of the second (flag 1 << 2)
 * const merged = mergeDictionaries([buildDictionary(["trung ương"], 6), buildDictionary(["Hà Nội"], 6)]);
 * Array.from(merged.flags).filter((f) => f !== 0).sort();
 * //=> [1, 4]
 * ```
 */
export function mergeDictionaries(tables: readonly HashedDictionary[]): HashedDictionary {
  let entries = 0;
  for (const t of tables) for (let i = 0; i < t.keys.length; i++) if (t.keys[i] !== 0) entries++;
  let size = 1024;
  while (size < entries * 2) size <<= 1;
  const d: HashedDictionary = { keys: new Uint32Array(size), flags: new Uint8Array(size), mask: size - 1 };
  tables.forEach((t, k) => {
    for (let i = 0; i < t.keys.length; i++) if (t.keys[i] !== 0) insert(d, t.keys[i], t.flags[i] << (2 * k));
  });
  return d;
}

/**
 * Builds the hashed dictionary from words written with spaces between syllables.
 *
 * @param words - multi-syllable words, e.g. "trung ương"
 * @param maxLen - longest sequence kept, in syllables
 * @returns the table
 * @example
 * ```ts
 * buildDictionary(["trung ương"], 6).keys.length > 0;
 * //=> true
 * ```
 */
export function buildDictionary(words: readonly string[], maxLen: number): HashedDictionary {
  let size = 1024;
  while (size < words.length * 6) size <<= 1;
  const d: HashedDictionary = { keys: new Uint32Array(size), flags: new Uint8Array(size), mask: size - 1 };
  for (const w of words) {
    const syl = w.trim().split(/\s+/);
    if (syl.length < 2 || syl.length > maxLen) continue;
    let h = seqStart(keyId(syllableKey(syl[0])));
    for (let k = 1; k < syl.length; k++) {
      h = mix(h, keyId(syllableKey(syl[k])));
      insert(d, seqFinal(h) >>> 0, k === syl.length - 1 ? F_WORD : F_PREFIX);
    }
  }
  return d;
}

/**
 * The sorted, distinct sequence hashes of a word list: words and prefixes of longer words.
 *
 * @param words - multi-syllable words
 * @param maxLen - longest word kept, in syllables
 * @returns the two hash lists
 * @example
 * ```ts
 * dictionaryEntries(["trung ương"], 6).words.length;
 * //=> 1
 * ```
 */
export function dictionaryEntries(
  words: readonly string[],
  maxLen: number,
): { words: Uint32Array; prefixes: Uint32Array } {
  const d = buildDictionary(words, maxLen);
  const w: number[] = [];
  const p: number[] = [];
  for (let i = 0; i < d.keys.length; i++) {
    if (!d.keys[i]) continue;
    if (d.flags[i] & F_WORD) w.push(d.keys[i]);
    if (d.flags[i] & F_PREFIX) p.push(d.keys[i]);
  }
  return {
    words: Uint32Array.from(w.sort((a, b) => a - b)),
    prefixes: Uint32Array.from(p.sort((a, b) => a - b)),
  };
}

/**
 * Rebuilds the table from hash lists made by {@link dictionaryEntries}.
 *
 * @param words - word hashes
 * @param prefixes - prefix hashes
 * @returns the table
 * @example
 * ```ts
 * dictionaryFromEntries(Uint32Array.of(5), new Uint32Array(0)).keys.length;
 * //=> 1024
 * ```
 */
export function dictionaryFromEntries(words: Uint32Array, prefixes: Uint32Array): HashedDictionary {
  let size = 1024;
  while (size < (words.length + prefixes.length) * 2) size <<= 1;
  const d: HashedDictionary = { keys: new Uint32Array(size), flags: new Uint8Array(size), mask: size - 1 };
  for (let i = 0; i < words.length; i++) insert(d, words[i], F_WORD);
  for (let i = 0; i < prefixes.length; i++) insert(d, prefixes[i], F_PREFIX);
  return d;
}

/**
 * A table from 32-bit keys (never 0) to small values, in the same open-addressing layout as a
 * dictionary, so {@link dictFlags} reads it: used for the treebank's evidence on syllable pairs.
 *
 * @param keys - the keys
 * @param values - one value (1..255) per key
 * @returns the table
 * @example
 * ```ts
 * const t = tableFromPairs(Uint32Array.of(7, 9), Uint8Array.of(3, 5));
 * [dictFlags(t, 9), dictFlags(t, 8)];
 * //=> [5, 0]
 * ```
 */
export function tableFromPairs(keys: Uint32Array, values: Uint8Array): HashedDictionary {
  let size = 1024;
  while (size < keys.length * 2) size <<= 1;
  const d: HashedDictionary = { keys: new Uint32Array(size), flags: new Uint8Array(size), mask: size - 1 };
  for (let i = 0; i < keys.length; i++) insert(d, keys[i], values[i]);
  return d;
}
