import type { Word } from "../../core/types";
import { expectString } from "../../core/validate";
import { decodeWords } from "./decode";
import { prepare } from "./features";
import { loadWordModel } from "./load";
import { scanTokens } from "./scan";
import { wordsFromStarts } from "./whole-tokens";

export { loadWordModel } from "./load";

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
 * @returns the words in order
 * @example
 * ```ts
 * segmentWords("Hôm nay, Ban Chấp hành Trung ương họp.").map((w) => w.text);
 * //=> ["Hôm nay", ",", "Ban Chấp hành", "Trung ương", "họp", "."]
 * ```
 */
export function segmentWords(text: string): Word[] {
  expectString(text, "segmentWords", "text");
  const model = loadWordModel();
  const scan = scanTokens(text);
  if (starts.length < scan.n) starts = new Uint8Array(scan.n * 2);
  const c = prepare(text, scan, model.lexicon);
  decodeWords(c, model.weights, starts);
  return wordsFromStarts(text, scan, starts);
}
