/**
 * Feature extraction for the word-boundary model, shared by training and segmentation. For the
 * gap before syllable i (when it may join syllable i-1) it yields hashed feature indices from a
 * ±2 syllable window (uni/bi/tri-grams of style-insensitive keys), shapes, dictionary evidence
 * (words spanning the gap, longest matches, forward/backward maximum matching), known names and
 * surnames, reduplication (shared onset or rhyme), and how the treebank treated the same syllable pair
 * (`Lexicon.bigrams`). Each gap is decided on its own, so no
 * error propagates along the sentence; {@link featureOptions} adds experimental features of the
 * word left open by the decisions on the gaps before.
 */

import { ONSETS } from "../../normalize/_lib/syllable";
import {
  dictFlags,
  F_PREFIX,
  F_WORD,
  type HashedDictionary,
  mergeDictionaries,
  seqFinal,
  seqStart,
} from "./dictionary";
import {
  fmix,
  hashString,
  keyId,
  mix,
  SH_CAP,
  SH_EDGE,
  SH_NUM,
  SH_PUNCT,
  SH_SYM,
  SH_UPPER,
  shapeOf,
  syllableKey,
} from "./keys";
import { NUM, PUNCT, type Scan, SYL } from "./scan";

/** Longest dictionary word considered, in syllables. */
export const MAX_WORD = 6;
/**
 * Switches for experimental feature groups, tried by cross-validation on UD-VTB train
 * (`scripts/train-wordseg.ts --cv`) and left off: their gain there (+0.0006 F1) was within the
 * spread between seeds. The shipped model was trained with all of them off, and the trainer turns
 * them on for experiments (a model trained so must be used with the same switches).
 * `structured`: the word left open by the decisions so far (its length, whether adding the next
 * syllable makes or continues a dictionary word or a name, whether it is already one, whether it
 * starts with a surname); `openWord`: hashes of the open word and of it extended by the next
 * syllable; `lenIds`: open-word length with the syllable before the gap; `overlaps`: how many
 * dictionary words cover the gap; `corpus` (1 or 2): co-occurrence bands of unlabelled text;
 * `clusters`: the distributional clusters of the syllables around the gap (`Lexicon.clusters`).
 *
 * @example
 * ```ts
 * featureOptions.structured;
 * //=> false
 * ```
 */
export const featureOptions = {
  structured: false,
  openWord: false,
  lenIds: false,
  overlaps: false,
  corpus: 0,
  clusters: false,
};

// The cluster value (`Context.cl`) of a number, a punctuation mark, another symbol and the text's edge.
const CL_NUM = 250;
const CL_PUNCT = 251;
const CL_SYM = 252;
const CL_EDGE = 255;
/**
 * A cluster value's group at the middle level of the split (a leaf's parent, 1-60); the other
 * values (none, a number, punctuation, a symbol, the edge) stand for themselves.
 */
const CLUSTER_GROUP = new Uint8Array(256);
for (let v = 0; v < 256; v++) CLUSTER_GROUP[v] = v === 0 || v > 240 ? v : 1 + ((v - 1) >> 2);

/** Upper bound on the number of features of one gap. */
export const MAX_FEATURES = 64;

/** Padding slots on each side of the context arrays. */
export const PAD = 3;
const EDGE_ID = 0x7e3a9c1d;
const NUM_ID = 0x51f15e3b;
const SYM_ID = 0x2c1b3a4f;

