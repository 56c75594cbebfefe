import { describe, expect, it } from "vitest";
import { detokenize, makeParagraphs, readSentences, score } from "../../bench/accuracy/sentences";
import { splitSentences } from "../../src/segment/split-sentences";
import { hasShared, sharedPath } from "../_shared";

const ours = (p: string) => splitSentences(p).map((s) => s.end);

describe.skipIf(!hasShared)("splitSentences on UD-VTB (../shared)", () => {
  for (const split of ["dev", "train"]) {
    it(`should reach boundary F1 >= 0.99 on UD-VTB ${split} in both spellings`, () => {
      const raw = readSentences(sharedPath("data", "ud-vtb", `vi_vtb-ud-${split}.conllu`));
      expect(raw.length).toBeGreaterThan(1000);
      for (const sents of [raw, raw.map(detokenize)]) {
        const r = score(makeParagraphs(sents), ours);
        expect(r.f1).toBeGreaterThanOrEqual(0.99);
      }
    });
  }
});

describe("detokenize (accuracy script helper)", () => {
  it("should remove treebank spacing around punctuation, quotes and numbers", () => {
    expect(detokenize('Ông nói : " Tốt lắm ! " - rồi đi ( nhanh ) .')).toBe(
      'Ông nói: "Tốt lắm!" - rồi đi (nhanh).',
    );
    expect(detokenize("Có 596 . 094 người , tăng 3 , 5 % .")).toBe("Có 596.094 người, tăng 3,5%.");
  });
});
