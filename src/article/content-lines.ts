// The lines left once chrome is stripped (and Markdown rendered), and the ledger of what left the
// text, kept by source line so that `removed` comes out in input order. One step of parseArticle.
import type { StrippedLine } from "../chrome/strip-chrome";
import type { RemovedBlock } from "../core/types";
import type { MarkdownLine } from "../markdown/markdown-lines";
import type { BodyLine } from "./assemble-body";

/** What left the text, by source line: the cuts out of a line, then the line itself when it left. */
export interface Ledger {
  lines: (RemovedBlock | null)[];
  cuts: Map<number, RemovedBlock[]>;
}

const HAS_WORD = /[\p{L}\p{N}]/u;

/**
 * The content lines, trimmed and non-empty, each rendered without its markup for Markdown input;
 * and the ledger: chrome lines with their family, cuts out of content lines, punctuation-only
 * lines ("blank"), and what Markdown rendering took out (link targets, lines of markup only).
 *
 * @param source - the source lines (normalised)
 * @param stripped - what chrome removal did to each, from stripChromeLines
 * @param md - the rendered Markdown lines, for Markdown input; else null
 * @returns the content lines and the ledger
 * @example
 * ```ts
 * import { contentLines, ledgerBlocks } from "./content-lines";
 * import { stripChromeLines } from "../chrome/index";
 * const source = ["Chia sẻ bài viết", " Bộ Chính trị họp sáng nay tại Hà Nội, bàn về công tác cán bộ. ", "-----"];
 * const { content, ledger } = contentLines(source, stripChromeLines(source), null);
 * [content, ledgerBlocks(ledger)];
 * //=> [[{ index: 1, text: "Bộ Chính trị họp sáng nay tại Hà Nội, bàn về công tác cán bộ." }], [{ text: "Chia sẻ bài viết", reason: "share-bar" }, { text: "-----", reason: "blank" }]]
 * ```
 */
export function contentLines(
  source: readonly string[],
  stripped: readonly StrippedLine[],
  md: readonly MarkdownLine[] | null,
): { content: BodyLine[]; ledger: Ledger } {
  const ledger: Ledger = { lines: new Array(source.length).fill(null), cuts: new Map() };
  const content: BodyLine[] = [];
  for (let i = 0; i < stripped.length; i++) {
    const l = stripped[i];
    if (l.kept !== null) {
      // link targets, image sources and definitions: markup, listed so no letter or digit is lost
      const markup = md ? md[i].markup : [];
      const cuts = markup.length
        ? [...l.removed, ...markup.map((m): RemovedBlock => ({ text: m, reason: "markup" }))]
        : l.removed;
      if (cuts.length) ledger.cuts.set(i, cuts);
      const rendered = md ? md[i].text : l.kept.trim();
      if (rendered) content.push({ index: i, text: rendered });
      else if (HAS_WORD.test(source[i]) && !md?.[i].markup.length)
        ledger.lines[i] = { text: source[i].trim(), reason: "markup" };
    } else if (l.removed.length) {
      // a line of punctuation is markup where the parser took it all ("|---|", "|"), else blank ("□", "...")
      const r = l.removed[0];
      ledger.lines[i] = l.kind === "blank" && md && !md[i].text ? { text: r.text, reason: "markup" } : r;
    }
  }
  return { content, ledger };
}

/** The ledger's blocks in input order: for each line, its cuts, then the line (see contentLines' example). */
export function ledgerBlocks(ledger: Ledger): RemovedBlock[] {
  const out: RemovedBlock[] = [];
  for (let i = 0; i < ledger.lines.length; i++) {
    const cuts = ledger.cuts.get(i);
    if (cuts) for (const c of cuts) out.push(c);
    const r = ledger.lines[i];
    if (r) out.push(r);
  }
  return out;
}
