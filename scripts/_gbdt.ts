/**
 * Gradient-boosted regression trees with logistic loss, for the chrome line classifier: exact
 * greedy splits over a few candidate thresholds per feature (quantiles of its values), Newton leaf
 * values, L2 regularisation, row weights. Deterministic: no sampling, ties broken by feature order.
 */
import type { Ensemble, Tree } from "../src/chrome/_lib/model";

/** Training options. */
export interface GbdtOptions {
  trees: number;
  depth: number;
  learningRate: number;
  /** L2 regularisation of leaf values. */
  lambda: number;
  /** Smallest sum of hessians (weighted) a leaf may hold. */
  minHessian: number;
  /** Candidate thresholds per feature. */
  bins: number;
}

export const DEFAULT_GBDT: GbdtOptions = {
  trees: 120,
  depth: 4,
  learningRate: 0.1,
  lambda: 1,
  minHessian: 1,
  bins: 32,
};

/** Candidate thresholds of one feature: midpoints between distinct quantile values. */
function thresholds(values: Float64Array, bins: number): number[] {
  const sorted = Float64Array.from(values).sort();
  const uniq: number[] = [];
  for (const v of sorted) if (uniq.length === 0 || uniq[uniq.length - 1] !== v) uniq.push(v);
  if (uniq.length <= 1) return [];
  const picks: number[] = [];
  if (uniq.length <= bins + 1) {
    for (let i = 0; i + 1 < uniq.length; i++) picks.push((uniq[i] + uniq[i + 1]) / 2);
    return picks;
  }
  const seen = new Set<number>();
  for (let b = 1; b <= bins; b++) {
    const v = sorted[Math.min(sorted.length - 1, Math.floor((b * sorted.length) / (bins + 1)))];
    const i = uniq.indexOf(v);
    if (i < 0 || i + 1 >= uniq.length) continue;
    const t = (uniq[i] + uniq[i + 1]) / 2;
    if (!seen.has(t)) {
      seen.add(t);
      picks.push(t);
    }
  }
  return picks.sort((a, b) => a - b);
}

/**
 * Trains an ensemble.
 *
 * @param X - rows of features (all the same length)
 * @param y - labels, 0 or 1
 * @param w - row weights
 * @param opts - options
 */
export function trainGbdt(X: Float64Array[], y: Uint8Array, w: Float64Array, opts: GbdtOptions): Ensemble {
  const n = X.length;
  const d = n ? X[0].length : 0;
  // bin every feature once: codes[f][i] = number of thresholds below the value
  const cuts: number[][] = [];
  const codes: Uint8Array[] = [];
  for (let f = 0; f < d; f++) {
    const col = new Float64Array(n);
    for (let i = 0; i < n; i++) col[i] = X[i][f];
    const t = thresholds(col, opts.bins);
    cuts.push(t);
    const c = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      let k = 0;
      while (k < t.length && col[i] > t[k]) k++;
      c[i] = k;
    }
    codes.push(c);
  }
  let pos = 0;
  let tot = 0;
  for (let i = 0; i < n; i++) {
    pos += w[i] * y[i];
    tot += w[i];
  }
  const prior = Math.min(0.999, Math.max(0.001, pos / tot));
  const base = Math.log(prior / (1 - prior));
  const F = new Float64Array(n).fill(base);
  const g = new Float64Array(n);
  const h = new Float64Array(n);
  const trees: Tree[] = [];
  for (let m = 0; m < opts.trees; m++) {
    for (let i = 0; i < n; i++) {
      const p = 1 / (1 + Math.exp(-F[i]));
      g[i] = w[i] * (p - y[i]);
      h[i] = w[i] * Math.max(p * (1 - p), 1e-6);
    }
    const tree: Tree = { f: [], t: [], l: [], r: [], v: [] };
    const all = new Int32Array(n);
    for (let i = 0; i < n; i++) all[i] = i;
    grow(tree, all, 0);
    trees.push(tree);
    // update scores
    for (let i = 0; i < n; i++) {
      let node = 0;
      while (tree.f[node] >= 0) node = X[i][tree.f[node]] <= tree.t[node] ? tree.l[node] : tree.r[node];
      F[i] += tree.v[node];
    }
  }
  return { base, trees };

  function leaf(tree: Tree, rows: Int32Array): number {
    let G = 0;
    let H = 0;
    for (const i of rows) {
      G += g[i];
      H += h[i];
    }
    const id = tree.f.length;
    tree.f.push(-1);
    tree.t.push(0);
    tree.l.push(-1);
    tree.r.push(-1);
    tree.v.push(round((-G / (H + opts.lambda)) * opts.learningRate));
    return id;
  }

  function grow(tree: Tree, rows: Int32Array, depth: number): number {
    if (depth >= opts.depth || rows.length < 2) return leaf(tree, rows);
    let G = 0;
    let H = 0;
    for (const i of rows) {
      G += g[i];
      H += h[i];
    }
    const parent = (G * G) / (H + opts.lambda);
    let best = 0;
    let bestF = -1;
    let bestK = -1;
    for (let f = 0; f < d; f++) {
      const t = cuts[f];
      if (t.length === 0) continue;
      const hg = new Float64Array(t.length + 1);
      const hh = new Float64Array(t.length + 1);
      const c = codes[f];
      for (const i of rows) {
        hg[c[i]] += g[i];
        hh[c[i]] += h[i];
      }
      let gl = 0;
      let hl = 0;
      for (let k = 0; k < t.length; k++) {
        gl += hg[k];
        hl += hh[k];
        const gr = G - gl;
        const hr = H - hl;
        if (hl < opts.minHessian || hr < opts.minHessian) continue;
        const gain = (gl * gl) / (hl + opts.lambda) + (gr * gr) / (hr + opts.lambda) - parent;
        if (gain > best + 1e-12) {
          best = gain;
          bestF = f;
          bestK = k;
        }
      }
    }
    if (bestF < 0) return leaf(tree, rows);
    const c = codes[bestF];
    const left: number[] = [];
    const right: number[] = [];
    for (const i of rows) (c[i] <= bestK ? left : right).push(i);
    const id = tree.f.length;
    tree.f.push(bestF);
    tree.t.push(round(cuts[bestF][bestK]));
    tree.l.push(-1);
    tree.r.push(-1);
    tree.v.push(0);
    tree.l[id] = grow(tree, Int32Array.from(left), depth + 1);
    tree.r[id] = grow(tree, Int32Array.from(right), depth + 1);
    return id;
  }
}

/** Rounds to 6 significant digits so the stored model is compact and stable. */
function round(x: number): number {
  return Number(x.toPrecision(6));
}
