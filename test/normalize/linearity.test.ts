import { describe, expect, it } from "vitest";
import {
  decodeLegacy,
  detectEncoding,
  fold,
  normalize,
  normalizeWithReport,
  toneKey,
} from "../../src/normalize/index";
import { timeCall } from "../_timing";

// The min of 3 runs. The 10 kB run makes 10 calls and reports their mean, so both sizes put the
// same load on the garbage collector (a single 10 kB call never triggers a collection and would
// make linear code look superlinear); quadratic code still shows 100x.
const time = (fn: () => unknown, calls: number): number => timeCall(fn, { calls }).wall;

// Below this (ms) the 10 kB timing is mostly timer, scheduler and collector noise: a 10 kB run faster
// than 0.3 ms only fails its check when the 100 kB run exceeds 9 ms. Quadratic code that takes 0.15 ms
// at 10 kB takes 15 ms at 100 kB and still fails. (Measured: normalize with entity decoding on
// "&amp;x" runs 0.19 / 1.27 / 5.9 / 13.8 ms at 10 / 30 / 100 / 300 kB: V8's young-generation
// collections start between 10 and 100 kB of live references, a step, and growth is linear after it.)
const FLOOR = 0.3;

// Adversarial units, repeated to 10 kB and 100 kB: one endless letter run, marks without a base,
// half entities, mojibake residue, TCVN quote codes, VIQR marks, backslashes, doubled tones.
const UNITS = [
  "a",
  "á",
  "\u0301",
  "a\u0301\u0302",
  " \u00a0",
  "\u200b",
  "&#",
  "&a",
  "&amp;x",
  "Ã",
  "á»",
  "“",
  "a^",
  "a^'.",
  "dd",
  "\\",
  "aù",
  "gíá ",
  "Ðð",
];
const FNS: [string, (s: string) => unknown][] = [
  ["normalize", (s) => normalizeWithReport(s, { toneStyle: "new", decodeEntities: true })],
  ["normalize preserve", (s) => normalize(s)],
  ["decodeLegacy auto", (s) => decodeLegacy(s)],
  ["decodeLegacy tcvn3", (s) => decodeLegacy(s, { from: "tcvn3" })],
  ["decodeLegacy vni", (s) => decodeLegacy(s, { from: "vni" })],
  ["decodeLegacy viqr", (s) => decodeLegacy(s, { from: "viqr" })],
  ["decodeLegacy mojibake", (s) => decodeLegacy(s, { from: "mojibake" })],
  ["detectEncoding", (s) => detectEncoding(s)],
  ["fold", (s) => fold(s)],
  ["toneKey", (s) => toneKey(s)],
];

describe("linearity", () => {
  for (const [name, fn] of FNS) {
    it(`should keep ${name} linear on adversarial input (100 kB within 30x of 10 kB)`, () => {
      for (const unit of UNITS) {
        const small = unit.repeat(Math.ceil(10_000 / unit.length));
        const large = unit.repeat(Math.ceil(100_000 / unit.length));
        fn(small);
        fn(large);
        // Up to three attempts on a busy machine: noise makes a run slow, never a slow run fast.
        let a = 0;
        let b = Number.POSITIVE_INFINITY;
        for (let attempt = 0; attempt < 3 && b >= 30 * Math.max(a, FLOOR); attempt++) {
          a = time(() => fn(small), 10);
          b = time(() => fn(large), 1);
        }
        expect(
          b,
          `${name} on ${JSON.stringify(unit)}: ${a.toFixed(2)} ms vs ${b.toFixed(2)} ms`,
        ).toBeLessThan(30 * Math.max(a, FLOOR));
      }
    });
  }
});
