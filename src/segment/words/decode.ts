/**
 * Decoding of word starts with the linear boundary model: each gap between two joinable syllables
 * is scored on its own (positive score: a new word starts).
 */
import { type Context, gapFeatures, MAX_FEATURES, PAD } from "./features";
import { SH_UPPER } from "./keys";

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

/**
 * Joins person names written in capitals ("LÊ QUANG TÙNG"), which the treebank hardly shows: a
 * surname in capitals followed by one or two joinable syllables in capitals becomes one word
 * (taking two when the second does not begin a dictionary word with the syllable after it), split
 * from the syllable before unless that one makes a dictionary word with the surname.
 *
 * @param c - the prepared context
 * @param out - word starts from {@link decodeStarts}, updated in place
 * @example
 * ```ts
 * joinCapitalNames(ctx, out);
 * //=> undefined
 * ```
 */
export function joinCapitalNames(c: Context, out: Uint8Array): void {
  const { shapes, surname, join, starts } = c;
  for (let i = 0; i + 1 < c.n; i++) {
    const p = i + PAD;
    if (!surname[p] || shapes[p] !== SH_UPPER || !join[p + 1] || shapes[p + 1] !== SH_UPPER) continue;
    // A surname that makes a dictionary word with the next syllable is not a name ("ĐỒNG CHÍ").
    if ((starts[p] >> 2) & 1) continue;
    // The name starts a word unless the syllable before makes a dictionary word with the surname.
    if (!out[i] && (starts[p - 1] >> 2) & 1) continue;
    out[i] = 1;
    out[i + 1] = 0;
    if (join[p + 2] && shapes[p + 2] === SH_UPPER && !((starts[p + 2] >> 2) & 1)) {
      out[i + 2] = 0;
      i += 2;
    } else i += 1;
  }
}
