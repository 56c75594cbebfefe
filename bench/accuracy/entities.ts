/**
 * Scores `extractEntities` against the gold files in `../shared/dev/*.json` (spec/annotation.md): for each
 * kind, precision, recall and F1 of exact spans (kind + start + end), and the accuracy of the key field on
 * matched spans (official name, date value, document code or type+number, body canonical, event
 * ordinal+term). Predictions inside the gold chrome lines are left out (parseArticle strips chrome first;
 * the gold has no entities there). No reference date is passed: yearless dates resolve from the text itself (a "Hôm nay
 * <date>" lead or a dateline line, else a full date within ten days), as the gold convention asks.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Entity } from "../../src/core/types";
import { extractEntities, findDates } from "../../src/entities/index";

interface Gold {
  id: string;
  text: string;
  chrome?: string[];
  entities: (Entity & Record<string, unknown>)[];
}

const KINDS = ["document", "event", "date", "body", "official"] as const;

/** The key field of an entity, as a comparable string. */
function keyField(e: Record<string, unknown>): string {
  switch (e.kind) {
    case "official":
      return String(e.name);
    case "date":
      return String(e.value);
    case "document":
      return e.code ? `code:${e.code}` : `${e.docType}|${e.number}`;
    case "body":
      return String(e.canonical);
    default:
      return `${e.ordinal}|${e.term}`;
  }
}

interface Tally {
  tp: number;
  fp: number;
  fn: number;
  keyOk: number;
  misses: string[];
}

/**
 * Offsets of the gold chrome lines. The gold has no entities inside chrome, and `parseArticle` strips
 * chrome before extracting, so predictions there are not scored.
 */
function chromeRanges(text: string, chrome: string[]): [number, number][] {
  const out: [number, number][] = [];
  let at = 0;
  for (const line of chrome) {
    const i = text.indexOf(line, at);
    if (i < 0) continue;
    out.push([i, i + line.length]);
    at = i + line.length;
  }
  return out;
}

/** Scores every dev file and returns the printable report. */
export function run(shared: string): string {
  const dir = join(shared, "dev");
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort();
  const tally = new Map<string, Tally>(KINDS.map((k) => [k, { tp: 0, fp: 0, fn: 0, keyOk: 0, misses: [] }]));
  const verbose = process.env.VIETNEWS_VERBOSE === "1";
  // the alternative: pass the article's first full date as referenceDate (what a caller without a
  // dateline might do); only date values change
  const alt = { tp: 0, keyOk: 0 };
  for (const f of files) {
    const gold = JSON.parse(readFileSync(join(dir, f), "utf8")) as Gold;
    const chrome = chromeRanges(gold.text, gold.chrome ?? []);
    const got = (extractEntities(gold.text) as unknown as Record<string, unknown>[]).filter(
      (e) => !chrome.some(([s, end]) => (e.start as number) < end && s < (e.end as number)),
    );
    const first = findDates(gold.text).find((d) => d.value && /^\d{4}-\d\d-\d\d$/.test(d.value));
    if (first?.value) {
      const withRef = extractEntities(gold.text, { referenceDate: first.value }).filter(
        (e) => e.kind === "date",
      );
      for (const g of gold.entities) {
        if (g.kind !== "date") continue;
        const hit = withRef.find((e) => e.start === g.start && e.end === g.end);
        if (!hit) continue;
        alt.tp++;
        if (keyField(hit as unknown as Record<string, unknown>) === keyField(g)) alt.keyOk++;
      }
    }
    for (const kind of KINDS) {
      const t = tally.get(kind)!;
      const g = gold.entities.filter((e) => e.kind === kind) as unknown as Record<string, unknown>[];
      const p = got.filter((e) => e.kind === kind);
      const byspan = new Map(p.map((e) => [`${e.start}:${e.end}`, e]));
      const gspans = new Set(g.map((e) => `${e.start}:${e.end}`));
      for (const e of g) {
        const hit = byspan.get(`${e.start}:${e.end}`);
        if (!hit) {
          t.fn++;
          t.misses.push(`${f} FN ${JSON.stringify(e.text)}`);
          continue;
        }
        t.tp++;
        if (keyField(hit) === keyField(e)) t.keyOk++;
        else t.misses.push(`${f} KEY ${JSON.stringify(e.text)} gold=${keyField(e)} got=${keyField(hit)}`);
      }
      for (const e of p) {
        if (gspans.has(`${e.start}:${e.end}`)) continue;
        t.fp++;
        t.misses.push(`${f} FP ${JSON.stringify(e.text)} ${keyField(e)}`);
      }
    }
  }
  const rows: string[][] = [["kind", "gold", "found", "P", "R", "F1", "key acc", "goal F1"]];
  const sum: Tally = { tp: 0, fp: 0, fn: 0, keyOk: 0, misses: [] };
  const fmt = (n: number) => (Number.isFinite(n) ? n.toFixed(3) : "-");
  const line = (name: string, t: Tally, goal: string) => {
    const p = t.tp / (t.tp + t.fp);
    const r = t.tp / (t.tp + t.fn);
    const f1 = (2 * p * r) / (p + r);
    rows.push([
      name,
      String(t.tp + t.fn),
      String(t.tp + t.fp),
      fmt(p),
      fmt(r),
      fmt(f1),
      fmt(t.keyOk / t.tp),
      goal,
    ]);
  };
  for (const kind of KINDS) {
    const t = tally.get(kind)!;
    line(kind, t, kind === "body" || kind === "official" ? "0.90" : "0.95");
    sum.tp += t.tp;
    sum.fp += t.fp;
    sum.fn += t.fn;
    sum.keyOk += t.keyOk;
  }
  line("overall", sum, "");
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  const table = rows.map((r) => r.map((c, i) => c.padEnd(widths[i])).join(" | ")).join("\n");
  const detail = verbose
    ? `\n\n${KINDS.flatMap((k) => tally.get(k)!.misses.map((m) => `${k} ${m}`)).join("\n")}`
    : "\n\n(set VIETNEWS_VERBOSE=1 for every miss)";
  const altLine = `\n\ndate values with referenceDate = the article's first full date (not the default): key acc ${fmt(alt.keyOk / alt.tp)} on ${alt.tp} matched dates`;
  return `extractEntities on ${files.length} dev files (exact spans; key field on matched spans; no referenceDate)\n\n${table}${altLine}${detail}`;
}
