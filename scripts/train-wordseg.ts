/**
 * `npm run train:wordseg`: trains the word-boundary model (an averaged perceptron over hashed
 * syllable n-gram, shape, dictionary and name features; each gap between two syllables decided on
 * its own) on UD-VTB train from ../shared, in both spacings, plus generated sentences that teach
 * capitals and names (see `augment`). Copies VnVocab from ../shared into data/wordseg, reports F1
 * on UD-VTB dev, and writes the quantised weights to data/wordseg/model.bin with the settings in
 * data/wordseg/model.json; then `npm run build:data` regenerates src/segment/words/_data/.
 * Deterministic: a fixed seed drives shuffling and generation, so the same data gives the same bytes.
 *
 * Options: --epochs N (8), --bits B (table size 2^B, 20), --seed S, --synthetic N (600 generated
 * name sentences), --bags N (average N models with consecutive seeds; 1), --out PATH (write only
 * the model there, for experiments). Model selection: --cv K runs K-fold cross-validation on train
 * only (contiguous blocks of sentences, so an article's names do not leak across folds; --blocks 0
 * --foldseed S for a random split) and prints the pooled held-out F1 in both spacings; dev is not
 * read. Experiments: --structured 1, --openword 1, --lenids 1, --overlaps 1 turn on the feature
 * groups of `featureOptions` (off in the shipped model); --goldhist 1 trains on gold instead of predicted history; --float 1
 * scores unquantised weights; --qclip Q scales int8 weights to the Q quantile of magnitudes.
 */
import { copyFileSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import {
  countMatches,
  type GoldSentence,
  goldSpans,
  naturalSpacing,
  prf,
  readConllu,
} from "../src/segment/words/corpus";
import { decodeStarts } from "../src/segment/words/decode";
import { buildDictionary } from "../src/segment/words/dictionary";
import {
  featureOptions,
  gapFeatures,
  idOf,
  type Lexicon,
  MAX_FEATURES,
  MAX_WORD,
  PAD,
  prepare,
} from "../src/segment/words/features";
import { scanTokens } from "../src/segment/words/scan";
import { encodeModel } from "../src/segment/words/model-format";
import { spansFromStarts } from "../src/segment/words/spans";

const ROOT = resolve(__dirname, "..");
const SHARED = process.env.VIETNEWS_SHARED ?? resolve(ROOT, "..", "shared");

function arg(name: string, dflt: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : dflt;
}

/** Mulberry32: a small seeded PRNG. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The lexicon from the files in data/wordseg. */
export function loadLexicon(root = ROOT): Lexicon {
  const words = readFileSync(join(root, "data/wordseg/vnvocab.txt"), "utf8").split("\n");
  const list = (f: string) =>
    readFileSync(join(root, "data/wordseg", f), "utf8")
      .split("\n")
      .filter((l) => l.trim() && !l.startsWith("#"));
  return {
    dict: buildDictionary(words, MAX_WORD),
    surnames: new Set(list("surnames.txt").map((s) => idOf(s.trim()))),
    names: buildDictionary(
      [...list("places.txt"), ...list("places-extra.txt"), ...list("given-names.txt")],
      MAX_WORD,
    ),
  };
}

interface Example {
  text: string;
  gold: Uint8Array; // 1 when token starts a gold word
}

function toExample(s: GoldSentence): Example {
  const scan = scanTokens(s.text);
  const starts = new Set(goldSpans(s).map((w) => w.start));
  const gold = new Uint8Array(scan.n);
  for (let i = 0; i < scan.n; i++) gold[i] = starts.has(scan.start[i]) ? 1 : 0;
  return { text: s.text, gold };
}

/** Match counts of a weight table on gold sentences. */
function evaluateCounts(
  sents: GoldSentence[],
  lex: Lexicon,
  weights: Int8Array | Float32Array | Float64Array,
): { correct: number; predicted: number; gold: number } {
  const tot = { correct: 0, predicted: 0, gold: 0 };
  let out = new Uint8Array(1024);
  for (const s of sents) {
    const scan = scanTokens(s.text);
    if (out.length < scan.n) out = new Uint8Array(scan.n * 2);
    const c = prepare(s.text, scan, lex);
    decodeStarts(c, weights, out);
    const c2 = countMatches(spansFromStarts(s.text, scan, out), goldSpans(s));
    tot.correct += c2.correct;
    tot.predicted += c2.predicted;
    tot.gold += c2.gold;
  }
  return tot;
}

/** Scores a weight table on gold sentences. */
export function evaluate(
  sents: GoldSentence[],
  lex: Lexicon,
  weights: Int8Array | Float32Array | Float64Array,
): ReturnType<typeof prf> {
  return prf(evaluateCounts(sents, lex, weights));
}

/** Quantises float weights to int8 with one scale. */
export function quantise(w: Float64Array): Int8Array {
  let max = 0;
  for (let i = 0; i < w.length; i++) max = Math.max(max, Math.abs(w[i]));
  const clip = arg("qclip", 1);
  if (clip < 1) {
    // Scale to a quantile of the non-zero magnitudes instead of the largest one, clipping above.
    const mags: number[] = [];
    for (let i = 0; i < w.length; i++) if (w[i] !== 0) mags.push(Math.abs(w[i]));
    mags.sort((a, b) => a - b);
    max = mags[Math.min(mags.length - 1, Math.floor(mags.length * clip))] ?? 0;
  }
  const q = new Int8Array(w.length);
  const scale = max > 0 ? 127 / max : 1;
  for (let i = 0; i < w.length; i++) q[i] = Math.max(-127, Math.min(127, Math.round(w[i] * scale)));
  return q;
}

/**
 * Trains one averaged perceptron over the examples, shuffled by `seed` each epoch.
 *
 * @returns the averaged weights
 */
function trainOne(
  examples: Example[],
  lex: Lexicon,
  epochs: number,
  bits: number,
  seed: number,
  margin: number,
): Float64Array {
  const size = 1 << bits;
  const mask = size - 1;
  const w = new Float64Array(size);
  const acc = new Float64Array(size); // sum of c * update, for averaging
  const feats = new Uint32Array(MAX_FEATURES);
  const rand = rng(seed);
  const goldHistory = arg("goldhist", 0) === 1;
  const order = examples.map((_, i) => i);
  let cnt = 1;
  for (let ep = 1; ep <= epochs; ep++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const ix of order) {
      const ex = examples[ix];
      const scan = scanTokens(ex.text);
      const c = prepare(ex.text, scan, lex);
      // The open word starts where the decisions so far (the model's own, as when segmenting,
      // or the gold ones with --goldhist 1) last started one.
      let ws = 0;
      for (let i = 0; i < scan.n; i++) {
        if (!c.join[i + PAD]) ws = i;
        else {
          const y = ex.gold[i];
          const k = gapFeatures(c, i, feats, ws);
          let score = 0;
          for (let f = 0; f < k; f++) score += w[feats[f] & mask];
          if (goldHistory ? y : score > 0) ws = i;
          const sign = y ? 1 : -1;
          if (score * sign <= margin) {
            for (let f = 0; f < k; f++) {
              const h = feats[f] & mask;
              w[h] += sign;
              acc[h] += cnt * sign;
            }
          }
          cnt++;
        }
      }
    }
  }
  const avg = new Float64Array(size);
  for (let h = 0; h < size; h++) avg[h] = w[h] - acc[h] / cnt;
  return avg;
}

