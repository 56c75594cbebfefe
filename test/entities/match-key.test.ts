// matchKey in one pass against the three replacements it was written as (the oracle below): the same
// key on random strings over the letters it reads and their neighbours, and on real text.

import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { keyedRegExp, matchKey } from "../../src/entities/match-key";

// the tone of the second letter moved onto the first, by Unicode decomposition (no table shared
// with the module)
function moveTone(first: string, second: string): string {
  const [bare, mark] = [...second.normalize("NFD")];
  return (first + mark).normalize("NFC") + bare;
}
function oracle(text: string): string {
  return text
    .replace(/[\u00d0\u00f0]/g, (c) => (c === "\u00d0" ? "Đ" : "đ"))
    .replace(/[oO][áàảãạéèẻẽẹ]/g, (m) => moveTone(m[0], m[1]))
    .replace(/[uU][ýỳỷỹỵ]/g, (m, at: number, all: string) =>
      at > 0 && (all[at - 1] === "q" || all[at - 1] === "Q") ? m : moveTone(m[0], m[1]),
    );
}

const LETTERS = [..."oOuUqQaeyÁÝáàảãạéèẻẽẹýỳỷỹỵóúĐđ\u00d0\u00f0 x"];

describe("matchKey", () => {
  it("gives the key of the three replacements on random strings", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...LETTERS), { maxLength: 40 }), (chars) => {
        const text = chars.join("");
        const key = matchKey(text);
        expect(key).toBe(oracle(text));
        expect(key.length).toBe(text.length);
      }),
      { numRuns: 5000, seed: 20261205 },
    );
  });

  it("moves new-style tones and maps eth, and returns an unchanged text as it is", () => {
    expect(matchKey("Uỷ ban hoà giải, khoẻ, QUÝ, quý, Ðảng, ÐÔ")).toBe(
      "Ủy ban hòa giải, khỏe, QUÝ, quý, Đảng, ĐÔ",
    );
    const plain = "Ủy ban nhân dân";
    expect(matchKey(plain)).toBe(plain);
    expect(keyedRegExp("khoá").test("khóa XII")).toBe(true);
  });

  it("gives the same key as the oracle on the seed article, in both tone styles", () => {
    const seed = readFileSync(resolve(__dirname, "../../examples/quang-tri-party-building.txt"), "utf8");
    const newStyle = seed.replace(/óa/g, "oá").replace(/Ủy/g, "Uỷ").replace(/ủy/g, "uỷ");
    expect(newStyle).not.toBe(seed);
    expect(matchKey(seed)).toBe(oracle(seed));
    expect(matchKey(newStyle)).toBe(oracle(newStyle));
  });
});
