// The plain runs the Markdown renderer shortens, against the regex they were first found with: the
// same runs on generated lines of letters (Vietnamese, other scripts, other planes), digits,
// markup, the punctuation a run may hold, and lone surrogates.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { plainRuns } from "../../src/markdown/plain-runs";

const ORACLE = /\p{L}[\p{L}\p{N} ,.;:/()'"“”‘’%@–—-]{2,}[\p{L}\p{N}]/gu;
const oracle = (text: string): number[] =>
  [...text.matchAll(ORACLE)].flatMap((m) => [m.index, m.index + m[0].length]);

const unit = fc.constantFrom(
  "a",
  "Đ",
  "ộ",
  "x",
  "7",
  "٣",
  "²",
  "中",
  "𝐀",
  "😀",
  "𝟙",
  "\ud835",
  "\udc00",
  "\u0301",
  " ",
  ",",
  ".",
  ":",
  "(",
  "“",
  "–",
  "-",
  "*",
  "_",
  "`",
  "[",
  "]",
  "|",
  "#",
  "\t",
);

describe("plainRuns", () => {
  it("should find the runs the regex finds, on generated lines", () => {
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 60 }), (units) => {
        const text = units.join("");
        expect(plainRuns(text)).toEqual(oracle(text));
      }),
      { numRuns: 3000 },
    );
  });

  it("should find them in any code units", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 40 }), (text) => {
        expect(plainRuns(text)).toEqual(oracle(text));
      }),
      { numRuns: 2000 },
    );
  });

  it("should read a line of a crawl page as the regex does", () => {
    const line = "**Ngày 12/3/2024, Thủ tướng** chủ trì [họp](https://x.vn) tại _Hà Nội_ – 𝐀bc.";
    expect(plainRuns(line)).toEqual(oracle(line));
    expect(plainRuns(line).length).toBeGreaterThan(4);
  });
});
