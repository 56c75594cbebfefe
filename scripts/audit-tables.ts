/**
 * `npm run audit:tables -- FILE.ndjson[.gz] [--sample N] [--seed S]`: renders every record of a crawl
 * with markdownLines, counts the table rows (lines with two or more cells), the rows of dashes only
 * (a delimiter row whose table did not form) and the rows opening with Wikipedia's edit label, and
 * prints a seeded random sample of rows, source and rendering, to be read by hand.
 */
import { parseArgs } from "node:util";
import { markdownLines } from "../src/markdown/index";
import { crawlRecords, seededRandom } from "./_crawl";

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { sample: { type: "string", default: "15" }, seed: { type: "string", default: "20261205" } },
  });
  const file = positionals[0];
  if (!file) {
    console.error("usage: npm run audit:tables -- FILE.ndjson[.gz] [--sample N] [--seed S]");
    process.exit(1);
  }
  const rows: { id: string; source: string; text: string }[] = [];
  const pages = new Set<string>();
  for await (const r of crawlRecords(file)) {
    const source = r.text.split("\n");
    markdownLines(r.text).forEach((l, i) => {
      if (!l.cells || l.cells.length < 2) return;
      rows.push({ id: r.id, source: source[i], text: l.text });
      pages.add(r.id);
    });
  }
  const dashes = rows.filter((r) => r.text.split("\t").every((c) => /^:?-*:?$/.test(c))).length;
  const editLabel = rows.filter((r) => r.text.startsWith("[sửa\t")).length;
  console.log(
    `${rows.length} table rows on ${pages.size} pages; ${dashes} of dashes only; ${editLabel} open with "[sửa"`,
  );
  const random = seededRandom(values.seed as string);
  for (let k = 0; k < Number(values.sample) && rows.length; k++) {
    const r = rows[Math.floor(random() * rows.length)];
    console.log(
      `--- ${r.id}\n  source ${JSON.stringify(r.source.slice(0, 160))}\n  text   ${JSON.stringify(r.text.slice(0, 160))}`,
    );
  }
}

main();
