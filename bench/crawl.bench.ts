/**
 * parseArticle on the real crawl, stage by stage: the first 2,000 records of the crawl sample
 * (`../shared/corpus/tnt305-dev.ndjson.gz`; skipped when absent), read as plain text and as
 * Markdown. Each stage runs over all the records, on the previous stage's output, as parseArticle
 * runs it (decode, normalise, lines and chrome, Markdown rendering, content lines and header, body,
 * sentences, entities and people, JSON serialisation); its row gives MB/s of the input and its share
 * of the sum. A "parseArticle" row runs the whole function on the same records, as a check that the
 * stages add up. The issue's per-core goal is timed on the same records: parseArticle at the
 * baseline commit (bench/.baseline, when built) against this tree's, as text and as Markdown, in
 * turn over five rounds. Then the built CLI (`dist/cli.js`, skipped when absent) parses the same
 * records as NDJSON with 1 and 2 workers, and as two processes of one worker each on its two halves
 * at once, five alternating runs each (their median records/s and ratios to one worker, and how many
 * cores one worker keeps busy), with a loop of arithmetic run alone and as two copies in each round
 * (what the cores give work that stays in the cache), and the slice repeated four times once each
 * (peak RSS at 1x and 4x, from --stats). Run with
 * `npm run bench -- crawl`; the slice size is $VIETNEWS_CRAWL_RECORDS.
 */
import { spawnSync } from "node:child_process";
import { closeSync, existsSync, mkdtempSync, openSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { readInput } from "../src/article/_lib/read-input";
import { assembleBody } from "../src/article/assemble-body";
import { contentLines } from "../src/article/content-lines";
import { parseArticle } from "../src/article/index";
import { readHeader } from "../src/article/read-header";
import { stripChromeLines } from "../src/chrome/index";
import { extractEntities, groupPeople } from "../src/entities/index";
import { markdownLines } from "../src/markdown/index";
import { normalize, normalizeWithReport } from "../src/normalize/index";
import { splitSentences } from "../src/segment/index";
import { BASELINE_COMMIT, type BenchRow, baselineLib, byteLength, crawlTexts, median } from "./harness";

const LINE_BREAK = /\r\n|\r|\n|\u2028|\u2029/;
const REFERENCE = "2020-07-01";

/** Times one stage over every record: the median of `rounds` passes, in ms, and the last pass's outputs. */
function stage<I, O>(inputs: I[], fn: (x: I) => O, rounds: number): { ms: number; out: O[] } {
  let out: O[] = [];
  const times: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const t = performance.now();
    out = inputs.map(fn);
    times.push(performance.now() - t);
  }
  return { ms: median(times), out };
}

/** One run of the built CLI over an NDJSON file: seconds, records/s, CPU seconds (all its threads) and peak RSS from its --stats line. */
function cliRun(
  cli: string,
  file: string,
  workers: number,
  extra: string[] = [],
): { secs: number; perSec: number; cpu: number; rss: number } | null {
  const out = openSync("/dev/null", "w");
  try {
    const r = spawnSync(
      process.execPath,
      [cli, "parse", "--ndjson", "--stats", "--workers", String(workers), ...extra, file],
      {
        stdio: ["ignore", out, "pipe"],
        encoding: "utf8",
      },
    );
    const m = /, ([\d.]+) s, ([\d.]+) records\/s, CPU ([\d.]+) s, peak RSS (\d+) MB/.exec(r.stderr ?? "");
    return m ? { secs: Number(m[1]), perSec: Number(m[2]), cpu: Number(m[3]), rss: Number(m[4]) } : null;
  } finally {
    closeSync(out);
  }
}

/** A shell command running `a` and `b` at once: fails when either fails. */
function atOnce(a: string, b: string): string {
  return `${a} & ${b}; s=$?; wait $! || exit 1; exit $s`;
}

/**
 * Two runs of the built CLI at once, one worker each, over two files: the seconds of the slower, by
 * its --stats line (as cliRun, start-up left out), or null when either fails. Two processes share
 * nothing, so their speed over one is what this machine gives two copies of the job: the reference
 * for `--workers 2`.
 */
