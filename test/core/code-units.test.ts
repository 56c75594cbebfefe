// The code-unit reader against charCodeAt: the same units for any string (lone surrogates, astral
// letters, strings joined or sliced from others), after longer and shorter strings in turn, so a
// grown array and a stale tail are both exercised.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { codeUnits, unitReader, unitsText } from "../../src/core/code-units";

const unitsOf = (text: string): number[] => Array.from({ length: text.length }, (_, i) => text.charCodeAt(i));

// strings of any code units, lone surrogates included, with Vietnamese letters and combining marks
const anyText = fc.string({
  unit: fc.oneof(
    fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
    fc.constantFrom("ạ", "Ủ", "\u0301", "\ud835\udc00", "\ud800", "\udfff", " ", "\n"),
  ),
  maxLength: 600,
  size: "max",
});

describe("unitReader", () => {
  it("gives each string's code units, whatever was read before", () => {
    const read = unitReader();
    fc.assert(
      fc.property(fc.array(anyText, { minLength: 1, maxLength: 8 }), (texts) => {
        for (const text of texts) {
          const units = read(text);
          expect(units.length).toBeGreaterThanOrEqual(text.length);
          expect(Array.from(units.subarray(0, text.length))).toEqual(unitsOf(text));
        }
      }),
      { numRuns: 300 },
    );
  });

  it("gives a kept array of exactly a string's code units (codeUnits)", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(Array.from(codeUnits(text))).toEqual(unitsOf(text));
      }),
      { numRuns: 300 },
    );
  });

  it("reads strings that are slices or joins of others, as the scans get them", () => {
    const read = unitReader();
    const long = "Ủy ban nhân dân tỉnh Quảng Trị ".repeat(400);
    const sliced = long.slice(37, 5000).trim();
    const joined = `${sliced}\ud800${long.slice(0, 100)}`;
    const longer = long.repeat(90); // past the 1M units a reader keeps
    for (const text of [long, sliced, joined, "", longer, "a", longer.slice(1)]) {
      expect(Array.from(read(text).subarray(0, text.length))).toEqual(unitsOf(text));
    }
  });

  it("keeps at most 1M units between calls", () => {
    const read = unitReader();
    for (const n of [600_000, 700_000, 1_500_000, 10]) {
      const text = "ạ".repeat(n);
      const units = read(text);
      expect(units[n - 1]).toBe(0x1ea1);
      if (n <= 1 << 20) expect(units.length).toBeLessThanOrEqual(1 << 20);
    }
    expect(read("a").length).toBeLessThanOrEqual(1 << 20);
  });

  it("keeps one reader's array apart from another's", () => {
    const a = unitReader();
    const b = unitReader();
    const first = a("Hà Nội");
    b("xxxxxx");
    expect(Array.from(first.subarray(0, 6))).toEqual(unitsOf("Hà Nội"));
  });

  it("gives units back as the string they spell, short or long, at any offset of their buffer", () => {
    fc.assert(
      fc.property(anyText, fc.nat({ max: 7 }), (text, pad) => {
        // a view that does not start its buffer, as a reader's subarray would not
        const units = new Uint16Array(text.length + pad + 4).subarray(pad);
        for (let i = 0; i < text.length; i++) units[i] = text.charCodeAt(i);
        expect(unitsText(units, text.length)).toBe(text);
      }),
      { numRuns: 300 },
    );
  });
});
