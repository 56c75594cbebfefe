import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { segmentWords, tokenize } from "../../src/segment/index";
import { SEED_TEXT } from "../_shared";

const WHOLE = new Set(["url", "email", "code", "number", "date", "time", "percent", "abbreviation"]);
const seed = SEED_TEXT;

function checkWhole(text: string): void {
  const words = segmentWords(text);
  let w = 0;
  for (const t of tokenize(text)) {
    if (!WHOLE.has(t.kind)) continue;
    while (w < words.length && words[w].end <= t.start) w++;
    const word = words[w];
    expect(word && word.start <= t.start && t.end <= word.end, `${t.kind} "${t.text}" split`).toBe(true);
  }
  const kinds = new Map(tokenize(text).map((t) => [`${t.start}:${t.end}`, t.kind]));
  for (const x of words) {
    expect(text.slice(x.start, x.end)).toBe(x.text);
    // a word that is one token has that token's kind ("word" for a syllable)
    const k = kinds.get(`${x.start}:${x.end}`);
    if (k) expect(x.kind).toBe(k === "syllable" ? "word" : k);
  }
}

const PIECES = [
  "Bộ Chính trị",
  "họp",
  "ngày",
  "tại",
  "Hà Nội",
  "v.v.",
  "TP.HCM",
  "UBND",
  "HĐND",
  "https://www.facebook.com/photo.php?fbid=1627&type=1",
  "www.baoquangtri.vn/tin-tuc",
  "abc@gmail.com",
  "35-CT/TW",
  "138/2020/NĐ-CP",
  "COVID-19",
  "1/7/2020",
  "7/2020",
  "2020-07-01",
  "14h30",
  "14:30",
  "29.621.682",
  "3,5%",
  "khóa XIV",
  ",",
  ".",
  ":",
  "(",
  ")",
  "…",
  "-",
  "“",
  "”",
];

describe("segmentWords and tokenize's whole tokens", () => {
  it("should keep URLs, e-mails, codes, numbers, dates, times and abbreviations whole, with their kind", () => {
    const text =
      "Liên hệ abc@gmail.com hoặc https://www.facebook.com/photo.php?fbid=1627&type=1, v.v. lúc 14h30 ngày 1/7/2020, tăng 3,5% tại TP.HCM theo 35-CT/TW khóa XIV của UBND.";
    expect(segmentWords(text).map((w) => `${w.text}:${w.kind}`)).toEqual([
      "Liên hệ:word",
      "abc@gmail.com:email",
      "hoặc:word",
      "https://www.facebook.com/photo.php?fbid=1627&type=1:url",
      ",:punctuation",
      "v.v.:abbreviation",
      "lúc:word",
      "14h30:time",
      "ngày:word",
      "1/7/2020:date",
      ",:punctuation",
      "tăng:word",
      "3,5%:percent",
      "tại:word",
      "TP.HCM:abbreviation",
      "theo:word",
      "35-CT/TW:code",
      "khóa:word",
      "XIV:number",
      "của:word",
      "UBND:abbreviation",
      ".:punctuation",
    ]);
  });

  it("should never split a whole token in generated text", () => {
    const text = fc
      .array(fc.tuple(fc.constantFrom(...PIECES), fc.constantFrom(" ", " ", "", "\n")), { maxLength: 30 })
      .map((parts) => parts.map(([p, g]) => p + g).join(""));
    fc.assert(fc.property(text, checkWhole), { numRuns: 1000, seed: 20261204 });
  });

  it("should never split a whole token in the seed article", () => {
    checkWhole(seed);
  });
});
