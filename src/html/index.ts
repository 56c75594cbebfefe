// extractHtml: a saved news page (string or bytes) -> body blocks, metadata, encoding, removed parts.

import { parseDocument } from "../core/lazy-deps";
import type { Warning } from "../core/types";
import { describe } from "../core/validate";
import { decodeLegacy, detectEncoding } from "../normalize/index";
import { decodeHtmlBytes } from "./decode-html-bytes";
import { extractBody, type HtmlBlockInfo } from "./extract-body";
import { extractMeta, type HtmlMeta } from "./extract-meta";

export { type DecodedHtml, decodeHtmlBytes, sniffCharset } from "./decode-html-bytes";
export type { HtmlBlockInfo } from "./extract-body";
export type { HtmlMeta } from "./extract-meta";

/** The blocks of an HTML page's article body, in order, and its metadata. */
export interface HtmlExtract {
  /** Body blocks (headings, paragraphs, list items, captions, cells), whitespace collapsed. */
  blocks: string[];
  /**
   * What the DOM says of each block (same order as `blocks`): its share of characters inside
   * links, heading level, and whether it is a list item or a table cell. The chrome classifier
   * reads it (a block of links is navigation far more often than a paragraph is).
   */
  structure: HtmlBlockInfo[];
  /** What the page publishes about itself. */
  meta: HtmlMeta;
  /** The encoding the page was read in: "unicode" for string input, else the decoded charset. */
  encoding: string;
  /** Everything dropped (scripts, menus, footers, asides, text outside the body), with the reason. */
  removed: { text: string; reason: string }[];
  /** Non-fatal problems (undecodable bytes, unknown charset), with their codes. */
  warnings?: Warning[];
  /** How the body container was found: "itemprop", "class", "article", "density" or "whole page". */
  container?: string;
  /**
   * The page as read (bytes decoded; the input itself when it was a string): what each block's
   * `structure[i].source` positions point into.
   */
  page: string;
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
  let warnings: Warning[] = [];
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
    // positions, so each block knows where it is in the page (parseArticle's input map)
    withStartIndices: true,
    withEndIndices: true,
  });
  const meta = extractMeta(doc, url);
  const body = extractBody(doc);
  let blocks = body.blocks;
  if (typeof input === "string") {
    // A page saved as text from a legacy-encoded site shows TCVN3/VNI bytes as Windows-1252 letters.
    const from = legacyOf(blocks);
    if (from) {
      const dec = (s: string) => decodeLegacy(s, { from }).text;
      blocks = blocks.map(dec);
      // the decoded blocks are no longer the page's characters: no positions
      for (const info of body.info) delete info.source;
      if (meta.title) meta.title = dec(meta.title);
      if (meta.authors) meta.authors = meta.authors.map(dec);
      encoding = from;
    }
  }
  const out: HtmlExtract = {
    blocks,
    structure: body.info,
    meta,
    encoding,
    removed: body.removed,
    container: body.container,
    page: html,
  };
  if (warnings.length > 0) out.warnings = warnings;
  return out;
}

/** Precomposed Vietnamese letters: text holding them is Unicode already. */
const VIETNAMESE_UNICODE = /[\u0102\u0103\u0110\u0111\u01A0\u01A1\u01AF\u01B0\u1EA0-\u1EF9]/;

function legacyOf(blocks: string[]): "tcvn3" | "vni" | "viscii" | "cp1258" | null {
  const sample = blocks.join("\n").slice(0, 20_000);
  if (!sample || VIETNAMESE_UNICODE.test(sample) || !/[\u0080-\u00ff]/.test(sample)) return null;
  try {
    const g = detectEncoding(sample);
    if (g.confidence < 0.6) return null;
    return g.encoding === "tcvn3" ||
      g.encoding === "vni" ||
      g.encoding === "viscii" ||
      g.encoding === "cp1258"
      ? g.encoding
      : null;
  } catch {
    return null;
  }
}
