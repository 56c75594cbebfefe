/**
 * A small benchmark harness: time a function repeatedly, report the median, and print rows as a
 * table with throughput and the ratio against a named baseline row of the same group.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { gunzipSync } from "node:zlib";

/** One measured row. `median` is milliseconds per call. */
export interface BenchRow {
  group: string;
  name: string;
  median: number;
  runs: number;
  /** UTF-8 bytes processed per call, for MB/s. */
  bytes?: number;
  /** Domain units per call (syllables, articles, ...), for units/s. */
  units?: number;
  unitName?: string;
  /** Name of the row in the same group this one is compared with. */
  baseline?: string;
  /** Free-form extra figure (e.g. "peak RSS 120 MB"). */
  note?: string;
  /** What the ratio to the baseline compares, when `median` is not a time ("the instructions"). */
  ratioOf?: string;
}

/** Times `fn` until `minTimeMs` has passed and at least `minRuns` calls were made; returns the median ms. */
export function measure(
  fn: () => unknown,
  opts: { minTimeMs?: number; minRuns?: number; maxRuns?: number; warmup?: number } = {},
): { median: number; runs: number } {
  const { minTimeMs = 1500, minRuns = 5, maxRuns = 10_000, warmup = 2 } = opts;
  for (let i = 0; i < warmup; i++) fn();
  const samples: number[] = [];
  const t0 = performance.now();
  while (samples.length < maxRuns && (samples.length < minRuns || performance.now() - t0 < minTimeMs)) {
    const s = performance.now();
    fn();
    samples.push(performance.now() - s);
  }
  return { median: median(samples), runs: samples.length };
}

/**
 * The median of some numbers (the mean of the middle two for an even count; 0 for none), the one
 * every bench reports.
 */
export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length === 0 ? 0 : s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** UTF-8 length of a string. */
export function byteLength(s: string): number {
  return Buffer.byteLength(s, "utf8");
}

/** The shared data folder (`../shared` beside the repo, or $VIETNEWS_SHARED), or null when absent. */
export function sharedDir(): string | null {
  const dir = process.env.VIETNEWS_SHARED ?? resolve(__dirname, "..", "..", "shared");
  return existsSync(dir) ? dir : null;
}

/**
 * The texts of the first `n` records of the crawl sample (`../shared/corpus/tnt305-dev.ndjson.gz`),
 * or null when it is absent. Reads the file whole (25 MB gzipped): for benchmarks only.
 */
export function crawlTexts(n: number): string[] | null {
  const dir = sharedDir();
  const file = dir ? resolve(dir, "corpus", "tnt305-dev.ndjson.gz") : null;
  if (!file || !existsSync(file)) return null;
  const out: string[] = [];
  const all = gunzipSync(readFileSync(file)).toString("utf8");
  let at = 0;
  while (out.length < n && at < all.length) {
    let end = all.indexOf("\n", at);
    if (end < 0) end = all.length;
    const line = all.slice(at, end).trim();
    at = end + 1;
    if (!line) continue;
    const r = JSON.parse(line) as { text?: unknown };
    if (typeof r.text === "string") out.push(r.text);
  }
  return out;
}

/** The texts of the gold-annotated articles in `../shared/dev`, in file order, or null when absent. */
export function devArticleTexts(): string[] | null {
  const shared = sharedDir();
  if (!shared) return null;
  const dir = join(shared, "dev");
  return readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => (JSON.parse(readFileSync(join(dir, f), "utf8")) as { text: string }).text);
}

/** Formats rows as a fixed-width table. */
export function formatTable(rows: BenchRow[]): string {
  const head = ["group", "name", "median ms", "MB/s", "units/s", "vs baseline", "note"];
  const body = rows.map((r) => {
    const base = r.baseline ? rows.find((b) => b.group === r.group && b.name === r.baseline) : undefined;
    const mbs = r.bytes ? (r.bytes / 1e6 / (r.median / 1000)).toFixed(1) : "";
    const ups = r.units ? `${fmtNum(r.units / (r.median / 1000))} ${r.unitName ?? ""}`.trim() : "";
    const ratio = base
      ? `${(r.median / base.median).toFixed(2)}x ${r.ratioOf ?? "time"} of ${base.name}`
      : "";
    return [r.group, r.name, r.median.toFixed(3), mbs, ups, ratio, r.note ?? ""];
  });
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i])).join(" | ");
  return [line(head), widths.map((w) => "-".repeat(w)).join("-|-"), ...body.map(line)].join("\n");
}

