// data/chrome/credit-words.tsv is one list for the chrome classifier and the header reader: every
// word in it is read the same way by both.
import { describe, expect, it } from "vitest";
import { creditName, readByline } from "../../src/article/_lib/header";
import { CREDIT_WORDS } from "../../src/chrome/_data/credit-words";
import { isCaptionOrRoleCredit, isCredit } from "../../src/chrome/_lib/features";

const cap = (w: string) => w[0].toUpperCase() + w.slice(1);

describe("credit words from data/chrome/credit-words.tsv", () => {
  it("should read every byline label as a byline in the header and as a credit line in the classifier", () => {
    for (const w of CREDIT_WORDS.byline) {
      const line = `${cap(w)}: Minh Anh`;
      expect(readByline(line), line).toEqual(["Minh Anh"]);
      expect(isCaptionOrRoleCredit(line, 4), line).toBe(true);
    }
  });
  it("should read every role label as a credit line, not as the author's byline", () => {
    for (const w of CREDIT_WORDS.role) {
      const line = `${cap(w)}: Minh Anh`;
      expect(isCaptionOrRoleCredit(line, 4), line).toBe(true);
      if (!CREDIT_WORDS.byline.includes(w)) expect(readByline(line), line).toBeNull();
    }
  });
  it("should read every source word as a credit, capitalised or in capitals, and take the outlet after it", () => {
    for (const w of CREDIT_WORDS.source) {
      for (const form of [cap(w), w.toUpperCase()]) {
        expect(isCredit(`${form} TTXVN`, 3), form).toBe(true);
        expect(creditName(`(${form}: TTXVN)`), form).toBe("TTXVN");
      }
    }
    // not in mixed case, and not a lower-case word inside a sentence
    expect(isCredit("tHeo TTXVN", 2)).toBe(false);
  });
  it("should read caption words as a caption line", () => {
    for (const w of CREDIT_WORDS.caption)
      expect(isCaptionOrRoleCredit(`${cap(w)} Hội nghị`, 4), w).toBe(true);
  });
});
