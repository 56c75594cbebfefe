/**
 * parseArticle's cost per crawl page in machine instructions, counted by valgrind's callgrind: the
 * working tree's build (`dist/index.cjs`) against 2ec34ed's (`scripts/build-baseline.sh 2ec34ed`),
 * as plain text and as Markdown. Times on this shared 2-core machine move by a tenth between runs;
 * these counts do not depend on what else the machine does. They are not time (a cache miss costs
 * no instruction), but they tell apart changes of a few percent, which a clock here cannot.
 *
 * node runs in V8's predictable mode (one thread: the optimising compiler and the collector run on
 * it; fixed hash and random seeds). The child parses the pages WARM times uncounted, turns counting
 * on (`callgrind_control -i on`) and parses them PASSES times more. Where a recompilation or a full
 * collection falls moves the total by up to 10% (warm-ups of 10 to 30 passes gave 13.67–15.02M a
 * page), so each build is counted twice, once whole and once only inside V8's compiler and
 * collector (`--toggle-collect`), and the row is the difference: the parsing itself, 13.02–13.13M a
 * page over the same warm-ups. The second figure is in the note. Slow (three minutes), so it runs
 * only when named: `npm run bench -- instructions`. Skipped without valgrind, `../shared` or
 * `dist/`. $VIETNEWS_INSTRUCTION_PAGES sets the pages (the first 40 of the crawl sample).
 */
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { type BenchRow, byteLength, crawlTexts } from "./harness";

const WARM = 10;
const PASSES = 4;
const REFERENCE = "2020-07-01";

// the child: loads one build, parses the pages WARM times, has callgrind count from then on, and
// parses them PASSES times; the baseline has no format option and is given the text alone
const CHILD = `
const fs = require("fs");
const { spawn } = require("child_process");
const [lib, file, format] = process.argv.slice(2);
const parse = require(lib).parseArticle;
const texts = JSON.parse(fs.readFileSync(file, "utf8"));
const opts = format === "-" ? undefined : { format, referenceDate: "${REFERENCE}" };
for (let k = 0; k < ${WARM}; k++) for (const t of texts) parse(t, opts);
spawn("callgrind_control", ["-i", "on", String(process.pid)], { stdio: "ignore" }).on("close", (code) => {
  if (code !== 0) process.exit(3);
  for (let k = 0; k < ${PASSES}; k++) for (const t of texts) parse(t, opts);
});
`;

/** True when a command is on the PATH. */
function onPath(command: string): boolean {
  return (process.env.PATH ?? "").split(":").some((d) => d && existsSync(join(d, command)));
}

// V8's optimising compiler and its collector, whose turns fall where they happen to. With
// counting switched on mid-run and these toggles, callgrind counts only inside them (checked: the
// counts move with the warm-up's length as the whole counts do, and the difference stays level)
const V8_WORK = ["v8::internal::Compiler::Compile*", "v8::internal::Heap::CollectGarbage(*"];

/**
 * Instructions counted in one run of the child under callgrind (only inside V8_WORK when `v8Only`),
 * or null when it fails.
 */
function count(args: string[], v8Only: boolean): Promise<number | null> {
  return new Promise((done) => {
    const p = spawn(
      "valgrind",
      [
        "--tool=callgrind",
        "--instr-atstart=no",
        ...(v8Only ? ["--collect-atstart=yes", ...V8_WORK.map((f) => `--toggle-collect=${f}`)] : []),
        "--callgrind-out-file=/dev/null",
        process.execPath,
        "--predictable",
        "--hash-seed=1",
        "--random-seed=1",
        ...args,
      ],
      { stdio: ["ignore", "ignore", "pipe"] },
    );
    let err = "";
    p.stderr.on("data", (d: Buffer) => {
      err += d.toString();
    });
    p.on("close", (code) => {
      const m = /Collected\s*:\s*([\d,]+)/.exec(err);
      done(code === 0 && m ? Number(m[1].replace(/,/g, "")) : null);
    });
    p.on("error", () => done(null));
  });
}

/** Runs the benchmark. */
export async function run(): Promise<BenchRow[]> {
  const named = process.argv.slice(2).some((a) => a && "instructions.bench.ts".includes(a));
  if (!named) return [];
  const dist = resolve(__dirname, "..", "dist", "index.cjs");
  const base = resolve(__dirname, ".baseline", "2ec34ed", "dist", "index.cjs");
  const pages = Number(process.env.VIETNEWS_INSTRUCTION_PAGES ?? 40);
  const texts = crawlTexts(pages);
  const tools = ["valgrind", "callgrind_control"];
  if (!tools.every(onPath) || !texts || !existsSync(dist)) {
    process.stderr.write("instructions.bench: needs valgrind, ../shared/corpus and dist/; skipped\n");
    return [];
  }
  const dir = mkdtempSync(join(tmpdir(), "vietnews-instr-"));
  try {
    const child = join(dir, "child.js");
    const file = join(dir, "texts.json");
    writeFileSync(child, CHILD);
    writeFileSync(file, JSON.stringify(texts));
    const bytes = texts.reduce((s, t) => s + byteLength(t), 0);
    const builds: [string, string, string][] = [
      ["this tree as text", dist, "text"],
      ["this tree as Markdown", dist, "markdown"],
    ];
    if (existsSync(base)) builds.unshift(["2ec34ed", base, "-"]);
    else process.stderr.write("instructions.bench: no 2ec34ed build (scripts/build-baseline.sh 2ec34ed)\n");
    // two at a time (a count does not depend on what the other core does): each build whole and
    // inside V8's compiler and collector only
    const jobs = builds.flatMap(([, lib, format]) =>
      [false, true].map((v8Only) => ({ lib, format, v8Only })),
    );
    const counts: (number | null)[] = [];
    for (let i = 0; i < jobs.length; i += 2) {
      const pair = jobs.slice(i, i + 2).map((j) => count([child, j.lib, file, j.format], j.v8Only));
      counts.push(...(await Promise.all(pair)));
    }
    const group = `crawl (${pages} records, ${WARM} passes to warm up), instructions per record`;
    const rows: BenchRow[] = [];
    builds.forEach(([name], i) => {
      const whole = counts[2 * i];
      const v8 = counts[2 * i + 1];
      if (whole === null || v8 === null || whole === undefined || v8 === undefined) {
        process.stderr.write(`instructions.bench: ${name} failed under valgrind\n`);
        return;
      }
      const perPage = (whole - v8) / PASSES / pages;
      rows.push({
        group,
        name,
        median: perPage / 1e6,
        runs: PASSES,
        baseline: name === "2ec34ed" || !existsSync(base) ? undefined : "2ec34ed",
        ratioOf: "the instructions",
        note: `${(perPage / 1e6).toFixed(2)}M instructions per record parsing, ${((whole - v8) / PASSES / bytes).toFixed(0)} per byte; compiler and collector ${(v8 / PASSES / pages / 1e6).toFixed(2)}M more (the median column is millions of instructions, not ms)`,
      });
    });
    return rows;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
