// A GFM table read without the parser where its shape leaves no doubt: the parser costs about
// 100 µs a table row (five times a paragraph line), and crawled pages hold long tables. The rows
// are split into cells at their pipes as micromark-extension-gfm-table splits them; a cell with
// inline markup is parsed alone, as the one-line paragraph it reads as. Each shortcut gives what
// parsing the table gives; test/markdown/shortcuts.test.ts checks that against markdownLinesByRun.
import { BLOCK_START, INLINE, NESTED_START } from "./line-patterns";
import { type Piece, planLine } from "./line-windows";
import { emptyLine, type MarkdownLine } from "./render-tree";

/** A table row whose cells render apart: the row's line and a rendered line per cell. */
export interface TableRow {
  target: MarkdownLine;
  cells: MarkdownLine[];
}

// what a row other than the delimiter row must not open with: a character that can start another
// block (a heading, a list, a quote, a fence, an HTML block, a thematic break, a setext underline)
// or indentation, which could end the table or make it something else
const ROW_OPENS_BLOCK = /^(?:[ \t#`~<*\-_=+>]|\d{1,9}[.)](?:[ \t]|$))/;
// a delimiter row's cell: dashes with an optional colon at either end
const DELIMITER_CELL = /^[ \t]*:?-+:?[ \t]*$/;
// what only the parser may read: an escape (it can hide a pipe), a carriage return
const UNSAFE = /[\\\r]/;
/**
 * A cell's content without the blanks micromark trims from it: spaces and tabs, not other Unicode
 * spaces, which are content (a loop rather than a regex, which would backtrack over a long run of
 * blanks before a character).
 */
function trimBlanks(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && (s.charCodeAt(a) === 32 || s.charCodeAt(a) === 9)) a++;
  while (b > a && (s.charCodeAt(b - 1) === 32 || s.charCodeAt(b - 1) === 9)) b--;
  return s.slice(a, b);
}

/**
 * The cells of a row as micromark-extension-gfm-table splits them: at every pipe, a leading pipe
 * opening the row and a trailing pipe closing it (when it is not that same pipe) taking no cell
 * of their own; a row with no cell at all has one empty cell. Contents trimmed of spaces and tabs.
 */
export function splitRow(row: string): string[] {
  const parts = row.split("|");
  const trimmed = trimBlanks(row);
  if (trimmed.startsWith("|")) parts.shift();
  if (trimmed.endsWith("|") && parts.length > 1) parts.pop();
  return parts.map(trimBlanks);
}

/**
 * Plans the table that source lines [from, to) are, a header row, a delimiter row and body rows
 * (no blank line among them, none after `to`'s line in the same piece), without the parser: the
 * delimiter row and the cells with no markup are rendered into `lines` at once; each cell with
 * markup is planned like a line of its own (see planLine), its piece pushed to `pieces`. Returns
 * the rows to finish with finishTableRows once the pieces are rendered, or null (nothing planned)
 * when the lines are not a table of the plain shape: no row indented or opening with a character
 * that can start another block, no escape, a header with a letter or digit that has as many cells
 * as the delimiter row, no cell with markup that opens a block, and no link reference definitions
 * in the text (`hasDefs`), which would make brackets links.
 */
export function planTable(
  src: string[],
  from: number,
  to: number,
  lines: MarkdownLine[],
  hasDefs: boolean,
  pieces: Piece[],
): TableRow[] | null {
  if (hasDefs || to - from < 2) return null;
  for (let k = from; k < to; k++) {
    // the delimiter row opens with dashes or a colon, but not with a list marker ("- |")
    const opens =
      k === from + 1 ? /^[ \t]/.test(src[k]) || BLOCK_START.test(src[k]) : ROW_OPENS_BLOCK.test(src[k]);
    if (opens || UNSAFE.test(src[k])) return null;
  }
  const header = src[from];
  if (!header.includes("|") || !/[^\s|]/.test(header)) return null;
  const delimiter = splitRow(src[from + 1]);
  if (!src[from + 1].includes("|") || !delimiter.every((c) => DELIMITER_CELL.test(c))) return null;
  if (splitRow(header).length !== delimiter.length) return null;
  const rows: { at: number; cells: string[] }[] = [];
  for (let k = from; k < to; k++) {
    if (k === from + 1) continue;
    const cells = splitRow(src[k]);
    for (const c of cells) if (INLINE.test(c) && (BLOCK_START.test(c) || NESTED_START.test(c))) return null;
    rows.push({ at: k, cells });
  }
  lines[from + 1].tableDelimiter = true;
  const out: TableRow[] = [];
  for (const { at, cells } of rows) {
    const rendered = cells.map((c) => {
      const line = emptyLine();
      if (!INLINE.test(c)) line.text = c;
      else {
        const p = planLine(c, line, false);
        if (p) pieces.push(p);
      }
      return line;
    });
    out.push({ target: lines[at], cells: rendered });
  }
  return out;
}

/**
 * Writes each planned row into its line, as the parser's table renders it: the cells' texts joined
 * by a tab, each cell's links moved to where its text lands, its markup in order.
 */
export function finishTableRows(rows: TableRow[]): void {
  for (const { target, cells } of rows) {
    let text = "";
    const texts: string[] = [];
    for (let c = 0; c < cells.length; c++) {
      const cell = cells[c];
      if (c > 0) text += "\t";
      for (const k of cell.links)
        target.links.push({ ...k, start: k.start + text.length, end: k.end + text.length });
      target.markup.push(...cell.markup);
      text += cell.text;
      texts.push(cell.text.trim());
    }
    target.text = text;
    target.cells = texts;
  }
}
