// The line classifier's model: two ensembles of small regression trees (gradient boosting with
// logistic loss). The first scores each line from its own features and its neighbours' shapes; the
// second adds the first one's scores around the line. Trained by scripts/train-chrome.ts.

/** One regression tree as parallel arrays; node 0 is the root, a leaf has feature -1. */
export interface Tree {
  /** Feature index tested at each node, or -1 for a leaf. */
  f: number[];
  /** Threshold: go left when the value is at most it. */
  t: number[];
  /** Left and right child of each node. */
  l: number[];
  r: number[];
  /** Leaf value (log-odds, learning rate applied). */
  v: number[];
}

/** A boosted ensemble: the score is `base` plus every tree's leaf. */
export interface Ensemble {
  base: number;
  trees: Tree[];
}

/** The trained classifier as stored in `data/chrome/model.json`. */
export interface ChromeModel {
  version: 1;
  /** Names of the first stage's features, in vector order (checked against the code's list). */
  features: string[];
  /** Names of the features the second stage appends. */
  contextFeatures: string[];
  stage1: Ensemble;
  /** The second stage, or null when the model has one stage. */
  stage2: Ensemble | null;
  /** A line is chrome when the second stage's probability is at least this. */
  threshold: number;
  /** How the model was trained, for the record. */
  trained?: Record<string, unknown>;
}

/** An ensemble flattened into typed arrays for scoring: every tree's nodes one after another. */
export interface FlatEnsemble {
  base: number;
  /** Index of each tree's root. */
  roots: Int32Array;
  feature: Int32Array;
  threshold: Float64Array;
  left: Int32Array;
  right: Int32Array;
  value: Float64Array;
}

const flat = new WeakMap<Ensemble, FlatEnsemble>();

/** The typed-array form of an ensemble, made once per ensemble object. */
export function flatten(e: Ensemble): FlatEnsemble {
  const known = flat.get(e);
  if (known) return known;
  let size = 0;
  for (const t of e.trees) size += t.f.length;
  const out: FlatEnsemble = {
    base: e.base,
    roots: new Int32Array(e.trees.length),
    feature: new Int32Array(size),
    threshold: new Float64Array(size),
    left: new Int32Array(size),
    right: new Int32Array(size),
    value: new Float64Array(size),
  };
  let at = 0;
  e.trees.forEach((t, k) => {
    out.roots[k] = at;
    for (let i = 0; i < t.f.length; i++) {
      out.feature[at + i] = t.f[i];
      out.threshold[at + i] = t.t[i];
      out.left[at + i] = t.l[i] + at;
      out.right[at + i] = t.r[i] + at;
      out.value[at + i] = t.v[i];
    }
    at += t.f.length;
  });
  flat.set(e, out);
  return out;
}

/** Log-odds of one vector under an ensemble. */
export function score(e: Ensemble, x: ArrayLike<number>): number {
  const m = flatten(e);
  const { roots, feature, threshold, left, right, value } = m;
  let s = m.base;
  for (let k = 0; k < roots.length; k++) {
    let node = roots[k];
    let f = feature[node];
    while (f >= 0) {
      node = x[f] <= threshold[node] ? left[node] : right[node];
      f = feature[node];
    }
    s += value[node];
  }
  return s;
}

/** The probability of log-odds `s`. */
export function logistic(s: number): number {
  return 1 / (1 + Math.exp(-s));
}

/** Probability of one vector under an ensemble. */
export function probability(e: Ensemble, x: ArrayLike<number>): number {
  return logistic(score(e, x));
}
