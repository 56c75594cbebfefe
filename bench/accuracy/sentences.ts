/**
 * Sentence-boundary accuracy on UD Vietnamese-VTB (CC BY-SA 4.0): the `# text` sentences of a split,
 * joined five at a time into paragraphs with one space, split again by `splitSentences` and by
 * `Intl.Segmenter('vi', { granularity: 'sentence' })` as the baseline. A boundary is the offset where
 * a sentence ends inside a paragraph (the paragraph's own end is not counted); a predicted boundary
 * scores when it falls exactly there.
 *
 * Two spellings are scored: the treebank's `# text` as given (a space before every punctuation mark:
 * "nói : bán", "596 . 094") and detokenised (spacing removed by the rules in `detokenize`). In both,
 * the treebank's bracket escapes LBKT/RBKT are read back as "(" and ")".
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { splitSentences } from "../../src/segment/split-sentences";

type Splitter = (paragraph: string) => number[];

/** The `# text` lines of a CoNLL-U file, brackets unescaped unless `raw`. */
export function readSentences(file: string, raw = false): string[] {
  const out: string[] = [];
  for (const line of readFileSync(file, "utf8").split(/\r?\n/)) {
    const m = /^# text ?= ?(.*)$/.exec(line);
    if (!m) continue;
    const text = m[1].trim();
    out.push(raw ? text : text.replace(/\bLBKT\b/g, "(").replace(/\bRBKT\b/g, ")"));
  }
  return out;
}

const NO_SPACE_BEFORE = new Set([".", ",", ";", ":", "!", "?", "…", "...", ")", "]", "”", "’", "%"]);
const NO_SPACE_AFTER = new Set(["(", "[", "“", "‘"]);

/**
 * Removes the treebank's tokenisation spaces: none before . , ; : ! ? … ) ] ” %, none after ( [ “,
 * straight quotes attached inward (an opener to the next word, a closer to the previous one), and
 * numbers rejoined around their separators ("596 . 094" -> "596.094", "3 , 5" -> "3,5").
 */
export function detokenize(sentence: string): string {
  const toks = sentence.split(/ +/).filter((t) => t !== "");
  // Straight quotes: an opener after the start, ":" "," "(" or a dash; a closer before a stop or the
  // end; otherwise alternate.
  const role: ("open" | "close" | null)[] = toks.map(() => null);
  let open = false;
  for (let i = 0; i < toks.length; i++) {
    if (toks[i] !== '"') continue;
    const prev = toks[i - 1];
    const next = toks[i + 1];
    let r: "open" | "close";
    if (next === undefined || /^[.,;:!?…)\]-]|^\.\.\.$/.test(next)) r = "close";
    else if (prev === undefined || /^[:,(\-–—]$/.test(prev)) r = "open";
    else r = open ? "close" : "open";
    open = r === "open";
    role[i] = r;
  }
  let out = "";
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    const prev = toks[i - 1];
    let space = i > 0;
    if (NO_SPACE_BEFORE.has(t) || role[i] === "close") space = false;
    if (prev !== undefined && (NO_SPACE_AFTER.has(prev) || role[i - 1] === "open")) space = false;
    if (/^\d+$/.test(toks[i + 1] ?? "") && /^[.,]$/.test(t) && /\d$/.test(prev ?? "")) space = false;
    if (/^\d/.test(t) && /^[.,]$/.test(prev ?? "") && /\d$/.test(toks[i - 2] ?? "")) space = false;
    out += (space ? " " : "") + t;
  }
  return out;
}

/** Paragraphs of `size` sentences with the offsets where each inner sentence ends. */
export function makeParagraphs(sentences: string[], size = 5): { text: string; gold: number[] }[] {
  const out: { text: string; gold: number[] }[] = [];
  for (let i = 0; i < sentences.length; i += size) {
    const group = sentences.slice(i, i + size);
    const gold: number[] = [];
    let text = "";
    for (const [k, s] of group.entries()) {
      if (k > 0) {
        gold.push(text.length);
        text += " ";
      }
      text += s;
    }
    out.push({ text, gold });
  }
  return out;
}

const ours: Splitter = (p) => splitSentences(p).map((s) => s.end);
const intl: Splitter = (() => {
  const seg = new Intl.Segmenter("vi", { granularity: "sentence" });
  return (p: string) => [...seg.segment(p)].map((s) => s.index + s.segment.trimEnd().length);
})();

/** Precision, recall, F1 of inner boundaries, and the misses/false splits for inspection. */
export function score(paragraphs: { text: string; gold: number[] }[], split: Splitter) {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const errors: string[] = [];
  for (const p of paragraphs) {
    const gold = new Set(p.gold);
    const pred = new Set(split(p.text).filter((e) => e < p.text.trimEnd().length));
    for (const e of pred) {
      if (gold.has(e)) tp++;
      else {
        fp++;
        errors.push(`FP …${p.text.slice(Math.max(0, e - 40), e)}‖${p.text.slice(e, e + 30)}…`);
      }
    }
    for (const e of gold) {
      if (!pred.has(e)) {
        fn++;
        errors.push(`FN …${p.text.slice(Math.max(0, e - 40), e)}‖${p.text.slice(e, e + 30)}…`);
      }
    }
  }
  const precision = tp / (tp + fp || 1);
  const recall = tp / (tp + fn || 1);
  const f1 = (2 * precision * recall) / (precision + recall || 1);
  return { precision, recall, f1, tp, fp, fn, errors };
}

const f = (x: number) => x.toFixed(4);

/** The printable report; set VIETNEWS_SHOW_ERRORS=1 to list our errors. */
export function run(shared: string): string {
  const lines: string[] = [
    "UD-VTB sentences joined 5 per paragraph with one space; inner boundaries scored (P / R / F1, tp fp fn).",
    "LBKT/RBKT read as ( ). 'detokenised': treebank spaces before . , ; : ! ? … ) % and after ( “ removed,",
    "straight quotes attached inward, numbers rejoined (596 . 094 -> 596.094). 'raw LBKT': as given, escapes kept.",
    "",
    "split | spacing     | splitter       | P      | R      | F1     | tp / fp / fn",
    "------|-------------|----------------|--------|--------|--------|-------------",
  ];
  const show = process.env.VIETNEWS_SHOW_ERRORS === "1";
  const shown: string[] = [];
  for (const split of ["dev", "train"]) {
    const raw = readSentences(join(shared, "data", "ud-vtb", `vi_vtb-ud-${split}.conllu`));
    for (const [spacing, sents] of [
      ["as given", raw],
      ["detokenised", raw.map(detokenize)],
      ["raw LBKT", readSentences(join(shared, "data", "ud-vtb", `vi_vtb-ud-${split}.conllu`), true)],
    ] as const) {
      const paras = makeParagraphs(sents);
      for (const [name, fn] of [
        ["splitSentences", ours],
        ["Intl.Segmenter", intl],
      ] as const) {
        const r = score(paras, fn);
        lines.push(
          `${split.padEnd(5)} | ${spacing.padEnd(11)} | ${name.padEnd(14)} | ${f(r.precision)} | ${f(r.recall)} | ${f(r.f1)} | ${r.tp} / ${r.fp} / ${r.fn}`,
        );
        if (show && name === "splitSentences") shown.push(`### ${split} ${spacing}`, ...r.errors);
      }
    }
  }
  return [...lines, ...(show ? ["", ...shown] : [])].join("\n");
}