/** Per-text arrays the features read, reused between calls. */
export interface Context {
  n: number;
  /** Syllable ids, offset by PAD (index i + PAD is token i). */
  ids: Int32Array;
  shapes: Uint8Array;
  surname: Uint8Array;
  join: Uint8Array;
  /** Bit k set when tokens [i, i+k) form a dictionary word (index i + PAD). */
  starts: Uint8Array;
  /** Longest dictionary word ending at token i (index i + PAD), 0 when none. */
  endLen: Uint8Array;
  /** 1 when forward / backward maximum matching starts a word at token i. */
  fmm: Uint8Array;
  bmm: Uint8Array;
  /** Bit k set when tokens [i, i+k) form a known name (index i + PAD). */
  nameStarts: Uint8Array;
  /** Longest dictionary word / known name covering the gap before token i (index i + PAD). */
  cover: Uint8Array;
  nameCover: Uint8Array;
  /** Onset (initial consonant) index and rhyme hash, for reduplication features. */
  onset: Uint8Array;
  rhyme: Int32Array;
  /** Treebank evidence on the gap before the token (a band of `Lexicon.bigrams`); 0 when none. */
  ev: Uint8Array;
  /** Bit k set when tokens [i, i+k) form a known place name, for a capitalised token i (index i + PAD). */
  placeStarts: Uint8Array;
  /**
   * Unlabelled-corpus statistics of the pair before the token (`Lexicon.corpusPairs`); 0 when
   * none. Written only for a lexicon with the corpus tables.
   */
  cp: Uint8Array;
  /** Unlabelled-corpus branching of the token's syllable (`Lexicon.corpusSyllables`), as `cp`. */
  cs: Uint8Array;
  /**
   * The token's distributional cluster: its syllable's leaf in `Lexicon.clusters` (1-240, 0 when
   * not there), or 250-252 for a number, punctuation or another symbol, 255 past the edges.
   * Written only for a lexicon with the clusters (training runs).
   */
  cl: Uint8Array;
}

/** What the features need besides the text: the dictionary and the surname ids. */
export interface Lexicon {
  dict: HashedDictionary;
  surnames: Set<number>;
  /** Multi-syllable names: places and given names. */
  names: HashedDictionary;
  /** Multi-syllable place names alone, for the rule that splits a place off a longer word. */
  places?: HashedDictionary;
  /**
   * How the training treebank treated each syllable pair, keyed by {@link pairKey}: 1 / 2 joined
   * once / more and never split, 3 / 4 split once / more and never joined, 5 / 6 both, mostly
   * joined / mostly split. Absent pairs (and an absent table) read 0.
   */
  bigrams?: HashedDictionary;
  /**
   * Co-occurrence in unlabelled text (scripts/build-corpus-stats.ts), keyed by {@link pairKey}: a
   * PMI band 1-6 plus 8 times a band 0-3 of the pair's share of its rarer syllable.
   */
  corpusPairs?: HashedDictionary;
  /**
   * Branching in unlabelled text, keyed by a syllable's id (unsigned, 0 read as 1): 1 + the band
   * 0-3 of the entropy of what follows it + 4 times that of what precedes it.
   */
  corpusSyllables?: HashedDictionary;
  /**
   * Distributional clusters of syllables in unlabelled text (`npm run build:corpus-stats` writes
   * data/wordseg/clusters.bin), keyed by a syllable's id (unsigned, 0 read as 1): a leaf 1-240 of a
   * three-level split in 15, 4 and 4, so `(leaf - 1) >> 2` is its group of the middle level.
   * Absent syllables read 0.
   */
  clusters?: HashedDictionary;
}

/**
 * Key of the gap between two syllable ids in {@link Lexicon.bigrams} (never 0, which marks an
 * empty slot).
 *
 * @param a - id of the syllable before the gap
 * @param b - id of the syllable after it
 * @returns an unsigned 32-bit key
 * @example
 * ```ts
 * pairKey(idOf("Hôm"), idOf("nay")) === pairKey(idOf("hôm"), idOf("nay"));
 * //=> true
 * ```
 */
export function pairKey(a: number, b: number): number {
  return fmix(mix(mix(0x5bd1e995, a), b)) || 1;
}

const MAX_CACHE = 200_000;
/**
 * The onset of a syllable key for the reduplication feature: the spelling system's onsets, plus a
 * bare "q" (loanwords). Only equality of onsets is a feature, so ids just need to be distinct and
 * non-zero: 1 for no onset, 2 for "q", 3 and up for the rest.
 */
const ONSET = new RegExp(`^(${ONSETS.join("|")}|q)`);
function onsetId(onset: string): number {
  if (onset === "") return 1;
  if (onset === "q") return 2;
  return ONSETS.indexOf(onset) + 3;
}

/**
 * Per distinct raw syllable: id, shape, surname flag, onset and rhyme hash. Found by an
 * open-addressing table keyed on the raw code units, so a known syllable costs no allocation.
 */
