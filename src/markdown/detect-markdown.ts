// Whether a plain-text input is Markdown: markup a crawler or reader service writes, counted line by
// line. Every regex is anchored or bounded, so linear.

/** What {@link detectMarkdown} found. */
export interface MarkdownDetection {
  /** True when the text reads as Markdown. */
  markdown: boolean;
  /** How sure (0.5–1): the share of the evidence on the side decided. */
  confidence: number;
  /** The evidence: points of Markdown markup found. */
  score: number;
}

const HEADING = /^#{1,6}[ \t]+\S/;
const TITLE = /^#{1,6} [^\s#]/;
const DELIMITER_ROW = /^\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)+\|?[ \t]*$/;
const LINK = /!?\[[^\]\n]{0,400}\]\([^()\s]{1,800}\)/;
const STRONG = /(?:^|[^*])\*\*[^*\n]{1,300}\*\*/;
// a line that is one bold run: the bold subheading or byline Markdown writers use ("**Gia Chính**")
const STRONG_LINE = /^[ \t]{0,3}\*\*[^*\n]{1,300}\*\*[ \t]*$/;
const BULLET = /^[ \t]{0,3}[-*+][ \t]+\S/;
/** Points a text needs to read as Markdown. */
const THRESHOLD = 4;

/**
 * Detects Markdown in a plain-text input. Each line adds points: an ATX heading ("## Tiểu sử") 2, a
 * table delimiter row ("|---|---|") 3, a link or image ("[anchor](url)") 2, another bold pair
 * ("**Ông**") 1, a bullet item 0.5. A line that is one bold run ("**Gia Chính**", a bold subheading or
 * byline) and a heading on the first line ("# Tiêu đề", the title as crawlers write it) are Markdown
 * on their own (4): plain text writes neither. The text is Markdown at 4 points or more: one stray "#" or "*" (a plain
 * text's hashtag or footnote star) is not enough. `confidence` is the points' distance from the
 * threshold, squashed to 0.5–1.
 *
 * @param text - the input text
 * @returns whether it is Markdown, how sure, and the points found
 * @throws TypeError when text is not a string
 * @example
 * ```ts
 * import { detectMarkdown } from "vietnews";
 * detectMarkdown("## Tiểu sử\n**Ông** sinh tại [Quảng Trị](https://vi.wikipedia.org/wiki/Quảng_Trị).").markdown;
 * //=> true
 * detectMarkdown("Giá vàng tăng *mạnh* trong tuần #1 của tháng.").markdown;
 * //=> false
 * ```
 */
export function detectMarkdown(text: string): MarkdownDetection {
  if (typeof text !== "string")
    throw new TypeError(`vietnews.detectMarkdown: expected text to be a string, got ${typeof text}`);
  let score = 0;
  let start = 0;
  let first = true;
  // stops counting once the decision cannot change much (a long page's first part decides)
  while (start <= text.length && score < 4 * THRESHOLD) {
    let end = text.indexOf("\n", start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end);
    // a heading opening the text is the title as crawlers and reader services write it
    if (first && line.trim()) {
      first = false;
      if (TITLE.test(line)) score += THRESHOLD - 2;
    }
    if (HEADING.test(line)) score += 2;
    else if (DELIMITER_ROW.test(line)) score += 3;
    else if (BULLET.test(line)) score += 0.5;
    if (LINK.test(line)) score += 2;
    if (STRONG_LINE.test(line)) score += THRESHOLD;
    else if (STRONG.test(line)) score += 1;
    start = end + 1;
  }
  const markdown = score >= THRESHOLD;
  const d = Math.abs(score - THRESHOLD + (markdown ? 0 : 0.5));
  const confidence = Math.round((0.5 + 0.5 * (d / (d + 2))) * 100) / 100;
  return { markdown, confidence, score };
}
