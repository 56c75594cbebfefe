/**
 * The word model's gap scores without hashing every feature: the same integer sums as
 * {@link gapFeatures} looked up in the weights, computed faster for a model of the shipped format
 * (Int8 weights, the experimental feature switches off).
 *
 * Of a gap's 38 features, 4 are single syllables, 2 a syllable with one dictionary bit, 8 pairs and
 * triples of syllables, and 24 small values (shapes, dictionary and name bits, lengths, the
 * treebank's evidence). So:
 * - each syllable id's unigram weights are looked up once and kept ({@link GapScorer.roles});
 * - the 8 n-gram features are hashed as before;
 * - the 24 small-valued features are read from 7 dense tables over their joint values, each entry
 *   the sum of its features' weights, filled the first time it is read.
 * Integer sums in any order are equal, so the scores, and the words, are exactly those of the
 * hashed features; `test/segment/gap-scores.test.ts` checks every gap of UD-VTB and of generated text.
 */
import { type Context, f1, f2, f3, featureOptions, HIGH_BIT, PAD } from "./features";

/** Not yet filled: lower than any sum of at most 8 Int8 weights. */
const UNSET = -32768;
/** capPat = shape before * 16 + shape after, shapes 0-8. */
const CAP = 144;
/** Shapes 0-8. */
const SHAPES = 9;
/** Lengths 0 to MAX_WORD (6). */
const LEN = 7;
/** Evidence bands the dense tables hold (the shipped table has 1-6); others are hashed per gap. */
const EV = 8;
/** Unigram weights kept per syllable id: a, d, b with m2 0 / 1, x with m2 0 / 1. */
const ROLES = 6;
/** Syllable ids kept before the unigram cache starts afresh. */
const MAX_IDS = 1 << 14;

/**
 * The dense tables and the unigram cache of one weights array.
 *
 * @example
 * ```ts
 * gapScorer(new Int8Array(1024)).mask;
 * //=> 1023
 * ```
 */
export interface GapScorer {
  weights: Int8Array;
  mask: number;
  /** The dense tables, in the order of {@link DENSE}; UNSET where not yet filled. */
  tables: Int16Array[];
  /** Unigram cache: open addressing on the syllable id; `roles[slot * 6]` is UNSET when empty. */
  ids: Int32Array;
  roles: Int16Array;
  used: number;
}

/**
 * A dense table: the radices of its index (the last digit varies fastest) and the summed weight of
 * its features for the index's digits, given in the order of the radices.
 */
interface Dense {
  radices: readonly number[];
  weight: (w: Int8Array, m: number, d: readonly number[]) => number;
}

/** The tables of the small-valued features, by what they read (the template numbers of gapFeatures). */
const DENSE: readonly Dense[] = [
  // bias, capPat, dictPat and its parts (m2, m3a m3b, m4, mLeft mRight)
  {
    radices: [256, CAP],
    weight: (w, m, [dictPat, capPat]) =>
      w[f1(1, 0) & m] +
      w[f1(14, capPat) & m] +
      w[f1(16, dictPat) & m] +
      w[f1(17, dictPat & 1) & m] +
      w[f2(18, (dictPat >> 1) & 1, (dictPat >> 2) & 1) & m] +
      w[f1(19, (dictPat >> 3) & 7) & m] +
      w[f2(20, (dictPat >> 6) & 1, (dictPat >> 7) & 1) & m] +
      w[f2(28, dictPat, capPat) & m],
  },
  // the shapes around the gap, with the surnames
  {
    radices: [4, CAP, SHAPES, SHAPES],
    weight: (w, m, [sur, capPat, sd, sa]) => w[f3(15, capPat, sa, sd) & m] + w[f3(29, sur, capPat, sd) & m],
  },
  // names: n2 nLeft nRight as three bits, the name covering the gap
  {
    radices: [CAP, 4, 8, LEN],
    weight: (w, m, [capPat, sur, bits, ncover]) =>
      w[f3(36, bits >> 2, ncover, capPat) & m] +
      w[f3(37, (bits >> 1) & 1, bits & 1, capPat) & m] +
      w[f3(38, ncover, sur, capPat) & m],
  },
  // the lengths of the dictionary words and names around the gap
  {
    radices: [LEN, LEN, LEN, LEN, 2],
    weight: (w, m, [endL, startL, cover, ncover, m2]) =>
      w[f3(21, endL, startL, cover) & m] + w[f1(22, cover) & m] + w[f3(39, ncover, m2, cover) & m],
  },
  // maximum matching (fm * 2 + bm) with the dictionary bits
  {
    radices: [4, 256],
    weight: (w, m, [fmbm, dictPat]) =>
      w[f2(23, fmbm >> 1, fmbm & 1) & m] + w[f3(32, fmbm >> 1, fmbm & 1, dictPat) & m],
  },
  // the treebank's evidence and reduplication with the shapes
  {
    radices: [CAP, 4, 2, EV, 4],
    weight: (w, m, [capPat, redup, m2, ev, fmbm]) =>
      w[f3(35, capPat, fmbm >> 1, fmbm & 1) & m] +
      w[f3(40, redup, m2, capPat) & m] +
      w[f3(58, ev, m2, capPat) & m],
  },
  // the treebank's evidence with the dictionary
  {
    radices: [EV, LEN, 256],
    weight: (w, m, [ev, cover, dictPat]) => w[f3(59, ev, cover, dictPat) & m],
  },
];

