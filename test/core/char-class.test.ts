// One class table under every scanner: tokenize, the word segmenter's scanner and the entity
// matchers' token table agree on which characters separate words and which continue them.
import { describe, expect, it } from "vitest";
import {
  U_BREAK,
  U_DIGIT_OTHER,
  U_JOINER,
  U_MARK,
  U_PUNCT,
  U_SPACE,
  unicodeClass,
} from "../../src/core/char-class";
import { tokenTable } from "../../src/segment/token-table";
import { tokenize } from "../../src/segment/tokenize";
import { scanTokens } from "../../src/segment/words/scan";

/** How many pieces each scanner makes of "Hà" + ch + "Nội". */
function pieces(ch: string): { tokenize: number; words: number; entities: number } {
  const text = `Hà${ch}Nội`;
  return { tokenize: tokenize(text).length, words: scanTokens(text).n, entities: tokenTable(text).length };
}

describe("one character-class table", () => {
  it("should class the characters the scanners used to disagree on", () => {
    for (const c of [0x0b, 0x0c, 0x85, 0x2028]) expect(unicodeClass(c)).toBe(U_BREAK);
    for (const c of [0x09, 0xa0, 0x200b, 0xfeff, 0x3000]) expect(unicodeClass(c)).toBe(U_SPACE);
    for (const c of [0xad, 0x200c, 0x200d]) expect(unicodeClass(c)).toBe(U_JOINER);
    expect(unicodeClass(0x301)).toBe(U_MARK);
    expect(unicodeClass(0x0663)).toBe(U_DIGIT_OTHER); // Arabic-Indic three
    expect(unicodeClass(0x2d0)).toBe(U_PUNCT); // "ː", written for a colon in scraped infoboxes
  });
  it("should make tokenize, the word scanner and the entity tokens split or join alike", () => {
    // spaces and breaks separate the two syllables; joiners and marks continue the first
    const separating = [
      " ",
      "\t",
      "\u00a0",
      "\u200b",
      "\ufeff",
      "\u3000",
      "\n",
      "\v",
      "\f",
      "\u0085",
      "\u2028",
    ];
    for (const ch of separating)
      expect(pieces(ch), JSON.stringify(ch)).toEqual({ tokenize: 2, words: 2, entities: 2 });
    for (const ch of ["\u00ad", "\u200c", "\u200d"])
      expect(pieces(ch), JSON.stringify(ch)).toEqual({ tokenize: 1, words: 1, entities: 1 });
  });
  it("should agree over every code unit on what separates two syllables", () => {
    for (let c = 0; c < 0x10000; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const ch = String.fromCharCode(c);
      const u = unicodeClass(c);
      const separates = u === U_SPACE || u === U_BREAK;
      const p = pieces(ch);
      // a separator leaves the two syllables; any other character is a piece of its own or part of one
      if (separates) expect([p.tokenize, p.words, p.entities], ch).toEqual([2, 2, 2]);
      else expect([p.words === 2, p.entities === 2], ch).toEqual([false, false]);
    }
  });
});