/** Lines of a gazetteer file in data/wordseg, comments skipped. */
function gazetteer(file: string): string[] {
  return readFileSync(join(ROOT, "data/wordseg", file), "utf8")
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith("#"));
}

/**
 * Extra training sentences that teach what the treebank rarely shows: headlines in capitals (an
 * upper-case copy of every fourth sentence), and names from the gazetteers as single words,
 * including a person's name right after a place name ("tỉnh Quảng Trị Nguyễn Đăng Quang"). The
 * surrounding words come from the treebank itself.
 */
function augment(train: GoldSentence[], rand: () => number, count: number): GoldSentence[] {
  const out: GoldSentence[] = [];
  train.forEach((s, i) => {
    if (i % 4 !== 0) return;
    const words = s.words.map((w) => w.toUpperCase());
    if (words.every((w, k) => w.length === s.words[k].length)) out.push({ text: words.join(" "), words });
  });
  const places = [...gazetteer("places.txt"), ...gazetteer("places-extra.txt")];
  const given = gazetteer("given-names.txt");
  const surnames = gazetteer("surnames.txt");
  const pick = <T>(a: readonly T[]): T => a[Math.floor(rand() * a.length)];
  const lower = train.flatMap((s) => s.words.filter((w) => /^\p{Ll}+( \p{Ll}+)*$/u.test(w)));
  const person = () => `${pick(surnames)} ${pick(given)}`;
  for (let i = 0; i < count; i++) {
    const words: string[] = [pick(lower)];
    const shape = i % 4;
    if (shape === 0) words.push(pick(places), person());
    else if (shape === 1) words.push(person());
    else if (shape === 2) words.push(pick(places));
    else words.push(person(), pick(lower), pick(places));
    words.push(pick(lower), pick(lower));
    out.push({ text: words.join(" "), words });
  }
  return out;
}