function cliPair(cli: string, a: string, b: string): number | null {
  const run = (file: string) =>
    `"${process.execPath}" "${cli}" parse --ndjson --stats --workers 1 "${file}" > /dev/null`;
  const r = spawnSync("/bin/sh", ["-c", atOnce(run(a), run(b))], {
    stdio: ["ignore", "ignore", "pipe"],
    encoding: "utf8",
  });
  const secs = [...(r.stderr ?? "").matchAll(/ 0 failed, ([\d.]+) s,/g)].map((m) => Number(m[1]));
  return r.status === 0 && secs.length === 2 ? Math.max(...secs) : null;
}

/**
 * The machine's own scaling on work that stays in the cache: a loop of integer arithmetic (about
 * 1.4 s), one process and then two at once; their times in ms, or null when a run fails. Two free
 * cores run two in the time of one. The CLI's processes read tables and allocate far more; this
 * tells the cores from the rest of the machine.
 */
function loopTimes(): [number, number] | null {
  // in a function V8 optimises as a whole: a loop at the top level of `-e` ran in 5 or 10 s by
  // when V8 happened to replace it with optimised code
  const loop =
    "function f(n){let x=0;for(let i=0;i<n;i++)x=(Math.imul(x,31)+i)|0;return x}let s=0;for(let k=0;k<100;k++)s^=f(1e7);if(s===1)console.log(s)";
  const one = `"${process.execPath}" -e "${loop}"`;
  const time = (command: string): number | null => {
    const t = performance.now();
    const r = spawnSync("/bin/sh", ["-c", command], { stdio: "ignore" });
    return r.status === 0 ? performance.now() - t : null;
  };
  const a = time(one);
  const b = time(atOnce(one, one));
  return a === null || b === null ? null : [a, b];
}

/**
 * Workers and memory: the built CLI on the slice with 1 and 2 workers, and two copies with one
 * worker each on its two halves (the machine's own scaling, see cliPair); on the slice four times;
 * then the same with --low-memory, once each.
 */
