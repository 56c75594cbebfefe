// Linear time on adversarial input: each extractor, splitter and normaliser gets inputs built to make
// regular expressions backtrack, at 10 kB and 100 kB; the larger may take at most 30 times as long as
// the smaller (min of 3 runs each, after a warm-up on both; CPU time, see `time`). A linear
// function takes about 10 times as long.
import { describe, expect, it } from "vitest";
import * as lib from "../../src/index";
import { timeCall } from "../_timing";
import { PATTERNS } from "./adversarial";

const SMALL = 10_000;
const LARGE = 100_000;
const MAX_RATIO = 30;
/** Timer resolution and scheduling noise: a 10 kB time below this counts as this. */
const FLOOR_MS = 2;
/** A 10 kB run slower than this means something is badly wrong; the 100 kB run is skipped and the test fails. */
const SMALL_LIMIT_MS = 3000;

type Fn = (s: string) => unknown;

/** The functions under test: every extractor, splitter and normaliser of the public API. */
const FUNCTIONS: [string, Fn][] = [
  ["normalize", (s) => lib.normalize(s, { toneStyle: "new", decodeEntities: true })],
  ["decodeLegacy", (s) => lib.decodeLegacy(s)],
  ["detectEncoding", (s) => lib.detectEncoding(s)],
  ["splitParagraphs", (s) => lib.splitParagraphs(s)],
  ["splitSentences", (s) => lib.splitSentences(s)],
  ["tokenize", (s) => lib.tokenize(s)],
  ["segmentWords", (s) => lib.segmentWords(s)],
  ["stripChrome", (s) => lib.stripChrome(s)],
  ["extractEntities", (s) => lib.extractEntities(s, { referenceDate: "2020-07-01" })],
  ["findDocuments", (s) => lib.findDocuments(s)],
  ["findDates", (s) => lib.findDates(s)],
  ["findEvents", (s) => lib.findEvents(s)],
  ["findBodies", (s) => lib.findBodies(s)],
  ["findOfficials", (s) => lib.findOfficials(s)],
  ["parseArticle", (s) => lib.parseArticle(s)],
  ["parseArticle (Markdown)", (s) => lib.parseArticle(s, { format: "markdown" })],
  ["markdownLines", (s) => lib.markdownLines(s)],
  ["detectMarkdown", (s) => lib.detectMarkdown(s)],
  ["extractHtml", (s) => lib.extractHtml(s)],
  ["parseFeed", (s) => lib.parseFeed(s)],
];

/**
 * CPU time per call in ms (user + system, from `process.cpuUsage`), and its wall time from
 * `performance.now()`. The verdict uses CPU time: on this shared 2-core machine the load average
 * reached 16 during the evening, and a 100 kB run (tens of ms) was descheduled far more often than a
 * 1 ms run, so wall-clock ratios of 60-300x came from the scheduler while CPU-time ratios were 3-13x.
 * Catastrophic backtracking burns CPU, so CPU time still catches it.
 */
function time(fn: Fn, s: string, calls = 1): { cpu: number; wall: number } {
  return timeCall(() => fn(s), { runs: 1, calls });
}

interface Timing {
  small: number;
  large: number;
  smallWall: number;
  largeWall: number;
  limit: number;
}

/**
 * Calls per 10 kB sample: its time per call then carries its share of garbage collection, as the
 * 100 kB call's does (a single 10 kB call rarely triggers a collection, so linear code that builds
 * many objects looked 35-40x slower at 100 kB: parseArticle on blank lines, 1.6 vs 67 ms CPU, where
 * CPU time also counts V8's parallel collector threads).
 */
const SMALL_CALLS = 10;

/** Times `fn` on both sizes (min of up to 3 runs each, after a warm-up). */
function measure(fn: Fn, small: string, large: string): Timing {
  // warm-up on both sizes: lazy data, JIT (V8 deoptimises code the first time an array outgrows
  // what it allocates inline: new Array(66,667) for the lines of 100 kB of blank lines, on the first
  // large call only)
  fn(small);
  fn(large);
  const m: Timing = { small: Infinity, large: Infinity, smallWall: Infinity, largeWall: Infinity, limit: 0 };
  for (let i = 0; i < 3; i++) {
    const t = time(fn, small, SMALL_CALLS);
    m.small = Math.min(m.small, t.cpu);
    m.smallWall = Math.min(m.smallWall, t.wall);
  }
  m.limit = MAX_RATIO * Math.max(m.small, FLOOR_MS);
  if (m.small > SMALL_LIMIT_MS) return m;
  // Min of 3 runs; once one run is within the limit, the min is too.
  for (let i = 0; i < 3 && m.large > m.limit; i++) {
    const t = time(fn, large);
    m.large = Math.min(m.large, t.cpu);
    m.largeWall = Math.min(m.largeWall, t.wall);
  }
  return m;
}

describe("linear time on adversarial input", () => {
  for (const [name, fn] of FUNCTIONS) {
    describe(name, () => {
      for (const p of PATTERNS) {
        it(`should stay linear on ${p.name}`, () => {
          const small = p.make(SMALL);
          const large = p.make(LARGE);
          let m = measure(fn, small, large);
          // One retry absorbs a GC pause or a busy neighbour; a non-linear function fails both times.
          if (m.large > m.limit) m = measure(fn, small, large);
          const ms = (cpu: number, wall: number) => `${cpu.toFixed(2)} ms CPU (${wall.toFixed(2)} ms wall)`;
          const detail = `${name} on ${p.name}: 10 kB ${ms(m.small, m.smallWall)}, 100 kB ${ms(m.large, m.largeWall)}`;
          expect(m.large, detail).toBeLessThanOrEqual(m.limit);
        });
      }
    });
  }
});
