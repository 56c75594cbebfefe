// STUB (sentence/token helper replaces): splitParagraphs, splitSentences, tokenize.
import type { Span } from "../core/types";

export { segmentWords } from "./words/index";

export type TokenKind =
  | "syllable"
  | "number"
  | "punctuation"
  | "symbol"
  | "url"
  | "email"
  | "code"
  | "abbreviation"
  | "date"
  | "time"
  | "percent";
export interface Token extends Span {
  kind: TokenKind;
}
export function splitParagraphs(_text: string): Span[] {
  return [];
}
export function splitSentences(_text: string): Span[] {
  return [];
}
export function tokenize(_text: string): Token[] {
  return [];
}
