import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extractEntities } from "../../src/entities/index";
import { segmentWords, tokenTable } from "../../src/segment/index";
import { scanText, TokenTable } from "../../src/segment/token-table";
import { scanTokens } from "../../src/segment/words/scan";
import { hasShared, SEED_TEXT, udVtbText } from "../_shared";
import { referenceScan } from "./_reference-word-scan";

const seed = SEED_TEXT;

/** A scan as plain arrays (the scanners reuse their buffers between calls). */
function tokensOf(scan: {
  n: number;
  start: Int32Array;
  end: Int32Array;
  kind: Uint8Array;
  join: Uint8Array;
}) {
  const out: number[][] = [];
  for (let i = 0; i < scan.n; i++) out.push([scan.start[i], scan.end[i], scan.kind[i], scan.join[i]]);
  return out;
}

function sameScan(text: string): void {
  const reference = tokensOf(referenceScan(text));
  expect(tokensOf(scanTokens(text)), JSON.stringify(text.slice(0, 200))).toEqual(reference);
}

// what the merging rules of the word scanner look at: digits and their separators, hyphens, an
// initial's dot, percent signs, repeated marks, surrogate pairs, other number characters, spaces
// and breaks of every kind, marks and joiners, digits of other scripts
const PIECES = [
  "Hà",
  "Nội",
  "ông",
  "H",
  "TP",
  "Th",
  "e",
  "b",
  "GD",
  "ĐT",
  "Wai",
  "kru",
  "3",
  "14",
  "2020",
  "٣",
  "km",
  "x2",
  ".",
  ",",
  "/",
  ":",
  "-",
  "--",
  "%",
  "...",
  "!",
  "?",
  "(",
  "'",
  "²",
  "½",
  "😀",
  "\ud83d",
  "\ude00",
  "\u0301",
  "\u00ad",
  "\u200d",
  "©",
  "$",
];
const GAPS = [" ", "  ", "\t", "\u00a0", "\n", "\r\n", "\u2028", "\u200b"];
// pieces touch more often than not: the merging rules are about touching tokens
const gap = fc.oneof(
  { weight: 3, arbitrary: fc.constant("") },
  { weight: 2, arbitrary: fc.constantFrom(...GAPS) },
);
const generated = fc
  .array(fc.tuple(fc.constantFrom(...PIECES), gap), { minLength: 5, maxLength: 40, size: "max" })
  .map((parts) => parts.map(([p, g]) => p + g).join(""));

describe("tokenTable", () => {
  it("should scan runs of letters, marks and digits and single other characters, with the gap before each", () => {
    const t = tokenTable("Ủy ban\tnhân dân,\n3,5% m²");
    const texts = Array.from({ length: t.length }, (_, i) => t.text.slice(t.start[i], t.end[i]));
    expect(texts).toEqual(["Ủy", "ban", "nhân", "dân", ",", "3", ",", "5", "%", "m", "²"]);
    expect(Array.from(t.gap.subarray(0, t.length))).toEqual([0, 1, 3, 1, 0, 2, 0, 0, 0, 1, 0]);
    expect([t.word(0), t.word(4), t.word(10), t.cap(0), t.upper(0), t.bare(0), t.key(1)]).toEqual([
      true,
      false,
      false,
      true,
      false,
      "uy3",
      " ban",
    ]);
    // the same key in either tone style and case
    expect(tokenTable("UỶ").bare(0)).toBe(tokenTable("ủy").bare(0));
  });

  it("should give the word scanner exactly the reference scanner's tokens on generated text", () => {
    fc.assert(
      fc.property(generated, (text) => {
        sameScan(text);
      }),
      { numRuns: 5000 },
    );
  });

  it("should give the word scanner exactly the reference scanner's tokens on the seed article", () => {
    sameScan(seed);
    expect(scanTokens(seed).n).toBeGreaterThan(1000);
  });

  it.skipIf(!hasShared)(
    "should give the reference scanner's tokens on UD-VTB train and dev (../shared)",
    () => {
      for (const part of ["train", "dev"] as const) sameScan(udVtbText(part));
    },
  );

  it("should let segmentWords and extractEntities share one table, with the results of their own scans", () => {
    for (const text of [seed, "Ông Lê Quang Tùng, Bí thư Tỉnh ủy, ngày 1/7/2020 tại TP. Đông Hà."]) {
      const tokens = tokenTable(text);
      // the words first (they read no keys), then the entities, then the words again
      const words = segmentWords(text, { tokens });
      expect(words).toEqual(segmentWords(text));
      expect(extractEntities(text, { tokens, referenceDate: "2020-07-01" })).toEqual(
        extractEntities(text, { referenceDate: "2020-07-01" }),
      );
      expect(segmentWords(text, { tokens })).toEqual(words);
    }
  });

  it("should keep a table's keys when many other texts are scanned after it", () => {
    const text = "Bộ Chính trị và Ban Bí thư";
    const tokens = tokenTable(text);
    const before = Array.from({ length: tokens.length }, (_, i) => tokens.key(i));
    // enough distinct words to replace the registry of interned words
    for (let i = 0; i < 60; i++)
      tokenTable(Array.from({ length: 1000 }, (_, j) => `w${i}x${j}`).join(" ")).key(0);
    expect(Array.from({ length: tokens.length }, (_, i) => tokens.key(i))).toEqual(before);
    expect(extractEntities(text, { tokens }).map((e) => e.text)).toEqual(["Bộ Chính trị", "Ban Bí thư"]);
  });

  it("should read the same keys whether its tokens were pushed with the text's code units, without them, or read later", () => {
    const keysOf = (t: TokenTable) =>
      Array.from({ length: t.length }, (_, i) => [t.key(i), t.cap(i), t.upper(i)]);
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom("Ủy", "ban", "UBND", "Hà", "Nội", "3", ",", " ", "\n", "x"), {
          maxLength: 30,
        }),
        (parts) => {
          const text = parts.join("");
          const scanned = tokenTable(text);
          // the same tokens pushed by hand, as a caller without the code units would
          const pushed = new TokenTable(text, true);
          for (let i = 0; i < scanned.length; i++)
            pushed.push(
              scanned.start[i],
              scanned.end[i],
              scanned.gap[i],
              scanned.word(i),
              hashOf(text, scanned.start[i], scanned.end[i]),
            );
          expect(keysOf(pushed)).toEqual(keysOf(scanned));
          // and a table scanned without keys, which reads them on first use
          expect(keysOf(scanText(text, false))).toEqual(keysOf(scanned));
        },
      ),
      { numRuns: 300, seed: 20261206 },
    );
  });
});

// the hash the scan gives a token: its code units, by 31
function hashOf(text: string, s: number, e: number): number {
  let h = text.charCodeAt(s);
  for (let i = s + 1; i < e; i++) h = (Math.imul(h, 31) + text.charCodeAt(i)) | 0;
  return h;
}
