/**
 * parseArticle on the real crawl, stage by stage: the first 2,000 records of the crawl sample
 * (`../shared/corpus/tnt305-dev.ndjson.gz`; skipped when absent), read as plain text and as
 * Markdown. Each stage runs over all the records, on the previous stage's output, as parseArticle
 * runs it (decode, normalise, lines and chrome, Markdown rendering, content lines and header, body,
 * sentences, entities and people, JSON serialisation); its row gives MB/s of the input and its share
 * of the sum. A "parseArticle" row runs the whole function on the same records, as a check that the
 * stages add up. Run with `npm run bench -- crawl`; the slice size is $VIETNEWS_CRAWL_RECORDS.
 */
import { readInput } from "../src/article/_lib/read-input";
import { assembleBody } from "../src/article/assemble-body";
import { contentLines } from "../src/article/content-lines";
import { parseArticle } from "../src/article/index";
import { readHeader } from "../src/article/read-header";
import { stripChromeLines } from "../src/chrome/index";
import { extractEntities, groupPeople } from "../src/entities/index";
import { markdownLines } from "../src/markdown/index";
import { normalize, normalizeWithReport } from "../src/normalize/index";
import { splitSentences } from "../src/segment/index";
import { type BenchRow, byteLength, crawlTexts } from "./harness";

const LINE_BREAK = /\r\n|\r|\n|\u2028|\u2029/;
const REFERENCE = "2020-07-01";

/** Times one stage over every record: the median of `rounds` passes, in ms, and the last pass's outputs. */
function stage<I, O>(inputs: I[], fn: (x: I) => O, rounds: number): { ms: number; out: O[] } {
  let out: O[] = [];
  const times: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const t = performance.now();
    out = inputs.map(fn);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return { ms: times[times.length >> 1], out };
}

/** Runs the benchmark. */
export function run(): BenchRow[] {
  const n = Number(process.env.VIETNEWS_CRAWL_RECORDS ?? 2000);
  const texts = crawlTexts(n);
  if (!texts) return [];
  const bytes = texts.reduce((s, t) => s + byteLength(t), 0);
  const rows: BenchRow[] = [];
  const rounds = 3;
  for (const format of ["text", "markdown"] as const) {
    const group = `crawl (${texts.length} records, ${(bytes / 1e6).toFixed(1)} MB) as ${format}, by stage`;
    const times: [string, number][] = [];
    const read = stage(texts, (t) => readInput(t, 5_000_000), rounds);
    times.push(["decode", read.ms]);
    const norm = stage(read.out, (r) => normalizeWithReport(r.text, { decodeEntities: true }).text, rounds);
    times.push(["normalise", norm.ms]);
    const chrome = stage(
      norm.out,
      (text) => {
        const lines = text.split(LINE_BREAK);
        return { lines, stripped: stripChromeLines(lines) };
      },
      rounds,
    );
    times.push(["lines and chrome", chrome.ms]);
    const md = stage(
      chrome.out,
      ({ lines, stripped }) =>
        format === "markdown"
          ? markdownLines(stripped.map((l, i) => l.kept ?? (l.kind === "blank" ? lines[i] : "")).join("\n"))
          : null,
      rounds,
    );
    if (format === "markdown") times.push(["Markdown rendering", md.ms]);
    const head = stage(
      chrome.out.map((c, i) => ({ ...c, md: md.out[i] })),
      ({ lines, stripped, md: rendered }) => {
        // stripChromeLines' removed arrays are filled by contentLines: copy them per pass
        const fresh = stripped.map((l) => ({ ...l, removed: [...l.removed] }));
        const { content } = contentLines(lines, fresh, rendered);
        const header = readHeader(
          content.map((l) => l.text),
          { topHeading: rendered !== null && content.length > 0 && rendered[content[0].index].heading === 1 },
        );
        return { content, header, md: rendered };
      },
      rounds,
    );
    times.push(["content lines and header", head.ms]);
    const body = stage(
      head.out,
      ({ content, header, md: rendered }) => ({
        title: header.title,
        date: header.published?.date,
        body: assembleBody(
          content.filter((_, k) => k > header.titleLine && k !== header.bylineLine),
          { markdown: rendered, html: undefined, normalizeAnchor: (a) => normalize(a) },
        ),
      }),
      rounds,
    );
    times.push(["body and structure", body.ms]);
    const sentences = stage(
      body.out,
      ({ body: b }) => b.paragraphs.reduce((k, p) => k + splitSentences(p.text).length, 0),
      rounds,
    );
    times.push(["sentences", sentences.ms]);
    const entities = stage(
      body.out,
      ({ title, date, body: b }) => {
        const referenceDate = date ?? REFERENCE;
        const found = extractEntities(b.text, { referenceDate });
        if (title) extractEntities(title, { referenceDate });
        return groupPeople(found).length;
      },
      rounds,
    );
    times.push(["entities and people", entities.ms]);
    const articles = texts.map((t) => parseArticle(t, { format, referenceDate: REFERENCE }));
    const json = stage(articles, (a) => JSON.stringify(a).length, rounds);
    times.push(["JSON serialisation", json.ms]);
    const sum = times.reduce((s, [, ms]) => s + ms, 0);
    for (const [name, ms] of times) {
      rows.push({
        group,
        name,
        median: ms,
        runs: rounds,
        bytes,
        units: texts.length,
        unitName: "records",
        note: `${((ms / sum) * 100).toFixed(0)}% of the stages`,
      });
    }
    rows.push({
      group,
      name: "sum of the stages",
      median: sum,
      runs: rounds,
      bytes,
      units: texts.length,
      unitName: "records",
    });
    const whole = stage(texts, (t) => parseArticle(t, { format, referenceDate: REFERENCE }), rounds);
    rows.push({
      group,
      name: "parseArticle (and JSON)",
      median: whole.ms + json.ms,
      runs: rounds,
      bytes,
      units: texts.length,
      unitName: "records",
      baseline: "sum of the stages",
    });
  }
  return rows;
}