interface SyllableTable {
  raws: string[];
  slots: Int32Array;
  id: Int32Array;
  shape: Uint8Array;
  surname: Uint8Array;
  onset: Uint8Array;
  rhyme: Int32Array;
}

let table: SyllableTable | null = null;
/** The surname set the table's surname flags were computed with (the only lexicon part it reads). */
let tableSurnames: Set<number> | null = null;

function newTable(rows: number): SyllableTable {
  return {
    raws: [],
    slots: new Int32Array(rows * 2).fill(-1),
    id: new Int32Array(rows),
    shape: new Uint8Array(rows),
    surname: new Uint8Array(rows),
    onset: new Uint8Array(rows),
    rhyme: new Int32Array(rows),
  };
}

function rawHash(text: string, s: number, e: number): number {
  let h = 0x811c9dc5;
  for (let i = s; i < e; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h ^ (h >>> 15)) >>> 0;
}

function grow(t: SyllableTable): SyllableTable {
  const g = newTable(t.id.length * 2);
  g.raws = t.raws;
  g.id.set(t.id);
  g.shape.set(t.shape);
  g.surname.set(t.surname);
  g.onset.set(t.onset);
  g.rhyme.set(t.rhyme);
  const mask = g.slots.length - 1;
  for (let row = 0; row < t.raws.length; row++) {
    const r = t.raws[row];
    let slot = rawHash(r, 0, r.length) & mask;
    while (g.slots[slot] >= 0) slot = (slot + 1) & mask;
    g.slots[slot] = row;
  }
  return g;
}

/** Row of the syllable text[s, e) in the syllable table, adding it on first sight. */
function syllableRow(text: string, s: number, e: number, lex: Lexicon): number {
  let t = table;
  if (!t || tableSurnames !== lex.surnames || t.raws.length >= MAX_CACHE) {
    t = table = newTable(4096);
    tableSurnames = lex.surnames;
  }
  const h = rawHash(text, s, e);
  const len = e - s;
  let mask = t.slots.length - 1;
  let slot = h & mask;
  for (;;) {
    const row = t.slots[slot];
    if (row < 0) break;
    const r = t.raws[row];
    if (r.length === len) {
      let same = true;
      for (let k = 0; k < len; k++) {
        if (r.charCodeAt(k) !== text.charCodeAt(s + k)) {
          same = false;
          break;
        }
      }
      if (same) return row;
    }
    slot = (slot + 1) & mask;
  }
  const row = t.raws.length;
  if (row >= t.id.length) {
    t = table = grow(t);
    mask = t.slots.length - 1;
    slot = h & mask;
    while (t.slots[slot] >= 0) slot = (slot + 1) & mask;
  }
  // A copy, not a slice: a long slice would keep the whole input text alive in the table.
  const raw = e - s >= 13 ? [...text.slice(s, e)].join("") : text.slice(s, e);
  const key = syllableKey(raw);
  const id = keyId(key);
  const last = key.charCodeAt(key.length - 1);
  const base = last >= 49 && last <= 53 ? key.slice(0, -1) : key;
  const m = ONSET.exec(base);
  const onset = m ? m[1] : "";
  t.raws.push(raw);
  t.slots[slot] = row;
  t.id[row] = id;
  t.shape[row] = shapeOf(raw);
  t.surname[row] = lex.surnames.has(id) ? 1 : 0;
  t.onset[row] = onsetId(onset);
  t.rhyme[row] = hashString(base.slice(onset.length));
  return row;
}

/**
 * Highest set bit of a byte (0 when none): the longest match length in a `starts` mask.
 *
 * @example
 * ```ts
 * HIGH_BIT[0b1100];
 * //=> 3
 * ```
 */
export const HIGH_BIT = new Uint8Array(256);
for (let v = 1; v < 256; v++) HIGH_BIT[v] = 31 - Math.clz32(v);

const POPCOUNT = new Uint8Array(256);
for (let v = 1; v < 256; v++) POPCOUNT[v] = POPCOUNT[v >> 1] + (v & 1);

let ctx: Context | null = null;

