/**
 * `npm run audit:entities -- FILE.ndjson[.gz] [options]`: runs parseArticle on every record of a
 * crawl (as `vietnews parse --ndjson` does: a record's "text" with the format auto-detected) and
 * prints what a reader needs to judge the entity extractors' precision on pages nobody labelled:
 * - per kind (official, body, date, document, event): mentions, distinct mention texts, pages with
 *   at least one, and mentions whose offsets do not slice back to their text;
 * - a seeded random sample of mentions per kind, each with its record id, its key fields and the
 *   mention in context (⟦ ⟧ marks it, ⏎ a line break, ⇥ a tab).
 *
 * Mentions are taken from `article.entities` (offsets into `article.text`) and, when the Article has
 * a `titleEntities` field, from it too (offsets into `article.title`; labelled "title"). Records
 * whose parse throws are counted and listed, never fatal; so are pages where parseArticle caught a
 * stage's exception (its "… failed: …" warning), whose entities would otherwise look merely absent.
 *
 * Options:
 *   --ids A-B          only records whose id starts with a hex digit from A to B (e.g. c-f)
 *   --limit N          stop after N records (of those --ids keeps)
 *   --per-kind N       mentions sampled per kind (default 25)
 *   --seed S           any string (default "entities-audit"); the same seed gives the same output
 *   --context C        characters of context either side (default 60)
 *   --kinds a,b        sample only these kinds (the counts still cover every kind)
 *   --distinct         sample among the distinct mention texts of each kind, not among mentions:
 *                      a name repeated on a thousand pages counts once (its first occurrence shown)
 */
import { parseArgs } from "node:util";
import { type Entity, parseArticle } from "../src/index";
import { crawlRecords, idRange, seededRandom } from "./_crawl";

const KINDS = ["official", "body", "date", "document", "event"] as const;
type Kind = (typeof KINDS)[number];

/** One mention found in the crawl, with its context already cut (the article is not kept). */
interface Mention {
  id: string;
  /** "title" when it comes from `titleEntities`. */
  where: "text" | "title";
  entity: Entity;
  context: string;
  /** Whether `source.slice(start, end) === entity.text`. */
  slices: boolean;
}

interface KindStats {
  mentions: number;
  fromTitle: number;
  pages: number;
  mismatches: number;
  /** Occurrences of each distinct mention text. */
  texts: Map<string, number>;
  /** Every mention, or with --distinct the first occurrence of each distinct text. */
  population: Mention[];
}

/** A bad option: reported in one line, exit code 2. */
class UsageError extends Error {}

function range(spec: string | undefined): ((id: string) => boolean) | undefined {
  try {
    return idRange(spec);
  } catch (e) {
    throw new UsageError(`--ids: ${(e as Error).message}`);
  }
}

