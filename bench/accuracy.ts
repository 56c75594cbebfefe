/**
 * `npm run bench:accuracy [filter]`: runs every `bench/accuracy/*.ts` (each exports
 * `run(shared: string): string | Promise<string>`, returning a printable report) against the data
 * in `../shared`. Skips with a message when that folder is absent.
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { sharedDir } from "./harness";

async function main(): Promise<void> {
  const shared = sharedDir();
  if (!shared) {
    console.log("bench:accuracy: ../shared is absent (set VIETNEWS_SHARED to its path); nothing to score.");
    return;
  }
  const filter = process.argv[2];
  const dir = join(__dirname, "accuracy");
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(".ts"))
    .filter((f) => !filter || f.includes(filter))
    .sort();
  for (const f of files) {
    const mod = (await import(join(dir, f))) as { run: (shared: string) => string | Promise<string> };
    console.log(`\n## ${f.replace(/\.ts$/, "")}\n`);
    console.log(await mod.run(shared));
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
