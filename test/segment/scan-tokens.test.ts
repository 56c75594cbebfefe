// tokenize's tokens are a layer of the token table: the scanner walks the table's tokens instead
// of every character, and its result is made once per table for tokenize, splitSentences and the
// words' kinds. It must give exactly the tokens the character-level scanner gave (kept as the
// reference in _reference-scan-tokens.ts), on generated and on real text.
import { readdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/article/index";
import { wholeTokens } from "../../src/segment/_lib/scan-tokens";
import { segmentWords, splitSentences, tokenize, tokenTable } from "../../src/segment/index";
import { scanText } from "../../src/segment/token-table";
import { hasShared, SEED_TEXT, sharedPath, udVtbText } from "../_shared";
import { referenceTokens } from "./_reference-scan-tokens";

const seed = SEED_TEXT;

function tokensOf(b: { starts: Int32Array; ends: Int32Array; kinds: Uint8Array; length: number }) {
  const out: number[][] = [];
  for (let i = 0; i < b.length; i++) out.push([b.starts[i], b.ends[i], b.kinds[i]]);
  return out;
}

// a table with its keys read (as the entities read it) asks each word's plain kind once and keeps
// it with the word; one without them (tokenize's, the sentences') reads it at each token
function sameTokens(text: string): void {
  const reference = tokensOf(referenceTokens(text));
  expect(tokensOf(wholeTokens(tokenTable(text))), JSON.stringify(text.slice(0, 200))).toEqual(reference);
  expect(tokensOf(wholeTokens(scanText(text, false))), JSON.stringify(text.slice(0, 200))).toEqual(reference);
}

// what tokenize's rules look at: URLs, bare domains and e-mail addresses, dates, times, numbers with
// separators, codes, initialisms, dotted abbreviations, Roman numerals, apostrophes, runs of dots,
// marks, surrogates, and whitespace of every kind between them
const PIECES = [
  "Hà",
  "Nội",
  "ông",
  "TP",
  "HCM",
  "v",
  "PGS",
  "TS",
  "ThS",
  "UBND",
  "XIV",
  "COVID",
  "O",
  "Neil",
  "http",
  "https",
  "://",
  "www",
  "vn",
  "com",
  "gov",
  "abc",
  "@",
  "gmail",
  "35",
  "CT",
  "TW",
  "NĐ",
  "CP",
  "1",
  "7",
  "14",
  "30",
  "2020",
  "596",
  "094",
  "h",
  "g",
  ".",
  ",",
  "/",
  "-",
  ":",
  "%",
  "'",
  "’",
  "...",
  "…",
  "!",
  "?",
  "(",
  ")",
  '"',
  "“",
  "”",
  "²",
  "٣",
  "😀",
  "\ud83d",
  "\u0301",
  "\u00ad",
  "$",
];
const GAPS = [" ", "  ", "\t", "\u00a0", "\n", "\r\n", "\u2028", "\u200b", "\ufeff"];
const gap = fc.oneof(
  { weight: 3, arbitrary: fc.constant("") },
  { weight: 2, arbitrary: fc.constantFrom(...GAPS) },
);
const generated = fc
  .array(fc.tuple(fc.constantFrom(...PIECES), gap), { minLength: 3, maxLength: 40, size: "max" })
  .map((parts) => parts.map(([p, g]) => p + g).join(""));

describe("tokenize's tokens as a layer of the token table", () => {
  it("should give exactly the reference scanner's tokens on generated text", () => {
    fc.assert(
      fc.property(generated, (text) => {
        sameTokens(text);
      }),
      { numRuns: 5000 },
    );
  });

  it("should give exactly the reference scanner's tokens on the seed article", () => {
    sameTokens(seed);
    expect(tokenize(seed).length).toBeGreaterThan(1000);
  });

  it.skipIf(!hasShared)(
    "should give the reference scanner's tokens on UD-VTB train and dev and the dev articles (../shared)",
    () => {
      for (const part of ["train", "dev"] as const) sameTokens(udVtbText(part));
      const dev = sharedPath("dev");
      for (const f of readdirSync(dev).filter((f) => f.endsWith(".json")))
        sameTokens(JSON.parse(readFileSync(resolve(dev, f), "utf8")).text);
    },
  );

  it("should scan a table once for the sentences and the words, with the results of their own scans", () => {
    const text = "Xem https://vi.wikipedia.org/wiki/Hà_Nội, v.v. Ông về TP.HCM lúc 14h30. Bà đi.";
    const tokens = tokenTable(text);
    const sentences = splitSentences(text, { tokens });
    const layer = wholeTokens(tokens);
    const words = segmentWords(text, { tokens });
    // the same layer object: made once, read by both
    expect(wholeTokens(tokens)).toBe(layer);
    expect(sentences).toEqual(splitSentences(text));
    expect(words).toEqual(segmentWords(text));
    expect(words.filter((w) => w.kind !== "word").map((w) => `${w.text}:${w.kind}`)).toEqual([
      "https://vi.wikipedia.org/wiki/Hà_Nội:url",
      ",:punctuation",
      "v.v.:abbreviation",
      "TP.HCM:abbreviation",
      "14h30:time",
      ".:punctuation",
      ".:punctuation",
    ]);
  });

  it("should split the article's text as a whole into the sentences of each paragraph", () => {
    // a dot that opens a line after a word on the line before: the word is another sentence's
    const text = "Ông nói về lịch sử\n\n.Chủ đề mới.\n\nTP\n\n. Hà Nội đẹp.";
    const article = parseArticle(text, { format: "text", entities: false });
    const perParagraph = article.paragraphs.flatMap((p) =>
      splitSentences(p.text).map((s) => p.start + s.start),
    );
    expect(article.sentences.map((s) => s.start)).toEqual(perParagraph);
    expect(splitSentences(text).map((s) => s.text)).toEqual([
      "Ông nói về lịch sử",
      ".Chủ đề mới.",
      "TP",
      ".",
      "Hà Nội đẹp.",
    ]);
  });

  it("should reject a table of another text", () => {
    expect(() => splitSentences("Ông về.", { tokens: tokenTable("Bà đi.") })).toThrow(RangeError);
    expect(() => splitSentences("Ông về.", { tokens: {} as never })).toThrow(TypeError);
  });
});
