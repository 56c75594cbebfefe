// Markdown read with the unified ecosystem's parser and rendered back one source line at a time
// (render-tree.ts). Chrome is decided on the source lines, so rendering by line keeps the two
// aligned. Only lines that can be markup go to the parser, through the shortcuts of
// line-windows.ts and render-batches.ts; markdownLinesByRun is the reference they are tested
// against. Table rows a crawler broke out of their table are read as rows again.

import { repairBrokenRows } from "./broken-rows";
import {
  BLOCK_START,
  CHUNK,
  DEFINITION,
  DELIMITER_ROW,
  INLINE,
  LONG_LINE,
  NESTED_START,
  OPENS_RAW_BLOCK,
  WHOLE_LINE,
} from "./line-patterns";
import { type Piece, planLine, renderStarLines } from "./line-windows";
import { renderPieces } from "./render-batches";
import { emptyLine, type MarkdownLine, renderPiece } from "./render-tree";
import { finishTableRows, planTable, type TableRow } from "./table-rows";

export type { LineLink, MarkdownLine } from "./render-tree";

/** The source lines and what holds across them. */
interface Source {
  src: string[];
  /** Whether the text may define link references (brackets are then markup). */
  defs: boolean;
}

/**
 * Whether line `i` can render other than as its own text, so the parser must read it: a block
 * start, inline markup, a "[" where definitions exist, or a table's header or delimiter row.
 */
function needsParser(source: Source, i: number): boolean {
  const { src, defs } = source;
  const l = src[i];
  if (BLOCK_START.test(l) || INLINE.test(l)) return true;
  if (defs && (l.includes("[") || l.includes("]"))) return true;
  return isDelimiterRow(src, i) || isDelimiterRow(src, i + 1);
}

/** Whether line `i` has the characters of a table's delimiter row. */
function isDelimiterRow(src: string[], i: number): boolean {
  const line = src[i];
  if (line === undefined || !line.includes("-") || !(line.includes("|") || line.includes(":"))) return false;
  return DELIMITER_ROW.test(line);
}

// a line that starts a block whatever the line before it: a bullet item or an item numbered 1 with
// content, an ATX heading
const STARTS_BLOCK = /^ {0,3}(?:[-+*]|1[.)]|#{1,6})[ \t]+(?=\S)/;
// a link reference definition's label and colon where a one-line DEFINITION does not see it: over
// lines, or after list or quote markers (a label holds no bracket and at most 999 characters)
const LABEL_COLON = /^[ \t>]*(?:(?:[-+*]|\d{1,9}[.)])[ \t>]+)*\[[^[\]]{1,999}\]:/m;
// a plain line that can continue a paragraph lazily: no indentation (which could make it code or
// part of a nested block)
const LAZY_LINE = /^[^ \t]/;
// an item numbered other than 1: a new block only after a sibling item (same indent and delimiter)
const NUMBERED = /^( {0,3})\d{1,9}([.)])[ \t]+(?=\S)/;

/**
 * Whether lines [from, to) each start a block of their own (a list's items, headings) or are plain
 * text that continues the block before it, so each parses as it would alone: no inline markup
 * spans two lines (a plain line has no markup character to open or close it), and none is a
 * setext underline, a table's row or a thematic break. A plain line continues a list item's or a
 * quote's paragraph lazily, or follows a heading as a paragraph: either way it renders as written,
 * and the line after it must be one that can interrupt a paragraph. Where the text defines link
 * references a plain line could be a definition's title, so then every line must start a block.
 */
