/**
 * The corpus boilerplate profile: learnBoilerplate's throughput on the crawl sample in
 * `../shared/corpus` (skipped without it), learning from texts already in memory (the learner
 * alone) and in one streaming pass over the gzipped NDJSON file (reading, gunzip and JSON
 * included), and its peak memory when the stream is the sample once and four times over: the
 * sketch has a fixed size, so memory must not grow with the corpus.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { crawlRecords } from "../scripts/_crawl";
import { BoilerplateLearner } from "../src/chrome/boilerplate";
import { type BenchRow, byteLength, measure, ROOT, sharedDir, tsScript } from "./harness";

function child(
  file: string,
  repeat: number,
): { bytes: number; ms: number; documents: number; maxRSS: number } {
  const r = spawnSync(
    process.execPath,
    [...tsScript(join(__dirname, "boilerplate-child.ts")), file, String(repeat)],
    { cwd: ROOT, encoding: "utf8", maxBuffer: 1 << 20 },
  );
  if (r.status !== 0) throw new Error(`boilerplate-child failed: ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split("\n").pop() ?? "{}");
}

/** Runs the benchmark. */
export async function run(): Promise<BenchRow[]> {
  const shared = sharedDir();
  const file = shared ? join(shared, "corpus", "tnt305-dev.ndjson.gz") : "";
  if (!shared || !existsSync(file)) {
    process.stderr.write("boilerplate.bench: ../shared/corpus is absent; skipped\n");
    return [];
  }
  const rows: BenchRow[] = [];
  const texts: string[] = [];
  for await (const r of crawlRecords(file)) texts.push(r.text);
  const bytes = texts.reduce((n, t) => n + byteLength(t), 0);
  const m = measure(
    () => {
      const l = new BoilerplateLearner();
      for (const t of texts) l.add(t);
      return l.profile();
    },
    { minTimeMs: 3000, minRuns: 3 },
  );
  rows.push({
    group: "boilerplate profile",
    name: "BoilerplateLearner.add (texts in memory)",
    median: m.median,
    runs: m.runs,
    bytes,
    units: texts.length,
    unitName: "documents",
  });
  const once = child(file, 1);
  const four = child(file, 4);
  for (const [name, r] of [
    ["learnBoilerplate, streaming the .ndjson.gz once", once],
    ["learnBoilerplate, streaming it 4 times over", four],
  ] as const) {
    rows.push({
      group: "boilerplate profile",
      name,
      median: r.ms,
      runs: 1,
      bytes: r.bytes,
      units: r.documents,
      unitName: "documents",
      note: `peak RSS ${r.maxRSS.toFixed(0)} MB (the process, ts-node included)`,
    });
  }
  return rows;
}