/** `k` items drawn uniformly without replacement (a partial Fisher–Yates shuffle of a copy). */
function sample<T>(items: readonly T[], k: number, random: () => number): T[] {
  const a = items.slice();
  const n = Math.min(k, a.length);
  for (let i = 0; i < n; i++) {
    const j = i + Math.floor(random() * (a.length - i));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a.slice(0, n);
}

function count(spec: string | undefined, name: string, fallback: number): number {
  if (spec === undefined) return fallback;
  const n = Number(spec);
  if (!Number.isInteger(n) || n < 0)
    throw new UsageError(`--${name} expects a whole number ≥ 0, got "${spec}"`);
  return n;
}

const visible = (s: string) => s.replace(/\r\n|\r|\n|\u2028|\u2029/g, "⏎").replace(/\t/g, "⇥");

/** `c` code units either side of [start, end), not splitting a surrogate pair. */
function context(source: string, start: number, end: number, c: number): string {
  let from = Math.max(0, start - c);
  let to = Math.min(source.length, end + c);
  if (from > 0 && /[\udc00-\udfff]/.test(source.charAt(from))) from--;
  if (to < source.length && /[\udc00-\udfff]/.test(source.charAt(to))) to++;
  return `${from > 0 ? "…" : ""}${visible(source.slice(from, start))}⟦${visible(source.slice(start, end))}⟧${visible(source.slice(end, to))}${to < source.length ? "…" : ""}`;
}

const q = (s: string | null | undefined) => (s === null || s === undefined ? "–" : JSON.stringify(s));
const v = (x: unknown) => (x === null || x === undefined ? "–" : String(x));

/** The mention's key fields, on one line. */
function fields(e: Entity): string {
  switch (e.kind) {
    case "official":
      return `name=${q(e.name)} titles=[${e.titles.map((t) => q(t)).join(", ")}]`;
    case "body":
      return `canonical=${q(e.canonical)} system=${v(e.system)} level=${v(e.level)}`;
    case "date":
      return `value=${v(e.value)}`;
    case "document":
      return `docType=${q(e.docType)} number=${q(e.number)} code=${q(e.code)} year=${v(e.year)} issuer=${q(e.issuer)}`;
    case "event":
      return `event=${v(e.event)} ordinal=${v(e.ordinal)} term=${v(e.term)}`;
    default:
      return JSON.stringify(e);
  }
}

const fmt = (n: number) => n.toLocaleString("en-US");

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    args: process.argv.slice(2),
    allowPositionals: true,
    options: {
      ids: { type: "string" },
      limit: { type: "string" },
      "per-kind": { type: "string" },
      seed: { type: "string" },
      context: { type: "string" },
      kinds: { type: "string" },
      distinct: { type: "boolean" },
    },
  });
  const file = positionals[0];
  if (!file) {
    console.error(
      "usage: npm run audit:entities -- FILE.ndjson[.gz] [--seed S] [--per-kind N] [--ids 8-f] [--limit N] [--context C] [--kinds body,date] [--distinct]",
    );
    process.exit(2);
  }
  const keep = range(values.ids);
  const limit = values.limit === undefined ? Number.POSITIVE_INFINITY : count(values.limit, "limit", 0);
  const perKind = count(values["per-kind"], "per-kind", 25);
  const width = count(values.context, "context", 60);
  const seed = values.seed ?? "entities-audit";
  const distinct = values.distinct === true;
  const isKind = (k: string): k is Kind => (KINDS as readonly string[]).includes(k);
  const only = new Set<string>(KINDS);
  if (values.kinds) {
    only.clear();
    for (const k of values.kinds.split(",").map((x) => x.trim())) {
      if (!isKind(k))
        throw new UsageError(`--kinds: unknown kind "${k}" (expected some of ${KINDS.join(", ")})`);
      only.add(k);
    }
  }

  const stats = new Map<string, KindStats>(
    KINDS.map((k) => [
      k,
      { mentions: 0, fromTitle: 0, pages: 0, mismatches: 0, texts: new Map(), population: [] },
    ]),
  );
  const mismatchExamples: string[] = [];
  const failures: { id: string; message: string }[] = [];
  // parseArticle catches a later stage's exception and names it in `warnings` ("entities failed: …"),
  // leaving that layer empty: such pages would otherwise pass for pages without entities
  const stageFailures = new Map<string, string[]>();
  const formats = new Map<string, number>();
  let records = 0;
  let parsed = 0;
  let withTitleField = 0;
  let parseMs = 0;
  const t0 = performance.now();

  for await (const r of crawlRecords(file, keep)) {
    if (records >= limit) break;
    records++;
    let article: ReturnType<typeof parseArticle>;
    const p0 = performance.now();
    try {
      // as the CLI reads a record's "text": format detected, tones preserved, no word spans
      article = parseArticle(r.text, { format: "auto", toneStyle: "preserve", words: false });
    } catch (e) {
      failures.push({ id: r.id, message: e instanceof Error ? e.message : String(e) });
      continue;
    } finally {
      parseMs += performance.now() - p0;
    }
    parsed++;
    for (const w of article.warnings) {
      if (w.code !== "stage-failed") continue;
      const ids = stageFailures.get(w.message) ?? [];
      stageFailures.set(w.message, ids);
      ids.push(r.id);
    }
    formats.set(article.input.format, (formats.get(article.input.format) ?? 0) + 1);
    const sources: { where: Mention["where"]; source: string; entities: readonly Entity[] }[] = [
      { where: "text", source: article.text, entities: article.entities },
    ];
    // titleEntities may not exist yet: read it only when the Article carries it
    const titleEntities = (article as { titleEntities?: unknown }).titleEntities;
    if (Array.isArray(titleEntities)) {
      withTitleField++;
      sources.push({ where: "title", source: article.title ?? "", entities: titleEntities as Entity[] });
    }
    const onPage = new Set<string>();
    for (const { where, source, entities } of sources) {
      for (const e of entities) {
        const s = stats.get(e.kind);
        if (!s) continue;
        onPage.add(e.kind);
        s.mentions++;
        if (where === "title") s.fromTitle++;
        const slices =
          Number.isInteger(e.start) &&
          Number.isInteger(e.end) &&
          e.start >= 0 &&
          e.start <= e.end &&
          e.end <= source.length &&
          source.slice(e.start, e.end) === e.text;
        if (!slices) {
          s.mismatches++;
          if (mismatchExamples.length < 10)
            mismatchExamples.push(
              `${r.id} ${where} ${e.kind} [${e.start}, ${e.end}) text=${q(e.text)} slice=${q(source.slice(e.start, e.end))}`,
            );
        }
        const n = s.texts.get(e.text) ?? 0;
        s.texts.set(e.text, n + 1);
        if (!only.has(e.kind) || (distinct && n > 0)) continue;
        s.population.push({
          id: r.id,
          where,
          entity: e,
          context: context(source, e.start, e.end, width),
          slices,
        });
      }
    }
    for (const k of onPage) stats.get(k)!.pages++;
  }
  const secs = (performance.now() - t0) / 1000;

  console.log(
    `# Entity audit: ${file}${values.ids ? ` (ids ${values.ids})` : ""}${Number.isFinite(limit) ? `, first ${fmt(limit)} records` : ""}\n`,
  );
  console.log(`seed ${JSON.stringify(seed)}, ${perKind} a kind, ${distinct ? "distinct texts" : "mentions"}`);
  console.log(
    withTitleField > 0
      ? `titleEntities: present on ${fmt(withTitleField)} of ${fmt(parsed)} pages (title mentions counted and labelled "title")`
      : "titleEntities: absent (body text only)",
  );
  console.log("\n## Mentions per kind\n");
  const head = ["kind", "mentions", "distinct", "pages", "in title", "bad offsets"];
  const rows = KINDS.map((k) => {
    const s = stats.get(k)!;
    return [k, fmt(s.mentions), fmt(s.texts.size), fmt(s.pages), fmt(s.fromTitle), fmt(s.mismatches)];
  });
  const w = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(w[i]) : c.padStart(w[i]))).join("  ");
  console.log(line(head));
  for (const r of rows) console.log(line(r));
  console.log(`\npages parsed: ${fmt(parsed)}`);
  if (stageFailures.size > 0) {
    console.log("\n## Stages that failed inside parseArticle (that layer is empty on these pages)\n");
    for (const [w, ids] of stageFailures)
      console.log(
        `${fmt(ids.length)} pages: ${w}\n    ${ids.slice(0, 10).join(" ")}${ids.length > 10 ? " …" : ""}`,
      );
  }
  if (mismatchExamples.length > 0) {
    console.log("\n## Mentions whose offsets do not slice back (first 10)\n");
    for (const m of mismatchExamples) console.log(m);
  }

  for (const k of KINDS) {
    if (!only.has(k)) continue;
    const s = stats.get(k)!;
    // one generator a kind, so a kind's sample does not depend on which other kinds --kinds keeps
    const picked = sample(s.population, perKind, seededRandom(`${seed}\u0000${k}`));
    const of = distinct
      ? `${fmt(s.population.length)} distinct texts`
      : `${fmt(s.population.length)} mentions`;
    console.log(`\n## Sample: ${k} (${picked.length} of ${of})\n`);
    picked.forEach((m, i) => {
      const tags = [
        m.where === "title" ? "title" : "",
        distinct ? `×${s.texts.get(m.entity.text)}` : "",
        m.slices ? "" : "BAD OFFSETS",
      ].filter(Boolean);
      console.log(`[${i + 1}] ${m.id}${tags.length > 0 ? `  (${tags.join(", ")})` : ""}`);
      console.log(`    ${fields(m.entity)}`);
      console.log(`    ${m.context}`);
    });
  }

  console.log(
    `\n${fmt(records)} records read, ${fmt(parsed)} parsed (${[...formats].map(([f, n]) => `${fmt(n)} ${f}`).join(", ") || "none"}), ${fmt(failures.length)} failed, ${fmt(new Set([...stageFailures.values()].flat()).size)} with a failed stage; ${secs.toFixed(1)} s (parseArticle ${(parseMs / 1000).toFixed(1)} s, ${(parsed / Math.max(parseMs / 1000, 1e-3)).toFixed(0)} pages/s)`,
  );
  if (failures.length > 0) {
    console.log("\n## Records that threw\n");
    for (const f of failures) console.log(`${f.id}: ${f.message}`);
  }
}

main().catch((e) => {
  if (e instanceof UsageError || String((e as { code?: unknown })?.code).startsWith("ERR_PARSE_ARGS")) {
    console.error(`audit:entities: ${e.message}`);
    process.exit(2);
  }
  console.error(e);
  process.exit(1);
});
