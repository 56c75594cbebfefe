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
  const out: BodyLine[] = [];
  for (const line of lines) {
    const prev = out[out.length - 1];
    const last = prev ? (prev.through ?? prev.index) : -2;
    if (
      prev &&
      line.index === last + 1 &&
      plain(last) &&
      plain(line.index) &&
      !(md && md[line.index].links.length > 0) &&
      continuesLine(prev.text, line.text)
    ) {
      out[out.length - 1] = { index: prev.index, text: `${prev.text} ${line.text}`, through: line.index };
    } else out.push(line);
  }
  return out;
}
