/**
 * extractEntities throughput (MB/s) on the seed article and on the dev articles of ../shared, with the
 * sub-extractors of entities A (documents, events, dates) measured alone for comparison; and
 * extractEntities against the library at commit 2ec34ed on the dev articles and on 300 crawl pages, in
 * alternating rounds of the same run.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { extractEntities, findDates, findDocuments, findEvents } from "../src/entities/index";
import {
  againstBaseline,
  BASELINE_COMMIT,
  type BenchRow,
  baselineLib,
  byteLength,
  crawlTexts,
  devArticleTexts,
  measure,
} from "./harness";

const BASELINE = BASELINE_COMMIT;

/** Runs the entities benchmarks. */
export function run(): BenchRow[] {
  const seed = readFileSync(resolve(__dirname, "..", "examples", "quang-tri-party-building.txt"), "utf8");
  // four copies that differ by trailing spaces, so no cache keyed on the string (the match key, V8's
  // regexp result cache) makes repeated runs look faster than a stream of distinct articles
  const copies = [0, 1, 2, 3].map((n) => seed + " ".repeat(n));
  const corpora: [string, string[]][] = [["seed article x4 copies", copies]];
  const texts = devArticleTexts();
  if (texts) {
    corpora.push([`dev articles (${texts.length})`, texts]);
  }
  const rows: BenchRow[] = [];
  for (const [label, texts] of corpora) {
    const bytes = texts.reduce((n, t) => n + byteLength(t), 0);
    const fns: [string, (t: string) => unknown][] = [
      ["extractEntities", (t) => extractEntities(t)],
      ["findDocuments", findDocuments],
      ["findEvents", findEvents],
      ["findDates", (t) => findDates(t)],
    ];
    for (const [name, fn] of fns) {
      const { median, runs } = measure(() => {
        for (const t of texts) fn(t);
      });
      rows.push({
        group: `entities: ${label}`,
        name,
        median,
        runs,
        bytes,
        units: texts.length,
        unitName: "articles",
        baseline: name === "extractEntities" ? undefined : "extractEntities",
      });
    }
  }
  const old = baselineLib(BASELINE) as { extractEntities: (s: string) => unknown } | null;
  if (!old) {
    process.stderr.write(
      `entities.bench: bench/.baseline/${BASELINE} is absent (scripts/build-baseline.sh ${BASELINE}); no same-run comparison\n`,
    );
    return rows;
  }
  const pairs: [string, string[]][] = [];
  if (texts) pairs.push([`dev articles (${texts.length})`, texts]);
  const crawl = crawlTexts(300);
  if (crawl) pairs.push([`crawl pages (${crawl.length})`, crawl]);
  for (const [label, list] of pairs) {
    rows.push(
      ...againstBaseline(
        `extractEntities: ${label} vs ${BASELINE}`,
        "extractEntities",
        list,
        (t) => old.extractEntities(t),
        (t) => extractEntities(t),
        " (goal >= 0.8x)",
      ),
    );
  }
  return rows;
}