function allocate(n: number): Context {
  if (ctx && ctx.ids.length >= n + 2 * PAD) {
    ctx.n = n;
    return ctx;
  }
  let size = 64;
  while (size < n + 2 * PAD) size <<= 1;
  ctx = {
    n,
    ids: new Int32Array(size),
    shapes: new Uint8Array(size),
    surname: new Uint8Array(size),
    join: new Uint8Array(size),
    starts: new Uint8Array(size),
    endLen: new Uint8Array(size),
    fmm: new Uint8Array(size),
    bmm: new Uint8Array(size),
    nameStarts: new Uint8Array(size),
    cover: new Uint8Array(size),
    nameCover: new Uint8Array(size),
    onset: new Uint8Array(size),
    rhyme: new Int32Array(size),
    ev: new Uint8Array(size),
    placeStarts: new Uint8Array(size),
    cp: new Uint8Array(size),
    cs: new Uint8Array(size),
    cl: new Uint8Array(size),
  };
  return ctx;
}

/**
 * The dictionary, the names and the places of a lexicon in one table (flags 1-2, 4-8, 16-32), kept
 * by dictionary: lexicons that differ only in their evidence (the trainer makes one a fold) share it.
 */
const mergedTables = new WeakMap<
  HashedDictionary,
  { names: HashedDictionary; places: HashedDictionary | undefined; merged: HashedDictionary }[]
>();
const NO_PLACES: HashedDictionary = { keys: new Uint32Array(1), flags: new Uint8Array(1), mask: 0 };
function mergedOf(lex: Lexicon): HashedDictionary {
  let known = mergedTables.get(lex.dict);
  if (!known) {
    known = [];
    mergedTables.set(lex.dict, known);
  }
  for (const k of known) if (k.names === lex.names && k.places === lex.places) return k.merged;
  const merged = mergeDictionaries([lex.dict, lex.names, lex.places ?? NO_PLACES]);
  known.push({ names: lex.names, places: lex.places, merged });
  return merged;
}

/**
 * Which dictionary words, names and places start at token p (index p): bit k of each byte set when
 * the k joinable syllables from p form an entry, for k from 2 to {@link MAX_WORD} (dictionary words
 * in bits 0-7, names 8-15, places 16-23). Places are looked for only when `places` is true. Each
 * list is followed while the syllables so far start one of its entries.
 */
function matchBits(
  d: HashedDictionary,
  ids: Int32Array,
  join: Uint8Array,
  p: number,
  places: boolean,
): number {
  let h = seqStart(ids[p]);
  let words = 0;
  let names = 0;
  let found = 0;
  let live = places ? 7 : 3;
  for (let k = 2; k <= MAX_WORD; k++) {
    const q = p + k - 1;
    if (!join[q]) break;
    h = mix(h, ids[q]);
    const f = dictFlags(d, seqFinal(h));
    if (live & 1) {
      if (f & F_WORD) words |= 1 << k;
      if (!(f & F_PREFIX)) live &= 6;
    }
    if (live & 2) {
      if (f & (F_WORD << 2)) names |= 1 << k;
      if (!(f & (F_PREFIX << 2))) live &= 5;
    }
    if (live & 4) {
      if (f & (F_WORD << 4)) found |= 1 << k;
      if (!(f & (F_PREFIX << 4))) live &= 3;
    }
    if (!live) break;
  }
  return words | (names << 8) | (found << 16);
}

/**
 * Fills the feature context of a scanned text.
 *
 * @param text - the text
 * @param scan - its tokens
 * @param lex - dictionary and surnames
 * @returns the (shared, reused) context
 * @example
 * ```ts
 * // Two syllables (kind 1), the second joinable; an empty dictionary and no names.
 * const scan = { n: 2, start: Int32Array.of(0, 4), end: Int32Array.of(3, 7), kind: Uint8Array.of(1, 1), join: Uint8Array.of(0, 1) };
 * const none = { keys: new Uint32Array(1), flags: new Uint8Array(1), mask: 0 };
 * prepare("Hôm nay", scan, { dict: none, surnames: new Set(), names: none }).n;
 * //=> 2
 * ```
 */