function fmtNum(n: number): string {
  if (n >= 1e6) return `${(n / 1e6).toFixed(2)}M`;
  if (n >= 1e3) return `${(n / 1e3).toFixed(1)}k`;
  return n.toFixed(1);
}

/**
 * The library built at another commit (by `scripts/build-baseline.sh <commit>`), or null when it has
 * not been built: benches time it in the same run as the working tree.
 */
export function baselineLib(commit: string): Record<string, unknown> | null {
  const file = resolve(__dirname, ".baseline", commit, "dist", "index.cjs");
  if (!existsSync(file)) return null;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(file) as Record<string, unknown>;
}

/**
 * Times two functions in alternating rounds (A, B, A, B, ...) and returns each one's median over the
 * rounds' medians, so both see the same machine load.
 */
export function measurePair(
  a: () => unknown,
  b: () => unknown,
  opts: { rounds?: number; minTimeMs?: number } = {},
): [{ median: number; runs: number }, { median: number; runs: number }] {
  const rounds = opts.rounds ?? 5;
  const ma: number[] = [];
  const mb: number[] = [];
  let runsA = 0;
  let runsB = 0;
  for (let r = 0; r < rounds; r++) {
    const x = measure(a, { minTimeMs: opts.minTimeMs ?? 400, minRuns: 3 });
    const y = measure(b, { minTimeMs: opts.minTimeMs ?? 400, minRuns: 3 });
    ma.push(x.median);
    mb.push(y.median);
    runsA += x.runs;
    runsB += y.runs;
  }
  return [
    { median: median(ma), runs: runsA },
    { median: median(mb), runs: runsB },
  ];
}

/**
 * The commit the issues measure speed against (built by scripts/build-baseline.sh); the environment
 * variable VIETNEWS_BASELINE names another built one, for a before/after comparison of a change.
 */
/** The package's root folder, where the benchmarks' TypeScript children run (its tsconfig holds ts-node's settings). */
export const ROOT = resolve(__dirname, "..");

/**
 * The arguments that run a TypeScript file of the benchmarks in a node process of its own, through
 * ts-node (with `cwd: ROOT`): `spawnSync(process.execPath, [...tsScript(file), ...args], { cwd: ROOT })`.
 */
export function tsScript(file: string): string[] {
  return [join(ROOT, "node_modules", "ts-node", "dist", "bin.js"), file];
}

export const BASELINE_COMMIT = process.env.VIETNEWS_BASELINE || "2ec34ed";

/**
 * Runs one function of the library at the baseline commit and of this tree over the same texts in
 * alternating rounds, and returns the two rows: the baseline's, then this tree's with the ratio.
 *
 * @param group - the rows' group
 * @param fn - the function's name, for the row names
 * @param texts - the inputs, each passed once per call
 * @param old - the function at the baseline commit
 * @param now - the function of this tree
 * @param goal - text added to the note (" (goal >= 0.8x)"), if any
 */
export function againstBaseline(
  group: string,
  fn: string,
  texts: readonly string[],
  old: (t: string) => unknown,
  now: (t: string) => unknown,
  goal = "",
): BenchRow[] {
  const bytes = texts.reduce((n, t) => n + byteLength(t), 0);
  const [a, b] = measurePair(
    () => {
      for (const t of texts) old(t);
    },
    () => {
      for (const t of texts) now(t);
    },
  );
  const base = `${fn} at ${BASELINE_COMMIT}`;
  const common = { group, bytes, units: texts.length, unitName: "articles" };
  return [
    { ...common, name: base, median: a.median, runs: a.runs },
    {
      ...common,
      name: `${fn} (this tree)`,
      median: b.median,
      runs: b.runs,
      baseline: base,
      note: `speed ${(a.median / b.median).toFixed(2)}x that of ${BASELINE_COMMIT}${goal}`,
    },
  ];
}