function startsBlocks(source: Source, from: number, to: number): boolean {
  const { src, defs } = source;
  for (let k = from; k < to; k++) {
    const l = src[k];
    if (WHOLE_LINE.test(l) && !/^ {0,3}#/.test(l)) return false;
    if (k === from && !OPENS_RAW_BLOCK.test(l)) continue;
    if (!defs && LAZY_LINE.test(l) && !needsParser(source, k) && !src[k - 1].endsWith("\\")) continue;
    // what the marker holds must not open a block itself: nested in a line that interrupts
    // another, it may parse otherwise than alone
    const b = STARTS_BLOCK.exec(l);
    if (b && !NESTED_START.test(l.slice(b[0].length))) continue;
    const n = NUMBERED.exec(l);
    // a numbered item interrupts only its sibling item, not the plain line after one
    const prev = n ? NUMBERED.exec(src[k - 1]) : null;
    if (!n || !prev || prev[1] !== n[1] || prev[2] !== n[2] || NESTED_START.test(l.slice(n[0].length)))
      return false;
  }
  return true;
}

/**
 * A line longer than LONG_LINE (a whole scraped article on one line), parsed in segments of at most
 * CHUNK characters cut after a sentence's end (". ", "? ", "! ", "; "), else after a space; inline
 * markup rarely crosses a sentence. The segments' renderings are joined with their links shifted; the
 * line's block structure (heading, list item) is the first segment's. A table row stays unparsed.
 */
function renderLongLine(line: string, defs: string): MarkdownLine {
  const out = emptyLine();
  let text = "";
  for (let at = 0; at < line.length; ) {
    let cut = Math.min(line.length, at + CHUNK);
    if (cut < line.length) {
      const window = line.slice(at, cut);
      const sentence = Math.max(
        window.lastIndexOf(". "),
        window.lastIndexOf("? "),
        window.lastIndexOf("! "),
        window.lastIndexOf("; "),
      );
      const space = window.lastIndexOf(" ");
      if (sentence > CHUNK / 4) cut = at + sentence + 2;
      else if (space > CHUNK / 4) cut = at + space + 1;
    }
    const piece: MarkdownLine[] = [emptyLine()];
    renderPiece([line.slice(at, cut)], 0, 1, defs, piece);
    const seg = piece[0];
    if (at === 0) {
      out.heading = seg.heading;
      out.listItem = seg.listItem;
      out.ordered = seg.ordered;
    }
    // the parser drops a segment's leading and trailing blanks: one space stands for the cut
    const joint = text && seg.text && !/\s$/.test(text) && !/^\s/.test(seg.text) ? " " : "";
    const shift = text.length + joint.length;
    for (const k of seg.links) out.links.push({ ...k, start: k.start + shift, end: k.end + shift });
    out.markup.push(...seg.markup);
    text += joint + seg.text;
    at = cut;
  }
  out.text = text;
  return out;
}

/** The header and delimiter rows of a table. */
interface TableHead {
  header: string;
  delimiter: string;
}

/** Whether a piece ending before line `j` was cut at CHUNK, its next line going on (non-blank, not long). */
function goesOn(src: string[], j: number): boolean {
  return j < src.length && src[j].trim() !== "" && src[j].length <= LONG_LINE;
}

/**
 * Where the table rows from line `from` end: at a blank line, a line that can open another block
 * (a heading, a quote, a list item, a fence, HTML, indented code, a thematic break), a long line,
 * or CHUNK characters on.
 */
function tableRowsEnd(src: string[], from: number): number {
  let j = from;
  let size = 0;
  while (j < src.length && goesOn(src, j) && size + src[j].length <= CHUNK) {
    if (BLOCK_START.test(src[j]) || OPENS_RAW_BLOCK.test(src[j])) break;
    size += src[j].length + 1;
    j++;
  }
  return j;
}

/**
 * Reads Markdown and renders each source line: its visible text (emphasis markers, heading hashes,
 * link targets, image syntax and table pipes out; link anchors, image alt text and cell texts in,
 * cells joined by a tab) and the structure its markup gave. Lines keep their number, so
 * `markdownLines(md)[i]` is line `i` of `md.split("\n")`.
 *
 * @param markdown - the Markdown text
 * @returns one rendered line per source line
 * @throws TypeError when markdown is not a string
 * @example
 * ```ts
 * import { markdownLines } from "vietnews";
 * markdownLines("## Tiểu sử\n**Ông** sinh tại [Quảng Trị](https://vi.wikipedia.org/wiki/Quảng_Trị).").map((l) => [l.text, l.heading]);
 * //=> [["Tiểu sử", 2], ["Ông sinh tại Quảng Trị.", 0]]
 * ```
 */
export function markdownLines(markdown: string): MarkdownLine[] {
  return renderLines(markdown, true, "markdownLines");
}

/**
 * {@link markdownLines} without its shortcuts: every run of lines parsed whole, one parse each, as
 * the shortcuts (plain headings and items written directly, windows of lines, plain runs shortened,
 * runs parsed together) claim to give the same as; about three times slower on a crawl. For tests
 * and for checking a page when a rendering looks wrong.
 *
 * @param markdown - the Markdown text
 * @returns one rendered line per source line, as markdownLines gives
 * @throws TypeError when markdown is not a string
 * @example
 * ```ts
 * import { markdownLinesByRun } from "vietnews";
 * markdownLinesByRun("- Người Hà Tĩnh\n**Ông** sinh năm 1963.").map((l) => [l.text, l.listItem]);
 * //=> [["Người Hà Tĩnh", true], ["Ông sinh năm 1963.", false]]
 * ```
 */
export function markdownLinesByRun(markdown: string): MarkdownLine[] {
  return renderLines(markdown, false, "markdownLinesByRun");
}

/**
 * Renders source lines [i, j) directly when they are one paragraph whose only markup is stars that
 * pair up line by line (renderStarLines): no line opens a block, ends in a backslash (a hard break
 * that joins the next), or belongs to a table, and the text defines no link reference.
 */
function starParagraph(source: Source, i: number, j: number, table: boolean, lines: MarkdownLine[]): boolean {
  if (table || source.defs) return false;
  const { src } = source;
  for (let k = i; k < j; k++) if (BLOCK_START.test(src[k]) || src[k].endsWith("\\")) return false;
  return renderStarLines(src.slice(i, j), lines.slice(i, j));
}

/** What a blank line renders to, shared and frozen (see {@link markdownPage}). */
const BLANK: MarkdownLine = Object.freeze({
  ...emptyLine(),
  links: Object.freeze([]) as never[],
  markup: Object.freeze([]) as never[],
});

/**
 * @internal {@link markdownLines} for a caller that only reads the result (parseArticle): every
 * blank line is one shared, frozen entry, so a page of many keeps no object a line alive.
 */
export function markdownPage(markdown: string): readonly Readonly<MarkdownLine>[] {
  return renderLines(markdown, true, "markdownLines", true);
}

function renderLines(markdown: string, shortcuts: boolean, name: string, shareBlank = false): MarkdownLine[] {
  if (typeof markdown !== "string")
    throw new TypeError(`vietnews.${name}: expected markdown to be a string, got ${typeof markdown}`);
  const src = markdown.split("\n");
  // a blank line is never written to: nothing parses it, and its text is "" once trimmed
  const lines: MarkdownLine[] = new Array(src.length);
  for (let i = 0; i < src.length; i++) lines[i] = shareBlank && !src[i].trim() ? BLANK : emptyLine();
  // link reference definitions reach across the text: each parsed piece gets them after it
  // (each on a line of its own between blank ones, as a definition cannot interrupt a paragraph)
  const mayDefine = markdown.includes("]:");
  const defs = mayDefine ? src.filter((l) => DEFINITION.test(l)).join("\n\n") : "";
  // a definition's label may run over lines ("[\nvb\n]: https://…"), or sit in a list item or a
  // quote: then brackets are markup everywhere, as where a one-line definition exists
  const hasDefs = defs.length > 0 || (mayDefine && LABEL_COLON.test(markdown));
  const source: Source = { src, defs: hasDefs };
  const pieces: Piece[] = [];
  const tableRows: TableRow[] = [];
  // pieces: from a line that can be markup over the non-blank lines after it, cut at CHUNK
  // characters (the parser's time grows faster than the text on some inputs: a bounded piece keeps
  // the whole linear); a line longer than LONG_LINE is parsed in sentence-bounded segments
  // a table still open where a piece was cut at CHUNK: its header and delimiter rows, which the
  // rows after the cut are parsed under
  let carry: TableHead | null = null;
  for (let i = 0; i < src.length; ) {
    const line = src[i];
    if (carry && line.trim() && line.length <= LONG_LINE) {
      const to = tableRowsEnd(src, i);
      if (to > i) {
        const vsrc = [carry.header, carry.delimiter, ...src.slice(i, to)];
        const vlines = [emptyLine(), emptyLine(), ...lines.slice(i, to)];
        if (!shortcuts) renderPiece(vsrc, 0, vsrc.length, defs, vlines);
        else {
          const rows = planTable(vsrc, 0, vsrc.length, vlines, hasDefs, pieces);
          if (rows) tableRows.push(...rows);
          else pieces.push({ src: vsrc, into: vlines });
        }
        if (!goesOn(src, to)) carry = null;
        i = to;
        continue;
      }
    }
    carry = null;
    if (!line.trim()) {
      i++;
      continue;
    }
    if (!needsParser(source, i)) {
      lines[i].text = line;
      i++;
      continue;
    }
    if (line.length > LONG_LINE) {
      if (!line.trimStart().startsWith("|")) lines[i] = renderLongLine(line, defs);
      else lines[i].text = line;
      i++;
      continue;
    }
    let j = i + 1;
    let size = line.length;
    let table = isDelimiterRow(src, i);
    let delimiterAt = -1;
    let lastMarked = i;
    while (j < src.length && src[j].trim() && src[j].length <= LONG_LINE && size + src[j].length <= CHUNK) {
      if (isDelimiterRow(src, j)) {
        table = true;
        delimiterAt = j;
      }
      // a line after one that ends in a backslash (a hard break) belongs to it; where the text
      // defines link references, every line may be a definition's destination or title
      if (needsParser(source, j) || table || hasDefs || src[j - 1].endsWith("\\")) lastMarked = j;
      size += src[j].length + 1;
      j++;
    }
    // a table cut at CHUNK goes on after the cut, under its header (the rows between hold no block start)
    if (delimiterAt > i && goesOn(src, j) && tableRowsEnd(src, delimiterAt + 1) >= j)
      carry = { header: src[delimiterAt - 1], delimiter: src[delimiterAt] };
    if (!shortcuts) {
      renderPiece(src, i, j, defs, lines);
      i = j;
      continue;
    }
    const rows = table && lastMarked === j - 1 ? planTable(src, i, j, lines, hasDefs, pieces) : null;
    if (rows) {
      tableRows.push(...rows);
      i = j;
      continue;
    }
    // the piece ends at its last line that can be markup (every line after a delimiter row, as a
    // table's rows need no pipe): the plain lines after it are continuation text the parser gives back as
    // written (a paragraph's, a list item's, a quote's or a code block's)
    if (lastMarked === i || startsBlocks(source, i, lastMarked + 1)) {
      for (let k = i; k <= lastMarked; k++) {
        const p = planLine(src[k], lines[k], hasDefs);
        if (p) pieces.push(p);
      }
    } else if (!starParagraph(source, i, lastMarked + 1, table, lines))
      pieces.push({ src: src.slice(i, lastMarked + 1), into: lines.slice(i, lastMarked + 1) });
    for (let k = lastMarked + 1; k < j; k++) lines[k].text = src[k];
    i = j;
  }
  renderPieces(pieces, defs, hasDefs);
  finishTableRows(tableRows);
  repairBrokenRows(src, lines);
  for (const l of lines) {
    if (l === BLANK) continue;
    if (l.links.length === 0) {
      l.text = l.text.trim();
      continue;
    }
    // leading blanks of a rendered line move its links
    const trimmed = l.text.trimStart();
    const shift = l.text.length - trimmed.length;
    for (const k of l.links) {
      k.start -= shift;
      k.end -= shift;
    }
    l.text = trimmed.trimEnd();
    l.links = l.links.filter((k) => k.start >= 0 && k.end <= l.text.length && k.end > k.start);
  }
  return lines;
}
