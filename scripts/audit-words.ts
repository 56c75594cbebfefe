/**
 * `npm run audit:words -- FILE.ndjson[.gz] [--limit N] [--per-kind K] [--seed S]`: runs parseArticle
 * with words (entities skipped) on the records of a crawl, counts the words of each kind, and prints
 * a seeded random sample of up to K words of each kind other than "word", punctuation and symbol,
 * with their context, to be read by hand (did the word keep its whole token, is the kind right).
 */
import { parseArgs } from "node:util";
import { parseArticle } from "../src/index";
import { crawlRecords, seededRandom } from "./_crawl";

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      limit: { type: "string", default: "800" },
      "per-kind": { type: "string", default: "8" },
      seed: { type: "string", default: "20261204" },
    },
  });
  const file = positionals[0];
  if (!file) {
    console.error("usage: npm run audit:words -- FILE.ndjson[.gz] [--limit N] [--per-kind K] [--seed S]");
    process.exit(1);
  }
  const limit = Number(values.limit);
  const perKind = Number(values["per-kind"]);
  const random = seededRandom(values.seed as string);
  const counts: Record<string, number> = {};
  const byKind: Record<string, { id: string; text: string; context: string }[]> = {};
  let n = 0;
  for await (const r of crawlRecords(file)) {
    if (++n > limit) break;
    // half of the records, chosen by the seed
    if (random() > 0.5) continue;
    const a = parseArticle(r.text, { words: true, entities: false });
    for (const w of a.words ?? []) {
      counts[w.kind] = (counts[w.kind] ?? 0) + 1;
      if (w.kind === "word" || w.kind === "punctuation" || w.kind === "symbol") continue;
      const context = a.text.slice(Math.max(0, w.start - 30), w.end + 30).replace(/\n/g, " ");
      const list = byKind[w.kind] ?? [];
      byKind[w.kind] = list;
      list.push({ id: r.id, text: w.text, context });
    }
  }
  console.log(JSON.stringify(counts));
  for (const [kind, list] of Object.entries(byKind)) {
    // a partial Fisher-Yates shuffle: the first K of a seeded permutation
    for (let i = 0; i < Math.min(perKind, list.length); i++) {
      const j = i + Math.floor(random() * (list.length - i));
      [list[i], list[j]] = [list[j], list[i]];
      console.log(`${kind}\t${list[i].id}\t${list[i].text}\t…${list[i].context}…`);
    }
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
