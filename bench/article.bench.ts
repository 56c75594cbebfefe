/**
 * parseArticle throughput: articles per second and MB/s on the seed article and on the dev articles
 * (`../shared/dev/*.json` texts, when present), single-threaded, entities on. Stage rows break the
 * seed's time down (normalise, chrome, sentences, entities, words); "parseArticle" rows are the
 * baselines of their group. Against the baseline commit (bench/.baseline, when built): the seed, the
 * dev articles, and the first 300 crawl records read as text and as Markdown.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { parseArticle } from "../src/article/index";
import { classifyLines } from "../src/chrome/index";
import { extractEntities, groupPeople } from "../src/entities/index";
import { normalizeWithReport } from "../src/normalize/index";
import { segmentWords, splitSentences } from "../src/segment/index";
import {
  againstBaseline,
  BASELINE_COMMIT,
  type BenchRow,
  baselineLib,
  byteLength,
  crawlTexts,
  devArticleTexts,
  measure,
  measurePair,
} from "./harness";

const BASELINE = BASELINE_COMMIT;

function fmt(n: number): string {
  return n >= 1000 ? `${(n / 1000).toFixed(1)}k` : n.toFixed(0);
}

/** Runs the benchmark. */
export function run(): BenchRow[] {
  const rows: BenchRow[] = [];
  const seed = readFileSync(resolve(__dirname, "..", "examples", "quang-tri-party-building.txt"), "utf8");
  const seedBytes = byteLength(seed);
  const group = "article (seed)";
  const add = (name: string, fn: () => unknown, units = 1, bytes = seedBytes, g = group) => {
    const m = measure(fn, { minTimeMs: 1500 });
    // CPU time per call as well: on a shared, loaded machine wall-clock medians of multi-millisecond
    // calls include time slices given to other processes
    const reps = Math.max(5, Math.min(200, Math.round(300 / Math.max(m.median, 0.01))));
    const c0 = process.cpuUsage();
    for (let i = 0; i < reps; i++) fn();
    const c = process.cpuUsage(c0);
    const cpu = (c.user + c.system) / 1000 / reps;
    rows.push({
      note: `cpu ${cpu.toFixed(3)} ms/call (${fmt(units / (cpu / 1000))} articles/s)`,
      group: g,
      name,
      median: m.median,
      runs: m.runs,
      bytes,
      units,
      unitName: "articles",
      baseline: name === "parseArticle" ? undefined : "parseArticle",
    });
  };
  add("parseArticle", () => parseArticle(seed));
  add("parseArticle words:true", () => parseArticle(seed, { words: true }));

  // stage breakdown on the seed, each stage on the input it gets inside parseArticle
  const norm = normalizeWithReport(seed, { decodeEntities: true }).text;
  const lines = norm.split("\n");
  const article = parseArticle(seed);
  add("  normalizeWithReport", () => normalizeWithReport(seed, { decodeEntities: true }));
  add("  classifyLines (chrome)", () => classifyLines(lines));
  add("  splitSentences (with its token table)", () => splitSentences(article.text));
  add("  extractEntities + groupPeople", () =>
    groupPeople(extractEntities(article.text, { referenceDate: article.published?.date ?? "2020-07-01" })),
  );
  add("  segmentWords", () => segmentWords(article.text));

  const texts = devArticleTexts();
  // the same articles through the library at the baseline commit, in alternating rounds
  const old = baselineLib(BASELINE) as { parseArticle: (s: string) => unknown } | null;
  const pairs: [string, string[]][] = [[`article (seed) vs ${BASELINE}`, [seed]]];
  if (texts) pairs.push([`article (dev, ${texts.length}) vs ${BASELINE}`, texts]);
  if (!old) {
    process.stderr.write(
      `article.bench: bench/.baseline/${BASELINE} is absent (scripts/build-baseline.sh ${BASELINE}); no same-run comparison\n`,
    );
  }
  for (const [g, list] of old ? pairs : []) {
    rows.push(
      ...againstBaseline(
        g,
        "parseArticle",
        list,
        (t) => old?.parseArticle(t),
        (t) => parseArticle(t),
      ),
    );
  }
  // Markdown against plain text on the same crawl pages: the first 300 records of the sample, read
  // as Markdown (the parser and the rendering) and as plain text, in alternating rounds
  const crawl = crawlTexts(300);
  if (crawl) {
    const g = `article (crawl, ${crawl.length}) markdown vs text`;
    const bytes = crawl.reduce((n, t) => n + byteLength(t), 0);
    const [a, b] = measurePair(
      () => {
        for (const t of crawl) parseArticle(t, { format: "text" });
      },
      () => {
        for (const t of crawl) parseArticle(t, { format: "markdown" });
      },
      { rounds: 5, minTimeMs: 1000 },
    );
    rows.push({
      group: g,
      name: "parseArticle as text",
      median: a.median,
      runs: a.runs,
      bytes,
      units: crawl.length,
      unitName: "articles",
    });
    rows.push({
      group: g,
      name: "parseArticle as Markdown",
      median: b.median,
      runs: b.runs,
      bytes,
      units: crawl.length,
      unitName: "articles",
      baseline: "parseArticle as text",
      note: `speed ${(a.median / b.median).toFixed(2)}x that of plain text`,
    });
    // the same crawl pages against the baseline commit (which reads every page as plain text):
    // throughput's per-core goal, as text and as Markdown
    for (const format of old ? (["text", "markdown"] as const) : []) {
      rows.push(
        ...againstBaseline(
          `article (crawl, ${crawl.length}) as ${format === "text" ? "text" : "Markdown"} vs ${BASELINE}`,
          "parseArticle",
          crawl,
          (t) => old?.parseArticle(t),
          (t) => parseArticle(t, { format }),
        ),
      );
    }
  }
  if (texts) {
    const bytes = texts.reduce((n, t) => n + byteLength(t), 0);
    add(
      "parseArticle",
      () => {
        for (const t of texts) parseArticle(t);
      },
      texts.length,
      bytes,
      `article (dev, ${texts.length} articles)`,
    );
  }
  return rows;
}
