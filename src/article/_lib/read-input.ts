import type { RemovedBlock, Warning } from "../../core/types";
import { describe } from "../../core/validate";
import { extractHtml, type HtmlBlockInfo, type HtmlMeta } from "../../html/index";
import { decodeLegacy } from "../../normalize/index";

/** The input of parseArticle made into text, before normalisation. */
export interface ReadInput {
  text: string;
  encoding: string;
  meta: HtmlMeta | null;
  /** For HTML input: what the DOM says of each block (one a line of `text`). */
  structure?: HtmlBlockInfo[];
  /** For HTML input: the page as read, which the blocks' `source` positions point into. */
  page?: string;
  /** Blocks removed before the text stages (HTML menus and asides, a truncated tail), appended to `removed`. */
  removed: RemovedBlock[];
  warnings: Warning[];
}

const REPLACEMENT = /\uFFFD/g;
/** Text inputs longer than this many times maxInputLength are cut before normalisation. */
const PRE_CUT_FACTOR = 4;

function countReplacements(s: string): number {
  let n = 0;
  REPLACEMENT.lastIndex = 0;
  while (REPLACEMENT.exec(s)) n++;
  return n;
}

const WORD_CHAR = /[\p{L}\p{M}]/u;
const COMBINING = /\p{M}/u;

function lastSpace(text: string, max: number): number {
  for (let i = max; i > max / 2; i--) if (text[i] === " " || text[i] === "\t") return i;
  return -1;
}

/**
 * Cuts `text` to at most `max` code units: at the last line break in the last half, else at the last
 * space there, else out of the word it would split; never inside a surrogate pair or before a mark.
 */
export function cutAt(text: string, max: number): number {
  if (text.length <= max) return text.length;
  let cut = max;
  const nl = text.lastIndexOf("\n", max);
  if (nl >= max / 2) return nl;
  // else at a space, so no syllable is split (a split one could not be repaired or re-toned whole)
  const sp = lastSpace(text, max);
  if (sp >= max / 2) return sp;
  // else step back (a little) out of a run of letters and marks, never between a letter and its mark
  for (let i = 0; i < 32 && cut > 1 && WORD_CHAR.test(text[cut - 1]) && WORD_CHAR.test(text[cut]); i++) cut--;
  if (WORD_CHAR.test(text[cut - 1]) && WORD_CHAR.test(text[cut])) cut = max;
  while (cut > 1 && COMBINING.test(text[cut])) cut--;
  // never split a surrogate pair
  const c = text.charCodeAt(cut - 1);
  if (c >= 0xd800 && c <= 0xdbff) cut--;
  return cut;
}

/**
 * Precomposed Vietnamese letters (ă â đ ê ô ơ ư and the toned ones): a Windows-1252 reading of legacy
 * bytes never contains them, so text that does is Unicode already and skips legacy detection.
 */
const VIETNAMESE_UNICODE = /[\u0102\u0103\u0110\u0111\u01A0\u01A1\u01AF\u01B0\u1EA0-\u1EF9]/;

function decodeBytes(bytes: Uint8Array, warnings: Warning[]): { text: string; encoding: string } {
  let utf8: string | null = null;
  try {
    utf8 = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    utf8 = null;
  }
  if (utf8 !== null && VIETNAMESE_UNICODE.test(utf8)) return { text: utf8, encoding: "utf-8" };
  const legacy = decodeLegacy(bytes, { from: "auto" });
  if (legacy.encoding !== "unicode") return { text: legacy.text, encoding: legacy.encoding };
  if (utf8 !== null) return { text: utf8, encoding: "utf-8" };
  const text = new TextDecoder("utf-8").decode(bytes);
  const bad = countReplacements(text);
  warnings.push({
    code: "invalid-utf8",
    message: `input had ${bad} byte sequence(s) that are not UTF-8, replaced by U+FFFD`,
    stage: "read",
  });
  return { text, encoding: "utf-8" };
}

