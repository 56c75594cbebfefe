// STUB (segmentation helpers replace): splitParagraphs, splitSentences, tokenize, segmentWords.
import type { Span } from "../core/types";

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
export function segmentWords(_text: string): Span[] {
  return [];
}
