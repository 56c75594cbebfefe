import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Span } from "../../src/core/types";
import { splitParagraphs } from "../../src/segment/split-paragraphs";
import { splitSentences } from "../../src/segment/split-sentences";
import { tokenize } from "../../src/segment/tokenize";
import { timeCall } from "../_timing";

/** Whitespace the splitters skip: JS `\s`, the zero-width space and NEL (U+0085), a line break they honour. */
const SPACE = /^[\s\u0085\u200b]*$/u;

/** Lone surrogates, controls and everything else: any sequence of UTF-16 code units. */
const anyUnits = fc
  .array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 80 })
  .map((codes) => String.fromCharCode(...codes));
/** Strings built from the pieces that exercise the scanners' special paths. */
const tricky = fc
  .array(
    fc.constantFrom(
      "TP.",
      "TP.HCM",
      "v.v.",
      "PGS.TS.",
      " ",
      "\n",
      "\u00a0",
      "\u200b",
      ".",
      "...",
      "…",
      "?",
      "!",
      '"',
      "“",
      "”",
      "(",
      ")",
      "-",
      "/",
      "1",
      "29",
      "2020",
      ",",
      "%",
      "h",
      "@",
      "www.",
      "https://",
      ".vn",
      "a",
      "Hà",
      "Nội",
      "ĐBQH",
      "CT",
      "\u0301",
      "😀",
      "\ud800",
      "'",
    ),
    { maxLength: 60 },
  )
  .map((parts) => parts.join(""));
const inputs = fc.oneof(fc.string({ unit: "binary", maxLength: 80 }), anyUnits, tricky);

/** Spans are in order, do not overlap, slice back, are non-empty and trimmed. */
function checkSpans(text: string, spans: Span[]): void {
  let prev = 0;
  for (const s of spans) {
    expect(s.start).toBeGreaterThanOrEqual(prev);
    expect(s.end).toBeGreaterThan(s.start);
    expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(SPACE.test(s.text[0])).toBe(false);
    expect(SPACE.test(s.text[s.text.length - 1])).toBe(false);
    prev = s.end;
  }
}

/** Everything between and around the spans is whitespace: nothing is lost. */
function checkCoverage(text: string, spans: Span[]): void {
  let prev = 0;
  for (const s of spans) {
    expect(SPACE.test(text.slice(prev, s.start))).toBe(true);
    prev = s.end;
  }
  expect(SPACE.test(text.slice(prev))).toBe(true);
}

describe("segment properties", () => {
  it("should read NEL (U+0085) as the line break Unicode makes it, in tokens, sentences and paragraphs alike", () => {
    const text = "Một\u0085Hai ba.";
    const same = "Một\nHai ba.";
    expect(tokenize(text).map((t) => t.text)).toEqual(tokenize(same).map((t) => t.text));
    expect(splitSentences(text).map((t) => t.text)).toEqual(splitSentences(same).map((t) => t.text));
    expect(splitParagraphs(text).map((t) => t.text)).toEqual(["Một", "Hai ba."]);
    // the case fast-check found: a lone NEL before a line break is no paragraph and loses nothing
    expect(splitParagraphs("\u0085\n", { breaks: "line" })).toEqual([]);
  });
  it("should give tokens in order, without overlap, that slice back and cover every non-space", () => {
    fc.assert(
      fc.property(inputs, (text) => {
        const toks = tokenize(text);
        checkSpans(text, toks);
        checkCoverage(text, toks);
      }),
      { numRuns: 400 },
    );
  });
  it("should give sentences in order, without overlap, that slice back and cover every non-space", () => {
    fc.assert(
      fc.property(inputs, (text) => {
        const sents = splitSentences(text);
        checkSpans(text, sents);
        checkCoverage(text, sents);
      }),
      { numRuns: 400 },
    );
  });
  it("should give paragraphs in order, without overlap, that slice back and cover every non-space", () => {
    fc.assert(
      fc.property(
        inputs,
        fc.constantFrom("line", "blank") as fc.Arbitrary<"line" | "blank">,
        (text, breaks) => {
          const paras = splitParagraphs(text, { breaks });
          checkSpans(text, paras);
          checkCoverage(text, paras);
        },
      ),
      { numRuns: 400 },
    );
  });
  it("should keep every sentence inside one paragraph", () => {
    fc.assert(
      fc.property(tricky, (text) => {
        const paras = splitParagraphs(text);
        for (const s of splitSentences(text)) {
          expect(paras.some((p) => p.start <= s.start && s.end <= p.end)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
  it("should never throw on any string, including binary junk and 1 MB", () => {
    fc.assert(
      fc.property(inputs, (text) => {
        tokenize(text);
        splitSentences(text);
        splitParagraphs(text);
      }),
      { numRuns: 300 },
    );
    const junk = Array.from({ length: 1 << 20 }, (_, i) => String.fromCharCode((i * 7919) & 0xffff)).join("");
    expect(() => splitSentences(junk)).not.toThrow();
  });
});

// Min of 3 runs, in ms: wall time and CPU time of this process. On a loaded machine a long run is
// preempted and its wall time inflates several-fold while a short run slips through in one time
// slice; CPU time is immune to that. A quadratic path blows up both.
const time = (fn: () => unknown) => timeCall(fn);

const ADVERSARIAL: Record<string, string> = {
  dots: ".",
  "dots and spaces": ". ",
  "digits and slashes": "1/2/",
  "digit codes": "1-",
  "grouped digits": "1.1",
  "letter codes": "A-",
  "unclosed quotes": '"a ',
  "unclosed curly quotes": "“a ? ",
  "unclosed brackets": "(a ",
  "TP. repeated": "TP. ",
  "TP. glued": "TP.",
  "domain-like": "a.",
  "at signs": "a@",
  "url-like": "www.a",
  "one long word": "a",
  initials: "A. ",
  "exclamations in quotes": '"Mẹ! ',
  "blank lines": "\n \u00a0\n",
};

describe("segment linearity", () => {
  for (const [name, unit] of Object.entries(ADVERSARIAL)) {
    // Timing on a shared machine is noisy; a quadratic path fails every retry (100x, not 10x).
    it(`should take at most 30x longer on 100 kB than on 10 kB of ${name}`, { retry: 2 }, () => {
      const small = unit.repeat(Math.ceil(10_000 / unit.length));
      const large = unit.repeat(Math.ceil(100_000 / unit.length));
      for (const fn of [tokenize, splitSentences, (s: string) => splitParagraphs(s)]) {
        fn(large); // warm up the code and the heap
        fn(small);
        const a = time(() => fn(small));
        const b = time(() => fn(large));
        const wallRatio = b.wall / Math.max(a.wall, 0.05);
        const cpuRatio = b.cpu / Math.max(a.cpu, 0.05);
        const label = `${fn.name || "splitParagraphs"} on ${name}: wall ${a.wall.toFixed(2)} -> ${b.wall.toFixed(2)} ms, cpu ${a.cpu.toFixed(2)} -> ${b.cpu.toFixed(2)} ms`;
        expect(Math.min(wallRatio, cpuRatio), label).toBeLessThan(30);
      }
    });
  }
});
