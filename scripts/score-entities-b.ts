/**
 * Quick scorer for entities B on the dev gold (`npx ts-node scripts/score-entities-b.ts [--errors]`):
 * precision, recall and F1 of exact spans for bodies and officials, and key-field accuracy (body
 * canonical, official name) on matched spans. Predictions inside gold chrome lines are dropped first,
 * as the gold has no entities there. Shared data from $VIETNEWS_SHARED or ../shared.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Entity } from "../src/core/types";
import { findBodies } from "../src/entities/bodies/index";
import { findOfficials } from "../src/entities/officials/index";

interface Gold {
  id: string;
  text: string;
  chrome?: string[];
  entities: (Entity & { start: number; end: number })[];
}

function describe(e: Entity): string {
  return e.kind === "body"
    ? `${e.canonical} ${e.system}/${e.level}`
    : e.kind === "official"
      ? `${e.name} ${JSON.stringify(e.titles)}`
      : "";
}

function chromeRanges(g: Gold): [number, number][] {
  const out: [number, number][] = [];
  let from = 0;
  for (const line of g.chrome ?? []) {
    const at = g.text.indexOf(line, from);
    if (at < 0) continue;
    out.push([at, at + line.length]);
    from = at + line.length;
  }
  return out;
}

/** Runs the scorer and returns the report. */
export function score(shared: string, showErrors: boolean): string {
  const dir = join(shared, "dev");
  const files = readdirSync(dir).filter((f) => f.endsWith(".json"));
  const lines: string[] = [];
  const tally = {
    body: { tp: 0, fp: 0, fn: 0, key: 0 },
    official: { tp: 0, fp: 0, fn: 0, key: 0 },
  };
  let bytes = 0;
  let ms = 0;
  for (const f of files) {
    const g = JSON.parse(readFileSync(join(dir, f), "utf8")) as Gold;
    const chrome = chromeRanges(g);
    const inChrome = (e: { start: number; end: number }) =>
      chrome.some(([s, t]) => e.start >= s && e.end <= t);
    const t0 = performance.now();
    const bodies = findBodies(g.text);
    const officials = findOfficials(g.text);
    ms += performance.now() - t0;
    bytes += Buffer.byteLength(g.text);
    for (const kind of ["body", "official"] as const) {
      const pred = (kind === "body" ? bodies : officials).filter((e) => !inChrome(e)) as Entity[];
      const gold = g.entities.filter((e) => e.kind === kind);
      const goldBy = new Map(gold.map((e) => [`${e.start}:${e.end}`, e]));
      const predBy = new Map(pred.map((e) => [`${e.start}:${e.end}`, e]));
      const t = tally[kind];
      for (const p of pred) {
        const gm = goldBy.get(`${p.start}:${p.end}`);
        if (!gm) {
          t.fp++;
          if (showErrors) lines.push(`${g.id} FP ${kind} ${JSON.stringify(p.text)} ${describe(p)}`);
          continue;
        }
        t.tp++;
        const ok =
          kind === "body"
            ? (gm as { canonical: string }).canonical === (p as { canonical: string }).canonical
            : (gm as { name: string }).name === (p as { name: string }).name;
        if (ok) t.key++;
        else if (showErrors)
          lines.push(`${g.id} KEY ${kind} ${JSON.stringify(p.text)} got ${describe(p)} want ${describe(gm)}`);
        if (ok && kind === "official") {
          const gt = JSON.stringify((gm as { titles: string[] }).titles);
          const pt = JSON.stringify((p as { titles: string[] }).titles);
          if (gt !== pt && showErrors) lines.push(`${g.id} TITLES ${pt} want ${gt}`);
        }
        if (ok && kind === "body") {
          const gb = gm as { system: string; level: string | null };
          const pb = p as { system: string; level: string | null };
          if ((gb.system !== pb.system || gb.level !== pb.level) && showErrors)
            lines.push(
              `${g.id} SYSLEVEL ${JSON.stringify(p.text)} got ${pb.system}/${pb.level} want ${gb.system}/${gb.level}`,
            );
        }
      }
      for (const e of gold) {
        if (predBy.has(`${e.start}:${e.end}`)) continue;
        t.fn++;
        if (showErrors)
          lines.push(
            `${g.id} FN ${kind} ${JSON.stringify(e.text)} ctx ${JSON.stringify(g.text.slice(Math.max(0, e.start - 30), e.end + 20))}`,
          );
      }
    }
  }
  for (const kind of ["body", "official"] as const) {
    const t = tally[kind];
    const p = t.tp / Math.max(1, t.tp + t.fp);
    const r = t.tp / Math.max(1, t.tp + t.fn);
    const f1 = (2 * p * r) / Math.max(1e-9, p + r);
    lines.push(
      `${kind.padEnd(9)} P ${p.toFixed(3)} R ${r.toFixed(3)} F1 ${f1.toFixed(3)}  key ${(t.key / Math.max(1, t.tp)).toFixed(3)}  (tp ${t.tp} fp ${t.fp} fn ${t.fn})`,
    );
  }
  lines.push(
    `${files.length} files, ${(bytes / 1024).toFixed(0)} kB, findBodies+findOfficials ${ms.toFixed(1)} ms (first run, cold)`,
  );
  return lines.join("\n");
}

if (require.main === module) {
  const shared = process.env.VIETNEWS_SHARED ?? resolve(__dirname, "..", "..", "shared");
  console.log(score(shared, process.argv.includes("--errors")));
}
