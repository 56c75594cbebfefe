// Table rows a crawler broke out of their table. Some rows lost the delimiter row that made them a
// GFM table ("| Sinh | 1929 |"); others were cut at the line breaks inside their cells, so a row
// runs over several lines, some holding only pipes ("|", "| |"), some a cell's tail ("(1965-) |"),
// some the middle of a row ("Liên Xô | Tuần tra | 5 | 1011, 1012"). The parser reads all of these as
// paragraphs with literal pipes; here they become rows: cells split at the pipes, joined by a tab.
import type { LineLink, MarkdownLine } from "./render-tree";

// a line of pipes and blanks only: a row's boundary left alone on its line
const PIPES_ONLY = /^[ \t]*\|[| \t]*$/;

/**
 * Splits a line at its pipes outside square brackets ("[sửa | sửa mã nguồn]" is one label, a
 * wiki's edit link, not two cells); a pipe opening or closing the line opens or closes the row and
 * makes no cell. Returns null when no pipe is outside brackets.
 */
function splitCells(t: string): string[] | null {
  const cells: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c === 91) depth++;
    else if (c === 93) depth = depth > 0 ? depth - 1 : 0;
    else if (c === 124 && depth === 0) {
      cells.push(t.slice(from, i));
      from = i + 1;
    }
  }
  if (cells.length === 0) return null;
  cells.push(t.slice(from));
  if (t.startsWith("|")) cells.shift();
  if (t.endsWith("|") && cells.length > 0) cells.pop();
  return cells.map((c) => c.trim());
}

/** Makes rendered line `l` a row of `cells`: text joined by tabs, links found again by their anchors. */
function makeRow(l: MarkdownLine, cells: string[]): void {
  const text = cells.join("\t").trim();
  const links: LineLink[] = [];
  let from = 0;
  for (const k of l.links) {
    const anchor = l.text.slice(k.start, k.end);
    const at = text.indexOf(anchor, from);
    if (at < 0) continue;
    links.push({ start: at, end: at + anchor.length, href: k.href });
    from = at + anchor.length;
  }
  l.cells = cells;
  l.text = text;
  l.links = links;
}

// an ATX heading's opening hashes: a heading without them is a setext one (its text, then a line of
// "-" or "="), which in a broken table is a row above a cell that holds only "-"
const ATX = /^ {0,3}#/;

/**
 * A line the parser left as text with a pipe in it, which may be a row the crawler broke: a
 * paragraph, or a setext heading (a row whose next source line is a cell of "-").
 */
function candidate(l: MarkdownLine, src: string): boolean {
  if (l.cells !== null || !l.text.includes("|")) return false;
  return l.heading === 0 || !ATX.test(src);
}

/**
 * Where a heading's trailing padding of pipes starts ("Cơ quan cấp bộ | |||": pipes and blanks
 * after a blank, closing the line), or -1 when the text does not end so or has nothing before it.
 */
function paddingStart(t: string): number {
  let i = t.length;
  let pipes = 0;
  while (i > 0) {
    const c = t.charCodeAt(i - 1);
    if (c === 124) pipes++;
    else if (c !== 32 && c !== 9) break;
    i--;
  }
  if (pipes === 0 || i === 0) return -1;
  // the run must open with a blank: "a|b |" keeps its last cell's pipe as text
  const first = t.charCodeAt(i);
  return first === 32 || first === 9 ? i : -1;
}

/**
 * Reads the rows a crawler broke out of their tables, in place. A rendered line with a pipe outside
 * brackets is a row when it opens or closes with a pipe, or when the source line before or after it
 * is a row's boundary (pipes only) or a row's fragment (a line that opens with a pipe and does not
 * close with one, or the reverse: a row whose cells ran over lines). A line with pipes between
 * words only and no such neighbour ("Thời sự | Kinh tế", a menu; "Opinion | Why…", a cited title)
 * stays text. Padding pipes ("| ||||") give empty cells at the end, which the text drops. A setext
 * heading is read the same way (a row above a cell of "-", which the parser took for an underline);
 * an ATX heading loses a row's padding after its text ("## Cơ quan cấp bộ | |||").
 *
 * @param src - the source lines
 * @param lines - their rendered lines, `lines[i]` for `src[i]`
 */
export function repairBrokenRows(src: readonly string[], lines: MarkdownLine[]): void {
  const fragment = (i: number): boolean => {
    if (i < 0 || i >= src.length) return false;
    const s = src[i].trim();
    if (PIPES_ONLY.test(s)) return true;
    return s.startsWith("|") !== s.endsWith("|");
  };
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (l.heading > 0 && l.cells === null && ATX.test(src[i])) {
      // a heading with a row's padding after its text: the pipes are markup, not words
      const cut = paddingStart(l.text);
      if (cut >= 0) l.text = l.text.slice(0, cut);
      continue;
    }
    if (!candidate(l, src[i])) continue;
    const t = l.text.trim();
    const edged = t.startsWith("|") || t.endsWith("|");
    if (!edged && !fragment(i - 1) && !fragment(i + 1)) continue;
    const cells = splitCells(t);
    if (!cells) continue;
    makeRow(l, cells);
    l.heading = 0;
  }
}
