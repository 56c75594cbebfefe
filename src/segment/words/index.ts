import type { Word } from "../../core/types";
import { describe, expectOptions, expectString } from "../../core/validate";
import { wholeTokens } from "../_lib/scan-tokens";
import { scanText, type TokenTable, tokensOption } from "../token-table";
import { decodeWords } from "./decode";
import { prepare } from "./features";
import { applyFixedWords, compileFixedWords } from "./fixed-words";
import { loadWordModel, type WordModel } from "./load";
import { scanTable } from "./scan";
import { wordsFromStarts } from "./whole-tokens";

export { loadWordModel, readWordModel, type WordModel } from "./load";

/**
 * Options of {@link segmentWords}.
 *
 * @example
 * ```ts
 * import { loadWordModel, segmentWords } from "vietnews";
 * segmentWords("Hôm nay", { model: loadWordModel() }).length;
 * //=> 1
 * ```
 */
export interface SegmentWordsOptions {
  /** A word model of your own ({@link readWordModel}); the shipped one by default. */
  model?: WordModel;
  /**
   * Words of your own, kept whole whatever the model says ("Viện Nghiên Cứu", "học máy"): each one
   * or more syllables separated by spaces, matched in any tone-mark style and case; where two
   * overlap, the one that starts first (then the longer) wins. A listed word is always a word of its
   * own: a one-syllable entry is never joined to its neighbours.
   */
  fixedWords?: readonly string[];
  /**
   * The text's token table ({@link tokenTable}) when the caller has it, so the text is scanned once
   * for the words and the entities; made here otherwise.
   */
  tokens?: TokenTable;
}

let starts = new Uint8Array(1024);

/**
 * Splits Vietnamese text into words: each span is one word of one or more syllables ("Hôm nay",
 * "Trung ương", "Nguyễn Đăng Quang"); punctuation, numbers and symbols are spans of their own.
 * Boundaries come from a learned model (averaged perceptron over syllable n-grams, shapes and a
 * dictionary) and do not depend on tone-mark style, Unicode composition or case. A word never
 * crosses punctuation or a line break, and never splits a token that {@link tokenize} keeps whole
 * (a URL, an e-mail, a code, a number, a date, a time, a percentage, an abbreviation). Each word
 * has a `kind`: "word" for a lexical word, else the token's kind (url, email, code, number, date,
 * time, percent, abbreviation, punctuation, symbol). Offsets index the input; nothing is rewritten.
 *
 * @param text - any string
 * @param options - (optional) `model`: a word model of your own ({@link readWordModel});
 *   `fixedWords`: words of your own, kept whole; `tokens`: the text's {@link tokenTable}
 * @returns the words in order
 * @throws TypeError when `text` is not a string, `options.model` is not a word model or
 *   `options.fixedWords` is not an array of strings, or `options.tokens` is not a token table;
 *   RangeError when `options.tokens` is the table of another text
 * @example
 * ```ts
 * segmentWords("Hôm nay, Ban Chấp hành Trung ương họp.").map((w) => w.text);
 * //=> ["Hôm nay", ",", "Ban Chấp hành", "Trung ương", "họp", "."]
 * segmentWords("Nhóm học máy của Viện nghiên cứu", { fixedWords: ["học máy", "Viện Nghiên Cứu"] }).map((w) => w.text);
 * //=> ["Nhóm", "học máy", "của", "Viện nghiên cứu"]
 * ```
 */
export function segmentWords(text: string, options?: SegmentWordsOptions): Word[] {
  expectString(text, "segmentWords", "text");
  expectOptions(options, "segmentWords");
  const model = options?.model === undefined ? loadWordModel() : checkModel(options.model, "segmentWords");
  // compiled before the text is scanned: compiling scans the listed words with the same buffers
  const fixed =
    options?.fixedWords === undefined ? null : compileFixedWords(options.fixedWords, "segmentWords");
  const table =
    options?.tokens === undefined
      ? scanText(text, false)
      : tokensOption(options.tokens, text, "segmentWords");
  const scan = scanTable(table);
  if (starts.length < scan.n) starts = new Uint8Array(scan.n * 2);
  const c = prepare(text, scan, model.lexicon);
  decodeWords(c, model.weights, starts);
  if (fixed) applyFixedWords(text, scan, starts, fixed);
  return wordsFromStarts(text, scan, starts, wholeTokens(table));
}

/**
 * A word model given as an option, checked: a lexicon and a table of weights whose length is a power
 * of two (what {@link readWordModel} and {@link loadWordModel} give).
 *
 * @param model - the option's value
 * @param fn - the function it was given to, for the message
 * @returns the model
 * @throws TypeError naming what was expected
 */
export function checkModel(model: unknown, fn: string): WordModel {
  const m = model as Partial<WordModel> | null;
  const ok =
    m !== null &&
    typeof m === "object" &&
    m.weights instanceof Int8Array &&
    m.weights.length > 0 &&
    (m.weights.length & (m.weights.length - 1)) === 0 &&
    typeof m.lexicon === "object" &&
    m.lexicon !== null;
  if (!ok)
    throw new TypeError(
      `vietnews.${fn}: expected options.model to be a word model (from readWordModel or loadWordModel), got ${describe(model)}`,
    );
  return m as WordModel;
}