const digits: number[] = [0, 0, 0, 0, 0];

/** Fills entry `idx` of dense table `k` with its summed weight, and returns it. */
function fill(s: GapScorer, k: number, idx: number): number {
  const { radices, weight } = DENSE[k];
  let r = idx;
  for (let j = radices.length - 1; j >= 0; j--) {
    digits[j] = r % radices[j];
    r = (r - digits[j]) / radices[j];
  }
  const v = weight(s.weights, s.mask, digits);
  s.tables[k][idx] = v;
  return v;
}

const scorers = new WeakMap<Int8Array, GapScorer>();

function unset(n: number): Int16Array {
  return new Int16Array(n).fill(UNSET);
}

/**
 * The scorer of a weights array, made on first use and kept as long as the weights live. Its
 * tables hold sums of the weights as they were when read: weights changed in place afterwards are
 * not seen (a model of your own is a new array, from `readWordModel`).
 *
 * @param weights - Int8 feature weights, length a power of two
 * @returns its scorer
 * @example
 * ```ts
 * const w = new Int8Array(1024);
 * gapScorer(w) === gapScorer(w);
 * //=> true
 * ```
 */
export function gapScorer(weights: Int8Array): GapScorer {
  let s = scorers.get(weights);
  if (!s) {
    s = {
      weights,
      mask: weights.length - 1,
      tables: DENSE.map((t) => unset(t.radices.reduce((x, y) => x * y, 1))),
      ids: new Int32Array(MAX_IDS * 2),
      roles: unset(MAX_IDS * 2 * ROLES),
      used: 0,
    };
    scorers.set(weights, s);
  }
  return s;
}

/**
 * True when {@link scoreGaps} gives the model's scores for these weights: Int8 weights and no
 * experimental feature switched on (training uses float weights and the hashed features).
 *
 * @param weights - the model's weights
 * @returns whether the fast scorer applies
 * @example
 * ```ts
 * [fastScoring(new Int8Array(1024)), fastScoring(new Float32Array(1024))];
 * //=> [true, false]
 * ```
 */
export function fastScoring(weights: Int8Array | Float32Array | Float64Array): weights is Int8Array {
  const o = featureOptions;
  return (
    weights instanceof Int8Array && !o.structured && !o.openWord && !o.lenIds && !o.overlaps && !o.corpus && !o.clusters
  );
}

/** Slot of a syllable id in the unigram cache, its six weights filled on first sight. */
function roleSlot(s: GapScorer, id: number): number {
  const mask = MAX_IDS * 2 - 1;
  let slot = id & mask;
  for (;;) {
    if (s.roles[slot * ROLES] === UNSET) break;
    if (s.ids[slot] === id) return slot;
    slot = (slot + 1) & mask;
  }
  if (s.used >= MAX_IDS) {
    // a long run of new ids (a huge crawl): start afresh rather than grow without bound
    s.roles.fill(UNSET);
    s.used = 0;
    slot = id & mask;
  }
  const w = s.weights;
  const m = s.mask;
  const o = slot * ROLES;
  const wb = w[f1(2, id) & m];
  const wx = w[f1(3, id) & m];
  s.ids[slot] = id;
  s.roles[o] = w[f1(4, id) & m];
  s.roles[o + 1] = w[f1(5, id) & m];
  s.roles[o + 2] = wb + w[f2(30, id, 0) & m];
  s.roles[o + 3] = wb + w[f2(30, id, 1) & m];
  s.roles[o + 4] = wx + w[f2(31, id, 0) & m];
  s.roles[o + 5] = wx + w[f2(31, id, 1) & m];
  s.used++;
  return slot;
}

let unigrams = new Int16Array(256 * ROLES);

/**
 * Scores every gap of a prepared context and decides the word starts, as `decodeStarts` does with
 * the hashed features: 1 where a token starts a word (it cannot join the one before, or its gap
 * scores above 0).
 *
 * @param c - the prepared context
 * @param s - the weights' scorer ({@link gapScorer})
 * @param out - receives 1 or 0 per token; length at least `c.n`
 * @param scores - (optional) receives each joinable gap's score (for tests)
 * @example
 * ```ts
 * import { segmentWords } from "vietnews";
 * // segmentWords scores the gaps of the shipped model here
 * segmentWords("Hôm nay, ta đi").map((w) => w.text);
 * //=> ["Hôm nay", ",", "ta", "đi"]
 * ```
 */
