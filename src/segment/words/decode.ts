/**
 * Decoding of word starts with the linear boundary model: each gap between two joinable syllables
 * is scored on its own (positive score: a new word starts). Gaps go left to right and pass the
 * open word's start, which only the experimental features of `featureOptions` read. Then a few
 * rules about names and capitals that the treebank is too small to teach (see {@link decodeWords}).
 */
import {
  type Context,
  gapFeatures,
  HIGH_BIT,
  type Lexicon,
  MAX_FEATURES,
  MAX_WORD,
  PAD,
  prepare,
} from "./features";
import { fastScoring, gapScorer, scoreGaps } from "./gap-scores";
import { SH_CAP, SH_LOWER, SH_UPPER } from "./keys";
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
  if (fastScoring(weights)) {
    scoreGaps(c, gapScorer(weights), out);
    return;
  }
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

/**
 * Splits a known place name from a person's name written right after it, as news titles do
 * ("Chủ tịch UBND tỉnh Quảng Trị Nguyễn Đăng Quang"): inside one word in capitals, when a prefix of
 * two or more syllables is a known place or name and the rest is a surname followed by one to three
 * syllables, the person starts a new word. The longest such prefix wins.
 *
 * @param c - the prepared context
 * @param out - word starts, updated in place
 * @example
 * ```ts
 * const c = contextOf("tỉnh Quảng Trị Nguyễn Đăng Quang");
 * const out = Uint8Array.of(1, 1, 0, 0, 0, 0);
 * splitPlaceFromPerson(c, out);
 * Array.from(out);
 * //=> [1, 1, 0, 1, 0, 0]
 * ```
 */
export function splitPlaceFromPerson(c: Context, out: Uint8Array): void {
  const { shapes, surname, nameStarts } = c;
  const n = c.n;
  for (let i = 0; i < n; ) {
    let j = i + 1;
    while (j < n && !out[j]) j++;
    if (j - i >= 4) {
      let capitals = true;
      for (let t = i; t < j && capitals; t++) {
        const sh = shapes[t + PAD];
        capitals = sh === SH_CAP || sh === SH_UPPER;
      }
      if (capitals) {
        const names = nameStarts[i + PAD];
        for (let k = Math.min(j - 2, i + 6); k >= i + 2; k--) {
          if ((names >> (k - i)) & 1 && surname[k + PAD] && j - k <= 4) {
            out[k] = 1;
            break;
          }
        }
      }
    }
    i = j;
  }
}

/**
 * Splits a known place name off the capitalised word it was joined into ("Tuổi Trẻ Hà Nội",
 * "Thép Việt Nam" → "Tuổi Trẻ" "Hà Nội", "Thép" "Việt Nam"), as a place is a word of its own:
 * the longest place name that ends the word is split off, and a place that starts the word is
 * split from the syllables after it. A word that starts with a surname is left alone (a person
 * named "Nguyễn Thái Bình"), and so is a word the dictionary or the name list knows whole.
 *
 * @param c - the prepared context
 * @param out - word starts, updated in place
 * @example
 * ```ts
 * const c = contextOf("báo Tuổi Trẻ Hà Nội");
 * const out = Uint8Array.of(1, 1, 0, 0, 0);
 * splitPlaces(c, out);
 * Array.from(out);
 * //=> [1, 1, 0, 1, 0]
 * ```
 */
export function splitPlaces(c: Context, out: Uint8Array): void {
  const { shapes, surname, placeStarts, starts, nameStarts } = c;
  const n = c.n;
  for (let i = 0; i < n; ) {
    let j = i + 1;
    while (j < n && !out[j]) j++;
    const len = j - i;
    const p = i + PAD;
    if (
      len >= 3 &&
      !surname[p] &&
      !(len <= MAX_WORD && ((starts[p] | nameStarts[p] | placeStarts[p]) >> len) & 1)
    ) {
      const cap = (t: number) => shapes[t + PAD] === SH_CAP || shapes[t + PAD] === SH_UPPER;
      // A place at the end, after capitalised syllables.
      let split = false;
      for (let k = i + 1; k <= j - 2 && !split; k++) {
        if (cap(k - 1) && (placeStarts[k + PAD] >> (j - k)) & 1) {
          out[k] = 1;
          split = true;
        }
      }
      // A place at the start, before a lower-case syllable.
      // (Place masks hold lengths up to MAX_WORD, so a longer word keeps every bit.)
      const head = HIGH_BIT[len > MAX_WORD ? placeStarts[p] : placeStarts[p] & ((1 << len) - 1)];
      if (!split && head >= 2 && head < len && !cap(i + head)) out[i + head] = 1;
    }
    i = j;
  }
}

/**
 * Starts a new word at every capitalised syllable that follows a lower-case one ("bà Hoàng Thị
 * Lan", where "bà hoàng" is also a dictionary word): UD-VTB train has two words with a lower-case
 * syllable before a capitalised one in 1,400 sentences ("liên cảng A5").
 *
 * @param c - the prepared context
 * @param out - word starts, updated in place
 * @example
 * ```ts
 * const out = Uint8Array.of(1, 0, 0, 0);
 * splitBeforeCapitals(contextOf("bà Hoàng Thị Lan"), out);
 * Array.from(out);
 * //=> [1, 1, 0, 0]
 * ```
 */
export function splitBeforeCapitals(c: Context, out: Uint8Array): void {
  const shapes = c.shapes;
  for (let i = 1; i < c.n; i++) {
    if (out[i]) continue;
    const sx = shapes[i + PAD];
    if (shapes[i + PAD - 1] === SH_LOWER && (sx === SH_CAP || sx === SH_UPPER)) out[i] = 1;
  }
}

/**
 * Word starts for a prepared context: the model's decisions on each gap, then the rules for names
 * and capitals ({@link joinCapitalNames}, {@link splitPlaceFromPerson}, {@link splitPlaces},
 * {@link splitBeforeCapitals}). Segmentation and the training script's scoring both go through here.
 *
 * @param c - the prepared context
 * @param weights - hashed feature weights
 * @param out - receives 1 (starts a word) or 0 per token
 * @example
 * ```ts
 * // All-zero weights join every gap; the rules still start a name after a lower-case word.
 * const out = new Uint8Array(4);
 * decodeWords(contextOf("bà Hoàng Thị Lan"), new Int8Array(1024), out);
 * Array.from(out);
 * //=> [1, 1, 0, 0]
 * ```
 */
export function decodeWords(
  c: Context,
  weights: Int8Array | Float32Array | Float64Array,
  out: Uint8Array,
): void {
  decodeStarts(c, weights, out);
  joinCapitalNames(c, out);
  splitPlaceFromPerson(c, out);
  splitPlaces(c, out);
  splitBeforeCapitals(c, out);
}
