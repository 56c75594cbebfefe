/**
 * Helpers for gold word-segmented corpora (CoNLL-U, as UD-VTB ships): reading sentences, locating
 * gold words in the text, removing the space the treebank puts before punctuation, and scoring.
 * Used by the training script, the accuracy report and the tests; not part of the public API.
 */
import type { Span } from "../../core/types";

/** One gold sentence: its text and its words (multi-syllable words contain spaces). */
export interface GoldSentence {
  text: string;
  words: string[];
}

/**
 * Reads sentences from CoNLL-U text. The sentence text is the words joined by single spaces,
 * which is what UD-VTB's `# text` holds.
 *
 * @param conllu - file contents
 * @returns the sentences
 * @example
 * ```ts
 * readConllu("# text = Hôm nay\n1\tHôm nay\n\n")[0].words;
 * //=> ["Hôm nay"]
 * ```
 */
export function readConllu(conllu: string): GoldSentence[] {
  const out: GoldSentence[] = [];
  let words: string[] = [];
  const flush = () => {
    if (words.length) out.push({ text: words.join(" "), words });
    words = [];
  };
  for (const line of conllu.split("\n")) {
    if (line.trim() === "") {
      flush();
      continue;
    }
    if (line.startsWith("#")) continue;
    const cols = line.split("\t");
    if (cols.length < 2 || !/^\d+$/.test(cols[0])) continue;
    words.push(cols[1]);
  }
  flush();
  return out;
}

const CLOSING = new Set([",", ".", ":", ";", "!", "?", ")", "]", "}", "…", "...", "%", "!!", "??"]);
const OPENING = new Set(["(", "[", "{"]);

/**
 * Rewrites a gold sentence the way news text is spaced: no space before closing punctuation, none
 * after an opening bracket or an opening quote (straight quotes alternate open/close).
 *
 * @param s - a gold sentence
 * @returns the same words with natural spacing
 * @example
 * ```ts
 * naturalSpacing({ text: "Hôm nay , tôi", words: ["Hôm nay", ",", "tôi"] }).text;
 * //=> "Hôm nay, tôi"
 * ```
 */
export function naturalSpacing(s: GoldSentence): GoldSentence {
  let text = "";
  let quoteOpen = false;
  let glueNext = true;
  for (const w of s.words) {
    let glue = glueNext;
    glueNext = false;
    if (CLOSING.has(w)) glue = true;
    else if (OPENING.has(w)) glueNext = true;
    else if (w === '"') {
      if (quoteOpen) glue = true;
      else glueNext = true;
      quoteOpen = !quoteOpen;
    }
    text += glue ? w : ` ${w}`;
  }
  return { text, words: s.words };
}

/**
 * Finds each gold word of a sentence in its text, in order.
 *
 * @param s - a gold sentence
 * @returns the words as spans
 * @example
 * ```ts
 * goldSpans({ text: "Hôm nay , tôi", words: ["Hôm nay", ",", "tôi"] }).length;
 * //=> 3
 * ```
 */
export function goldSpans(s: GoldSentence): Span[] {
  const spans: Span[] = [];
  let from = 0;
  for (const w of s.words) {
    const at = s.text.indexOf(w, from);
    if (at < 0) throw new Error(`gold word not found: ${w}`);
    spans.push({ start: at, end: at + w.length, text: w });
    from = at + w.length;
  }
  return spans;
}

/** Counts for precision/recall/F1. */
export interface Counts {
  correct: number;
  predicted: number;
  gold: number;
}

/**
 * Counts predicted spans that match a gold span exactly (same start and end).
 *
 * @param predicted - predicted spans, in order
 * @param gold - gold spans, in order
 * @returns the counts
 * @example
 * ```ts
 * countMatches([{ start: 0, end: 3, text: "abc" }], [{ start: 0, end: 3, text: "abc" }]).correct;
 * //=> 1
 * ```
 */
export function countMatches(predicted: readonly Span[], gold: readonly Span[]): Counts {
  let correct = 0;
  let g = 0;
  for (const p of predicted) {
    while (g < gold.length && gold[g].start < p.start) g++;
    if (g < gold.length && gold[g].start === p.start && gold[g].end === p.end) correct++;
  }
  return { correct, predicted: predicted.length, gold: gold.length };
}

/** Precision, recall and F1 of counts. */
export function prf(c: Counts): { precision: number; recall: number; f1: number } {
  const precision = c.predicted ? c.correct / c.predicted : 0;
  const recall = c.gold ? c.correct / c.gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}
