import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  decodeLegacy,
  detectEncoding,
  fold,
  normalize,
  normalizeWithReport,
  toneKey,
} from "../../src/normalize/index";

// Units that stress the normaliser: Vietnamese letters in every shape, loose marks, spaces,
// invisible characters, line breaks, entities, lone surrogates, control and legacy bytes.
const unit = fc.oneof(
  fc.constantFrom(
    "a",
    "o",
    "u",
    "y",
    "i",
    "e",
    "q",
    "g",
    "n",
    "h",
    "t",
    "ng",
    "D",
    "Ð",
    "ð",
    "đ",
    "á",
    "ả",
    "ơ",
    "ư",
    "ệ",
    "Ủ",
    "ỳ",
    "\u0300",
    "\u0301",
    "\u0302",
    "\u0303",
    "\u0306",
    "\u0309",
    "\u031b",
    "\u0323",
    "\u0340",
    "\u0341",
    " ",
    "  ",
    "\u00a0",
    "\u2009",
    "\u3000",
    "\u200b",
    "\u200d",
    "\u00ad",
    "\ufeff",
    "\n",
    "\r\n",
    "\t",
    "\u2028",
    "&",
    "&nbsp;",
    "&#10;",
    "&#7843;",
    "&amp",
    "\ud800",
    "\udc00",
    "\u0000",
    "\u0007",
    "\u007f",
    "\u0090",
    "Ã",
    "Ä",
    "áº",
    "»",
    "¸",
    "©",
    "aù",
    "o^",
    "'",
    "?",
    ".",
    "\\",
    "👩\u200d💻",
  ),
  fc.string({ unit: "binary", maxLength: 3 }),
  fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
);
const text = fc.array(unit, { maxLength: 60 }).map((a) => a.join(""));
const style = fc.constantFrom("preserve" as const, "old" as const, "new" as const);
const lineBreaks = (s: string) => (s.match(/\r\n|[\n\r\u2028\u2029]/g) ?? []).length;

describe("properties", () => {
  it("should never throw on any string", () => {
    fc.assert(
      fc.property(text, style, fc.boolean(), (s, toneStyle, decodeEntities) => {
        normalizeWithReport(s, { toneStyle, decodeEntities });
        fold(s);
        toneKey(s);
        detectEncoding(s);
        decodeLegacy(s);
        for (const from of ["tcvn3", "vni", "viqr", "viscii", "cp1258", "mojibake"] as const)
          decodeLegacy(s, { from });
        decodeLegacy(new TextEncoder().encode(s));
      }),
      { numRuns: 400 },
    );
  });
  it("should keep the number of line breaks and never grow past the NFC length", () => {
    fc.assert(
      fc.property(text, style, (s, toneStyle) => {
        const out = normalize(s, { toneStyle });
        expect(lineBreaks(out)).toBe(lineBreaks(s));
        expect(out.length).toBeLessThanOrEqual(s.normalize("NFC").length);
      }),
      { numRuns: 500 },
    );
  });
  it("should be idempotent and return NFC", () => {
    fc.assert(
      fc.property(text, style, (s, toneStyle) => {
        const once = normalize(s, { toneStyle });
        expect(normalize(once, { toneStyle })).toBe(once);
        expect(once.normalize("NFC")).toBe(once);
      }),
      { numRuns: 500 },
    );
  });
  it("should make styles convertible both ways", () => {
    fc.assert(
      fc.property(text, (s) => {
        const old = normalize(s, { toneStyle: "old" });
        const neu = normalize(s, { toneStyle: "new" });
        expect(normalize(neu, { toneStyle: "old" })).toBe(old);
        expect(normalize(old, { toneStyle: "new" })).toBe(neu);
      }),
      { numRuns: 300 },
    );
  });
  it("should count a change for every difference and none when the text is kept", () => {
    fc.assert(
      fc.property(text, style, (s, toneStyle) => {
        const r = normalizeWithReport(s, { toneStyle });
        if (r.changes.total === 0) expect(r.text).toBe(s.normalize("NFC"));
      }),
      { numRuns: 300 },
    );
  });
  it("should keep fold's and toneKey's line breaks", () => {
    fc.assert(
      fc.property(text, (s) => {
        expect(lineBreaks(fold(s))).toBe(lineBreaks(s));
        expect(lineBreaks(toneKey(s))).toBe(lineBreaks(s));
      }),
      { numRuns: 200 },
    );
  });
  it("should handle 1 MB inputs", () => {
    const big = "Ủy ban nhân dân tỉnh Quảng Trị hòa giải \u00a0 Vie\u0323\u0302t\u200b ".repeat(21_000);
    expect(big.length).toBeGreaterThan(1_000_000);
    const out = normalize(big, { toneStyle: "new" });
    expect(out.startsWith("Uỷ ban nhân dân tỉnh Quảng Trị hoà giải Việt Uỷ")).toBe(true);
    expect(lineBreaks(out)).toBe(0);
    const junk = Array.from({ length: 1_000_000 }, (_, i) => String.fromCharCode((i * 7919) % 0xffff)).join(
      "",
    );
    expect(() => normalize(junk)).not.toThrow();
    expect(() => decodeLegacy(junk)).not.toThrow();
    expect(() => detectEncoding(new Uint8Array(1_000_000).map((_, i) => (i * 31) & 0xff))).not.toThrow();
  });
});
