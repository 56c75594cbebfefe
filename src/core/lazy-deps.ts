// Dependencies loaded on first use, so `require("vietnews")` does not pay for what the first call
// may never need: the HTML parser (htmlparser2, about 50 ms to load), the XML parser and the
// character-reference decoder. A plain require inside the function: CommonJS in the CJS build and
// ts-node, tsup's createRequire banner in the ESM build.
import type { Document } from "domhandler";

type ParseDocument = (data: string, options?: Record<string, unknown>) => Document;
type DecodeHTML = (text: string) => string;

let parseDocumentFn: ParseDocument | null = null;
let decodeHTMLFn: DecodeHTML | null = null;

/**
 * htmlparser2's `parseDocument`, loaded on first call.
 *
 * @param data - HTML or XML text
 * @param options - htmlparser2's parser and DOM handler options
 * @returns the document tree
 * @example
 * ```ts
 * import { extractHtml } from "vietnews";
 * extractHtml("<article><p>Bộ Chính trị họp phiên thường kỳ để bàn nhiều nội dung quan trọng.</p></article>").blocks;
 * //=> ["Bộ Chính trị họp phiên thường kỳ để bàn nhiều nội dung quan trọng."]
 * ```
 */
export function parseDocument(data: string, options?: Record<string, unknown>): Document {
  if (!parseDocumentFn)
    parseDocumentFn = (require("htmlparser2") as { parseDocument: ParseDocument }).parseDocument;
  return parseDocumentFn(data, options);
}

/**
 * The `entities` package's linear HTML character-reference decoder, loaded on first call.
 *
 * @param text - text with character references
 * @returns the text with them decoded
 * @example
 * ```ts
 * import { normalize } from "vietnews";
 * normalize("Ch&#7911; t&#7883;ch", { decodeEntities: true });
 * //=> "Chủ tịch"
 * ```
 */
export function decodeHTML(text: string): string {
  if (!decodeHTMLFn) decodeHTMLFn = (require("entities") as { decodeHTML: DecodeHTML }).decodeHTML;
  return decodeHTMLFn(text);
}
