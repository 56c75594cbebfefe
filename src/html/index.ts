// extractHtml: a saved news page (string or bytes) -> body blocks, metadata, encoding, removed parts.
import { parseDocument } from "htmlparser2";
import { describe } from "../core/validate";
import { decodeHtmlBytes } from "./decode-html-bytes";
import { extractBody } from "./extract-body";
import { type HtmlMeta, extractMeta } from "./extract-meta";

export { decodeHtmlBytes, type DecodedHtml, sniffCharset } from "./decode-html-bytes";
export type { HtmlMeta } from "./extract-meta";

/** The blocks of an HTML page's article body, in order, and its metadata. */
export interface HtmlExtract {
  /** Body blocks (headings, paragraphs, list items, captions, cells), whitespace collapsed. */
  blocks: string[];
  /** What the page publishes about itself. */
  meta: HtmlMeta;
  /** The encoding the page was read in: "unicode" for string input, else the decoded charset. */
  encoding: string;
  /** Everything dropped (scripts, menus, footers, asides, text outside the body), with the reason. */
  removed: { text: string; reason: string }[];
  /** Non-fatal problems (undecodable bytes, unknown charset). */
  warnings?: string[];
  /** How the body container was found: "itemprop", "class", "article", "density" or "whole page". */
  container?: string;
}

/** Options of {@link extractHtml}. */
export interface ExtractHtmlOptions {
  /** The page's URL: the fallback for `meta.url` and the base for a relative canonical link. */
  url?: string;
}

/**
 * Extracts the article body and metadata of a saved news page. Bytes are decoded from the page's
 * declared charset (UTF-8 by default; Windows-1252, and Vietnamese legacy encodings through
 * `decodeLegacy`); character references are decoded.
 *
 * @param input - the page, as a string or its raw bytes
 * @param options - (optional) `url` of the page
 * @returns body blocks, metadata, the encoding and the removed parts
 * @throws TypeError when input is neither a string nor a Uint8Array
 * @example
 * ```ts
 * const page = '<title>Tin | Báo X</title><nav>Trang chủ</nav><article><h1>Tin</h1><p>Bộ Chính trị &amp; Quốc hội.</p></article>';
 * extractHtml(page).blocks;
 * //=> ["Tin", "Bộ Chính trị & Quốc hội."]
 * ```
 */
export function extractHtml(input: string | Uint8Array, options?: ExtractHtmlOptions): HtmlExtract {
  if (typeof input !== "string" && !(input instanceof Uint8Array)) {
    throw new TypeError(
      `vietnews.extractHtml: expected input to be a string or a Uint8Array, got ${describe(input)}`,
    );
  }
  if (options !== undefined && options !== null && (typeof options !== "object" || Array.isArray(options))) {
    throw new TypeError(`vietnews.extractHtml: expected options to be an object, got ${describe(options)}`);
  }
  const url = options?.url;
  if (url !== undefined && typeof url !== "string") {
    throw new TypeError(`vietnews.extractHtml: expected options.url to be a string, got ${describe(url)}`);
  }
  let html: string;
  let encoding = "unicode";
  let warnings: string[] = [];
  if (typeof input === "string") html = input;
  else {
    const decoded = decodeHtmlBytes(input);
    html = decoded.text;
    encoding = decoded.encoding;
    warnings = decoded.warnings;
  }
  const doc = parseDocument(html, {
    decodeEntities: true,
    lowerCaseTags: true,
    lowerCaseAttributeNames: true,
  });
  const meta = extractMeta(doc, url);
  const body = extractBody(doc);
  const out: HtmlExtract = {
    blocks: body.blocks,
    meta,
    encoding,
    removed: body.removed,
    container: body.container,
  };
  if (warnings.length > 0) out.warnings = warnings;
  return out;
}
