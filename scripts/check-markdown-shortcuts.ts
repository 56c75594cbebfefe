/**
 * `npm run check:markdown-shortcuts -- FILE.ndjson[.gz]`: renders every record of a crawl with
 * markdownLines (its shortcuts: plain headings and items written directly, windows of lines, plain
 * runs shortened, runs parsed together) and with markdownLinesByRun (every run parsed whole), and
 * counts the lines where they differ, with the first examples, and the time each took.
 */
import { markdownLines, markdownLinesByRun } from "../src/markdown/index";
import { crawlRecords } from "./_crawl";

async function main(): Promise<void> {
  const file = process.argv[2];
  if (!file) {
    console.error("usage: npm run check:markdown-shortcuts -- FILE.ndjson[.gz]");
    process.exit(1);
  }
  let pages = 0;
  let lines = 0;
  let differ = 0;
  let fast = 0;
  let byRun = 0;
  for await (const r of crawlRecords(file)) {
    pages++;
    let t0 = performance.now();
    const a = markdownLines(r.text);
    fast += performance.now() - t0;
    t0 = performance.now();
    const b = markdownLinesByRun(r.text);
    byRun += performance.now() - t0;
    lines += a.length;
    for (let i = 0; i < a.length; i++) {
      if (JSON.stringify(a[i]) === JSON.stringify(b[i])) continue;
      differ++;
      if (differ <= 10) console.log(JSON.stringify({ id: r.id, line: i, shortcuts: a[i], byRun: b[i] }));
    }
  }
  console.log(`${pages} pages, ${lines} lines: ${differ} lines differ`);
  console.log(
    `markdownLines ${(fast / 1000).toFixed(1)} s, markdownLinesByRun ${(byRun / 1000).toFixed(1)} s (${(byRun / fast).toFixed(2)}x)`,
  );
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
