/**
 * `npm run bench [filter]`: runs every `bench/*.bench.ts` (each exports `run(): BenchRow[] |
 * Promise<BenchRow[]>`), prints one table, and writes the rows with the machine's description to
 * `bench/results/latest.json`. Absolute times drift on a shared machine: read medians and ratios.
 */
import { mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { cpus } from "node:os";
import { join } from "node:path";
import { type BenchRow, formatTable } from "./harness";

async function main(): Promise<void> {
  const filter = process.argv[2];
  const files = readdirSync(__dirname)
    .filter((f) => f.endsWith(".bench.ts"))
    .filter((f) => !filter || f.includes(filter))
    .sort();
  const rows: BenchRow[] = [];
  for (const f of files) {
    const mod = (await import(join(__dirname, f))) as { run: () => BenchRow[] | Promise<BenchRow[]> };
    const t = Date.now();
    const got = await mod.run();
    rows.push(...got);
    process.stderr.write(`${f}: ${got.length} rows in ${((Date.now() - t) / 1000).toFixed(1)} s\n`);
  }
  const machine = `Node ${process.version}, ${cpus()[0]?.model ?? "unknown CPU"} x${cpus().length}`;
  console.log(`vietnews benchmarks (${machine}); medians of repeated runs, single-threaded unless noted\n`);
  console.log(formatTable(rows));
  mkdirSync(join(__dirname, "results"), { recursive: true });
  writeFileSync(
    join(__dirname, "results", "latest.json"),
    `${JSON.stringify({ machine, date: new Date().toISOString(), rows }, null, 2)}\n`,
  );
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
