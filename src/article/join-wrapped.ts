// Hard-wrapped lines read as one paragraph: a line a wrap cut mid-sentence goes on the paragraph of
// the line before it (the rule of splitParagraphs' "wrapped" breaks). One step of parseArticle.
import type { MarkdownLine } from "../markdown/markdown-lines";
import { continuesLine } from "../segment/_lib/wrapped-lines";
import type { BodyLine } from "./assemble-body";

/**
 * Joins each body line that a hard wrap cut from the line right before it (the next source line,
 * no blank line between) to that line, with a space; the joined line keeps the first line's index
 * and notes the last one (`through`). Plain lines only: a Markdown heading, list item, table row
 * or a line with links after the first is not joined, nor any line of an HTML page (its blocks are
 * its paragraphs).
 *
 * @param lines - the body's content lines, in order
 * @param md - the rendered Markdown lines, for Markdown input; else null
 * @param html - whether the input was an HTML page
 * @returns the lines, wrapped ones joined
 * @example
 * ```ts
 * import { joinWrapped } from "./join-wrapped";
 * joinWrapped([{ index: 0, text: "Thực hiện theo quy định của" }, { index: 1, text: "pháp luật." }, { index: 3, text: "hôm nay" }], null, false);
 * //=> [{ index: 0, text: "Thực hiện theo quy định của pháp luật.", through: 1 }, { index: 3, text: "hôm nay" }]
 * ```
 */
export function joinWrapped(
  lines: readonly BodyLine[],
  md: readonly MarkdownLine[] | null,
  html: boolean,
): BodyLine[] {
  if (html) return [...lines];
  const plain = (i: number): boolean =>
    !md || (md[i].heading === 0 && !md[i].listItem && md[i].cells === null && !md[i].tableDelimiter);
  const joins = (a: BodyLine, b: BodyLine): boolean =>
    b.index === (a.through ?? a.index) + 1 &&
    plain(a.index) &&
    plain(b.index) &&
    !(md && md[b.index].links.length > 0) &&
    continuesLine(a.text, b.text);
  // each run of lines that join, [start, k), becomes one line; its text is made once, at the end
  // (testing the text joined so far against the next line, then joining, copied that text for
  // every line: quadratic in a long wrapped paragraph)
  const out: BodyLine[] = [];
  let start = 0;
  for (let k = 1; k <= lines.length; k++) {
    if (k < lines.length && joins(lines[k - 1], lines[k])) continue;
    if (k - start === 1) out.push(lines[start]);
    else {
      const text = lines
        .slice(start, k)
        .map((l) => l.text)
        .join(" ");
      out.push({ index: lines[start].index, text, through: lines[k - 1].index });
    }
    start = k;
  }
  return out;
}
