// STUB (HTML/CLI helper replaces): toXML, parseFeed.
import type { Article } from "../core/types";

export interface FeedItem {
  title: string | null;
  link: string | null;
  date: string | null;
  summary: string | null;
}
export function toXML(_article: Article, _options?: { words?: boolean }): string {
  return "<TEI/>";
}
export function parseFeed(_xml: string): FeedItem[] {
  return [];
}
