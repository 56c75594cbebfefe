/**
 * `npm run train:wordseg`: trains the word-boundary model (averaged perceptrons over hashed
 * syllable n-gram, shape, dictionary, name and treebank-evidence features; each gap between two
 * syllables decided on its own) on UD-VTB train from ../shared, in both spacings, plus upper-case
 * copies (see `augment`). Copies VnVocab from ../shared into data/wordseg, reports F1 on UD-VTB dev
 * and how many officials' names in ../shared/dev come out as one word, and writes the quantised
 * weights to data/wordseg/model.bin, the syllable-pair evidence to data/wordseg/evidence.bin and
 * the settings to data/wordseg/model.json; then `npm run build:data` regenerates
 * src/segment/words/_data/. Deterministic: a fixed seed drives shuffling, subsampling and
 * generation, so the same data gives the same bytes.
 *
 * The shipped model is a bag: the average of 16 perceptrons, each trained on its own random 80% of
 * the examples. The evidence feature (how the treebank split or joined a syllable pair) is
 * jackknifed in training: a sentence sees the evidence of the other nine tenths of the treebank,
 * as unseen text sees all of it, and each model of the bag cuts the tenths differently.
 *
 * Options: --epochs N (8), --bits B (table size 2^B, 20), --seed S, --bags N (16), --subsample F
 * (0.8), --synthetic N (0: generated name sentences; they cost treebank F1 and are replaced by
 * rules, see decode.ts), --upper N (an upper-case copy of every Nth sentence; 4), --out PATH (write
 * only the model there, for experiments), --errors PATH (write dev errors for analysis).
 * Model selection: --cv K runs K-fold cross-validation on train only (contiguous blocks of
 * sentences, so an article's names do not leak across folds; --blocks 0 --foldseed S for a random
 * split), --cvseeds N repeats it with N seeds and prints the mean; dev is not read. --frac F trains
 * on the first share F of train (learning curves). Experiments: --structured 1, --openword 1,
 * --lenids 1, --overlaps 1 turn on the feature groups of `featureOptions` (off in the shipped
 * model); --self N (with --cv) self-trains each fold's model on N crawl sentences of ../shared,
 * the share --selfkeep F (0.5) it segments most confidently, labelled by it, and scores the
 * retrained model; --corpus 1 (or 2, a smaller set) adds features from unlabelled text, the
 * tables of `npm run build:corpus-stats`, and --clusters 1 the distributional clusters of its
 * syllables (none kept: README, word segmentation); --cverrors PATH (with --cv) writes each held-out
 * fold's missed and wrongly predicted words, as --errors does for dev; --drop i,j
 * never trains the features at those positions of `gapFeatures`' output (ablations); --goldhist 1
 * trains on gold instead of predicted history; --margin M updates when the margin is at most M;
 * --float 1 scores unquantised weights; --qclip Q scales int8 weights to the Q quantile of
 * magnitudes.
 */
import { copyFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { gunzipSync } from "node:zlib";
import { parseArticle } from "../src/article/index";
import {
  countMatches,
  type GoldSentence,
  goldSpans,
  naturalSpacing,
  prf,
  readConllu,
} from "../src/segment/words/corpus";
import { decodeWords } from "../src/segment/words/decode";
import { buildDictionary, type HashedDictionary, tableFromPairs } from "../src/segment/words/dictionary";
import {
  featureOptions,
  gapFeatures,
  idOf,
  type Lexicon,
  MAX_FEATURES,
  MAX_WORD,
  PAD,
  pairKey,
  prepare,
} from "../src/segment/words/features";
import { decodeEvidence, encodeEvidence, encodeModel } from "../src/segment/words/model-format";
import { SYL, scanTokens } from "../src/segment/words/scan";
import { spansFromStarts } from "../src/segment/words/spans";
import { dataLines } from "./_data-files";

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
export function loadLexicon(): Lexicon {
  const words = readFileSync(join(ROOT, "data/wordseg/vnvocab.txt"), "utf8").split("\n");
  const list = (f: string) => dataLines("wordseg", f);
  return {
    dict: buildDictionary([...words, ...list("extra-words.txt")], MAX_WORD),
    surnames: new Set(list("surnames.txt").map((s) => idOf(s.trim()))),
    names: buildDictionary(
      [...list("places.txt"), ...list("places-extra.txt"), ...list("given-names.txt")],
      MAX_WORD,
    ),
    places: buildDictionary([...list("places.txt"), ...list("places-extra.txt")], MAX_WORD),
  };
}

/**
 * A table of unlabelled-corpus statistics written by `npm run build:corpus-stats` (not committed:
 * the features it feeds did not pass cross-validation; see `--corpus`).
 */
function corpusTable(name: string): HashedDictionary {
  const file = join(ROOT, "data/wordseg", name);
  if (!existsSync(file)) throw new Error(`${file} is missing: run npm run build:corpus-stats first`);
  const e = decodeEvidence(new Uint8Array(readFileSync(file)));
  return tableFromPairs(e.keys, e.bands);
}

interface Example {
  text: string;
  gold: Uint8Array; // 1 when token starts a gold word
  /** The lexicon this example is featurised with (jackknifed evidence). */
  lex: Lexicon;
}

/**
 * The treebank's evidence per syllable pair (see `Lexicon.bigrams`), as keys and bands.
 *
 * @returns parallel arrays sorted by key
 */
export function pairEvidence(sents: readonly GoldSentence[]): { keys: Uint32Array; bands: Uint8Array } {
  const counts = new Map<number, [number, number]>(); // joined, split
  for (const s of sents) {
    const syl: [number, boolean][] = [];
    for (const w of s.words) {
      w.split(" ").forEach((x, k) => {
        syl.push([/\p{L}/u.test(x) ? idOf(x) : 0, k === 0]);
      });
    }
    for (let i = 1; i < syl.length; i++) {
      if (!syl[i - 1][0] || !syl[i][0]) continue;
      const key = pairKey(syl[i - 1][0], syl[i][0]);
      const c = counts.get(key) ?? [0, 0];
      counts.set(key, c);
      c[syl[i][1] ? 1 : 0]++;
    }
  }
  const keys = [...counts.keys()].sort((a, b) => a - b);
  const bands = keys.map((key) => {
    const [j, s] = counts.get(key) as [number, number];
    if (s === 0) return j === 1 ? 1 : 2;
    if (j === 0) return s === 1 ? 3 : 4;
    return j >= s ? 5 : 6;
  });
  return { keys: Uint32Array.from(keys), bands: Uint8Array.from(bands) };
}

/** The evidence table of some gold sentences. */
function evidenceTable(sents: readonly GoldSentence[]): HashedDictionary {
  const e = pairEvidence(sents);
  return tableFromPairs(e.keys, e.bands);
}

/**
 * A lexicon per block of the treebank whose evidence comes from the other blocks (jackknifing), so
 * the evidence a training sentence sees is as incomplete as on unseen text. `offset` rotates the
 * blocks, so each model of a bag sees the evidence cut differently.
 */
function jackknifed(
  train: readonly GoldSentence[],
  lex: Lexicon,
  offset: number,
  blocks = 10,
): (i: number) => Lexicon {
  const blockOf = (i: number) => Math.floor((((i + offset) % train.length) * blocks) / train.length);
  const lexes: Lexicon[] = [];
  for (let b = 0; b < blocks; b++) {
    lexes.push({ ...lex, bigrams: evidenceTable(train.filter((_, i) => blockOf(i) !== b)) });
  }
  return (i) => lexes[blockOf(i)];
}

function toExample(s: GoldSentence, lex: Lexicon): Example {
  const scan = scanTokens(s.text);
  const starts = new Set(goldSpans(s).map((w) => w.start));
  const gold = new Uint8Array(scan.n);
  for (let i = 0; i < scan.n; i++) gold[i] = starts.has(scan.start[i]) ? 1 : 0;
  return { text: s.text, gold, lex };
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
    decodeWords(c, weights, out);
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

/**
 * How many officials' names in the gold-annotated news articles of ../shared/dev come out as
 * exactly one word: a check on news text that the treebank score does not see.
 */
export function namesAsWords(lex: Lexicon, weights: Int8Array | Float32Array | Float64Array): string {
  const dir = join(SHARED, "dev");
  let hit = 0;
  let all = 0;
  let out = new Uint8Array(1024);
  for (const f of readdirSync(dir).filter((x) => x.endsWith(".json"))) {
    const doc = JSON.parse(readFileSync(join(dir, f), "utf8")) as {
      text: string;
      entities: { kind: string; name?: string; start: number; end: number; text: string }[];
    };
    const scan = scanTokens(doc.text);
    if (out.length < scan.n) out = new Uint8Array(scan.n * 2);
    decodeWords(prepare(doc.text, scan, lex), weights, out);
    const spans = new Set(spansFromStarts(doc.text, scan, out).map((w) => `${w.start}:${w.end}`));
    for (const e of doc.entities) {
      if (e.kind !== "official" || !e.name) continue;
      const at = e.start + e.text.lastIndexOf(e.name);
      all++;
      if (spans.has(`${at}:${at + e.name.length}`)) hit++;
    }
  }
  return `${hit}/${all}`;
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
  // --drop i,j: positions in gapFeatures' output never trained (their weights stay 0), for ablations.
  const dropAt = process.argv.indexOf("--drop");
  const drop = new Set(dropAt >= 0 ? process.argv[dropAt + 1].split(",").map(Number) : []);
  // Each model of a bag sees its own random share of the examples.
  const share = arg("subsample", 0.8);
  const order = examples.map((_, i) => i).filter(() => share >= 1 || rand() < share);
  let cnt = 1;
  for (let ep = 1; ep <= epochs; ep++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const ix of order) {
      const ex = examples[ix];
      const scan = scanTokens(ex.text);
      const c = prepare(ex.text, scan, ex.lex);
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
              if (drop.has(f)) continue;
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

/**
 * Extra training sentences that teach what the treebank rarely shows: headlines in capitals (an
 * upper-case copy of every `--upper`th sentence), and, with `--synthetic N`, N generated sentences
 * with names from the gazetteers as single words, including a person's name right after a place
 * name. The generated ones are off in the shipped model: they cost 0.0005–0.0008 F1 on UD-VTB (in
 * cross-validation and on dev), and the place-then-person case is a rule now
 * (`splitPlaceFromPerson`). The surrounding words come from the treebank itself.
 */
function augment(train: GoldSentence[], rand: () => number, count: number): GoldSentence[] {
  const out: GoldSentence[] = [];
  const upperEvery = arg("upper", 4);
  train.forEach((s, i) => {
    if (!upperEvery || i % upperEvery !== 0) return;
    const words = s.words.map((w) => w.toUpperCase());
    if (words.every((w, k) => w.length === s.words[k].length)) out.push({ text: words.join(" "), words });
  });
  const places = [...dataLines("wordseg", "places.txt"), ...dataLines("wordseg", "places-extra.txt")];
  const given = dataLines("wordseg", "given-names.txt");
  const surnames = dataLines("wordseg", "surnames.txt");
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

/**
 * Training examples for model `member` of a bag: both spacings (so the model does not depend on the
 * treebank's space before punctuation) plus the generated ones, each with its
 * jackknifed lexicon, the blocks rotated by a share of a block per member. (Rotating them gave the
 * bag +0.0002 F1 on dev and in cross-validation over one shared cut: the models' errors on the
 * evidence differ, and the bag averages them out.)
 */
function examplesOf(
  train: GoldSentence[],
  seed: number,
  lex: Lexicon,
  member: number,
  extra: readonly Example[] = [],
): Example[] {
  const lexOf = jackknifed(train, lex, Math.floor((member * train.length) / (10 * arg("bags", 16))));
  const examples = [
    ...train.map((s, i) => toExample(s, lexOf(i))),
    ...train.map((s, i) => toExample(naturalSpacing(s), lexOf(i))),
  ];
  // Generated sentences mix words from anywhere: they see the evidence of the whole treebank.
  const all = { ...lex, bigrams: evidenceTable(train) };
  examples.push(...augment(train, rng(seed ^ 0x5eed), arg("synthetic", 0)).map((s) => toExample(s, all)));
  examples.push(...extra);
  return examples;
}

/** Trains the bag of `arg("bags")` models on the examples of `train` and sums their averaged weights. */
function trainBag(
  train: GoldSentence[],
  lex: Lexicon,
  seed: number,
  progress?: (b: number, sum: Float64Array) => void,
  extra: readonly Example[] = [],
): Float64Array {
  const bits = arg("bits", 20);
  const sum = new Float64Array(1 << bits);
  const bags = arg("bags", 16);
  for (let b = 0; b < bags; b++) {
    const avg = trainOne(
      examplesOf(train, seed, lex, b, extra),
      arg("epochs", 8),
      bits,
      seed + b,
      arg("margin", 0),
    );
    for (let h = 0; h < sum.length; h++) sum[h] += avg[h];
    progress?.(b, sum);
  }
  return sum;
}

/** Crawl sentences for self-training (--self N), set in main. */
let selfSentences: string[] = [];

/**
 * A seeded sample of `n` sentences of the crawl sample in ../shared (its pages through
 * parseArticle): 30 to 250 characters, no markup or table cells, at least 85% syllables.
 */
function crawlSentences(n: number, seed: number): string[] {
  const file = join(SHARED, "corpus", "tnt305-dev.ndjson.gz");
  const lines = gunzipSync(readFileSync(file)).toString("utf8").split("\n");
  const found: string[] = [];
  for (const line of lines) {
    if (!line.trim()) continue;
    const r = JSON.parse(line) as { text?: unknown; markdown?: unknown };
    const t = typeof r.text === "string" ? r.text : typeof r.markdown === "string" ? r.markdown : null;
    if (t === null) continue;
    for (const sent of parseArticle(t, { inputMap: false, entities: false }).sentences) {
      const x = sent.text;
      if (x.length < 30 || x.length > 250 || /[|\t[\]()#*_<>]/.test(x)) continue;
      const scan = scanTokens(x);
      let syl = 0;
      for (let i = 0; i < scan.n; i++) if (scan.kind[i] === SYL) syl++;
      if (syl >= 0.85 * scan.n) found.push(x);
    }
    if (found.length >= 4 * n) break;
  }
  return shuffled(found, seed).slice(0, n);
}

/**
 * The sentences a model segments most confidently, labelled by it: each sentence's confidence is
 * its smallest gap score in absolute value; the share `keep` with the highest is kept.
 */
function selfLabelled(sents: readonly string[], lex: Lexicon, w: Int8Array, keep: number): Example[] {
  const feats = new Uint32Array(MAX_FEATURES);
  const mask = w.length - 1;
  const scored: { text: string; gold: Uint8Array; margin: number }[] = [];
  for (const text of sents) {
    const scan = scanTokens(text);
    const c = prepare(text, scan, lex);
    let margin = Number.POSITIVE_INFINITY;
    for (let i = 0; i < scan.n; i++) {
      if (!c.join[i + PAD]) continue;
      const k = gapFeatures(c, i, feats, -1);
      let score = 0;
      for (let f = 0; f < k; f++) score += w[feats[f] & mask];
      margin = Math.min(margin, Math.abs(score));
    }
    const gold = new Uint8Array(scan.n);
    decodeWords(c, w, gold);
    scored.push({ text, gold, margin });
  }
  scored.sort((a, b) => b.margin - a.margin);
  return scored.slice(0, Math.round(keep * scored.length)).map((x) => ({ text: x.text, gold: x.gold, lex }));
}

/** The held-out sentences of every fold with the lexicon and weights that scored them (--cverrors). */
const cvErrors: (readonly [GoldSentence, Lexicon, Int8Array | Float64Array])[] = [];

/**
 * K-fold cross-validation on train only (fixed fold assignment): trains on K-1 folds, scores the
 * held-out fold in both spacings, and pools the counts. Used to choose features and settings
 * without touching dev.
 *
 * @returns the pooled F1 of the held-out folds as given
 */
function crossValidate(train: GoldSentence[], lex: Lexicon, k: number, seed: number): number {
  // Contiguous blocks by default: neighbouring treebank sentences come from the same article, and
  // a random split would leak its names and wording into the held-out fold.
  const blocks = arg("blocks", 1) === 1;
  cvErrors.length = 0; // each seed's run writes its own errors
  const folds = blocks ? train : shuffled(train, arg("foldseed", 0xf01d));
  const foldOf = (i: number): number => (blocks ? Math.floor((i * k) / folds.length) : i % k);
  const tot = { correct: 0, predicted: 0, gold: 0 };
  const totN = { correct: 0, predicted: 0, gold: 0 };
  const per: string[] = [];
  for (let f = 0; f < k; f++) {
    const held = folds.filter((_, i) => foldOf(i) === f);
    const rest = folds.filter((_, i) => foldOf(i) !== f);
    const heldLex = { ...lex, bigrams: evidenceTable(rest) };
    let sum = trainBag(rest, lex, seed);
    if (selfSentences.length > 0) {
      // self-training: the crawl sentences this fold's model segments most confidently join its
      // training data, labelled by it; the held-out fold never sees them labelled by a model of its own
      const extra = selfLabelled(selfSentences, heldLex, quantise(sum), arg("selfkeep", 0.5));
      sum = trainBag(rest, lex, seed, undefined, extra);
    }
    const w = arg("float", 0) === 1 ? sum : quantise(sum);
    const a = evaluateCounts(held, heldLex, w);
    const b = evaluateCounts(held.map(naturalSpacing), heldLex, w);
    for (const key of ["correct", "predicted", "gold"] as const) {
      tot[key] += a[key];
      totN[key] += b[key];
    }
    per.push(prf(a).f1.toFixed(4));
    if (process.argv.includes("--cverrors")) cvErrors.push(...held.map((g) => [g, heldLex, w] as const));
  }
  if (process.argv.includes("--cverrors"))
    writeErrorsOf(process.argv[process.argv.indexOf("--cverrors") + 1], cvErrors);
  console.log(
    `cv${k} seed ${seed}: F1 ${prf(tot).f1.toFixed(4)} (natural spacing ${prf(totN).f1.toFixed(4)}); folds ${per.join(" ")}`,
  );
  return prf(tot).f1;
}

/** Writes dev's missed and wrongly predicted words, most frequent first, and each sentence with an error. */
function writeErrors(path: string, dev: GoldSentence[], lex: Lexicon, weights: Int8Array): void {
  writeErrorsOf(
    path,
    dev.map((g) => [g, lex, weights] as const),
  );
}
/** Writes the missed and wrongly predicted words of sentences, each scored with its own lexicon and weights. */
function writeErrorsOf(
  path: string,
  items: (readonly [GoldSentence, Lexicon, Int8Array | Float64Array])[],
): void {
  const miss = new Map<string, number>();
  const wrong = new Map<string, number>();
  const lines: string[] = [];
  let buf = new Uint8Array(1024);
  const joined = (ws: { text: string }[]) => ws.map((w) => w.text.replace(/ /g, "_")).join(" ");
  for (const [s, lex, weights] of items) {
    const scan = scanTokens(s.text);
    if (buf.length < scan.n) buf = new Uint8Array(scan.n * 2);
    decodeWords(prepare(s.text, scan, lex), weights, buf);
    const pred = spansFromStarts(s.text, scan, buf);
    const gold = goldSpans(s);
    const pk = new Set(pred.map((w) => `${w.start}:${w.end}`));
    const gk = new Set(gold.map((w) => `${w.start}:${w.end}`));
    for (const w of gold) if (!pk.has(`${w.start}:${w.end}`)) miss.set(w.text, (miss.get(w.text) ?? 0) + 1);
    for (const w of pred) if (!gk.has(`${w.start}:${w.end}`)) wrong.set(w.text, (wrong.get(w.text) ?? 0) + 1);
    if (gold.some((w) => !pk.has(`${w.start}:${w.end}`)))
      lines.push(`${joined(pred)}\n  gold: ${joined(gold)}`);
  }
  const top = (m: Map<string, number>) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .map(([k, v]) => `${k}:${v}`)
      .join(" | ");
  writeFileSync(
    path,
    `missed gold\n${top(miss)}\n\nwrongly predicted\n${top(wrong)}\n\n${lines.join("\n")}\n`,
  );
}

function main(): void {
  const t0 = Date.now();
  const seed = arg("seed", 20200701);
  copyFileSync(join(SHARED, "data/vnvocab/VnVocab.txt"), join(ROOT, "data/wordseg/vnvocab.txt"));
  const lex = loadLexicon();
  const fullTrain = readConllu(readFileSync(join(SHARED, "data/ud-vtb/vi_vtb-ud-train.conllu"), "utf8"));
  // --frac F trains on the first share F of the treebank, for learning curves.
  const train = fullTrain.slice(0, Math.round(fullTrain.length * arg("frac", 1)));
  featureOptions.structured = arg("structured", 0) === 1;
  featureOptions.openWord = arg("openword", 0) === 1;
  featureOptions.lenIds = arg("lenids", 0) === 1;
  featureOptions.overlaps = arg("overlaps", 0) === 1;
  featureOptions.corpus = arg("corpus", 0);
  if (featureOptions.corpus) {
    lex.corpusPairs = corpusTable("corpus-pairs.bin");
    lex.corpusSyllables = corpusTable("corpus-syllables.bin");
  }
  featureOptions.clusters = arg("clusters", 0) === 1;
  if (featureOptions.clusters) lex.clusters = corpusTable("clusters.bin");
  // --self N: self-training on N crawl sentences (with --cv; --selfkeep F the confident share kept)
  if (arg("self", 0) > 0) selfSentences = crawlSentences(arg("self", 0), seed ^ 0x5e1f);
  if (process.argv.includes("--cv")) {
    // --cvseeds N repeats the cross-validation with N seeds and reports the mean, since one
    // seed's spread (about ±0.0005 for a bag) is as large as most feature effects.
    const runs = arg("cvseeds", 1);
    let sum = 0;
    for (let r = 0; r < runs; r++) sum += crossValidate(train, lex, arg("cv", 5), seed + r * 101);
    if (runs > 1) console.log(`cv mean over ${runs} seeds: F1 ${(sum / runs).toFixed(4)}`);
    return;
  }
  const dev = readConllu(readFileSync(join(SHARED, "data/ud-vtb/vi_vtb-ud-dev.conllu"), "utf8"));
  // Scored with the evidence of the whole of train, as shipped.
  const evidence = pairEvidence(train);
  const devLex = { ...lex, bigrams: tableFromPairs(evidence.keys, evidence.bands) };
  const sum = trainBag(train, lex, seed, (b, s) => {
    const f = evaluate(dev, devLex, s);
    console.log(`model ${b + 1}: bag dev F1 ${f.f1.toFixed(4)} ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  });
  const q = quantise(sum);
  const fq = evaluate(dev, devLex, q);
  const fn = evaluate(dev.map(naturalSpacing), devLex, q);
  let nz = 0;
  for (let h = 0; h < q.length; h++) if (q[h]) nz++;
  console.log(
    `quantised: dev F1 ${fq.f1.toFixed(4)} (no space before punctuation ${fn.f1.toFixed(4)}), ${nz} non-zero weights of ${q.length}; officials' names as one word ${namesAsWords(devLex, q)}`,
  );
  if (process.argv.includes("--errors"))
    writeErrors(process.argv[process.argv.indexOf("--errors") + 1], dev, devLex, q);
  const out = process.argv.includes("--out")
    ? process.argv[process.argv.indexOf("--out") + 1]
    : join(ROOT, "data/wordseg/model.bin");
  const bytes = encodeModel(q);
  writeFileSync(out, bytes);
  if (!process.argv.includes("--out")) {
    writeFileSync(join(ROOT, "data/wordseg/evidence.bin"), encodeEvidence(evidence.keys, evidence.bands));
    const meta = {
      format: "sparse int8 hashed weights, see src/segment/words/model-format.ts",
      features: "src/segment/words/features.ts",
      train: "UD-VTB train, as given and with natural spacing; upper-case copies of every 4th sentence",
      evidence: "data/wordseg/evidence.bin: syllable-pair bands from UD-VTB train (jackknifed in training)",
      synthetic: arg("synthetic", 0),
      epochs: arg("epochs", 8),
      bits: arg("bits", 20),
      seed,
      bags: arg("bags", 16),
      subsample: arg("subsample", 0.8),
      devF1: Number(fq.f1.toFixed(4)),
      devF1NaturalSpacing: Number(fn.f1.toFixed(4)),
      bytes: bytes.length,
    };
    writeFileSync(join(ROOT, "data/wordseg/model.json"), `${JSON.stringify(meta, null, 2)}\n`);
  }
  console.log(`trained in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}

if (require.main === module) main();
