/**
 * `npm run build:corpus-stats`: syllable co-occurrence statistics of unlabelled text for the word
 * segmenter, from the crawl sample in ../shared/corpus (the body text `parseArticle` gives of each
 * page: chrome and markup out). Writes two tables in the evidence format (little-endian uint32
 * keys, then one byte per key; see model-format.ts), numbers only, no text:
 * - data/wordseg/corpus-pairs.bin: for the most frequent pairs of adjacent syllables (a space
 *   between), a band of their pointwise mutual information (1-6) plus 8 times a band of how much
 *   of the rarer syllable's use this pair is (0-3);
 * - data/wordseg/corpus-syllables.bin: for frequent syllables, 1 + the band (0-3) of the entropy
 *   of what follows them (right branching entropy) + 4 times the band of what precedes them (left);
 *   punctuation and line ends count as one neighbour, so a syllable that often ends a phrase
 *   branches widely to its right;
 * - data/wordseg/clusters.bin: for the 13,130 syllables seen 10 times or more, a leaf 1-240 of
 *   distributional clusters (what stands just before and after them; `_syllable-clusters.ts`).
 * Keys are the segmenter's own hashes (`pairKey`, `idOf`); bands cut at fixed values (PMI) or at
 * quartiles of the kept syllables (entropy). Deterministic: same crawl, same bytes. None of the
 * three feeds the shipped model (`train:wordseg -- --corpus 1` and `--clusters 1` try them; the
 * README's word segmentation paragraph gives why), so none is committed.
 *
 * Options: --pairs N (most frequent pairs kept, 40000), --min-syllable N (occurrences, 50),
 * --records N (pages read, all).
 */
import { writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArticle } from "../src/article/index";
import { idOf, pairKey } from "../src/segment/words/features";
import { encodeEvidence } from "../src/segment/words/model-format";
import { SYL, scanTokens } from "../src/segment/words/scan";
import { crawlRecords } from "./_crawl";
import { syllableClusters } from "./_syllable-clusters";

const ROOT = resolve(__dirname, "..");
const SHARED = process.env.VIETNEWS_SHARED ?? resolve(ROOT, "..", "shared");
const CRAWL = join(SHARED, "corpus", "tnt305-dev.ndjson.gz");

function arg(name: string, def: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : def;
}

/** PMI (bits) to a band 1-6. */
export function pmiBand(pmi: number): number {
  if (pmi < 0) return 1;
  if (pmi < 2) return 2;
  if (pmi < 4) return 3;
  if (pmi < 6) return 4;
  if (pmi < 8) return 5;
  return 6;
}

/** Share of the rarer syllable's occurrences that this pair is, to a band 0-3. */
export function shareBand(share: number): number {
  if (share < 0.05) return 0;
  if (share < 0.2) return 1;
  if (share < 0.5) return 2;
  return 3;
}

function entropy(m: Map<number, number>): number {
  let total = 0;
  for (const v of m.values()) total += v;
  let h = 0;
  for (const v of m.values()) {
    const p = v / total;
    h -= p * Math.log2(p);
  }
  return h;
}

function quartileBand(sorted: number[], v: number): number {
  const q = (f: number) => sorted[Math.floor(f * (sorted.length - 1))];
  if (v < q(0.25)) return 0;
  if (v < q(0.5)) return 1;
  if (v < q(0.75)) return 2;
  return 3;
}

