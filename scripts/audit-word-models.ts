/**
 * `npm run audit:word-models -- FILE.ndjson[.gz] --against MODEL.bin [--ids 8-f] [--share 0.1]
 * [--sample 40] [--seed S]`: where the shipped word model and another (a file `readWordModel`
 * reads, e.g. an earlier data/wordseg/model.bin from git) put word boundaries differently on a crawl.
 * Reads a seeded share of the records (ids filtered by their first hex digit), segments each line
 * of the text `parseArticle` gives with both models, counts the gaps between syllables where one
 * joins and the other splits, and prints a seeded sample of them in context, to be judged by hand.
 */
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { parseArticle, readWordModel, segmentWords } from "../src/index";
import { crawlRecords, idRange, seededRandom } from "./_crawl";

/** The offsets where a word ends and the next begins, for words separated by one space. */
function joinsAndSplits(line: string, words: { start: number; end: number }[]): Map<number, boolean> {
  // gap offset (the space) -> true when the model joins the syllables on both sides
  const gaps = new Map<number, boolean>();
  for (const w of words)
    for (let i = w.start; i < w.end; i++) if (line.charCodeAt(i) === 32) gaps.set(i, true);
  for (let k = 1; k < words.length; k++)
    if (words[k].start === words[k - 1].end + 1 && line.charCodeAt(words[k - 1].end) === 32)
      gaps.set(words[k - 1].end, false);
  return gaps;
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      against: { type: "string" },
      ids: { type: "string", default: "8-f" },
      share: { type: "string", default: "0.1" },
      sample: { type: "string", default: "40" },
      seed: { type: "string", default: "20261205-word-models" },
    },
  });
  const file = positionals[0];
  if (!file || !values.against) {
    console.error(
      "usage: npm run audit:word-models -- FILE.ndjson[.gz] --against MODEL.bin [--ids 8-f] [--share 0.1] [--sample 40] [--seed S]",
    );
    process.exit(1);
  }
  const other = readWordModel(new Uint8Array(readFileSync(values.against)));
  const random = seededRandom(values.seed as string);
  const share = Number(values.share);
  const diffs: string[] = [];
  let pages = 0;
  let gaps = 0;
  let shippedJoins = 0;
  for await (const r of crawlRecords(file, idRange(values.ids))) {
    if (random() >= share) continue;
    pages++;
    const text = parseArticle(r.text, { inputMap: false, entities: false }).text;
    for (const line of text.split("\n")) {
      const a = joinsAndSplits(line, segmentWords(line));
      const b = joinsAndSplits(line, segmentWords(line, { model: other }));
      for (const [at, joins] of a) {
        if (!b.has(at)) continue;
        gaps++;
        if (b.get(at) === joins) continue;
        if (joins) shippedJoins++;
        // the two syllables around the gap: out to the whitespace on either side
        let s = at;
        while (s > 0 && !/\s/.test(line[s - 1])) s--;
        let e = at + 1;
        while (e < line.length && !/\s/.test(line[e])) e++;
        const pair = line.slice(s, e);
        const context = line.slice(Math.max(0, at - 50), at + 50);
        diffs.push(
          `${joins ? "shipped joins, other splits" : "shipped splits, other joins"}\t${r.id}\t«${pair}»\t…${context}…`,
        );
      }
    }
  }
  console.log(
    `${pages} pages, ${gaps} gaps between syllables both models read: ${diffs.length} differ (${shippedJoins} joined by the shipped model, ${diffs.length - shippedJoins} split)`,
  );
  // a partial Fisher-Yates shuffle: the first K of a seeded permutation
  const k = Math.min(Number(values.sample), diffs.length);
  for (let i = 0; i < k; i++) {
    const j = i + Math.floor(random() * (diffs.length - i));
    [diffs[i], diffs[j]] = [diffs[j], diffs[i]];
    console.log(diffs[i]);
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
