import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { countMatches, goldSpans, naturalSpacing, prf, readConllu } from "../../src/segment/words/corpus";
import { segmentWords } from "../../src/segment/words/index";
import { hasShared, sharedPath } from "../_shared";

// Measured 0.9753 (as given) and 0.9751 (natural spacing) with the shipped model; across five
// training seeds the same settings give 0.9751-0.9753 and 0.9750-0.9751. The floor leaves room for retraining noise
// but fails on any real regression.
const FLOOR = 0.973;

describe.skipIf(!hasShared)("segmentWords on UD-VTB dev (../shared)", () => {
  it(`should reach word F1 >= ${FLOOR} on UD-VTB dev, as given and without space before punctuation`, () => {
    const dev = readConllu(readFileSync(sharedPath("data", "ud-vtb", "vi_vtb-ud-dev.conllu"), "utf8"));
    expect(dev.length).toBeGreaterThan(1000);
    for (const sents of [dev, dev.map(naturalSpacing)]) {
      const tot = { correct: 0, predicted: 0, gold: 0 };
      for (const s of sents) {
        const c = countMatches(segmentWords(s.text), goldSpans(s));
        tot.correct += c.correct;
        tot.predicted += c.predicted;
        tot.gold += c.gold;
      }
      expect(prf(tot).f1).toBeGreaterThanOrEqual(FLOOR);
    }
  });
});

describe("corpus helpers", () => {
  it("should read CoNLL-U words and remove the space before punctuation", () => {
    const conllu = "# text = Hôm nay , tôi đi .\n1\tHôm nay\n2\t,\n3\ttôi\n4\tđi\n5\t.\n\n";
    const [s] = readConllu(conllu);
    expect(s.words).toEqual(["Hôm nay", ",", "tôi", "đi", "."]);
    expect(naturalSpacing(s).text).toBe("Hôm nay, tôi đi.");
    expect(goldSpans(naturalSpacing(s)).map((g) => [g.start, g.end])).toEqual([
      [0, 7],
      [7, 8],
      [9, 12],
      [13, 15],
      [15, 16],
    ]);
  });
});
