import type { Span } from "../core/types";
import { expectOneOf, expectOptions, expectString } from "../core/validate";
import { C_SPACE, classOf } from "./_lib/char-class";
import { continuesLine } from "./_lib/wrapped-lines";

/** Options of {@link splitParagraphs}. */
export interface SplitParagraphsOptions {
  /**
   * What separates paragraphs: `"line"` (default) — every line break, as scrapers save articles
   * (one paragraph a line, blank lines between or not); `"blank"` — only blank lines, so that
   * hard-wrapped lines of one paragraph stay together; `"wrapped"` — every line break but a hard
   * wrap inside a sentence (a line that ends with a letter, a digit or a comma, before one that
   * opens with a lower-case letter other than a clause marker such as "a)"; or a line ending with a
   * lower-case word before one opening with a number other than an item's "2."), as parseArticle
   * reads.
   */
  breaks?: "line" | "blank" | "wrapped";
}

const BREAKS = ["line", "blank", "wrapped"] as const;

function isLineBreak(c: number): boolean {
  return c === 10 || c === 13 || c === 0x2028 || c === 0x2029 || c === 0x85;
}

/**
 * Splits text into paragraphs, each a span trimmed of surrounding whitespace (spaces, tabs, NBSP,
 * zero-width spaces). A line holding only whitespace is blank. By default every line break ends a
 * paragraph, because scraped news stores one paragraph a line (the seed article has a blank line,
 * or a line of one NBSP, between paragraphs, but headings and bylines sit on single lines).
 *
 * @param text - the text to split (any string)
 * @param options - (optional) `breaks`: `"line"` (default), `"blank"` or `"wrapped"`
 * @returns the non-blank paragraphs, in order
 * @throws TypeError when `text` is not a string; RangeError for an unknown `breaks` value
 * @example
 * ```ts
 * splitParagraphs("Tiêu đề\n\n Đoạn một. \n\u00a0\nĐoạn hai.").map((p) => p.text);
 * //=> ["Tiêu đề", "Đoạn một.", "Đoạn hai."]
 * splitParagraphs("Điều 1. Thực hiện theo quy định của\npháp luật.\nĐiều 2. Hiệu lực.", { breaks: "wrapped" }).map((p) => p.text);
 * //=> ["Điều 1. Thực hiện theo quy định của\npháp luật.", "Điều 2. Hiệu lực."]
 * ```
 */
export function splitParagraphs(text: string, options?: SplitParagraphsOptions): Span[] {
  expectString(text, "splitParagraphs", "text");
  expectOptions(options, "splitParagraphs");
  const breaks = options?.breaks;
  expectOneOf(breaks, BREAKS, "splitParagraphs", "options.breaks");
  if (breaks === "wrapped") return wrappedParagraphs(text);
  const blankOnly = breaks === "blank";
  const out: Span[] = [];
  const n = text.length;
  let paraStart = -1; // first non-space offset of the open paragraph
  let paraEnd = -1; // end of its last non-space character
  let lineHasText = false;
  const close = (): void => {
    if (paraStart >= 0) out.push({ start: paraStart, end: paraEnd, text: text.slice(paraStart, paraEnd) });
    paraStart = -1;
  };
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (isLineBreak(c)) {
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      if (!blankOnly || !lineHasText) close();
      lineHasText = false;
      continue;
    }
    if (classOf(c) === C_SPACE) continue;
    lineHasText = true;
    if (paraStart < 0) paraStart = i;
    paraEnd = i + 1;
  }
  close();
  return out;
}

/** The paragraphs of `breaks: "wrapped"`: the lines' paragraphs, a hard-wrapped line joined to the one before. */
function wrappedParagraphs(text: string): Span[] {
  const lines = splitParagraphs(text);
  const out: Span[] = [];
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k];
    const prev = out[out.length - 1];
    // only the break between two adjacent lines: a blank line between them ends the paragraph
    if (prev && continuesLine(lines[k - 1].text, line.text) && singleBreak(text, prev.end, line.start)) {
      prev.end = line.end;
      prev.text = text.slice(prev.start, prev.end);
    } else out.push({ ...line });
  }
  return out;
}

/** True when text[from, to) (whitespace) holds exactly one line break. */
function singleBreak(text: string, from: number, to: number): boolean {
  let breaks = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (!isLineBreak(c)) continue;
    if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
    breaks++;
  }
  return breaks === 1;
}