async function main(): Promise<void> {
  const maxRecords = arg("records", Number.POSITIVE_INFINITY);
  const uni = new Map<number, number>();
  const pairs = new Map<string, number>();
  const right = new Map<number, Map<number, number>>();
  const left = new Map<number, Map<number, number>>();
  const bump = (m: Map<number, Map<number, number>>, a: number, b: number) => {
    let x = m.get(a);
    if (!x) {
      x = new Map();
      m.set(a, x);
    }
    x.set(b, (x.get(b) ?? 0) + 1);
  };
  let pages = 0;
  let syllables = 0;
  // the syllable stream for the clusters: ids, 0 at a break (not a syllable, a gap that cannot join, a page end)
  let stream = new Uint32Array(1 << 20);
  let streamLength = 0;
  const put = (id: number) => {
    if (streamLength === stream.length) {
      const bigger = new Uint32Array(stream.length * 2);
      bigger.set(stream);
      stream = bigger;
    }
    stream[streamLength++] = id;
  };
  for await (const r of crawlRecords(CRAWL)) {
    if (pages >= maxRecords) break;
    pages++;
    const text = parseArticle(r.text, { inputMap: false }).text;
    const scan = scanTokens(text);
    let prev = 0; // id of the syllable before, 0 after anything else
    for (let i = 0; i < scan.n; i++) {
      if (scan.kind[i] !== SYL) {
        if (prev) {
          bump(right, prev, 0);
          put(0);
        }
        prev = 0;
        continue;
      }
      const id = idOf(text.slice(scan.start[i], scan.end[i])) >>> 0 || 1;
      if (prev && !scan.join[i]) put(0);
      put(id);
      syllables++;
      uni.set(id, (uni.get(id) ?? 0) + 1);
      if (prev && scan.join[i]) {
        const k = `${prev},${id}`;
        pairs.set(k, (pairs.get(k) ?? 0) + 1);
        bump(right, prev, id);
        bump(left, id, prev);
      } else {
        if (prev) bump(right, prev, 0);
        bump(left, id, 0);
      }
      prev = id;
    }
    if (prev) bump(right, prev, 0);
    put(0);
  }
  // pairs: the most frequent, ties broken by key so the selection is deterministic
  const keep = [...pairs].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, arg("pairs", 40000));
  const pairVal = new Map<number, number>();
  for (const [k, c] of keep) {
    const [a, b] = k.split(",").map(Number);
    const ca = uni.get(a) as number;
    const cb = uni.get(b) as number;
    const pmi = Math.log2((c * syllables) / (ca * cb));
    const key = pairKey(a | 0, b | 0) >>> 0;
    // two pairs of one key (a hash collision): keep the first, the more frequent
    if (!pairVal.has(key)) pairVal.set(key, pmiBand(pmi) + 8 * shareBand(c / Math.min(ca, cb)));
  }
  // syllables: frequent ones, bands at quartiles of their entropies
  const minSyl = arg("min-syllable", 50);
  const kept = [...uni].filter(([, c]) => c >= minSyl).map(([id]) => id);
  const rh = new Map(kept.map((id) => [id, entropy(right.get(id) ?? new Map())]));
  const lh = new Map(kept.map((id) => [id, entropy(left.get(id) ?? new Map())]));
  const rs = [...rh.values()].sort((a, b) => a - b);
  const ls = [...lh.values()].sort((a, b) => a - b);
  const sylVal = new Map<number, number>();
  for (const id of kept)
    sylVal.set(id, 1 + quartileBand(rs, rh.get(id) as number) + 4 * quartileBand(ls, lh.get(id) as number));
  const write = (name: string, m: Map<number, number>) => {
    const keys = Uint32Array.from([...m.keys()].sort((a, b) => a - b));
    const vals = Uint8Array.from(keys, (k) => m.get(k) as number);
    const bytes = encodeEvidence(keys, vals);
    writeFileSync(join(ROOT, "data", "wordseg", name), bytes);
    return bytes.length;
  };
  const pb = write("corpus-pairs.bin", pairVal);
  const sb = write("corpus-syllables.bin", sylVal);
  const clusters = syllableClusters(stream.subarray(0, streamLength));
  const cb = write("clusters.bin", clusters);
  console.log(
    `${pages} pages, ${syllables} syllables, ${uni.size} distinct, ${pairs.size} pairs; kept ${pairVal.size} pairs (${pb} bytes), ${sylVal.size} syllables (${sb} bytes); ${clusters.size} syllables clustered (${cb} bytes)`,
  );
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