export function scoreGaps(c: Context, s: GapScorer, out: Uint8Array, scores?: Int32Array): void {
  const n = c.n;
  const { ids, shapes: sh, join, starts: st, fmm, bmm, cover: cov, nameCover, endLen, ev: evs } = c;
  const { surname, nameStarts: ns, onset, rhyme } = c;
  const w = s.weights;
  const m = s.mask;
  // each token's unigram weights, copied out of the cache (which may start afresh on a long text)
  if (unigrams.length < (n + 2 * PAD) * ROLES) unigrams = new Int16Array((n + 2 * PAD) * 2 * ROLES);
  const u = unigrams;
  const roles = s.roles;
  const [dictCap, shapes, names, lengths, matching, evCap, evDict] = s.tables;
  for (let p = 0; p < n + 2 * PAD; p++) {
    const o = roleSlot(s, ids[p]) * ROLES;
    const q = p * ROLES;
    u[q] = roles[o];
    u[q + 1] = roles[o + 1];
    u[q + 2] = roles[o + 2];
    u[q + 3] = roles[o + 3];
    u[q + 4] = roles[o + 4];
    u[q + 5] = roles[o + 5];
  }
  for (let i = 0; i < n; i++) {
    const p = i + PAD;
    if (!join[p]) {
      out[i] = 1;
      continue;
    }
    const a = ids[p - 2];
    const b = ids[p - 1];
    const x = ids[p];
    const d = ids[p + 1];
    const e = ids[p + 2];
    const sa = sh[p - 2];
    const sb = sh[p - 1];
    const sx = sh[p];
    const sd = sh[p + 1];
    const m2 = (st[p - 1] >> 2) & 1;
    const m3a = (st[p - 2] >> 3) & 1;
    const m3b = (st[p - 1] >> 3) & 1;
    const m4 = ((st[p - 3] >> 4) & 1) | (((st[p - 2] >> 4) & 1) << 1) | (((st[p - 1] >> 4) & 1) << 2);
    const mLeft = (st[p - 2] >> 2) & 1;
    const mRight = (st[p] >> 2) & 1;
    const cover = cov[p];
    const dictPat = m2 | (m3a << 1) | (m3b << 2) | (m4 << 3) | (mLeft << 6) | (mRight << 7);
    const capPat = sb * 16 + sx;
    const sur = surname[p - 1] * 2 + surname[p];
    const ncover = nameCover[p];
    const nbits = (((ns[p - 1] >> 2) & 1) << 2) | (((ns[p - 2] >> 2) & 1) << 1) | ((ns[p] >> 2) & 1);
    const fmbm = fmm[p] * 2 + bmm[p];
    const sameOnset = onset[p - 1] !== 0 && onset[p - 1] === onset[p] ? 1 : 0;
    const sameRhyme = rhyme[p - 1] !== 0 && rhyme[p - 1] === rhyme[p] ? 1 : 0;
    const redup = sameOnset + 2 * sameRhyme;
    const ev = evs[p];
    let score =
      u[(p - 2) * ROLES] +
      u[(p + 1) * ROLES + 1] +
      u[(p - 1) * ROLES + 2 + m2] +
      u[p * ROLES + 4 + m2] +
      w[f2(6, b, x) & m] +
      w[f2(7, a, b) & m] +
      w[f2(8, x, d) & m] +
      w[f3(9, a, b, x) & m] +
      w[f3(10, b, x, d) & m] +
      w[f2(11, a, x) & m] +
      w[f2(12, b, d) & m] +
      w[f2(13, d, e) & m];
    let t = dictPat * CAP + capPat;
    let v = dictCap[t];
    score += v === UNSET ? fill(s, 0, t) : v;
    t = ((sur * CAP + capPat) * SHAPES + sd) * SHAPES + sa;
    v = shapes[t];
    score += v === UNSET ? fill(s, 1, t) : v;
    t = ((capPat * 4 + sur) * 8 + nbits) * LEN + ncover;
    v = names[t];
    score += v === UNSET ? fill(s, 2, t) : v;
    t = (((endLen[p - 1] * LEN + HIGH_BIT[st[p]]) * LEN + cover) * LEN + ncover) * 2 + m2;
    v = lengths[t];
    score += v === UNSET ? fill(s, 3, t) : v;
    t = fmbm * 256 + dictPat;
    v = matching[t];
    score += v === UNSET ? fill(s, 4, t) : v;
    if (ev < EV) {
      t = (((capPat * 4 + redup) * 2 + m2) * EV + ev) * 4 + fmbm;
      v = evCap[t];
      score += v === UNSET ? fill(s, 5, t) : v;
      t = (ev * LEN + cover) * 256 + dictPat;
      v = evDict[t];
      score += v === UNSET ? fill(s, 6, t) : v;
    } else {
      // an evidence table of one's own with bands past the dense tables
      score +=
        w[f3(35, capPat, fmm[p], bmm[p]) & m] +
        w[f3(40, redup, m2, capPat) & m] +
        w[f3(58, ev, m2, capPat) & m] +
        w[f3(59, ev, cover, dictPat) & m];
    }
    out[i] = score > 0 ? 1 : 0;
    if (scores) scores[i] = score;
  }
}
