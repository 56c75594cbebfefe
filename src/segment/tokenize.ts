import type { Span, TokenKind } from "../core/types";
import { expectString } from "../core/validate";
import { KIND_NAMES, wholeTokens } from "./_lib/scan-tokens";
import { scanText } from "./token-table";

export type { TokenKind } from "../core/types";

/** A token: a span with its kind. */
export interface Token extends Span {
  kind: TokenKind;
}

/**
 * Splits text into tokens in one linear pass; whitespace separates tokens and is not a token.
 * Kinds: `syllable` (a Vietnamese or foreign word without spaces), `number` ("29.621.682", "3,5",
 * and Roman numerals from II to XXXIX: "khóa XIV"),
 * `percent` ("3,5%"), `date` ("1/7/2020", "01-7-2020", "1.7.2020", "7/2020"), `time` ("14h30",
 * "14:30"), `code` (document numbers and other codes kept whole: "35-CT/TW", "138/2020/NĐ-CP",
 * "1234/QĐ-TTg", "COVID-19", "A5"), `abbreviation` ("HĐND", "UBND", "TP.HCM", "TP.", "v.v."),
 * `url`, `email`, `punctuation` (one character, or a run of dots "..."), `symbol` (anything
 * else, one character or one emoji).
 *
 * @param text - the text to split (any string)
 * @returns the tokens, in order, each with `text.slice(start, end) === token.text`
 * @throws TypeError when `text` is not a string
 * @example
 * ```ts
 * tokenize("Chỉ thị 35-CT/TW, 14h30 ngày 1/7/2020 tại TP.HCM").map((t) => `${t.text}:${t.kind}`);
 * //=> ["Chỉ:syllable", "thị:syllable", "35-CT/TW:code", ",:punctuation", "14h30:time", "ngày:syllable", "1/7/2020:date", "tại:syllable", "TP.HCM:abbreviation"]
 * ```
 */
export function tokenize(text: string): Token[] {
  expectString(text, "tokenize", "text");
  const { starts, ends, kinds, length } = wholeTokens(scanText(text, false));
  const out: Token[] = new Array(length);
  for (let t = 0; t < length; t++) {
    const s = starts[t];
    const e = ends[t];
    out[t] = { start: s, end: e, text: text.slice(s, e), kind: KIND_NAMES[kinds[t]] };
  }
  return out;
}
