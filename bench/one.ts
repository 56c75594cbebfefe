/**
 * One benchmark file in a process of its own, for `bench/run.ts`: imports the file named by
 * $VIETNEWS_BENCH_FILE, runs it and writes its rows as JSON to $VIETNEWS_BENCH_OUT. The command's
 * own arguments (the filter) are passed on, since a case may read them (`instructions` runs only
 * when named).
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import type { BenchRow } from "./harness";

async function main(): Promise<void> {
  const file = process.env.VIETNEWS_BENCH_FILE;
  const out = process.env.VIETNEWS_BENCH_OUT;
  if (!file || !out) throw new Error("bench/one.ts: set VIETNEWS_BENCH_FILE and VIETNEWS_BENCH_OUT");
  const mod = (await import(join(__dirname, file))) as { run: () => BenchRow[] | Promise<BenchRow[]> };
  writeFileSync(out, JSON.stringify(await mod.run()));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
