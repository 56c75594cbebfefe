/**
 * The time `require("vietnews")` takes in a fresh Node process (the built CommonJS entry, dist/),
 * median of 7 processes, beside the baseline commit's build when bench/.baseline/<commit> exists;
 * and the install a consumer gets (the packed tarball into an empty project: time, `du -sk`).
 * Skips with a message when dist/ is not built.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { BASELINE_COMMIT, type BenchRow, median } from "./harness";

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
  return times.length ? median(times) : Number.NaN;
}

/**
 * The consumer's install: the packed tarball installed with npm into an empty project, as
 * test/consumer/check.sh does in CI; its time and the size of `node_modules` (`du -sk`). Null when
 * packing or installing fails (no npm registry or cache).
 */
function installRow(): BenchRow | null {
  const root = resolve(__dirname, "..");
  const dir = mkdtempSync(join(tmpdir(), "vietnews-install-"));
  try {
    const npm = (args: string[], cwd: string) => spawnSync("npm", args, { cwd, encoding: "utf8" });
    if (npm(["pack", "--silent", "--pack-destination", dir], root).status !== 0) return null;
    const tgz = readdirSync(dir).find((f) => f.endsWith(".tgz"));
    if (!tgz) return null;
    writeFileSync(join(dir, "package.json"), '{"name":"consumer","version":"1.0.0","private":true}\n');
    const t = performance.now();
    if (npm(["install", "--no-audit", "--no-fund", "--silent", `./${tgz}`], dir).status !== 0) return null;
    const ms = performance.now() - t;
    const du = spawnSync("du", ["-sk", join(dir, "node_modules")], { encoding: "utf8" });
    const kb = Number.parseInt(du.stdout, 10);
    return {
      group: "npm install of the packed tarball, empty project",
      name: "this tree",
      median: ms,
      runs: 1,
      note: `node_modules ${kb} kB (du -sk; goal < 15 MB, issue 16)`,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
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
  const install = installRow();
  if (install) rows.push(install);
  else process.stderr.write("import.bench: npm could not pack or install the tarball; no install row\n");
  return rows;
}
