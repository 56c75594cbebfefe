/**
 * `npm run build:data [-- --check]`: runs every `scripts/build-data-*.ts`. Each exports
 * `outputs(): { path: string; content: string }[]` (paths relative to the repo root) that compile
 * human-editable files in `data/` into generated modules under `src/<stage>/_data/`. Without
 * `--check` the files are written; with it, the run fails when a generated file is stale.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";

async function main(): Promise<void> {
  const check = process.argv.includes("--check");
  const root = resolve(__dirname, "..");
  const scripts = readdirSync(__dirname)
    .filter((f) => /^build-data-.+\.ts$/.test(f))
    .sort();
  let stale = 0;
  for (const s of scripts) {
    const mod = (await import(join(__dirname, s))) as {
      outputs: () => { path: string; content: string }[] | Promise<{ path: string; content: string }[]>;
    };
    for (const out of await mod.outputs()) {
      const file = join(root, out.path);
      const current = existsSync(file) ? readFileSync(file, "utf8") : null;
      if (current === out.content) continue;
      if (check) {
        stale++;
        console.error(`stale: ${out.path} (from ${s}); run npm run build:data`);
      } else {
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(file, out.content);
        console.log(`wrote ${out.path}`);
      }
    }
  }
  if (stale) process.exit(1);
  console.log(check ? `build:data: ${scripts.length} scripts, all generated files fresh` : "build:data done");
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
