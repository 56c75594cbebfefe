// STUB (HTML/CLI helper replaces): extractHtml.
/** Metadata a page publishes. */
export interface HtmlMeta {
  title?: string;
  published?: string;
  authors?: string[];
  url?: string;
  siteName?: string;
}
/** The blocks of an HTML page's article body, in order, and its metadata. */
export interface HtmlExtract {
  blocks: string[];
  meta: HtmlMeta;
  encoding: string;
  removed: { text: string; reason: string }[];
}
export function extractHtml(input: string | Uint8Array, _options?: { url?: string }): HtmlExtract {
  return { blocks: [typeof input === "string" ? input : ""], meta: {}, encoding: "utf-8", removed: [] };
}