export function prepare(text: string, scan: Scan, lex: Lexicon): Context {
  const n = scan.n;
  const c = allocate(n);
  memoI = -1; // the context is reused: forget the last text's open word
  const { ids, shapes, surname, join, starts, endLen, fmm, bmm, nameStarts, onset, rhyme, cover, nameCover } =
    c;
  for (let k = 0; k < PAD; k++) {
    ids[k] = EDGE_ID;
    shapes[k] = SH_EDGE;
    surname[k] = 0;
    join[k] = 0;
    ids[n + PAD + k] = EDGE_ID;
    shapes[n + PAD + k] = SH_EDGE;
    surname[n + PAD + k] = 0;
    join[n + PAD + k] = 0;
  }
  for (let i = 0; i < n; i++) {
    const p = i + PAD;
    const kind = scan.kind[i];
    join[p] = scan.join[i];
    surname[p] = 0;
    onset[p] = 0;
    rhyme[p] = 0;
    if (kind === SYL) {
      const row = syllableRow(text, scan.start[i], scan.end[i], lex);
      const t = table as SyllableTable;
      ids[p] = t.id[row];
      shapes[p] = t.shape[row];
      surname[p] = t.surname[row];
      onset[p] = t.onset[row];
      rhyme[p] = t.rhyme[row];
    } else if (kind === NUM) {
      ids[p] = NUM_ID;
      shapes[p] = SH_NUM;
    } else if (kind === PUNCT) {
      ids[p] = fmix(0x1234567 + text.charCodeAt(scan.start[i]));
      shapes[p] = SH_PUNCT;
    } else {
      ids[p] = SYM_ID;
      shapes[p] = SH_SYM;
    }
  }
  // Dictionary words, names and places starting at each syllable, within a run of joinable
  // syllables (places only at a capitalised one), and the treebank's evidence on each gap.
  const { placeStarts, ev } = c;
  for (let p = PAD; p < n + PAD; p++) {
    starts[p] = 0;
    endLen[p] = 0;
    nameStarts[p] = 0;
    placeStarts[p] = 0;
    cover[p] = 0;
    nameCover[p] = 0;
  }
  const merged = mergedOf(lex);
  const withPlaces = lex.places !== undefined;
  const bigrams = lex.bigrams;
  ev[n + PAD] = 0;
  for (let p = PAD; p < n + PAD; p++) {
    const sp = shapes[p];
    ev[p] = 0;
    if (sp >= SH_NUM) continue;
    if (bigrams && join[p] && shapes[p - 1] < SH_NUM) ev[p] = dictFlags(bigrams, pairKey(ids[p - 1], ids[p]));
    if (!join[p + 1]) continue; // no entry of two or more syllables starts here
    const all = matchBits(merged, ids, join, p, withPlaces && (sp === SH_CAP || sp === SH_UPPER));
    const bits = all & 0xff;
    const names = (all >> 8) & 0xff;
    placeStarts[p] = all >> 16;
    nameStarts[p] = names;
    starts[p] = bits;
    for (let k = 2; k <= MAX_WORD; k++) if (bits & (1 << k) && endLen[p + k - 1] < k) endLen[p + k - 1] = k;
    const longest = HIGH_BIT[bits];
    for (let g = p + 1; g < p + longest; g++) if (cover[g] < longest) cover[g] = longest;
    const longestName = HIGH_BIT[names];
    for (let g = p + 1; g < p + longestName; g++) if (nameCover[g] < longestName) nameCover[g] = longestName;
  }
  // Forward and backward maximum matching over each run.
  for (let p = PAD; p < n + PAD; ) {
    let q = p + 1;
    while (join[q]) q++;
    // run is [p, q)
    for (let r = p; r < q; ) {
      fmm[r] = 1;
      const b = starts[r];
      let len = 1;
      for (let k = MAX_WORD; k >= 2; k--) {
        if (b & (1 << k) && r + k <= q) {
          len = k;
          break;
        }
      }
      for (let t = r + 1; t < r + len; t++) fmm[t] = 0;
      r += len;
    }
    for (let r = q - 1; r >= p; ) {
      // longest word ending at r that starts inside the run
      let len = 1;
      for (let k = Math.min(MAX_WORD, r - p + 1); k >= 2; k--) {
        if (starts[r - k + 1] & (1 << k)) {
          len = k;
          break;
        }
      }
      bmm[r - len + 1] = 1;
      for (let t = r - len + 2; t <= r; t++) bmm[t] = 0;
      r -= len;
    }
    p = q;
  }
  if (lex.corpusPairs || lex.corpusSyllables || lex.clusters) corpusBands(c, lex);
  return c;
}