function workerRows(texts: string[], bytes: number): BenchRow[] {
  const cli = resolve(__dirname, "..", "dist", "cli.js");
  if (!existsSync(cli)) return [];
  const dir = mkdtempSync(join(tmpdir(), "vietnews-bench-"));
  try {
    const records = texts.map((t, k) => JSON.stringify({ id: k, text: t }));
    const lines = records.join("\n");
    const once = join(dir, "slice.ndjson");
    const four = join(dir, "slice4.ndjson");
    writeFileSync(once, `${lines}\n`);
    writeFileSync(four, `${[lines, lines, lines, lines].join("\n")}\n`);
    const half = records.length >> 1;
    const halves = [join(dir, "half1.ndjson"), join(dir, "half2.ndjson")];
    writeFileSync(halves[0], `${records.slice(0, half).join("\n")}\n`);
    writeFileSync(halves[1], `${records.slice(half).join("\n")}\n`);
    const one: number[] = [];
    const oneCpu: number[] = [];
    const two: number[] = [];
    const pair: number[] = [];
    const loopOne: number[] = [];
    const loopTwo: number[] = [];
    let rss1 = 0;
    let rss2 = 0;
    for (let r = 0; r < 5; r++) {
      const a = cliRun(cli, once, 1);
      const b = cliRun(cli, once, 2);
      const c = cliPair(cli, halves[0], halves[1]);
      if (!a || !b || c === null) return [];
      one.push(a.secs);
      oneCpu.push(a.cpu / a.secs);
      two.push(b.secs);
      pair.push(c);
      const l = loopTimes();
      if (l) {
        loopOne.push(l[0]);
        loopTwo.push(l[1]);
      }
      rss1 = Math.max(rss1, a.rss);
      rss2 = Math.max(rss2, b.rss);
    }
    const group = `crawl (${texts.length} records) through the CLI, --ndjson`;
    const four1 = cliRun(cli, four, 1);
    const four2 = cliRun(cli, four, 2);
    // one worker keeps more than one core busy (V8's collector and compiler run beside it), so two
    // cores give two workers at most 2 / that many times its speed
    const busy = median(oneCpu);
    // two copies of the loop against one: the ratio of their medians' speeds
    const loops = loopOne.length > 0 ? (2 * median(loopOne)) / median(loopTwo) : null;
    const rows: BenchRow[] = [
      {
        group,
        name: "--workers 1",
        median: median(one) * 1000,
        runs: 5,
        bytes,
        units: texts.length,
        unitName: "records",
        note: `peak RSS ${rss1} MB; ${four1 ? `${four1.rss} MB at 4x the slice` : "4x run failed"}; CPU ${busy.toFixed(2)}x the wall time (all threads), so two cores allow at most ${(2 / busy).toFixed(2)}x`,
      },
      {
        group,
        name: "--workers 2",
        median: median(two) * 1000,
        runs: 5,
        bytes,
        units: texts.length,
        unitName: "records",
        baseline: "--workers 1",
        note: `${(median(one) / median(two)).toFixed(2)}x the records/s of 1 worker; peak RSS ${rss2} MB; ${four2 ? `${four2.rss} MB at 4x the slice` : "4x run failed"}`,
      },
      {
        group,
        name: "2 processes, 1 worker each, on the two halves",
        median: median(pair) * 1000,
        runs: 5,
        bytes,
        units: texts.length,
        unitName: "records",
        baseline: "--workers 1",
        note: `${(median(one) / median(pair)).toFixed(2)}x the records/s of 1 worker: what this machine gives two copies of the job that share nothing${loops === null ? "" : `; two copies of a loop of arithmetic, ${loopOne.length} runs: ${loops.toFixed(2)}x one`}`,
      },
    ];
    // --low-memory: one run each of 1 and 2 workers, on the slice and on it four times
    const low = [cliRun(cli, once, 1, ["--low-memory"]), cliRun(cli, once, 2, ["--low-memory"])];
    const low4 = [cliRun(cli, four, 1, ["--low-memory"]), cliRun(cli, four, 2, ["--low-memory"])];
    low.forEach((r, k) => {
      if (!r) return;
      const four = low4[k];
      rows.push({
        group,
        name: `--workers ${k + 1} --low-memory`,
        median: r.secs * 1000,
        runs: 1,
        bytes,
        units: texts.length,
        unitName: "records",
        baseline: `--workers ${k + 1}`,
        note: `peak RSS ${r.rss} MB; ${four ? `${four.rss} MB at 4x the slice (${four.secs.toFixed(1)} s)` : "4x run failed"}`,
      });
    });
    return rows;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Runs the benchmark. */
export function run(): BenchRow[] {
  const n = Number(process.env.VIETNEWS_CRAWL_RECORDS ?? 2000);
  const texts = crawlTexts(n);
  if (!texts) return [];
  const bytes = texts.reduce((s, t) => s + byteLength(t), 0);
  const rows: BenchRow[] = [];
  const rounds = 3;
  for (const format of ["text", "markdown"] as const) {
    const group = `crawl (${texts.length} records, ${(bytes / 1e6).toFixed(1)} MB) as ${format}, by stage`;
    const times: [string, number][] = [];
    const read = stage(texts, (t) => readInput(t, 5_000_000), rounds);
    times.push(["decode", read.ms]);
    const norm = stage(read.out, (r) => normalizeWithReport(r.text, { decodeEntities: true }).text, rounds);
    times.push(["normalise", norm.ms]);
    const chrome = stage(
      norm.out,
      (text) => {
        const lines = text.split(LINE_BREAK);
        return { lines, stripped: stripChromeLines(lines) };
      },
      rounds,
    );
    times.push(["lines and chrome", chrome.ms]);
    const md = stage(
      chrome.out,
      ({ lines, stripped }) =>
        format === "markdown"
          ? markdownLines(stripped.map((l, i) => l.kept ?? (l.kind === "blank" ? lines[i] : "")).join("\n"))
          : null,
      rounds,
    );
    if (format === "markdown") times.push(["Markdown rendering", md.ms]);
    const head = stage(
      chrome.out.map((c, i) => ({ ...c, md: md.out[i] })),
      ({ lines, stripped, md: rendered }) => {
        const { content } = contentLines(lines, stripped, rendered);
        const header = readHeader(
          content.map((l) => l.text),
          { topHeading: rendered !== null && content.length > 0 && rendered[content[0].index].heading === 1 },
        );
        return { content, header, md: rendered };
      },
      rounds,
    );
    times.push(["content lines and header", head.ms]);
    const body = stage(
      head.out,
      ({ content, header, md: rendered }) => ({
        title: header.title,
        date: header.published?.date,
        body: assembleBody(
          content.filter((_, k) => k > header.titleLine && k !== header.bylineLine),
          { markdown: rendered, html: undefined, normalizeAnchor: (a) => normalize(a) },
        ),
      }),
      rounds,
    );
    times.push(["body and structure", body.ms]);
    const sentences = stage(
      body.out,
      // the whole text at once, as parseArticle splits it (its own token table, made here)
      ({ body: b }) => splitSentences(b.text).length,
      rounds,
    );
    times.push(["sentences", sentences.ms]);
    const entities = stage(
      body.out,
      ({ title, date, body: b }) => {
        const referenceDate = date ?? REFERENCE;
        const found = extractEntities(b.text, { referenceDate });
        if (title) extractEntities(title, { referenceDate });
        return groupPeople(found).length;
      },
      rounds,
    );
    times.push(["entities and people", entities.ms]);
    const articles = texts.map((t) => parseArticle(t, { format, referenceDate: REFERENCE }));
    const json = stage(articles, (a) => JSON.stringify(a).length, rounds);
    times.push(["JSON serialisation", json.ms]);
    const sum = times.reduce((s, [, ms]) => s + ms, 0);
    for (const [name, ms] of times) {
      rows.push({
        group,
        name,
        median: ms,
        runs: rounds,
        bytes,
        units: texts.length,
        unitName: "records",
        note: `${((ms / sum) * 100).toFixed(0)}% of the stages`,
      });
    }
    rows.push({
      group,
      name: "sum of the stages",
      median: sum,
      runs: rounds,
      bytes,
      units: texts.length,
      unitName: "records",
    });
    const whole = stage(texts, (t) => parseArticle(t, { format, referenceDate: REFERENCE }), rounds);
    rows.push({
      group,
      name: "parseArticle (and JSON)",
      median: whole.ms + json.ms,
      runs: rounds,
      bytes,
      units: texts.length,
      unitName: "records",
      baseline: "sum of the stages",
    });
  }
  rows.push(...goalRows(texts, bytes));
  rows.push(...workerRows(texts, bytes));
  return rows;
}

/**
 * The throughput issue's per-core goal, measured as it is written: parseArticle over this slice at
 * the baseline commit (which reads every record as plain text) and in this tree, as text and as
 * Markdown. One pass over the slice each, in turn, five rounds after one uncounted pass each (the
 * compiler's); each one's median pass. None when the baseline is not built
 * (`scripts/build-baseline.sh 2ec34ed`).
 */
function goalRows(texts: string[], bytes: number): BenchRow[] {
  const old = baselineLib(BASELINE_COMMIT) as { parseArticle: (t: string) => unknown } | null;
  if (!old) {
    process.stderr.write(
      `crawl.bench: bench/.baseline/${BASELINE_COMMIT} is absent (scripts/build-baseline.sh ${BASELINE_COMMIT}); no per-core goal rows\n`,
    );
    return [];
  }
  const runs: [string, (t: string) => unknown][] = [
    [`parseArticle at ${BASELINE_COMMIT}`, (t) => old.parseArticle(t)],
    ["parseArticle as text (this tree)", (t) => parseArticle(t, { format: "text" })],
    ["parseArticle as Markdown (this tree)", (t) => parseArticle(t, { format: "markdown" })],
  ];
  const pass = (fn: (t: string) => unknown) => {
    const t0 = performance.now();
    for (const t of texts) fn(t);
    return performance.now() - t0;
  };
  for (const [, fn] of runs) pass(fn);
  const rounds = 5;
  const times: number[][] = runs.map(() => []);
  for (let r = 0; r < rounds; r++) for (let k = 0; k < runs.length; k++) times[k].push(pass(runs[k][1]));
  const group = `crawl (${texts.length} records): the per-core goal, against ${BASELINE_COMMIT}`;
  const base = median(times[0]);
  return runs.map(([name], k) => ({
    group,
    name,
    median: median(times[k]),
    runs: rounds,
    bytes,
    units: texts.length,
    unitName: "records",
    ...(k === 0
      ? {}
      : {
          baseline: runs[0][0],
          note: `speed ${(base / median(times[k])).toFixed(2)}x that of ${BASELINE_COMMIT}${BASELINE_COMMIT === "2ec34ed" ? " (goal: 2x)" : ""}`,
        }),
  }));
}
