/**
 * `npm run bench [filter]`: runs every `bench/*.bench.ts` (each exports `run(): BenchRow[] |
 * Promise<BenchRow[]>`), prints one table, and writes the rows with the machine's description to
 * `bench/results/latest.json`. Absolute times drift on a shared machine: read medians and ratios.
 *
 * Each file runs in a node process of its own (`bench/one.ts`), so no case is timed in a heap, a
 * set of caches and compiled code that the cases before it left: run after the crawl case in one
 * process, `segmentWords` measured 1.63M syllables/s against 1.83–1.87M alone (2026-12-07).
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import { join } from "node:path";
import { type BenchRow, formatTable, ROOT, tsScript } from "./harness";

/** Runs one bench file in a fresh process and returns its rows, or null when it fails. */
function runFile(file: string, filter: string | undefined, dir: string): BenchRow[] | null {
  const out = join(dir, `${file}.json`);
  const r = spawnSync(
    process.execPath,
    [...tsScript(join(__dirname, "one.ts")), ...(filter ? [filter] : [])],
    {
      cwd: ROOT,
      stdio: ["ignore", "inherit", "inherit"],
      env: { ...process.env, VIETNEWS_BENCH_FILE: file, VIETNEWS_BENCH_OUT: out },
    },
  );
  if (r.status !== 0) {
    process.stderr.write(`${file}: failed (exit status ${r.status ?? r.signal})\n`);
    return null;
  }
  return JSON.parse(readFileSync(out, "utf8")) as BenchRow[];
}

function main(): void {
  const filter = process.argv[2];
  const files = readdirSync(__dirname)
    .filter((f) => f.endsWith(".bench.ts"))
    .filter((f) => !filter || f.includes(filter))
    .sort();
  const rows: BenchRow[] = [];
  const failed: string[] = [];
  const dir = mkdtempSync(join(tmpdir(), "vietnews-bench-"));
  try {
    for (const f of files) {
      const t = Date.now();
      const got = runFile(f, filter, dir);
      if (got === null) {
        failed.push(f);
        continue;
      }
      rows.push(...got);
      process.stderr.write(`${f}: ${got.length} rows in ${((Date.now() - t) / 1000).toFixed(1)} s\n`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const machine = `Node ${process.version}, ${cpus()[0]?.model ?? "unknown CPU"} x${cpus().length}`;
  console.log(`vietnews benchmarks (${machine}); medians of repeated runs, single-threaded unless noted\n`);
  console.log(formatTable(rows));
  mkdirSync(join(__dirname, "results"), { recursive: true });
  writeFileSync(
    join(__dirname, "results", "latest.json"),
    `${JSON.stringify({ machine, date: new Date().toISOString(), rows }, null, 2)}\n`,
  );
  // the other files' rows are printed and kept; the run still fails
  if (failed.length) {
    process.stderr.write(`bench: ${failed.join(", ")} failed\n`);
    process.exitCode = 1;
  }
}

main();
