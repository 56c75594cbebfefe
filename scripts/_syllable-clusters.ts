/**
 * Distributional clusters of syllables, for the word segmenter's cluster features
 * (`build:corpus-stats` writes them to data/wordseg/clusters.bin).
 *
 * Each syllable seen at least `minCount` times in the unlabelled stream is described by what stands
 * just before and just after it: counts over the `contexts` most frequent syllables, with a break
 * (punctuation, a number, a line end) as one more context. The counts become positive pointwise
 * mutual information (context probabilities smoothed by the power 0.75, as word2vec's negative
 * sampling does), are projected to `dims` dimensions by a fixed random ±1 matrix and scaled to unit
 * length. Spherical k-means then splits the syllables top-down: `branching` = [15, 4, 4] makes 15
 * groups, each split in 4 and each of those in 4, so the 240 leaves are numbered 1-240 with
 * `(leaf - 1) >> 2` naming the 60 groups of the middle level. Everything is seeded: the same stream
 * gives the same clusters.
 */

/** Settings of {@link syllableClusters}. */
export interface ClusterOptions {
  minCount: number;
  contexts: number;
  dims: number;
  branching: readonly number[];
  iterations: number;
  seed: number;
}

/** The settings the shipped table was built with. */
export const CLUSTER_DEFAULTS: ClusterOptions = {
  minCount: 10,
  contexts: 1000,
  dims: 200,
  branching: [15, 4, 4],
  iterations: 25,
  seed: 12345,
};

/** Mulberry32. */
function rng(seed: number): () => number {
  let a = seed | 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Clusters the syllables of a stream of syllable ids, 0 marking a break.
 *
 * @param stream - syllable ids (non-zero) and breaks (0)
 * @param o - settings
 * @returns each clustered syllable id with its leaf, 1 to the product of `branching`
 */
export function syllableClusters(
  stream: Uint32Array,
  o: ClusterOptions = CLUSTER_DEFAULTS,
): Map<number, number> {
  const rnd = rng(o.seed);
  const count = new Map<number, number>();
  for (const id of stream) if (id) count.set(id, (count.get(id) ?? 0) + 1);
  const byFreq = [...count].sort((x, y) => y[1] - x[1] || x[0] - y[0]);
  const vocab = byFreq.filter(([, c]) => c >= o.minCount).map(([id]) => id);
  const row = new Map(vocab.map((id, i) => [id, i]));
  // context column: 0 for a break, 1.. for the most frequent syllables; left block, then right
  const column = new Map<number, number>([[0, 0]]);
  for (const [i, [id]] of byFreq.slice(0, o.contexts).entries()) column.set(id, i + 1);
  const C = o.contexts + 1;
  const W = 2 * C;
  const V = vocab.length;
  const counts = new Float32Array(V * W);
  for (let i = 0; i < stream.length; i++) {
    const v = row.get(stream[i]);
    if (v === undefined) continue;
    const l = column.get(i > 0 ? stream[i - 1] : 0);
    const r = column.get(i + 1 < stream.length ? stream[i + 1] : 0);
    if (l !== undefined) counts[v * W + l]++;
    if (r !== undefined) counts[v * W + C + r]++;
  }
  const colSum = new Float64Array(W);
  const rowSum = new Float64Array(V);
  for (let v = 0; v < V; v++)
    for (let j = 0; j < W; j++) {
      colSum[j] += counts[v * W + j];
      rowSum[v] += counts[v * W + j];
    }
  let smoothed = 0;
  for (let j = 0; j < W; j++) smoothed += colSum[j] ** 0.75;
  const colP = Float64Array.from(colSum, (c) => c ** 0.75 / smoothed);
  const D = o.dims;
  const proj = new Float32Array(W * D);
  for (let i = 0; i < proj.length; i++) proj[i] = rnd() < 0.5 ? -1 : 1;
  const X = new Float32Array(V * D);
  for (let v = 0; v < V; v++) {
    const x = X.subarray(v * D, v * D + D);
    for (let j = 0; j < W; j++) {
      const c = counts[v * W + j];
      if (!c) continue;
      const pmi = Math.log(c / rowSum[v] / colP[j]);
      if (pmi <= 0) continue;
      for (let d = 0; d < D; d++) x[d] += pmi * proj[j * D + d];
    }
    normalise(x);
  }
  const leaf = new Int32Array(V);
  let next = 1;
  const split = (members: number[], level: number): void => {
    if (level === o.branching.length) {
      for (const m of members) leaf[m] = next;
      next++;
      return;
    }
    for (const part of kmeans(X, D, members, o.branching[level], o.iterations, rnd)) split(part, level + 1);
  };
  split([...Array(V).keys()], 0);
  return new Map(vocab.map((id, i) => [id, leaf[i]]));
}

function normalise(x: Float32Array): void {
  let n = 0;
  for (let d = 0; d < x.length; d++) n += x[d] * x[d];
  n = Math.sqrt(n) || 1;
  for (let d = 0; d < x.length; d++) x[d] /= n;
}

/** Spherical k-means (k-means++ seeding) of some rows of X; always K parts, some maybe empty. */
function kmeans(
  X: Float32Array,
  D: number,
  members: number[],
  K: number,
  iterations: number,
  rnd: () => number,
) {
  const parts: number[][] = Array.from({ length: K }, () => []);
  if (members.length <= K) {
    for (const [i, m] of members.entries()) parts[i].push(m);
    return parts;
  }
  const dot = (m: number, cent: Float32Array, k: number) => {
    let s = 0;
    for (let d = 0; d < D; d++) s += X[m * D + d] * cent[k * D + d];
    return s;
  };
  const cent = new Float32Array(K * D);
  const pick = (m: number, k: number) => cent.set(X.subarray(m * D, m * D + D), k * D);
  pick(members[Math.floor(rnd() * members.length)], 0);
  const nearest = new Float64Array(members.length).fill(Number.POSITIVE_INFINITY);
  for (let k = 1; k < K; k++) {
    let total = 0;
    members.forEach((m, i) => {
      nearest[i] = Math.min(nearest[i], 1 - dot(m, cent, k - 1));
      total += nearest[i] ** 2;
    });
    let r = rnd() * total;
    let chosen = members[members.length - 1];
    for (let i = 0; i < members.length; i++) {
      r -= nearest[i] ** 2;
      if (r <= 0) {
        chosen = members[i];
        break;
      }
    }
    pick(chosen, k);
  }
  const assign = new Int32Array(members.length);
  for (let it = 0; it < iterations; it++) {
    members.forEach((m, i) => {
      let best = 0;
      let bestDot = Number.NEGATIVE_INFINITY;
      for (let k = 0; k < K; k++) {
        const s = dot(m, cent, k);
        if (s > bestDot) {
          bestDot = s;
          best = k;
        }
      }
      assign[i] = best;
    });
    cent.fill(0);
    members.forEach((m, i) => {
      for (let d = 0; d < D; d++) cent[assign[i] * D + d] += X[m * D + d];
    });
    for (let k = 0; k < K; k++) normalise(cent.subarray(k * D, k * D + D));
  }
  for (const [i, m] of members.entries()) parts[assign[i]].push(m);
  return parts;
}
