// The keys of a line for the phrase list, and the count of function words lineKeys makes in the
// same pass: checked against the key itself split into words, on generated lines of any length;
// the character counts of the same pass against a reading of the line by Unicode properties; and
// the phrase list's contained phrases found after other words.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FUNCTION_WORDS } from "../../src/chrome/_data/function-words";
import { PHRASES } from "../../src/chrome/_data/phrases";
import { LINE_COUNTS, lineKeys, wordHash, wordSet } from "../../src/chrome/_lib/line-key";
import { Match, matchPhrases } from "../../src/chrome/_lib/phrases";

const PIECES = [
  "của",
  "và",
  "các",
  "Hòa",
  "hoà",
  "ĐỘC LẬP",
  "Trang chủ",
  "Liên hệ:",
  "©2024",
  "tỉnh Quảng Trị",
  "a\u0301",
  "Thống kê truy cập",
  "https://example.vn/a-b",
  "|",
  "**",
  "12/3/2024",
  "\u00a0",
  "\t",
  "  ",
];

const line = fc
  .array(fc.oneof(fc.constantFrom(...PIECES), fc.constantFrom(...FUNCTION_WORDS), fc.string()), {
    maxLength: 60,
  })
  .map((parts) => parts.join(" "));

// the counts as LINE_COUNTS defines them, read by Unicode properties one code unit at a time
const SPACE = /[ \t\n\v\f\r\u00a0\u2000-\u200a\u3000]/;
const isLetter = (u: string) => /[\p{Lu}\p{Lt}\p{Ll}\p{Lm}\p{Lo}\p{Cs}]/u.test(u);
const isDigit = (u: string) => /\p{Nd}/u.test(u);
const isUpper = (u: string) => /[\p{Lu}\p{Lt}]/u.test(u);
function countsOf(line: string): number[] {
  const units = Array.from({ length: line.length }, (_, i) => line[i]);
  const tokens = line.split(SPACE).filter(Boolean);
  // runs of letters and digits, a combining mark continuing one
  const runs: string[][] = [];
  let run: string[] | null = null;
  for (const u of units) {
    if (isLetter(u) || isDigit(u)) {
      run ??= [];
      if (run.length === 0) runs.push(run);
      run.push(u);
    } else if (!/\p{M}/u.test(u)) run = null;
  }
  const lettered = runs.filter((r) => r.some(isLetter));
  return [
    tokens.length,
    units.filter(isLetter).length,
    units.filter(isDigit).length,
    units.filter(isUpper).length,
    units.filter((u) => !SPACE.test(u)).length,
    runs.filter((r) => isUpper(r[0])).length,
    lettered.length,
    lettered.filter((r) => r.every((u) => !isLetter(u) || u.charCodeAt(0) < 128 || /\p{Cs}/u.test(u))).length,
  ];
}

describe("lineKeys", () => {
  it("should fold case and move the tone mark after the word, in both spellings", () => {
    expect(lineKeys("Hòa Bình").key).toBe(lineKeys("hoà bình").key);
    expect(lineKeys("Hòa Bình").key).toBe("hoa2 binh2");
    expect(lineKeys("Liên hệ :  ©2024").key).toBe("liên hê5: © 2024");
    expect(lineKeys("Trang chu").folded).toBe("trang chu");
    expect(lineKeys("Trang chủ").folded).toBe("");
  });

  it("should give a line without diacritics a key with none, which is its folded key too", () => {
    const unit = fc.oneof(
      fc.constantFrom(...PIECES, "Đà", "ñ", "ǅ", "İ", "ß", "中"),
      fc.string({ unit: "binary" }),
    );
    let unmarked = 0;
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 20 }), (parts) => {
        const k = lineKeys(parts.join(" "));
        if (k.marked) return k.folded === "";
        unmarked++;
        return k.key.normalize("NFD") === k.key && !k.key.includes("đ") && k.folded === k.key;
      }),
      { numRuns: 2000 },
    );
    expect(unmarked).toBeGreaterThan(100);
  });

  it("should give the same key to a long line as to its words keyed one at a time", () => {
    const words = Array.from({ length: 400 }, (_, i) => PIECES[i % 12]);
    const long = lineKeys(words.join(" ")).key;
    expect(long).toBe(
      words
        .map((w) => lineKeys(w).key)
        .join(" ")
        .replace(/ :/g, ":"),
    );
  });

  it("should count exactly the words of its key that are in the set", () => {
    const keys = FUNCTION_WORDS;
    const set = wordSet(keys);
    const plain = new Set(keys);
    fc.assert(
      fc.property(line, (l) => {
        const k = lineKeys(l, set);
        const words = k.key.split(/[ :©]/).filter(Boolean);
        return k.counted === words.filter((w) => plain.has(w)).length && k.key === lineKeys(l).key;
      }),
      { numRuns: 500 },
    );
  });

  it("should count a line's words, letters, digits, capitals and runs in the same pass", () => {
    const counts = new Int32Array(LINE_COUNTS.length);
    const unit = fc.oneof(
      fc.constantFrom(...PIECES, "Ⅳ", "²", "٣", "ǅ", "ʰ", "中", "😀", "\ud800", "\u0301", "\u3000", "\n"),
      fc.string({ unit: "binary", maxLength: 4 }),
    );
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 40 }), (parts) => {
        const l = parts.join(parts.length % 2 ? " " : "");
        const k = lineKeys(l, undefined, counts);
        return (
          JSON.stringify(Array.from(counts)) === JSON.stringify(countsOf(l)) && k.key === lineKeys(l).key
        );
      }),
      { numRuns: 2000 },
    );
  });

  it("should hold every word it was given and no other, also when hashes share a slot", () => {
    const keys = Array.from({ length: 300 }, (_, i) => `w${i}`);
    const set = wordSet(keys.slice(0, 150));
    for (const [i, k] of keys.entries()) {
      expect(lineKeys(k, set).counted).toBe(i < 150 ? 1 : 0);
    }
    expect(new Set(keys.map(wordHash)).size).toBe(keys.length);
  });
});

describe("matchPhrases", () => {
  it("should find every contained phrase of the list after other words or a colon, on both keys", () => {
    let checked = 0;
    for (const [reason, match, key, folded] of PHRASES) {
      if (match !== Match.Contains) continue;
      // after a word and a space, and right after a word's ":" (keys put no space after it)
      const keys = [
        { key: `mơ3 đâu2 ${key} kêt1 thuc1`, folded: "", marked: true, counted: 0 },
        { key: `nguôn2:${key}`, folded: "", marked: true, counted: 0 },
      ];
      if (folded) keys.push({ key: "", folded: `mo dau ${folded} ket thuc`, marked: false, counted: 0 });
      for (const k of keys) {
        const ev = matchPhrases(k, 1, true);
        expect(reason === "content" ? ev.content : ev.chrome, `${reason}: ${key}`).not.toBeNull();
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(50);
  });

  it("should not match a contained phrase inside a word", () => {
    const ev = matchPhrases({ key: "", folded: "xapp store", marked: false, counted: 0 }, 2, true);
    expect(ev.chrome).toBeNull();
  });
});
