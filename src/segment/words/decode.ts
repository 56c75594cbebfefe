/**
 * Greedy left-to-right decoding of word starts with the linear boundary model.
 */
import { type Context, gapFeatures, MAX_FEATURES, PAD } from "./features";

const feats = new Uint32Array(MAX_FEATURES);

/**
 * Decides, for each token of a prepared context, whether it starts a word.
 *
 * @param c - the prepared context
 * @param weights - hashed feature weights (length a power of two)
 * @param out - receives 1 (starts a word) or 0 per token; length at least `c.n`
 * @example
 * ```ts
 * decodeStarts(ctx, weights, out);
 * //=> undefined
 * ```
 */
export function decodeStarts(
  c: Context,
  weights: Int8Array | Int16Array | Float32Array | Float64Array,
  out: Uint8Array,
): void {
  const mask = weights.length - 1;
  const join = c.join;
  let prevStart = 1;
  let wordLen = 0;
  for (let i = 0; i < c.n; i++) {
    if (!join[i + PAD]) {
      out[i] = 1;
      prevStart = 1;
      wordLen = 1;
      continue;
    }
    const k = gapFeatures(c, i, prevStart, wordLen, feats);
    let score = 0;
    for (let f = 0; f < k; f++) score += weights[feats[f] & mask];
    const s = score > 0 ? 1 : 0;
    out[i] = s;
    if (s) {
      prevStart = 1;
      wordLen = 1;
    } else {
      prevStart = 0;
      wordLen++;
    }
  }
}
