/**
 * Word segmentation accuracy on UD-VTB dev: precision, recall and F1 of exact word spans for
 * segmentWords, beside two baselines (every syllable a word; greedy longest matching against
 * VnVocab), on the treebank's `# text` as given (space before punctuation) and with that space
 * removed. A predicted word counts when its start and end match a gold word's.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Span } from "../../src/core/types";
import { segmentWords } from "../../src/segment/words/index";
import {
  type Counts,
  countMatches,
  type GoldSentence,
  goldSpans,
  naturalSpacing,
  prf,
  readConllu,
} from "../../src/segment/words/corpus";
import { syllableKey } from "../../src/segment/words/keys";
import { scanTokens } from "../../src/segment/words/scan";
import { spansFromStarts } from "../../src/segment/words/spans";

type Segmenter = (text: string) => Span[];

function everySyllable(text: string): Span[] {
  const scan = scanTokens(text);
  return spansFromStarts(text, scan, new Uint8Array(scan.n).fill(1));
}

function greedyMatcher(vocabPath: string): Segmenter {
  const words = new Set<string>();
  let longest = 1;
  for (const line of readFileSync(vocabPath, "utf8").split("\n")) {
    const syl = line.trim().split(/\s+/).filter(Boolean);
    if (syl.length < 2) continue;
    words.add(syl.map(syllableKey).join(" "));
    longest = Math.max(longest, syl.length);
  }
  return (text) => {
    const scan = scanTokens(text);
    const keys: string[] = [];
    for (let i = 0; i < scan.n; i++) keys.push(syllableKey(text.slice(scan.start[i], scan.end[i])));
    const starts = new Uint8Array(scan.n);
    let i = 0;
    while (i < scan.n) {
      starts[i] = 1;
      let run = 1; // syllables joinable from i
      while (i + run < scan.n && scan.join[i + run] && run < longest) run++;
      let len = 1;
      for (let k = run; k >= 2; k--) {
        if (words.has(keys.slice(i, i + k).join(" "))) {
          len = k;
          break;
        }
      }
      i += len;
    }
    return spansFromStarts(text, scan, starts);
  };
}

function score(seg: Segmenter, sents: GoldSentence[]): Counts {
  const tot: Counts = { correct: 0, predicted: 0, gold: 0 };
  for (const s of sents) {
    const c = countMatches(seg(s.text), goldSpans(s));
    tot.correct += c.correct;
    tot.predicted += c.predicted;
    tot.gold += c.gold;
  }
  return tot;
}

/** Prints the word segmentation report from the shared data folder. */
export function run(shared: string): string {
  const devPath = join(shared, "data/ud-vtb/vi_vtb-ud-dev.conllu");
  const vocabPath = join(shared, "data/vnvocab/VnVocab.txt");
  if (!existsSync(devPath) || !existsSync(vocabPath))
    return "wordseg: UD-VTB dev or VnVocab absent; skipped.";
  const dev = readConllu(readFileSync(devPath, "utf8"));
  const natural = dev.map(naturalSpacing);
  const systems: [string, Segmenter][] = [
    ["segmentWords", segmentWords],
    ["greedy longest match (VnVocab)", greedyMatcher(vocabPath)],
    ["every syllable a word", everySyllable],
  ];
  const gold = dev.reduce((n, s) => n + s.words.length, 0);
  const lines = [
    `UD-VTB dev: ${dev.length} sentences, ${gold} gold words; exact word spans.`,
    "",
    "| system | spacing | precision | recall | F1 |",
    "|---|---|---|---|---|",
  ];
  for (const [name, seg] of systems) {
    for (const [spacing, sents] of [
      ["as given", dev],
      ["no space before punct.", natural],
    ] as const) {
      const r = prf(score(seg, sents));
      lines.push(
        `| ${name} | ${spacing} | ${r.precision.toFixed(4)} | ${r.recall.toFixed(4)} | ${r.f1.toFixed(4)} |`,
      );
    }
  }
  return lines.join("\n");
}