/** Shuffles a copy of `a` with a seeded generator. */
function shuffled<T>(a: readonly T[], seed: number): T[] {
  const rand = rng(seed);
  const out = [...a];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** Training examples from gold sentences: both spacings plus the generated ones. */
function examplesOf(train: GoldSentence[], seed: number): Example[] {
  const examples = [...train.map(toExample), ...train.map((s) => toExample(naturalSpacing(s)))];
  const extra = augment(train, rng(seed ^ 0x5eed), arg("synthetic", 600));
  examples.push(...extra.map(toExample));
  return examples;
}

/**
 * K-fold cross-validation on train only (fixed fold assignment): trains on K-1 folds, scores the
 * held-out fold in both spacings, and pools the counts. Used to choose features and settings
 * without touching dev.
 */
function crossValidate(train: GoldSentence[], lex: Lexicon, k: number, seed: number): void {
  // Contiguous blocks by default: neighbouring treebank sentences come from the same article, and
  // a random split would leak its names and wording into the held-out fold.
  const blocks = arg("blocks", 1) === 1;
  const folds = blocks ? train : shuffled(train, arg("foldseed", 0xf01d));
  const foldOf = (i: number): number => (blocks ? Math.floor((i * k) / folds.length) : i % k);
  const tot = { correct: 0, predicted: 0, gold: 0 };
  const totN = { correct: 0, predicted: 0, gold: 0 };
  const per: string[] = [];
  for (let f = 0; f < k; f++) {
    const held = folds.filter((_, i) => foldOf(i) === f);
    const rest = folds.filter((_, i) => foldOf(i) !== f);
    const avg = trainOne(examplesOf(rest, seed), lex, arg("epochs", 8), arg("bits", 20), seed, 0);
    const w = arg("float", 0) === 1 ? avg : quantise(avg);
    const a = evaluateCounts(held, lex, w);
    const b = evaluateCounts(held.map(naturalSpacing), lex, w);
    for (const key of ["correct", "predicted", "gold"] as const) {
      tot[key] += a[key];
      totN[key] += b[key];
    }
    per.push(prf(a).f1.toFixed(4));
  }
  console.log(
    `cv${k} seed ${seed}: F1 ${prf(tot).f1.toFixed(4)} (natural spacing ${prf(totN).f1.toFixed(4)}); folds ${per.join(" ")}`,
  );
}

function main(): void {
  const t0 = Date.now();
  const epochs = arg("epochs", 8);
  const bits = arg("bits", 20);
  const seed = arg("seed", 20200701);
  const bags = arg("bags", 1);
  const margin = arg("margin", 0);
  copyFileSync(join(SHARED, "data/vnvocab/VnVocab.txt"), join(ROOT, "data/wordseg/vnvocab.txt"));
  const lex = loadLexicon();
  const train = readConllu(readFileSync(join(SHARED, "data/ud-vtb/vi_vtb-ud-train.conllu"), "utf8"));
  featureOptions.structured = arg("structured", 0) === 1;
  featureOptions.openWord = arg("openword", 0) === 1;
  featureOptions.lenIds = arg("lenids", 0) === 1;
  featureOptions.overlaps = arg("overlaps", 0) === 1;
  if (process.argv.includes("--cv")) {
    crossValidate(train, lex, arg("cv", 5), seed);
    return;
  }
  const dev = readConllu(readFileSync(join(SHARED, "data/ud-vtb/vi_vtb-ud-dev.conllu"), "utf8"));
  // Train on both spacings so the model does not depend on the treebank's space before punctuation.
  const examples = examplesOf(train, seed);
  const sum = new Float64Array(1 << bits);
  for (let b = 0; b < bags; b++) {
    const avg = trainOne(examples, lex, epochs, bits, seed + b, margin);
    for (let h = 0; h < sum.length; h++) sum[h] += avg[h];
    const f = evaluate(dev, lex, sum);
    console.log(
      `model ${b + 1}/${bags}: ensemble dev F1 ${f.f1.toFixed(4)} ${((Date.now() - t0) / 1000).toFixed(1)} s`,
    );
  }
  const q = quantise(sum);
  const fq = evaluate(dev, lex, q);
  const fn = evaluate(dev.map(naturalSpacing), lex, q);
  let nz = 0;
  for (let h = 0; h < q.length; h++) if (q[h]) nz++;
  console.log(
    `quantised: dev F1 ${fq.f1.toFixed(4)} (no space before punctuation ${fn.f1.toFixed(4)}), ${nz} non-zero weights of ${q.length}`,
  );
  const out = process.argv.includes("--out")
    ? process.argv[process.argv.indexOf("--out") + 1]
    : join(ROOT, "data/wordseg/model.bin");
  const bytes = encodeModel(q);
  writeFileSync(out, bytes);
  if (!process.argv.includes("--out")) {
    const meta = {
      format: "sparse int8 hashed weights, see src/segment/words/model-format.ts",
      features: "src/segment/words/features.ts",
      train: "UD-VTB train, as given and with natural spacing; upper-case copies; generated name sentences",
      synthetic: arg("synthetic", 600),
      epochs,
      bits,
      seed,
      bags,
      devF1: Number(fq.f1.toFixed(4)),
      bytes: bytes.length,
    };
    writeFileSync(join(ROOT, "data/wordseg/model.json"), `${JSON.stringify(meta, null, 2)}\n`);
  }
  console.log(`trained in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}

if (require.main === module) main();
