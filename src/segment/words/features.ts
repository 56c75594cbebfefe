/**
 * Feature extraction for the word-boundary model, shared by training and segmentation. For the
 * gap before syllable i (when it may join syllable i-1) it yields hashed feature indices from a
 * ±2 syllable window (uni/bi/tri-grams of style-insensitive keys), shapes, dictionary evidence
 * (words spanning the gap, longest matches, forward/backward maximum matching) and the previous
 * decision.
 */
import { type HashedDictionary, dictFlags, F_PREFIX, F_WORD, seqFinal, seqStart } from "./dictionary";
import {
  fmix,
  hashString,
  keyId,
  mix,
  SH_EDGE,
  SH_NUM,
  SH_PUNCT,
  SH_SYM,
  shapeOf,
  syllableKey,
} from "./keys";
import { NUM, PUNCT, type Scan, SYL } from "./scan";

/** Longest dictionary word considered, in syllables. */
export const MAX_WORD = 6;
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
}

/** What the features need besides the text: the dictionary and the surname ids. */
export interface Lexicon {
  dict: HashedDictionary;
  surnames: Set<number>;
}

const MAX_CACHE = 200_000;
let cache = new Map<string, number>();
let cacheLexicon: Lexicon | null = null;

/** Packed id/shape/surname of a raw syllable: id * 32 + shape * 2 + surname. */
function syllableInfo(raw: string, lex: Lexicon): number {
  if (cacheLexicon !== lex) {
    cache = new Map();
    cacheLexicon = lex;
  }
  const hit = cache.get(raw);
  if (hit !== undefined) return hit;
  if (cache.size >= MAX_CACHE) cache = new Map();
  const id = keyId(syllableKey(raw));
  const v = id * 32 + shapeOf(raw) * 2 + (lex.surnames.has(id) ? 1 : 0);
  cache.set(raw, v);
  return v;
}

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
  };
  return ctx;
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
 * prepare("Hôm nay", scanTokens("Hôm nay"), lex).n;
 * //=> 2
 * ```
 */
export function prepare(text: string, scan: Scan, lex: Lexicon): Context {
  const n = scan.n;
  const c = allocate(n);
  const { ids, shapes, surname, join, starts, endLen, fmm, bmm } = c;
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
    if (kind === SYL) {
      const v = syllableInfo(text.slice(scan.start[i], scan.end[i]), lex);
      const low = v % 32;
      ids[p] = (v - low) / 32;
      shapes[p] = low >> 1;
      surname[p] = low & 1;
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
  // Dictionary matches starting at each syllable, within a run of joinable syllables.
  const d = lex.dict;
  for (let p = PAD; p < n + PAD; p++) {
    starts[p] = 0;
    endLen[p] = 0;
  }
  for (let p = PAD; p < n + PAD; p++) {
    if (shapes[p] >= SH_NUM) continue;
    let h = seqStart(ids[p]);
    let bits = 0;
    for (let k = 2; k <= MAX_WORD; k++) {
      const q = p + k - 1;
      if (!join[q]) break;
      h = mix(h, ids[q]);
      const f = dictFlags(d, seqFinal(h));
      if (f & F_WORD) {
        bits |= 1 << k;
        if (endLen[q] < k) endLen[q] = k;
      }
      if (!(f & F_PREFIX)) break;
    }
    starts[p] = bits;
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
  return c;
}

function f1(t: number, a: number): number {
  return fmix(mix(t, a));
}
function f2(t: number, a: number, b: number): number {
  return fmix(mix(mix(t, a), b));
}
function f3(t: number, a: number, b: number, c: number): number {
  return fmix(mix(mix(mix(t, a), b), c));
}

/**
 * Writes the hashed features of the gap before token i (0-based) into `out`.
 *
 * @param c - the prepared context
 * @param i - token index of the syllable after the gap
 * @param prevStart - 1 when syllable i-1 began a word
 * @param wordLen - syllables in the current word up to i-1
 * @param out - receives feature hashes
 * @returns the number of features written
 * @example
 * ```ts
 * gapFeatures(ctx, 1, 1, 1, out) > 0;
 * //=> true
 * ```
 */
export function gapFeatures(
  c: Context,
  i: number,
  prevStart: number,
  wordLen: number,
  out: Uint32Array,
): number {
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
  let cover = 0; // longest word covering the gap
  for (let k = 1; k < MAX_WORD && k <= p; k++) {
    const bits = st[p - k];
    for (let len = MAX_WORD; len > k; len--) {
      if (bits & (1 << len)) {
        if (len > cover) cover = len;
        break;
      }
    }
  }
  const endL = c.endLen[p - 1];
  let startL = 0;
  for (let len = MAX_WORD; len >= 2; len--) {
    if (st[p] & (1 << len)) {
      startL = len;
      break;
    }
  }
  const fm = c.fmm[p];
  const bm = c.bmm[p];
  const dictPat = m2 | (m3a << 1) | (m3b << 2) | (m4 << 3) | (mLeft << 6) | (mRight << 7);
  const wl = Math.min(wordLen, 3);
  const capPat = sb * 16 + sx;
  const sur = c.surname[p - 1] * 2 + c.surname[p];
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
  out[k++] = f3(24, fm, bm, prevStart);
  out[k++] = f2(25, prevStart, wl);
  out[k++] = f3(26, wl, cover, m2);
  out[k++] = f2(27, dictPat, prevStart);
  out[k++] = f2(28, dictPat, capPat);
  out[k++] = f3(29, sur, capPat, sd);
  out[k++] = f2(30, b, m2);
  out[k++] = f2(31, x, m2);
  out[k++] = f3(32, fm, bm, dictPat);
  out[k++] = f3(33, b, x, prevStart);
  out[k++] = f2(34, capPat, wl);
  out[k++] = f3(35, capPat, fm, bm);
  return k;
}

/** Id used for a syllable key (exported for tests and tools). */
export function idOf(raw: string): number {
  return keyId(syllableKey(raw));
}

export { hashString };
