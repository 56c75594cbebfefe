// The word model a CLI run reads from a file (--word-model): loaded once per thread (the main
// thread and each worker), since every record of a run uses the same one.
import { readFileSync } from "node:fs";
import { readWordModel, type WordModel } from "../segment/index";

let loaded: { path: string; model: WordModel } | null = null;

/**
 * The word model in the file at `path` (the package's model format, as `npm run train:wordseg --
 * --out FILE` writes), read on first use in this thread.
 *
 * @param path - a model file
 * @returns the model
 * @throws Error when the file cannot be read or is not a model
 * @example
 * ```ts
 * import { wordModelFile } from "./word-model-file";
 * wordModelFile("data/wordseg/model.bin").weights.length;
 * //=> 1048576
 * ```
 */
export function wordModelFile(path: string): WordModel {
  if (loaded?.path === path) return loaded.model;
  let model: WordModel;
  try {
    model = readWordModel(readFileSync(path));
  } catch (e) {
    throw new Error(`cannot read the word model ${path}: ${(e as Error).message}`);
  }
  loaded = { path, model };
  return model;
}
