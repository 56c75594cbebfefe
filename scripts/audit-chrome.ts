/**
 * `npm run audit:chrome -- FILE.ndjson[.gz] [options]`: runs parseArticle on every record of a crawl
 * and prints what a reader needs to judge the chrome stage's precision and recall on pages nobody
 * labelled:
 * - counts of removed lines per reason (lines with a letter or digit);
 * - a seeded random sample of removed lines per reason, each with two lines of context either side
 *   (">>" marks the removed line);
 * - the most frequent kept lines that repeat across documents (candidates for missed chrome).
 *
 * Options:
 *   --ids A-B          only records whose id starts with a hex digit from A to B (e.g. c-f)
 *   --learn-ids A-B    learn a boilerplate profile from the records whose id starts A–B first, and
 *                      use it (the issue's protocol: learn on 8-b, audit c-f)
 *   --boilerplate F    use the profile in file F (from `vietnews profile`)
 *   --sample N         lines sampled per reason (default 20); --seed S (default 1)
 *   --top K            frequent kept lines listed (default 50)
 *   --reasons a,b      sample only these reasons
 *   --distinct         sample among the distinct removed texts of each reason, not among removals:
 *                      a site's template line removed on a thousand pages counts once, so rare
 *                      mistakes (an article's own line) surface in a small sample
 */
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { parseArticle } from "../src/article/index";
import {
  type BoilerplateProfile,
  BoilerplateLearner,
  BoilerplateProfile as Profile,
} from "../src/chrome/boilerplate";
import { normalize } from "../src/normalize/index";
import { crawlRecords, idRange as range, seededRandom as rng } from "./_crawl";

const LETTER = /[\p{L}\p{N}]/u;
/** Reasons that are not chrome verdicts (the header's lines, punctuation, the cut-off rest). */
const NOT_CHROME = new Set(["title", "byline", "blank", "truncated"]);

interface Removal {
  id: string;
  reason: string;
  context: string[];
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    args: process.argv.slice(2),
    allowPositionals: true,
    options: {
      ids: { type: "string" },
      "learn-ids": { type: "string" },
      boilerplate: { type: "string" },
      sample: { type: "string" },
      seed: { type: "string" },
      top: { type: "string" },
      reasons: { type: "string" },
      distinct: { type: "boolean" },
    },
  });
  const file = positionals[0];
  if (!file) {
    console.error(
      "usage: npm run audit:chrome -- FILE.ndjson[.gz] [--ids c-f] [--learn-ids 8-b] [--boilerplate F]",
    );
    process.exit(2);
  }
  const keep = range(values.ids);
  const sampleSize = Number(values.sample ?? 20);
  const top = Number(values.top ?? 50);
  const only = values.reasons ? new Set(values.reasons.split(",")) : null;
  let profile: BoilerplateProfile | undefined;
  if (values.boilerplate) profile = Profile.fromJSON(JSON.parse(readFileSync(values.boilerplate, "utf8")));
  const learnIds = range(values["learn-ids"]);
  if (learnIds) {
    const learner = new BoilerplateLearner();
    for await (const r of crawlRecords(file, learnIds)) learner.add(r.text);
    profile = learner.profile();
    console.log(`profile learned from ${profile.documents} records (ids ${values["learn-ids"]})`);
  }

  // reservoir samples per reason, so memory does not grow with the crawl
  const random = rng(Number(values.seed ?? 1));
  const samples = new Map<string, Removal[]>();
  const seen = new Map<string, number>();
  // with --distinct, the texts already offered to each reason's sample
  const offered = new Map<string, Set<string>>();
  const counts = new Map<string, number>();
  const keptDf = new Map<string, number>();
  let records = 0;
  let lines = 0;
  let failed = 0;
  const t0 = Date.now();
  for await (const r of crawlRecords(file, keep)) {
    records++;
    let article: ReturnType<typeof parseArticle>;
    try {
      article = parseArticle(r.text, profile ? { boilerplate: profile } : {});
    } catch (e) {
      failed++;
      console.error(`${r.id}: ${(e as Error).message}`);
      continue;
    }
    const input = normalize(r.text, { decodeEntities: true }).split(/\r\n|\r|\n|\u2028|\u2029/);
    lines += input.filter((l) => LETTER.test(l)).length;
    let at = 0;
    for (const rem of article.removed) {
      if (!LETTER.test(rem.text)) continue;
      // locate the removed line in the input, in order, for its context
      let pos = -1;
      for (let i = at; i < input.length; i++) {
        if (input[i].includes(rem.text)) {
          pos = i;
          break;
        }
      }
      if (pos >= 0) at = pos + 1;
      counts.set(rem.reason, (counts.get(rem.reason) ?? 0) + 1);
      if (NOT_CHROME.has(rem.reason) || (only && !only.has(rem.reason))) continue;
      if (values.distinct) {
        const texts = offered.get(rem.reason) ?? new Set<string>();
        offered.set(rem.reason, texts);
        if (texts.has(rem.text)) continue;
        texts.add(rem.text);
      }
      const n = (seen.get(rem.reason) ?? 0) + 1;
      seen.set(rem.reason, n);
      const list = samples.get(rem.reason) ?? [];
      samples.set(rem.reason, list);
      const context: string[] = [];
      if (pos >= 0) {
        for (let i = Math.max(0, pos - 2); i <= Math.min(input.length - 1, pos + 2); i++) {
          const l = input[i].trim();
          context.push(`${i === pos ? ">>" : "  "} ${l.length > 160 ? `${l.slice(0, 160)}…` : l}`);
        }
      } else context.push(`>> ${rem.text.slice(0, 160)}`);
      const item: Removal = { id: r.id, reason: rem.reason, context };
      if (list.length < sampleSize) list.push(item);
      else {
        const j = Math.floor(random() * n);
        if (j < sampleSize) list[j] = item;
      }
    }
    const kept = new Set(
      article.text
        .split("\n")
        .map((l) => l.trim())
        .filter((l) => LETTER.test(l)),
    );
    for (const l of kept) keptDf.set(l, (keptDf.get(l) ?? 0) + 1);
  }
  const secs = (Date.now() - t0) / 1000;
  console.log(
    `\n${records} records (${failed} failed), ${lines} lines with a letter or digit, ${secs.toFixed(1)} s${profile ? `, with a profile of ${profile.documents} documents` : ", no profile"}\n`,
  );
  console.log("## Removed lines per reason\n");
  for (const [reason, n] of [...counts].sort((a, b) => b[1] - a[1]))
    console.log(`${String(n).padStart(7)}  ${reason}`);
  for (const [reason, list] of [...samples].sort((a, b) => a[0].localeCompare(b[0]))) {
    const of = values.distinct ? `${seen.get(reason)} distinct texts` : `${seen.get(reason)}`;
    console.log(`\n## Sample: ${reason} (${list.length} of ${of})\n`);
    list.forEach((s, i) => {
      console.log(`[${i + 1}] ${s.id}`);
      for (const c of s.context) console.log(`    ${c}`);
    });
  }
  console.log(`\n## The ${top} most frequent kept lines (documents)\n`);
  for (const [l, n] of [...keptDf].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, top)) {
    console.log(`${String(n).padStart(6)}  ${l.length > 140 ? `${l.slice(0, 140)}…` : l}`);
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
