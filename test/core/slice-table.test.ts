// The slice table against a Map: the same answers for strings found in place in a text's code units
// (an array longer than the text, as a reader's is), with a weak hash that makes many collisions,
// and past the table's capacity.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addSlice, findUnits, sliceTable } from "../../src/core/slice-table";

// few distinct values, so unequal strings share hashes and probes run long
const weakHash = (s: string): number => (s.length * 7 + (s.charCodeAt(0) || 0)) % 13;

// a text's code units and then units of no text ("a"), which a lookup must not read
const unitsOf = (text: string): Uint16Array => {
  const units = new Uint16Array(text.length + 8).fill(97);
  for (let i = 0; i < text.length; i++) units[i] = text.charCodeAt(i);
  return units;
};

describe("sliceTable", () => {
  it("finds what was added and nothing else, as a Map would", () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: fc.constantFrom("a", "b", "à", "ă", "1"), maxLength: 4 }), {
          maxLength: 120,
        }),
        (words) => {
          const t = sliceTable(512);
          const map = new Map<string, number>();
          const units = unitsOf(words.join(" "));
          let at = 0;
          for (const w of words) {
            const s = at;
            const e = at + w.length;
            at = e + 1;
            const found = findUnits(t, units, s, e, weakHash(w));
            expect(found).toBe(map.get(w) ?? -1);
            if (found < 0) map.set(w, addSlice(t, w, weakHash(w)));
            expect(t.keys[map.get(w) as number]).toBe(w);
          }
        },
      ),
      { numRuns: 500, seed: 20261205 },
    );
  });

  it("keeps entries past half its slots with their index, never found", () => {
    const t = sliceTable(8);
    const ids = ["a", "b", "c", "d", "e", "f"].map((w) => addSlice(t, w, weakHash(w)));
    expect(ids).toEqual([0, 1, 2, 3, 4, 5]);
    expect(["a", "b", "c", "d"].map((w) => findUnits(t, unitsOf(w), 0, 1, weakHash(w)))).toEqual([
      0, 1, 2, 3,
    ]);
    expect(findUnits(t, unitsOf("e"), 0, 1, weakHash("e"))).toBe(-1);
    expect(t.keys[4]).toBe("e");
  });
});
