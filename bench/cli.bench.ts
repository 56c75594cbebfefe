/**
 * Batch throughput and memory of the command line: articles per second through
 * `vietnews parse --ndjson` with 1 and 2 worker threads on the same input (and the speed-up), and
 * peak RSS while streaming large NDJSON files. Runs the built CLI (dist/cli.js: `npm run build` first).
 *
 * Sizes: VIETNEWS_BENCH_ARTICLES (default 240) records for throughput; VIETNEWS_BENCH_STREAM_MB
 * (default 1024) for the streaming run, whose records carry no text, so each is read, JSON-parsed and
 * answered with an error record: it measures the reader, batching, ordering and backpressure at full
 * size; VIETNEWS_BENCH_PARSE_MB (default 4) of real articles measures the parse pipeline's working set.
 */
import { spawnSync } from "node:child_process";
import { closeSync, existsSync, openSync, readFileSync, rmSync, statSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { type BenchRow, measure, median } from "./harness";

const ROOT = resolve(__dirname, "..");
const CLI = join(ROOT, "dist", "cli.js");

function articleRecords(count: number): string[] {
  const seed = readFileSync(join(ROOT, "examples", "quang-tri-party-building.txt"), "utf8");
  const pages = ["provincial-party-paper", "government-portal", "national-daily"].map((n) =>
    readFileSync(join(ROOT, "test", "fixtures", "html", `${n}.html`), "utf8"),
  );
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    out.push(
      i % 2 === 0
        ? JSON.stringify({ id: i, text: seed })
        : JSON.stringify({ id: i, html: pages[i % 3], url: `https://bao.example.vn/${i}` }),
    );
  }
  return out;
}

/** Writes `lines` cyclically (with fresh ids) until the file holds `mb` megabytes. */
function writeFile(
  path: string,
  mb: number,
  make: (i: number) => string,
): { bytes: number; records: number } {
  const fd = openSync(path, "w");
  const target = mb * 1024 * 1024;
  let bytes = 0;
  let records = 0;
  let buf = "";
  while (bytes < target) {
    const line = `${make(records++)}\n`;
    buf += line;
    bytes += Buffer.byteLength(line);
    if (buf.length > 1 << 20) {
      writeSync(fd, buf);
      buf = "";
    }
  }
  writeSync(fd, buf);
  closeSync(fd);
  return { bytes, records };
}

function runCli(
  args: string[],
  inputFile: string,
): { ms: number; rssMb: number; cpu: number; code: number | null } {
  const t = performance.now();
  const fd = openSync(inputFile, "r");
  const r = spawnSync(process.execPath, [CLI, "parse", "--ndjson", "--stats", "--no-progress", ...args], {
    stdio: [fd, "ignore", "pipe"],
    encoding: "utf8",
  });
  closeSync(fd);
  const ms = performance.now() - t;
  const m = /CPU ([\d.]+) s, peak RSS (\d+) MB/.exec(r.stderr ?? "");
  if (!m) throw new Error(`vietnews parse failed: ${r.stderr}`);
  return { ms, cpu: Number(m[1]), rssMb: Number(m[2]), code: r.status };
}

export function run(): BenchRow[] {
  if (!existsSync(CLI)) throw new Error(`${CLI} not found: run "npm run build" first`);
  const rows: BenchRow[] = [];
  const count = Number(process.env.VIETNEWS_BENCH_ARTICLES ?? 240);
  const records = articleRecords(count);
  const small = join(tmpdir(), `vietnews-bench-${process.pid}.ndjson`);
  const stream = join(tmpdir(), `vietnews-bench-stream-${process.pid}.ndjson`);
  const parse = join(tmpdir(), `vietnews-bench-parse-${process.pid}.ndjson`);
  try {
    const text = `${records.join("\n")}\n`;
    const fd = openSync(small, "w");
    writeSync(fd, text);
    closeSync(fd);
    const bytes = statSync(small).size;
    let rss1 = 0;
    let rss2 = 0;
    const cpu1: number[] = [];
    const cpu2: number[] = [];
    const one = measure(
      () => {
        const r = runCli(["--workers", "1"], small);
        rss1 = Math.max(rss1, r.rssMb);
        cpu1.push(r.cpu);
      },
      { minRuns: 3, minTimeMs: 0, warmup: 0 },
    );
    const two = measure(
      () => {
        const r = runCli(["--workers", "2"], small);
        rss2 = Math.max(rss2, r.rssMb);
        cpu2.push(r.cpu);
      },
      { minRuns: 3, minTimeMs: 0, warmup: 0 },
    );
    const speedup = one.median / two.median;
    rows.push({
      group: "cli parse --ndjson",
      name: "1 worker",
      ...one,
      bytes,
      units: count,
      unitName: "articles",
      note: `peak RSS ${rss1} MB; CPU ${median(cpu1).toFixed(1)} s; process start included`,
    });
    rows.push({
      group: "cli parse --ndjson",
      name: "2 workers",
      ...two,
      bytes,
      units: count,
      unitName: "articles",
      baseline: "1 worker",
      note: `speed-up ${speedup.toFixed(2)}x; peak RSS ${rss2} MB; CPU ${median(cpu2).toFixed(1)} s`,
    });

    const streamMb = Number(process.env.VIETNEWS_BENCH_STREAM_MB ?? 1024);
    if (streamMb > 0) {
      const pad = "Bộ Chính trị họp. ".repeat(400);
      const made = writeFile(stream, streamMb, (i) => JSON.stringify({ id: i, note: pad }));
      const r = runCli(["--workers", "1"], stream);
      rows.push({
        group: "cli memory",
        name: `stream ${streamMb} MB NDJSON, 1 worker`,
        median: r.ms,
        runs: 1,
        bytes: made.bytes,
        units: made.records,
        unitName: "records",
        note: `peak RSS ${r.rssMb} MB, CPU ${r.cpu.toFixed(0)} s (records without text: read, JSON-parsed, error record written)`,
      });
      rmSync(stream, { force: true });
    }
    const parseMb = Number(process.env.VIETNEWS_BENCH_PARSE_MB ?? 4);
    if (parseMb > 0) {
      const made = writeFile(parse, parseMb, (i) =>
        records[i % records.length].replace(/^\{"id":\d+/, `{"id":${i}`),
      );
      const r = runCli(["--workers", "1"], parse);
      rows.push({
        group: "cli memory",
        name: `parse ${parseMb} MB NDJSON articles, 1 worker`,
        median: r.ms,
        runs: 1,
        bytes: made.bytes,
        units: made.records,
        unitName: "articles",
        note: `peak RSS ${r.rssMb} MB, CPU ${r.cpu.toFixed(1)} s`,
      });
    }
  } finally {
    for (const f of [small, stream, parse]) rmSync(f, { force: true });
  }
  return rows;
}
