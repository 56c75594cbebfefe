/**
 * The time `require("vietnews")` takes in a fresh Node process (the built CommonJS entry, dist/),
 * median of 7 processes, beside the baseline commit's build when bench/.baseline/<commit> exists.
 * Skips with a message when dist/ is not built.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { BASELINE_COMMIT, type BenchRow } from "./harness";

const BASELINE = BASELINE_COMMIT;
const SCRIPT =
  "const t = process.hrtime.bigint(); require(process.argv[1]); process.stdout.write(String(Number(process.hrtime.bigint() - t) / 1e6));";

/** Median milliseconds of `require(entry)` over fresh processes. */
function requireTime(entry: string, runs = 7): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const r = spawnSync(process.execPath, ["-e", SCRIPT, entry], { encoding: "utf8" });
    if (r.status === 0) times.push(Number(r.stdout));
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? Number.NaN;
}

/** Runs the import benchmark. */
export function run(): BenchRow[] {
  const entry = resolve(__dirname, "..", "dist", "index.cjs");
  if (!existsSync(entry)) {
    process.stderr.write("import.bench: dist/ is not built (npm run build); skipped\n");
    return [];
  }
  const rows: BenchRow[] = [];
  const old = resolve(__dirname, ".baseline", BASELINE, "dist", "index.cjs");
  if (existsSync(old)) {
    rows.push({
      group: "require('vietnews'), fresh process",
      name: `at ${BASELINE}`,
      median: requireTime(old),
      runs: 7,
    });
  }
  rows.push({
    group: "require('vietnews'), fresh process",
    name: "this tree (dist/)",
    median: requireTime(entry),
    runs: 7,
    baseline: existsSync(old) ? `at ${BASELINE}` : undefined,
    note: "goal < 50 ms (issue 16)",
  });
  return rows;
}
