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

/** Log-odds of one vector under an ensemble. */
export function score(e: Ensemble, x: ArrayLike<number>): number {
  let s = e.base;
  for (const tree of e.trees) {
    let node = 0;
    while (tree.f[node] >= 0) node = x[tree.f[node]] <= tree.t[node] ? tree.l[node] : tree.r[node];
    s += tree.v[node];
  }
  return s;
}

/** Probability of one vector under an ensemble. */
export function probability(e: Ensemble, x: ArrayLike<number>): number {
  return 1 / (1 + Math.exp(-score(e, x)));
}
