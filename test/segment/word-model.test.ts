// A word model of one's own: readWordModel reads the package's model format, segmentWords and
// parseArticle take it, and bad bytes or values are refused with a clear error.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseArticle, readWordModel, segmentWords } from "../../src/index";
import { encodeModel } from "../../src/segment/words/model-format";
import { SEED_TEXT } from "../_shared";

const ROOT = join(__dirname, "..", "..");
const SEED = SEED_TEXT;
const MODEL = readFileSync(join(ROOT, "data", "wordseg", "model.bin"));
const EVIDENCE = readFileSync(join(ROOT, "data", "wordseg", "evidence.bin"));

describe("readWordModel", () => {
  it("should read the shipped model file into a model that segments as the default one does", () => {
    const model = readWordModel(MODEL, EVIDENCE);
    expect(segmentWords(SEED, { model })).toEqual(segmentWords(SEED));
    expect(segmentWords(SEED, { model: readWordModel(MODEL) })).toEqual(segmentWords(SEED));
  });
  it("should segment with other weights, of another table size, and give them to parseArticle", () => {
    // every weight zero, in a table of 2^10: a model that has learned nothing
    const blank = readWordModel(encodeModel(new Int8Array(1024)));
    const words = segmentWords(SEED, { model: blank });
    expect(words.map((w) => w.text)).not.toEqual(segmentWords(SEED).map((w) => w.text));
    for (const w of words) expect(SEED.slice(w.start, w.end)).toBe(w.text);
    const a = parseArticle(SEED, { words: true, wordModel: blank });
    expect(a.words).toEqual(segmentWords(a.text, { model: blank }));
    expect(parseArticle(SEED, { words: true }).words).toEqual(segmentWords(a.text));
  });
  it("should refuse what is not a model, saying what was expected", () => {
    expect(() => readWordModel("model.bin" as unknown as Uint8Array)).toThrow(TypeError);
    expect(() => readWordModel(Uint8Array.of(1, 2, 3, 4, 5, 6))).toThrow(
      /not a word model \(no "VNWS" header\)/,
    );
    expect(() => readWordModel(MODEL.subarray(0, MODEL.length - 10))).toThrow(RangeError);
    expect(() => readWordModel(MODEL, EVIDENCE.subarray(1))).toThrow(/not an evidence table/);
    expect(() => segmentWords(SEED, { model: {} as never })).toThrow(
      /expected options.model to be a word model/,
    );
    expect(() => parseArticle(SEED, { wordModel: "x" as never })).toThrow(TypeError);
  });
});
