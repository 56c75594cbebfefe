// STUB (chrome/article helper replaces): parseArticle.
import type { Article, ToneStyle } from "../core/types";

export interface ParseArticleOptions {
  toneStyle?: ToneStyle;
  words?: boolean;
  referenceDate?: string | Date;
  maxInputLength?: number;
}
export type ArticleInput =
  | string
  | Uint8Array
  | { html: string | Uint8Array; url?: string }
  | { text: string };

export function parseArticle(input: ArticleInput, options?: ParseArticleOptions): Article {
  const text = typeof input === "string" ? input : "";
  return {
    title: null,
    source: null,
    published: null,
    authors: [],
    text,
    paragraphs: [],
    sentences: [],
    entities: [],
    people: [],
    removed: [],
    normalization: { encoding: "unicode", toneStyle: options?.toneStyle ?? "preserve", changes: 0 },
    warnings: [],
  };
}
