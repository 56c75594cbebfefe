// The class-word patterns are built from data/html/class-words.tsv: every listed word is read, in
// the shapes the file describes, and nothing else is.
import { describe, expect, it } from "vitest";
import { CLASS_WORDS } from "../../src/html/_data/class-words";
import { CHROME_TOKEN, CONTENT_TOKEN, DATE_CLASS, LEAD_TOKEN } from "../../src/html/_lib/class-patterns";

describe("class words from data/html/class-words.tsv", () => {
  it("should read each prefix and suffix pair, and each whole content word, as a content container", () => {
    for (const p of CLASS_WORDS["content-prefix"])
      for (const s of CLASS_WORDS["content-suffix"])
        for (const sep of ["", "-", "__"])
          expect(CONTENT_TOKEN.test(`${p}${sep}${s}`), `${p}${sep}${s}`).toBe(true);
    for (const w of CLASS_WORDS.content) expect(CONTENT_TOKEN.test(w.toUpperCase()), w).toBe(true);
    expect(CONTENT_TOKEN.test("article-body-wrapper")).toBe(false);
  });
  it("should read lead words alone or after a prefix, and chrome and date words as one part of a class", () => {
    for (const w of CLASS_WORDS.lead)
      expect([LEAD_TOKEN.test(w), LEAD_TOKEN.test(`article-${w}`)], w).toEqual([true, true]);
    for (const w of CLASS_WORDS.chrome)
      expect([CHROME_TOKEN.test(`top-${w}-bar`), CHROME_TOKEN.test(`x${w}x`)], w).toEqual([true, false]);
    for (const w of CLASS_WORDS.date) expect(DATE_CLASS.test(`meta ${w}`), w).toBe(true);
    expect(DATE_CLASS.test("update")).toBe(false);
  });
});
