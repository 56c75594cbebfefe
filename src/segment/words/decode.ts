/**
 * Decoding of word starts with the linear boundary model: each gap between two joinable syllables
 * is scored on its own (positive score: a new word starts). Gaps go left to right and pass the
 * open word's start, which only the experimental features of `featureOptions` read.
 */
import { type Context, gapFeatures, type Lexicon, MAX_FEATURES, PAD, prepare } from "./features";
import { SH_UPPER } from "./keys";
import { loadWordModel } from "./load";
import { scanTokens } from "./scan";

const feats = new Uint32Array(MAX_FEATURES);

/**
 * Scans and prepares a text in one step. The context is shared: the next call reuses it.
 *
 * @param text - the text
 * @param lex - dictionary, names and surnames (the shipped ones by default)
 * @returns the prepared context
 * @example
 * ```ts
 * contextOf("Hôm nay trời đẹp").n;
 * //=> 4
 * ```
 */
export function contextOf(text: string, lex: Lexicon = loadWordModel().lexicon): Context {
  return prepare(text, scanTokens(text), lex);
}

/**
 * Decides, for each token of a prepared context, whether it starts a word.
 *
 * @param c - the prepared context
 * @param weights - hashed feature weights (length a power of two)
 * @param out - receives 1 (starts a word) or 0 per token; length at least `c.n`
 * @example
 * ```ts
 * // With all weights zero no gap scores above 0, so every joinable gap joins.
 * const out = new Uint8Array(4);
 * decodeStarts(contextOf("Hôm nay, ta"), new Int8Array(1024), out);
 * Array.from(out);
 * //=> [1, 0, 1, 1]
 * ```
 */
export function decodeStarts(
  c: Context,
  weights: Int8Array | Float32Array | Float64Array,
  out: Uint8Array,
): void {
  const mask = weights.length - 1;
  const join = c.join;
  let ws = 0;
  for (let i = 0; i < c.n; i++) {
    if (!join[i + PAD]) {
      out[i] = 1;
      ws = i;
      continue;
    }
    const k = gapFeatures(c, i, feats, ws);
    let score = 0;
    for (let f = 0; f < k; f++) score += weights[feats[f] & mask];
    out[i] = score > 0 ? 1 : 0;
    if (out[i]) ws = i;
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
 * const out = Uint8Array.of(1, 1, 1, 1);
 * joinCapitalNames(contextOf("ông LÊ QUANG TÙNG"), out);
 * Array.from(out);
 * //=> [1, 1, 0, 0]
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
