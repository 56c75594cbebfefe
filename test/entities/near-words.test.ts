// matchesNear runs a global pattern only around the words its matches contain: the date finder's
// "tháng" patterns must give exactly what matchAll gives over the whole text.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { matchesNear, wordStarts } from "../../src/entities/_lib/near-words";
import { dateRegexes, NEAR_THANG } from "../../src/entities/dates/find-dates";
import { matchKey } from "../../src/entities/match-key";

const same = (text: string) => {
  const starts = wordStarts(text, "tháng");
  for (const [name, [lo, hi]] of Object.entries(NEAR_THANG)) {
    const re = dateRegexes()[name];
    const all = [...text.matchAll(re)].map((m) => [m.index, ...m]);
    const near = matchesNear(text, re, starts, lo, hi).map((m) => [m.index, ...m]);
    expect(near, name).toEqual(all);
  }
};

// pieces dates are made of, and the neighbours that make a pattern fail
const PIECES = [
  "tháng",
  "Tháng",
  "tháng",
  "háng",
  "t",
  "T",
  "năm",
  "Năm",
  "đầu",
  "cuối",
  "ngày",
  "từ",
  "đến",
  "mười hai",
  "Giêng",
  "âm lịch",
  "1",
  "5",
  "12",
  "31",
  "2020",
  "1999",
  "07",
  "/",
  "-",
  ".",
  ",",
  " ",
  " ",
  " ",
  "  ",
  "\n",
  "a",
  "kháng",
  "(",
  ")",
];

// dates written the ways the patterns read them, and near misses: a day, spaces, "tháng" in either
// case (or a word that only ends like it), spaces, a month, what may follow
const dateLike = fc
  .tuple(
    fc.constantFrom("", "ngày ", "từ ", "đến ", "sáng ", "a", "1", "/", "kh"),
    fc.constantFrom("1", "5", "12", "31", "07", "0", "123", ""),
    fc.constantFrom(" ", "  ", "   ", ""),
    fc.constantFrom("tháng", "Tháng", "háng", "ttháng", "kháng"),
    fc.constantFrom(" ", "  ", "   ", ""),
    fc.constantFrom("3", "12", "13", "Giêng", "mười hai", "x", "05"),
    fc.constantFrom(
      "",
      " năm 2020",
      "  năm  1999",
      ", 2015",
      " đầu năm",
      " cuối năm 2021",
      "/2020",
      ".2010",
      " năm nay",
      " âm lịch",
      "/20",
    ),
  )
  .map((parts) => parts.join(""));

describe("matchesNear", () => {
  it("gives matchAll's matches of the date patterns on date-like texts", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(dateLike, fc.constantFrom(" ", ", ", "\n", "", " và ")), { maxLength: 6 }),
        (units) => same(units.map(([u, s]) => u + s).join("")),
      ),
      { numRuns: 3000, seed: 20261205 },
    );
  });

  it("gives matchAll's matches of the date patterns on random strings", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }), (parts) => same(parts.join(""))),
      { numRuns: 3000, seed: 20261205 },
    );
  });

  it("gives matchAll's matches of the date patterns on the seed article", () => {
    const seed = readFileSync(resolve(__dirname, "../../examples/quang-tri-party-building.txt"), "utf8");
    const key = matchKey(seed);
    expect(wordStarts(key, "tháng").length).toBeGreaterThan(3);
    same(key);
  });

  it("finds the word in both cases and never inside another", () => {
    expect(wordStarts("Tháng 5, tháng 6; kháng chiến, THÁNG 7", "tháng")).toEqual([0, 9]);
    expect(wordStarts("háng tháng", "tháng")).toEqual([5]);
  });
});
