import type { Span } from "../core/types";
import { expectOneOf, expectOptions, expectString } from "../core/validate";
import { C_SPACE, classOf } from "./_lib/char-class";

/** Options of {@link splitParagraphs}. */
export interface SplitParagraphsOptions {
  /**
   * What separates paragraphs: `"line"` (default) — every line break, as scrapers save articles
   * (one paragraph a line, blank lines between or not); `"blank"` — only blank lines, so that
   * hard-wrapped lines of one paragraph stay together.
   */
  breaks?: "line" | "blank";
}

const BREAKS = ["line", "blank"] as const;

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
 * @param options - (optional) `breaks`: `"line"` (default) or `"blank"`
 * @returns the non-blank paragraphs, in order
 * @throws TypeError when `text` is not a string; RangeError for an unknown `breaks` value
 * @example
 * ```ts
 * splitParagraphs("Tiêu đề\n\n Đoạn một. \n\u00a0\nĐoạn hai.").map((p) => p.text);
 * //=> ["Tiêu đề", "Đoạn một.", "Đoạn hai."]
 * ```
 */
export function splitParagraphs(text: string, options?: SplitParagraphsOptions): Span[] {
  expectString(text, "splitParagraphs", "text");
  expectOptions(options, "splitParagraphs");
  const breaks = options?.breaks;
  expectOneOf(breaks, BREAKS, "splitParagraphs", "options.breaks");
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
