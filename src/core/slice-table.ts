// Strings looked up by a hash of their code units straight from the text they sit in, so a lookup
// that finds one cuts nothing from the text: open addressing with linear probing over slots that
// hold an entry's index + 1. The token table interns its words in one; normalize remembers the letter
// runs it fixed in others.

/** A table of strings by the hash of their code units (see {@link findUnits}). */
export interface SliceTable {
  /** Each slot: index + 1 of the entry there, 0 when empty; a power of two long. */
  slots: Int32Array;
  /** Each entry's hash, by index (grown as entries are added). */
  hashes: Int32Array;
  /** Each entry's string, by index. */
  keys: string[];
}

/**
 * An empty table. It finds up to half its slots' count of entries; entries added past that are kept
 * (their index stays valid) but never found.
 *
 * @param slots - the number of slots, a power of two
 * @returns the table
 * @example
 * ```ts
 * import { sliceTable } from "./slice-table";
 * sliceTable(1024).slots.length;
 * //=> 1024
 * ```
 */
export function sliceTable(slots: number): SliceTable {
  return { slots: new Int32Array(slots), hashes: new Int32Array(slots >> 1), keys: [] };
}

/**
 * The index of the entry equal to the code units [s, e) of a text (see `unitReader`), whose code
 * units hash to `h`, or -1. The scans that look words up hold their text's units: a typed array
 * reads faster than the string.
 *
 * @param t - the table
 * @param units - the text's code units
 * @param s - the string's start
 * @param e - its end
 * @param h - the hash of its code units, as the entries' hashes were made
 * @returns the entry's index, or -1
 * @example
 * ```ts
 * import { addSlice, findUnits, sliceTable } from "./slice-table";
 * const t = sliceTable(64);
 * addSlice(t, "ban", 7);
 * const units = Uint16Array.from("Ủy ban", (c) => c.charCodeAt(0));
 * [findUnits(t, units, 3, 6, 7), findUnits(t, units, 0, 2, 7)];
 * //=> [0, -1]
 * ```
 */
export function findUnits(t: SliceTable, units: Uint16Array, s: number, e: number, h: number): number {
  const { slots, hashes, keys } = t;
  const mask = slots.length - 1;
  const length = e - s;
  // a probe starts at the hash's home slot, (h ^ (h >>> 15)) & mask (written out, not called: this
  // runs once per token, and a call costs where V8 does not inline it)
  for (let at = (h ^ (h >>> 15)) & mask, i = slots[at] - 1; i >= 0; at = (at + 1) & mask, i = slots[at] - 1) {
    if (hashes[i] === h) {
      const key = keys[i];
      if (key.length !== length) continue;
      // compared unit by unit: most keys are a few units long, shorter than a builtin's call costs
      let k = 0;
      while (k < length && key.charCodeAt(k) === units[s + k]) k++;
      if (k === length) return i;
    }
  }
  return -1;
}

/**
 * Adds a string the table does not hold ({@link findUnits} gave -1), hashing to `h`.
 *
 * @param t - the table
 * @param key - the string (keep an own copy, see `ownCopy`: it stays as long as the table)
 * @param h - the hash of its code units
 * @returns its index, the number of entries before it
 * @example
 * ```ts
 * import { addSlice, sliceTable } from "./slice-table";
 * const t = sliceTable(64);
 * [addSlice(t, "ban", 7), addSlice(t, "bàn", 8)];
 * //=> [0, 1]
 * ```
 */
export function addSlice(t: SliceTable, key: string, h: number): number {
  const i = t.keys.length;
  t.keys.push(key);
  if (i >= t.hashes.length) {
    const grown = new Int32Array(t.hashes.length * 2);
    grown.set(t.hashes);
    t.hashes = grown;
  }
  t.hashes[i] = h;
  const { slots } = t;
  if (i < slots.length >> 1) {
    const mask = slots.length - 1;
    let at = (h ^ (h >>> 15)) & mask;
    while (slots[at] !== 0) at = (at + 1) & mask;
    slots[at] = i + 1;
  }
  return i;
}
