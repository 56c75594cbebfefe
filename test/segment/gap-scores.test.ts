import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { contextOf, decodeStarts } from "../../src/segment/words/decode";
import {
  dictFlags,
  F_PREFIX,
  F_WORD,
  type HashedDictionary,
  seqFinal,
  seqStart,
} from "../../src/segment/words/dictionary";
import {
  type Context,
  gapFeatures,
  type Lexicon,
  MAX_FEATURES,
  MAX_WORD,
  PAD,
} from "../../src/segment/words/features";
import { fastScoring, gapScorer, scoreGaps } from "../../src/segment/words/gap-scores";
import { mix } from "../../src/segment/words/keys";
import { loadWordModel } from "../../src/segment/words/load";
import { hasShared, SEED_TEXT, udVtbText } from "../_shared";

const SEED = SEED_TEXT;

// Syllables, names, places, capitals, numbers and marks, so every shape and dictionary bit occurs.
const PIECES = [
  "trung ương",
  "Ban Chấp hành",
  "Nguyễn Đăng Quang",
  "NGUYỄN PHÚ TRỌNG",
  "tỉnh Quảng Trị",
  "Hà Nội",
  "Thành phố Hồ Chí Minh",
  "hợp tác xã",
  "lung linh",
  "đủng đỉnh",
  "xây dựng Đảng",
  "Hoà",
  "hòa",
  "3,5%",
  "12/2020",
  "COVID-19",
  "A5",
  ",",
  ".",
  "…",
  "(",
  ")",
  "\n",
  "bà Hoàng Thị Lan",
  "của",
  "Bộ Chính trị",
  "Quốc hội",
  "lê quang",
  "Lê Quang Tùng",
  "iPhone",
  "x",
  "Đại hội XIII",
];

/** A text of `pieces` pieces drawn with fast-check's seeded generator. */
function generated(seed: number, pieces: number): string {
  const arb = fc.array(fc.constantFrom(...PIECES), { minLength: pieces, maxLength: pieces });
  return fc.sample(arb, { seed, numRuns: 1 })[0].join(" ");
}

/** Weights of every value, from a hash of the slot (no two seeds alike). */
function randomWeights(size: number, seed: number): Int8Array {
  return Int8Array.from(
    { length: size },
    (_, i) => (Math.imul(i ^ Math.imul(seed, 0x27d4eb2d), 0x61c88647) >>> 24) - 128,
  );
}

const feats = new Uint32Array(MAX_FEATURES);
/** A gap's score from the hashed features, as decodeStarts sums them for float weights. */
function hashedScore(c: Context, i: number, weights: Int8Array): number {
  const k = gapFeatures(c, i, feats, -1);
  let score = 0;
  for (let f = 0; f < k; f++) score += weights[feats[f] & (weights.length - 1)];
  return score;
}

/** Gaps whose fast score differs from the hashed one. */
function mismatches(c: Context, weights: Int8Array): number[] {
  const out = new Uint8Array(c.n);
  const scores = new Int32Array(c.n);
  scoreGaps(c, gapScorer(weights), out, scores);
  const bad: number[] = [];
  for (let i = 0; i < c.n; i++) {
    if (!c.join[i + PAD]) {
      if (out[i] !== 1) bad.push(i);
    } else if (scores[i] !== hashedScore(c, i, weights) || out[i] !== (scores[i] > 0 ? 1 : 0)) bad.push(i);
  }
  return bad;
}

const texts: [string, string][] = [
  ["seed article", SEED],
  ["generated text", generated(20261205, 6000)],
];

describe("scoreGaps", () => {
  const lex = loadWordModel().lexicon;
  const shipped = loadWordModel().weights;
  for (const [name, text] of texts) {
    it(`should give every gap of the ${name} the hashed features' score`, () => {
      const c = contextOf(text, lex);
      expect(c.n).toBeGreaterThan(1000);
      expect(mismatches(c, shipped)).toEqual([]);
      expect(mismatches(c, randomWeights(1 << 20, 7))).toEqual([]);
      expect(mismatches(c, randomWeights(1 << 10, 8))).toEqual([]);
    });
  }
  it.skipIf(!hasShared)("should give every gap of UD-VTB train and dev the hashed features' score", () => {
    for (const part of ["train", "dev"] as const) {
      const c = contextOf(udVtbText(part), lex);
      expect(mismatches(c, shipped)).toEqual([]);
      expect(mismatches(c, randomWeights(1 << 20, 9))).toEqual([]);
    }
  });
  it("should score evidence bands past the dense tables through the hashed features", () => {
    const b = lex.bigrams as HashedDictionary;
    const wide: Lexicon = { ...lex, bigrams: { ...b, flags: b.flags.map((f) => (f ? f + 9 : 0)) } };
    const c = contextOf(SEED, wide);
    let wideGaps = 0;
    for (let i = 0; i < c.n; i++) if (c.ev[i + PAD] > 8) wideGaps++;
    expect(wideGaps).toBeGreaterThan(50);
    expect(mismatches(c, shipped)).toEqual([]);
  });
  it("should decide as the hashed features do, and only for Int8 weights", () => {
    const c = contextOf(generated(5, 3000), lex);
    const fast = new Uint8Array(c.n);
    const hashed = new Uint8Array(c.n);
    decodeStarts(c, shipped, fast);
    decodeStarts(c, Float32Array.from(shipped), hashed); // float weights take the hashed features
    expect(fastScoring(shipped)).toBe(true);
    expect(fastScoring(Float32Array.from(shipped))).toBe(false);
    expect(Array.from(fast)).toEqual(Array.from(hashed));
  });
});

/** Entries of one list starting at token p, looked up on their own (the matching before the merge). */
function matchOne(d: HashedDictionary, c: Context, p: number): number {
  let h = seqStart(c.ids[p]);
  let bits = 0;
  for (let k = 2; k <= MAX_WORD; k++) {
    const q = p + k - 1;
    if (!c.join[q]) break;
    h = mix(h, c.ids[q]);
    const f = dictFlags(d, seqFinal(h));
    if (f & F_WORD) bits |= 1 << k;
    if (!(f & F_PREFIX)) break;
  }
  return bits;
}

describe("prepare's dictionary matching", () => {
  it("should find the dictionary words, names and places of each list looked up apart", () => {
    const lex = loadWordModel().lexicon;
    const all = [SEED, generated(11, 6000), ...(hasShared ? [udVtbText("dev")] : [])].join("\n");
    const c = contextOf(all, lex);
    const wrong: number[] = [];
    let names = 0;
    let places = 0;
    for (let p = PAD; p < c.n + PAD; p++) {
      const letters = c.shapes[p] < 5; // not a number, a mark, a symbol
      const capital = c.shapes[p] === 1 || c.shapes[p] === 2;
      const words = letters ? matchOne(lex.dict, c, p) : 0;
      const name = letters ? matchOne(lex.names, c, p) : 0;
      const place = capital ? matchOne(lex.places as HashedDictionary, c, p) : 0;
      if (c.starts[p] !== words || c.nameStarts[p] !== name || c.placeStarts[p] !== place) wrong.push(p);
      if (name) names++;
      if (place) places++;
    }
    expect(names).toBeGreaterThan(100);
    expect(places).toBeGreaterThan(100);
    expect(wrong).toEqual([]);
  });
});
