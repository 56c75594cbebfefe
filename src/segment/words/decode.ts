/**
 * Decoding of word starts with the linear boundary model: each gap between two joinable syllables
 * is scored on its own (positive score: a new word starts).
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
  weights: Int8Array | Float32Array | Float64Array,
  out: Uint8Array,
): void {
  const mask = weights.length - 1;
  const join = c.join;
  for (let i = 0; i < c.n; i++) {
    if (!join[i + PAD]) {
      out[i] = 1;
      continue;
    }
    const k = gapFeatures(c, i, feats);
    let score = 0;
    for (let f = 0; f < k; f++) score += weights[feats[f] & mask];
    out[i] = score > 0 ? 1 : 0;
  }
}
