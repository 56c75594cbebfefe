// The body of an article assembled from its content lines: the text (one paragraph a content line,
// hard-wrapped lines already joined by joinWrapped; paragraphs joined by a blank line) and the
// structure its source gives (headings, links, tables, lists), as spans into that text. One step
// of parseArticle.
import type { HeadingSpan, LinkSpan, ListSpan, Span, TableSpan } from "../core/types";
import type { HtmlBlockInfo } from "../html/index";
import type { MarkdownLine } from "../markdown/markdown-lines";

/** A content line of the body: its index among the source lines and its text (trimmed, non-empty). */
export interface BodyLine {
  index: number;
  text: string;
  /** The last source line, when hard-wrapped lines were joined into this one (see joinWrapped). */
  through?: number;
}

/** Where the body's structure comes from: rendered Markdown lines or an HTML page's blocks, by source line. */
export interface BodyStructure {
  markdown: readonly Readonly<MarkdownLine>[] | null;
  html: HtmlBlockInfo[] | undefined;
  /** An HTML anchor's text as the body's text was normalised, so it can be found in its block. */
  normalizeAnchor: (anchor: string) => string;
  /** The page's URL, which relative link targets resolve against. */
  url?: string;
}

/** What {@link assembleBody} builds. */
export interface Body {
  text: string;
  paragraphs: Span[];
  headings: HeadingSpan[];
  links: LinkSpan[];
  tables: TableSpan[];
  lists: ListSpan[];
}

/**
 * Joins the body lines into the article's text, one paragraph a line, and maps the structure of
 * their source onto it: headings, links whose anchor text stays in the text, tables (rows on
 * adjacent lines, or an HTML table's rows) and lists (a run of items, a blank line between allowed).
 *
 * @param lines - the body's content lines, with their source line numbers
 * @param from - the rendered Markdown lines or the HTML blocks' structure, by source line
 * @returns the text and its spans
 * @example
 * ```ts
 * import { assembleBody } from "./assemble-body";
 * import { markdownLines } from "../markdown/index";
 * const markdown = markdownLines("## Kết quả\n\n| Chức vụ | Họ tên |\n|---|---|\n| Tổng Bí thư | Tô Lâm |");
 * const lines = [0, 2, 4].map((index) => ({ index, text: markdown[index].text }));
 * const body = assembleBody(lines, { markdown, html: undefined, normalizeAnchor: (a) => a });
 * [body.text, body.headings[0].level, body.tables[0].rows];
 * //=> ["Kết quả\n\nChức vụ\tHọ tên\n\nTổng Bí thư\tTô Lâm", 2, [["Chức vụ", "Họ tên"], ["Tổng Bí thư", "Tô Lâm"]]]
 * ```
 */
export function assembleBody(lines: readonly BodyLine[], from: BodyStructure): Body {
  const md = from.markdown;
  const structure = from.html;
  const paragraphs: Span[] = [];
  const parts: string[] = [];
  let offset = 0;
  const headings: HeadingSpan[] = [];
  const links: LinkSpan[] = [];
  const tables: TableSpan[] = [];
  let table: { start: number; end: number; rows: string[][] } | null = null;
  const lists: ListSpan[] = [];
  let list: ListSpan | null = null;
  for (let k = 0; k < lines.length; k++) {
    const t = lines[k].text;
    if (parts.length) offset += 2;
    paragraphs.push({ start: offset, end: offset + t.length, text: t });
    parts.push(t);
    const i = lines[k].index;
    const level = md ? md[i].heading : (structure?.[i]?.heading ?? 0);
    if (level > 0) headings.push({ level, start: offset, end: offset + t.length, text: t });
    // list items: a run of them (a blank line between allowed) is a list
    const item = md ? md[i].listItem : structure?.[i]?.listItem === true;
    const span = { start: offset, end: offset + t.length, text: t };
    const ordered = md?.[i].ordered ?? false;
    if (item && list && k > 0 && lines[k - 1].index >= i - 2 && list.ordered === ordered) {
      list.items.push(span);
      list.end = span.end;
    } else {
      if (list) lists.push(list);
      list = item ? { ...span, ordered, items: [span] } : null;
    }
    const domLinks = structure?.[i]?.links;
    if (domLinks) findAnchors(t, offset, domLinks, from, links);
    if (md) {
      for (const l of md[i].links)
        links.push({
          href: l.href,
          start: offset + l.start,
          end: offset + l.end,
          text: t.slice(l.start, l.end),
        });
    }
    // table rows: Markdown rows on adjacent lines, or an HTML page's rows of one <table>
    const cells = md ? md[i].cells : (structure?.[i]?.cells ?? null);
    const prev = k > 0 ? lines[k - 1].index : -1;
    const sameTable = md
      ? prev >= 0 && prev >= i - 2
      : prev >= 0 &&
        structure?.[prev]?.table !== undefined &&
        structure?.[prev]?.table === structure?.[i]?.table;
    if (cells && table && sameTable) {
      table.rows.push(cells);
      table.end = offset + t.length;
    } else {
      if (table) tables.push({ ...table, text: "" });
      table = cells ? { start: offset, end: offset + t.length, rows: [cells] } : null;
    }
    offset += t.length;
  }
  if (table) tables.push({ ...table, text: "" });
  if (list) lists.push(list);
  const text = parts.join("\n\n");
  for (const tb of tables) tb.text = text.slice(tb.start, tb.end);
  for (const l of lists) l.text = text.slice(l.start, l.end);
  return { text, paragraphs, headings, links, tables, lists };
}

/** An HTML block's anchors, found in its text in order. */
function findAnchors(
  line: string,
  offset: number,
  anchors: readonly { text: string; href: string }[],
  from: BodyStructure,
  out: LinkSpan[],
): void {
  let after = 0;
  for (const l of anchors) {
    const anchor = from.normalizeAnchor(l.text);
    const at = anchor ? line.indexOf(anchor, after) : -1;
    if (at < 0) continue;
    out.push({
      href: resolveHref(l.href, from.url),
      start: offset + at,
      end: offset + at + anchor.length,
      text: anchor,
    });
    after = at + anchor.length;
  }
}

/** A link target made absolute against the page's URL where it can be. */
function resolveHref(href: string, base: string | undefined): string {
  if (!base) return href;
  try {
    return new URL(href, base).href;
  } catch {
    return href;
  }
}
