/**
 * Lazy, once-per-process loading of the word model and dictionary from the generated modules.
 */
import { PREFIX_HASHES, WORD_HASHES } from "./_data/dictionary";
import { EVIDENCE } from "./_data/evidence";
import { MODEL } from "./_data/model";
import { NAME_HASHES, NAME_PREFIX_HASHES } from "./_data/names";
import { PLACE_HASHES, PLACE_PREFIX_HASHES } from "./_data/places";
import { SURNAMES } from "./_data/surnames";
import { dictionaryFromEntries, tableFromPairs } from "./dictionary";
import { idOf, type Lexicon } from "./features";
import { decodeEvidence, decodeModel, fromBase64 } from "./model-format";

/** The loaded word model. */
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