function decodeString(s: string): { text: string; encoding: string } {
  if (VIETNAMESE_UNICODE.test(s)) return { text: s, encoding: "unicode" };
  const legacy = decodeLegacy(s, { from: "auto" });
  if (legacy.encoding !== "unicode") return { text: legacy.text, encoding: legacy.encoding };
  return { text: s, encoding: "unicode" };
}

/**
 * Validates and decodes the input of parseArticle: a string, UTF-8 (or legacy) bytes, `{ text }` or
 * `{ html, url? }` (run through extractHtml; its blocks become lines).
 */
export function readInput(input: unknown, maxInputLength: number): ReadInput {
  const warnings: Warning[] = [];
  const removed: RemovedBlock[] = [];
  let text: string;
  let encoding: string;
  let meta: HtmlMeta | null = null;
  if (typeof input === "string") ({ text, encoding } = decodeString(input));
  else if (input instanceof Uint8Array) ({ text, encoding } = decodeBytes(input, warnings));
  else if (input !== null && typeof input === "object" && !Array.isArray(input)) {
    const o = input as Record<string, unknown>;
    if ("html" in o) {
      const html = o.html;
      if (typeof html !== "string" && !(html instanceof Uint8Array)) {
        throw new TypeError(
          `vietnews.parseArticle: expected input.html to be a string or a Uint8Array, got ${describe(html)}`,
        );
      }
      if (o.url !== undefined && typeof o.url !== "string") {
        throw new TypeError(
          `vietnews.parseArticle: expected input.url to be a string, got ${describe(o.url)}`,
        );
      }
      let page = html;
      if (page.length > maxInputLength) {
        const total = page.length;
        page =
          typeof page === "string"
            ? page.slice(0, cutAt(page, maxInputLength))
            : page.subarray(0, maxInputLength);
        warnings.push({
          code: "truncated",
          message: `input.html is longer than maxInputLength (${total} > ${maxInputLength}): only the first ${page.length} ${typeof html === "string" ? "characters" : "bytes"} were read`,
          stage: "read",
        });
        removed.push({
          text:
            typeof html === "string" ? html.slice(page.length) : `[${total - page.length} bytes not read]`,
          reason: "truncated",
        });
      }
      const ex = extractHtml(page, o.url === undefined ? undefined : { url: o.url as string });
      meta = ex.meta;
      if (ex.warnings) warnings.push(...ex.warnings);
      const lines: string[] = [];
      for (const b of ex.blocks) lines.push(b);
      text = lines.join("\n");
      encoding = ex.encoding;
      // what extractHtml dropped is appended after what the text stages drop
      removed.unshift(
        ...ex.removed.map((r): RemovedBlock => ({ text: r.text, reason: "html", detail: r.reason })),
      );
      return { text, encoding, meta, structure: ex.structure, page: ex.page, removed, warnings };
    }
    if ("text" in o) {
      if (typeof o.text !== "string") {
        throw new TypeError(
          `vietnews.parseArticle: expected input.text to be a string, got ${describe(o.text)}`,
        );
      }
      ({ text, encoding } = decodeString(o.text));
    } else {
      throw new TypeError(
        "vietnews.parseArticle: expected input to be a string, a Uint8Array, { text } or { html, url? }, got an object without text or html",
      );
    }
  } else {
    throw new TypeError(
      `vietnews.parseArticle: expected input to be a string, a Uint8Array, { text } or { html, url? }, got ${describe(input)}`,
    );
  }
  // a first, generous cut before normalisation keeps a huge input from being normalised in full;
  // parseArticle cuts the normalised text at maxInputLength itself
  const generous = maxInputLength * PRE_CUT_FACTOR;
  if (text.length > generous) {
    const cut = cutAt(text, generous);
    warnings.push({
      code: "truncated",
      message: `input is longer than ${PRE_CUT_FACTOR} × maxInputLength (${text.length} > ${generous} characters): the text after character ${cut} was not read; it is in removed with reason "truncated"`,
      stage: "read",
    });
    removed.push({ text: text.slice(cut), reason: "truncated" });
    text = text.slice(0, cut);
  }
  return { text, encoding, meta, removed, warnings };
}
