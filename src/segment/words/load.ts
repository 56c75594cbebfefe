/**
 * Lazy, once-per-process loading of the word model and dictionary from the generated modules.
 */

import { describe } from "../../core/validate";
import { PREFIX_HASHES, WORD_HASHES } from "./_data/dictionary";
import { EVIDENCE } from "./_data/evidence";
import { MODEL } from "./_data/model";
import { NAME_HASHES, NAME_PREFIX_HASHES } from "./_data/names";
import { PLACE_HASHES, PLACE_PREFIX_HASHES } from "./_data/places";
import { SURNAMES } from "./_data/surnames";
import { dictionaryFromEntries, tableFromPairs } from "./dictionary";
import { idOf, type Lexicon } from "./features";
import { decodeEvidence, decodeModel, fromBase64 } from "./model-format";

/**
 * A word model: the dictionary and name lists the features read, and the hashed feature weights.
 * `segmentWords` uses the shipped one unless given another ({@link readWordModel}).
 *
 * @example
 * ```ts
 * import { readWordModel, segmentWords } from "vietnews";
 * import { readFileSync } from "node:fs";
 * const model = readWordModel(readFileSync("data/wordseg/model.bin"));
 * segmentWords("Hôm nay trời đẹp.", { model }).map((w) => w.text);
 * //=> ["Hôm nay", "trời", "đẹp", "."]
 * ```
 */
export interface WordModel {
  lexicon: Lexicon;
  weights: Int8Array;
}

let loaded: WordModel | null = null;

function u32(b64: string): Uint32Array {
  const bytes = fromBase64(b64);
  const out = new Uint32Array(bytes.length >> 2);
  for (let i = 0; i < out.length; i++) {
    const p = i * 4;
    out[i] = (bytes[p] | (bytes[p + 1] << 8) | (bytes[p + 2] << 16) | (bytes[p + 3] << 24)) >>> 0;
  }
  return out;
}

/**
 * The word model, decoded on first use.
 *
 * @returns the lexicon and weights
 * @example
 * ```ts
 * loadWordModel().weights.length;
 * //=> 1048576
 * ```
 */
export function loadWordModel(): WordModel {
  if (loaded) return loaded;
  return buildWordModel();
}

/**
 * A word model of your own: weights in the package's model format (what `npm run train:wordseg --
 * --out FILE` writes, like the shipped `data/wordseg/model.bin`), with the shipped dictionary and
 * name lists, and the syllable-pair evidence table you trained with (`evidence.bin`; the shipped one
 * when left out). The hashed table may have another size than the shipped one.
 *
 * @param model - the model file's bytes
 * @param evidence - (optional) the evidence file's bytes
 * @returns a model for `segmentWords(text, { model })` and `parseArticle(input, { words: true, wordModel })`
 * @throws TypeError when an argument is not bytes; RangeError when the bytes are not a model
 * @example
 * ```ts
 * import { readWordModel } from "vietnews";
 * import { readFileSync } from "node:fs";
 * readWordModel(readFileSync("data/wordseg/model.bin")).weights.length;
 * //=> 1048576
 * ```
 */
export function readWordModel(model: Uint8Array, evidence?: Uint8Array): WordModel {
  if (!(model instanceof Uint8Array))
    throw new TypeError(`vietnews.readWordModel: expected model to be a Uint8Array, got ${describe(model)}`);
  if (evidence !== undefined && !(evidence instanceof Uint8Array))
    throw new TypeError(
      `vietnews.readWordModel: expected evidence to be a Uint8Array, got ${describe(evidence)}`,
    );
  const shipped = loadWordModel();
  let weights: Int8Array;
  let bigrams = shipped.lexicon.bigrams;
  try {
    weights = decodeModel(model);
    if (evidence) {
      const e = decodeEvidence(evidence);
      bigrams = tableFromPairs(e.keys, e.bands);
    }
  } catch (e) {
    throw new RangeError(`vietnews.readWordModel: ${(e as Error).message.replace(/^vietnews: /, "")}`);
  }
  return { lexicon: { ...shipped.lexicon, bigrams }, weights };
}

/**
 * Decodes the word model from the generated modules (uncached; {@link loadWordModel} caches).
 *
 * @returns the lexicon and weights
 * @example
 * ```ts
 * buildWordModel().lexicon.surnames.size > 100;
 * //=> true
 * ```
 */
export function buildWordModel(): WordModel {
  const dict = dictionaryFromEntries(u32(WORD_HASHES), u32(PREFIX_HASHES));
  const names = dictionaryFromEntries(u32(NAME_HASHES), u32(NAME_PREFIX_HASHES));
  const surnames = new Set(SURNAMES.map(idOf));
  const places = dictionaryFromEntries(u32(PLACE_HASHES), u32(PLACE_PREFIX_HASHES));
  const evidence = decodeEvidence(fromBase64(EVIDENCE));
  const bigrams = tableFromPairs(evidence.keys, evidence.bands);
  const model: WordModel = {
    lexicon: { dict, surnames, names, places, bigrams },
    weights: decodeModel(fromBase64(MODEL)),
  };
  loaded = model;
  return model;
}
