// normalize memoises each letter run it fixes in a hash table per tone style, emptied when full: what
// it gives for a run must not depend on what the table holds, however many runs came before.
import { describe, expect, it } from "vitest";
import { fixSyllable } from "../../src/normalize/_lib/fix-syllable";
import { normalize } from "../../src/normalize/index";
import { ONSETS } from "../reliability/arbitraries";

// a tone mark on the first vowel of a rising pair, which the well-spelled syllable moves or keeps
const NUCLEI = [
  "óa",
  "òa",
  "ỏa",
  "õa",
  "ọa",
  "óe",
  "òe",
  "úy",
  "ùy",
  "ủy",
  "ũy",
  "ụy",
  "ía",
  "ìa",
  "úa",
  "ùa",
];
const FINALS = ["", "n", "ng", "nh", "c", "ch", "t", "p", "m", "i", "o", "u"];

/** Every spelling, in the 16 cases of its first four letters: over 40,000 distinct letter runs, more than the table holds. */
function runs(): string[] {
  const out = new Set<string>();
  for (const i of ONSETS)
    for (const n of NUCLEI)
      for (const f of FINALS) {
        const w = [...(i + n + f)];
        for (let mask = 0; mask < 16; mask++)
          out.add(w.map((c, k) => (k < 4 && mask & (1 << k) ? c.toUpperCase() : c)).join(""));
      }
  return [...out];
}

describe("normalize's table of runs seen", () => {
  const words = runs();

  it.each(["preserve", "old", "new"] as const)(
    "gives each run its own fix past a full table (%s)",
    (style) => {
      expect(words.length).toBeGreaterThan(40_000);
      // each block of 1,000 runs twice in a row, so the second copy reads the runs the first stored, and
      // the table fills and is emptied on the way
      const doubled: string[] = [];
      for (let k = 0; k < words.length; k += 1000) {
        const block = words.slice(k, k + 1000);
        doubled.push(...block, ...block);
      }
      const expected = doubled.map((w) => fixSyllable(w, style)?.text ?? w);
      const text = doubled.join(" ");
      expect(normalize(text, { toneStyle: style }).split(" ")).toEqual(expected);
      expect(normalize(text, { toneStyle: style }).split(" ")).toEqual(expected);
      // something was fixed, so the comparison has teeth
      expect(expected.filter((w, k) => w !== doubled[k]).length).toBeGreaterThan(10_000);
    },
  );
});