/**
 * The unlabelled-corpus bands of each gap and syllable (`cp`, `cs`), read by the experimental
 * `featureOptions.corpus` features; only for a lexicon that has the tables (training runs), so
 * the shipped segmenter does no work for them.
 */
function corpusBands(c: Context, lex: Lexicon): void {
  const { n, ids, shapes, join, cp, cs } = c;
  const pairs = lex.corpusPairs;
  const syllables = lex.corpusSyllables;
  const clusters = lex.clusters;
  const cl = c.cl;
  cp[n + PAD] = 0;
  cs[n + PAD] = 0;
  for (let k = 0; k < PAD; k++) {
    cl[k] = CL_EDGE;
    cl[n + PAD + k] = CL_EDGE;
  }
  for (let p = PAD; p < n + PAD; p++) {
    const sp = shapes[p];
    cl[p] =
      sp === SH_NUM
        ? CL_NUM
        : sp === SH_PUNCT
          ? CL_PUNCT
          : sp >= SH_SYM
            ? CL_SYM
            : clusters
              ? dictFlags(clusters, ids[p] >>> 0 || 1)
              : 0;
    cp[p] =
      pairs && join[p] && sp < SH_NUM && shapes[p - 1] < SH_NUM
        ? dictFlags(pairs, pairKey(ids[p - 1], ids[p]))
        : 0;
    cs[p] = syllables && sp < SH_NUM ? dictFlags(syllables, ids[p] >>> 0 || 1) : 0;
  }
}

// Feature hashes: each value gets its own odd multiplier, the template its own salt, then one
// xor-shift-multiply avalanche. Cheap (no per-feature string work) and well spread over 2^20.
function fin(h: number): number {
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  h ^= h >>> 12;
  h = Math.imul(h, 0x297a2d39);
  h ^= h >>> 15;
  // int32, not uint32: V8 keeps an int32 untagged, and a uint32 past 2^31 as a double (25% slower)
  return h | 0;
}

/**
 * Hash of a feature of template `t` with one value (the fast scorer in `gap-scores.ts` makes the
 * same hashes as {@link gapFeatures}).
 *
 * @example
 * ```ts
 * f1(2, 7) === f1(3, 7);
 * //=> false
 * ```
 */
export function f1(t: number, a: number): number {
  return fin(Math.imul(t, 0x632be5ab) + Math.imul(a, 0x9e3779b1));
}

/**
 * Hash of a feature of template `t` with two values, in order.
 *
 * @example
 * ```ts
 * f2(6, 1, 2) === f2(6, 2, 1);
 * //=> false
 * ```
 */
export function f2(t: number, a: number, b: number): number {
  return fin(Math.imul(t, 0x632be5ab) + Math.imul(a, 0x9e3779b1) + Math.imul(b ^ (a >>> 16), 0x85ebca77));
}

/**
 * Hash of a feature of template `t` with three values, in order.
 *
 * @example
 * ```ts
 * f3(9, 1, 2, 3) === f3(9, 3, 2, 1);
 * //=> false
 * ```
 */
export function f3(t: number, a: number, b: number, c: number): number {
  return fin(
    Math.imul(t, 0x632be5ab) +
      Math.imul(a, 0x9e3779b1) +
      Math.imul(b ^ (a >>> 16), 0x85ebca77) +
      Math.imul(c ^ (b >>> 16), 0xc2b2ae3d),
  );
}

// Hash of the open word at the last gap scored, reused by the next gap of the same word.
let memoCtx: Context | null = null;
let memoWs = -1;
let memoI = -1;
let memoH = 0;

/**
 * Writes the hashed features of the gap before token i (0-based) into `out`.
 *
 * @param c - the prepared context
 * @param i - token index of the syllable after the gap
 * @param out - receives feature hashes
 * @param ws - token index where the open word starts (the last word start decided before i); -1
 *   leaves out the open-word features
 * @returns the number of features written
 * @example
 * ```ts
 * const scan = { n: 2, start: Int32Array.of(0, 4), end: Int32Array.of(3, 7), kind: Uint8Array.of(1, 1), join: Uint8Array.of(0, 1) };
 * const none = { keys: new Uint32Array(1), flags: new Uint8Array(1), mask: 0 };
 * const c = prepare("Hôm nay", scan, { dict: none, surnames: new Set(), names: none });
 * gapFeatures(c, 1, new Uint32Array(MAX_FEATURES)) > 0;
 * //=> true
 * ```
 */
