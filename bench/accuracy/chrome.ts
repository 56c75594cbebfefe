/**
 * Scores the chrome stripper on every gold article in `../shared/dev/*.json` (each lists its exact chrome
 * lines in `chrome`): chrome-line precision and recall, and the number of content lines lost (a
 * non-blank line the gold keeps that the stripper removed), per file and overall. Lines of only
 * blanks or punctuation that are outside chrome are neither, as in the gold convention.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { classifyLines } from "../../src/chrome/index";

interface Gold {
  id: string;
  text: string;
  chrome: string[];
}

/** Scores one article: [tp, fp, fn, content lines lost, details]. */
function score(g: Gold): { tp: number; fp: number; fn: number; lost: number; notes: string[] } {
  const lines = g.text.split("\n");
  const classes = classifyLines(lines);
  // gold chrome lines are matched in order, as a multiset (a line can be chrome twice)
  const gold = new Map<string, number>();
  for (const c of g.chrome) gold.set(c, (gold.get(c) ?? 0) + 1);
  let tp = 0;
  let fp = 0;
  let lost = 0;
  const notes: string[] = [];
  for (const c of classes) {
    const left = gold.get(c.line) ?? 0;
    if (c.chrome) {
      if (left > 0) {
        tp++;
        gold.set(c.line, left - 1);
      } else {
        fp++;
        if (c.line.trim() && /[\p{L}\p{N}]/u.test(c.line)) {
          lost++;
          notes.push(`  lost (${c.reason}): ${c.line.slice(0, 90)}`);
        }
      }
    } else if (left > 0 && c.kind !== "blank") {
      // counted as a miss below
    } else if (left > 0) {
      gold.set(c.line, left - 1);
      notes.push(`  missed (blank): ${c.line.slice(0, 90)}`);
    }
  }
  let fn = 0;
  for (const c of classes) {
    if (c.chrome) continue;
    const left = gold.get(c.line) ?? 0;
    if (left > 0) {
      fn++;
      gold.set(c.line, left - 1);
      notes.push(`  missed: ${c.line.slice(0, 90)}`);
    }
  }
  return { tp, fp, fn, lost, notes };
}

const pct = (a: number, b: number) => (b === 0 ? "  n/a" : (a / b).toFixed(3));

/** Runs the scoring and returns the report. */
export function run(shared: string): string {
  const dir = join(shared, "dev");
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort();
  const out: string[] = ["file                  gold  tp  fp  fn  precision  recall  content-lost"];
  let TP = 0;
  let FP = 0;
  let FN = 0;
  let LOST = 0;
  const notes: string[] = [];
  for (const f of files) {
    const g = JSON.parse(readFileSync(join(dir, f), "utf8")) as Gold;
    const s = score(g);
    TP += s.tp;
    FP += s.fp;
    FN += s.fn;
    LOST += s.lost;
    out.push(
      `${f.replace(/\.json$/, "").padEnd(21)} ${String(g.chrome.length).padStart(4)} ${String(s.tp).padStart(3)} ${String(s.fp).padStart(3)} ${String(s.fn).padStart(3)}  ${pct(s.tp, s.tp + s.fp).padStart(9)}  ${pct(s.tp, s.tp + s.fn).padStart(6)}  ${String(s.lost).padStart(12)}`,
    );
    if (s.notes.length) notes.push(`${f}:`, ...s.notes);
  }
  out.push(
    `${"overall".padEnd(21)} ${String(TP + FN).padStart(4)} ${String(TP).padStart(3)} ${String(FP).padStart(3)} ${String(FN).padStart(3)}  ${pct(TP, TP + FP).padStart(9)}  ${pct(TP, TP + FN).padStart(6)}  ${String(LOST).padStart(12)}`,
  );
  out.push("", "goals: recall >= 0.98, content lines lost = 0");
  if (notes.length) out.push("", ...notes);
  return out.join("\n");
}