export function gapFeatures(c: Context, i: number, out: Uint32Array, ws = -1): number {
  const p = i + PAD;
  const ids = c.ids;
  const sh = c.shapes;
  const a = ids[p - 2];
  const b = ids[p - 1];
  const x = ids[p];
  const d = ids[p + 1];
  const e = ids[p + 2];
  const sa = sh[p - 2];
  const sb = sh[p - 1];
  const sx = sh[p];
  const sd = sh[p + 1];
  const st = c.starts;
  const m2 = (st[p - 1] >> 2) & 1; // b x
  const m3a = (st[p - 2] >> 3) & 1; // a b x
  const m3b = (st[p - 1] >> 3) & 1; // b x d
  const m4 = ((st[p - 3] >> 4) & 1) | (((st[p - 2] >> 4) & 1) << 1) | (((st[p - 1] >> 4) & 1) << 2); // spanning 4-grams
  const mLeft = (st[p - 2] >> 2) & 1; // a b
  const mRight = (st[p] >> 2) & 1; // x d
  const cover = c.cover[p]; // longest word covering the gap
  const endL = c.endLen[p - 1];
  const startL = HIGH_BIT[st[p]];
  const fm = c.fmm[p];
  const bm = c.bmm[p];
  const dictPat = m2 | (m3a << 1) | (m3b << 2) | (m4 << 3) | (mLeft << 6) | (mRight << 7);
  const capPat = sb * 16 + sx;
  const sur = c.surname[p - 1] * 2 + c.surname[p];
  const ns = c.nameStarts;
  const ncover = c.nameCover[p]; // longest known name covering the gap
  const n2 = (ns[p - 1] >> 2) & 1;
  const nLeft = (ns[p - 2] >> 2) & 1;
  const nRight = (ns[p] >> 2) & 1;
  let k = 0;
  out[k++] = f1(1, 0);
  out[k++] = f1(2, b);
  out[k++] = f1(3, x);
  out[k++] = f1(4, a);
  out[k++] = f1(5, d);
  out[k++] = f2(6, b, x);
  out[k++] = f2(7, a, b);
  out[k++] = f2(8, x, d);
  out[k++] = f3(9, a, b, x);
  out[k++] = f3(10, b, x, d);
  out[k++] = f2(11, a, x);
  out[k++] = f2(12, b, d);
  out[k++] = f2(13, d, e);
  out[k++] = f1(14, capPat);
  out[k++] = f3(15, capPat, sa, sd);
  out[k++] = f1(16, dictPat);
  out[k++] = f1(17, m2);
  out[k++] = f2(18, m3a, m3b);
  out[k++] = f1(19, m4);
  out[k++] = f2(20, mLeft, mRight);
  out[k++] = f3(21, endL, startL, cover);
  out[k++] = f1(22, cover);
  out[k++] = f2(23, fm, bm);
  out[k++] = f2(28, dictPat, capPat);
  out[k++] = f3(29, sur, capPat, sd);
  out[k++] = f2(30, b, m2);
  out[k++] = f2(31, x, m2);
  out[k++] = f3(32, fm, bm, dictPat);
  out[k++] = f3(35, capPat, fm, bm);
  out[k++] = f3(36, n2, ncover, capPat);
  out[k++] = f3(37, nLeft, nRight, capPat);
  out[k++] = f3(38, ncover, sur, capPat);
  out[k++] = f3(39, ncover, m2, cover);
  const sameOnset = c.onset[p - 1] !== 0 && c.onset[p - 1] === c.onset[p] ? 1 : 0;
  const sameRhyme = c.rhyme[p - 1] !== 0 && c.rhyme[p - 1] === c.rhyme[p] ? 1 : 0;
  const redup = sameOnset + 2 * sameRhyme;
  out[k++] = f3(40, redup, m2, capPat);
  // How the treebank split or joined this very pair, beside the dictionary's view.
  const ev = c.ev[p];
  out[k++] = f3(58, ev, m2, capPat);
  out[k++] = f3(59, ev, cover, dictPat);
  if (featureOptions.corpus) {
    // Unlabelled text: how strongly the pair sticks together, and how widely the syllable before
    // the gap branches to its right and the one after it to its left.
    const cpv = c.cp[p];
    const pmi = cpv & 7;
    const csb = c.cs[p - 1];
    const csx = c.cs[p];
    const rightOfB = csb ? (csb - 1) & 3 : 4;
    const leftOfX = csx ? (csx - 1) >> 2 : 4;
    if (featureOptions.corpus === 1) {
      out[k++] = f3(60, pmi, m2, capPat);
      out[k++] = f3(61, cpv, cover, ev);
      out[k++] = f3(62, rightOfB, leftOfX, m2);
      out[k++] = f3(63, rightOfB * 8 + leftOfX, pmi, capPat);
    } else {
      out[k++] = f2(60, cpv, m2);
      out[k++] = f2(61, rightOfB, leftOfX);
      out[k++] = f2(62, pmi, x === b ? 1 : 0);
    }
  }
  if (featureOptions.clusters) {
    // The distributional clusters of the syllables on each side (unlabelled text), at the finest
    // level and at the middle one with the dictionary's bit: what the treebank taught about a pair,
    // carried to pairs of syllables used alike that it never showed.
    const cb = c.cl[p - 1];
    const cx = c.cl[p];
    out[k++] = f2(70, cb, cx);
    out[k++] = f3(71, CLUSTER_GROUP[cb], CLUSTER_GROUP[cx], m2);
  }
  if (ws >= 0 && featureOptions.structured) {
    // The word left open by the decisions so far runs from token ws to token i-1.
    const len = i - ws;
    const sw = st[ws + PAD];
    const joinWord = len < MAX_WORD ? (sw >> (len + 1)) & 1 : 0; // [ws, i] is a dictionary word
    const joinLonger = len + 1 < MAX_WORD ? (sw >> (len + 2) !== 0 ? 1 : 0) : 0; // a longer one goes on
    const closed = len === 1 ? 2 : (sw >> len) & 1; // [ws, i) is a word already
    const lenCap = Math.min(len, 3);
    out[k++] = f3(41, lenCap, joinWord * 4 + joinLonger * 2 + (closed & 1), closed >> 1);
    out[k++] = f3(42, lenCap * 8 + joinWord * 4 + joinLonger * 2 + (closed & 1), capPat, m2);
    out[k++] = f3(43, lenCap, x, joinWord);
    // A person's name: the open word starts with a surname, capitals on both sides of the gap.
    const nameJoin = len < MAX_WORD ? (c.nameStarts[ws + PAD] >> (len + 1)) & 1 : 0;
    out[k++] = f3(51, c.surname[ws + PAD] * 8 + lenCap * 2 + nameJoin, capPat, ncover);
    if (featureOptions.openWord && len <= MAX_WORD) {
      // The open word itself, and the open word extended by x: a word memory learned from the data.
      // Extend the previous gap's hash when the open word just grew by one syllable.
      let h: number;
      if (c === memoCtx && ws === memoWs && i === memoI + 1) h = mix(memoH, b);
      else {
        h = seqStart(ids[ws + PAD]);
        for (let q = ws + 1; q < i; q++) h = mix(h, ids[q + PAD]);
      }
      memoCtx = c;
      memoWs = ws;
      memoI = i;
      memoH = h;
      out[k++] = f1(44, h);
      out[k++] = f1(45, mix(h, x));
    }
    if (featureOptions.lenIds) out[k++] = f3(46, lenCap, b, joinWord);
  }
  if (featureOptions.overlaps) {
    // How many dictionary words cover this gap (start before it, end after it).
    let ways = 0;
    for (let q = p - 1; q >= p - MAX_WORD + 1 && q >= 0; q--) {
      const bits = st[q] >> (p - q + 1);
      ways += POPCOUNT[bits & 0xff];
    }
    out[k++] = f3(47, Math.min(ways, 3), m2, cover);
  }
  return k;
}

/** Id used for a syllable key (exported for tests and tools). */
export function idOf(raw: string): number {
  return keyId(syllableKey(raw));
}
