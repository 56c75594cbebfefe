// Shortcuts for a line that stands alone: a plain heading or list item written directly, a line
// wrapped in stars unwrapped, and otherwise only the line's window given to the parser. Each gives
// what parsing the whole line gives; test/markdown/shortcuts.test.ts checks that against
// markdownLinesByRun.
import type { Parent, RootContent } from "mdast";
import {
  BLOCK_START,
  DEFINITION,
  NESTED_START,
  WHOLE_LINE,
  WINDOW_MARK,
  WINDOW_MARK_LINKS,
} from "./line-patterns";
import { emptyLine, type MarkdownLine, renderPiece } from "./render-tree";

/**
 * A piece of the source the parser reads: source lines and the rendered lines they fill. A window
 * of a line (see planLine) renders into a line of its own, merged into the real one after.
 */
export interface Piece {
  src: string[];
  into: MarkdownLine[];
  window?: Window;
}

/** A window of a line: the line, the window's bounds in it, whether it opens with a block marker. */
export interface Window {
  line: string;
  from: number;
  to: number;
  block: boolean;
  target: MarkdownLine;
}

/**
 * What the parser reads of one line that stands alone (no markup on the lines around it): only
 * its window, from the word with its first markup character (or from the line's start, when it
 * opens with a block marker) to the word with its last. Outside the window the line is plain text,
 * which the parser would give back as written; the window is cut at ASCII spaces, so the
 * characters beside every delimiter run look the same to the parser (a space, or the window's
 * edge, which counts as one). The window's parse must have the shape the whole line would (see
 * windowShapeHolds), else the whole line is parsed. A plain heading or list item and a line
 * wrapped in stars are rendered into `target` at once, and so is a line with no markup character.
 *
 * @returns the piece for the parser, or null when the line is rendered already
 */
export function planLine(line: string, target: MarkdownLine, hasDefs: boolean): Piece | null {
  const whole: Piece = { src: [line], into: [target] };
  if (DEFINITION.test(line) || WHOLE_LINE.test(line)) return whole;
  const block = BLOCK_START.exec(line);
  const marks = line.includes("](") || hasDefs ? WINDOW_MARK_LINKS : WINDOW_MARK;
  let first = -1;
  let last = -1;
  for (const m of line.matchAll(marks)) {
    if (first < 0) first = m.index;
    last = m.index;
  }
  if (block && first < 0 && renderPlainBlock(line, target)) return null;
  let from = 0;
  if (block) {
    // the first word of the content belongs to the window, so the block has content to hold
    let c = block[0].length;
    while (c < line.length && (line[c] === " " || line[c] === "\t")) c++;
    if (c > last) last = c;
  } else {
    if (first < 0) {
      target.text = line;
      return null;
    }
    from = Math.max(line.lastIndexOf(" ", first), line.lastIndexOf("\t", first)) + 1;
  }
  let to = line.length;
  for (let k = last + 1; k < line.length; k++) {
    if (line[k] === " " || line[k] === "\t") {
      to = k;
      break;
    }
  }
  if (!block && renderStarred(line, from, to, marks, target)) return null;
  // a window that ends in "#" may end in a heading's closing sequence ("## ##  Hà")
  if ((from === 0 && to === line.length) || line[to - 1] === "#") return whole;
  return {
    src: [line.slice(from, to)],
    into: [emptyLine()],
    window: { line, from, to, block: block !== null, target },
  };
}

// a heading or a list item (its marker and 1–4 spaces) whose content is plain text
const PLAIN_HEADING = /^ {0,3}(#{1,6})(?: +|$)/;
const PLAIN_ITEM = /^ {0,3}([-+]|\d{1,9}[.)]) {1,4}(?=[^ \t])/;

/**
 * Renders a line alone that is a heading or a list item with plain content (no markup character,
 * no tab, no closing hashes, nothing nested): CommonMark fixes what the parser gives for it, so it
 * is written directly, as most crawled headings and list items are ("## Tiểu sử", "- Người Hà
 * Tĩnh"). The tests check this against the parser. Returns false for any other line.
 */
function renderPlainBlock(line: string, target: MarkdownLine): boolean {
  if (line.includes("\t")) return false;
  const h = PLAIN_HEADING.exec(line);
  if (h) {
    target.heading = h[1].length;
    target.text = line.slice(h[0].length).trim();
    return true;
  }
  const item = PLAIN_ITEM.exec(line);
  if (!item) return false;
  const content = line.slice(item[0].length);
  if (NESTED_START.test(content)) return false;
  target.listItem = true;
  target.ordered = item[1] !== "-" && item[1] !== "+";
  target.text = (target.ordered ? `${item[1]} ` : "") + content.trim();
  return true;
}

// what CommonMark counts as whitespace and as punctuation beside a delimiter run (micromark's
// classifyCharacter, one UTF-16 unit at a time)
const WHITESPACE = /\s/;
const PUNCTUATION = /\p{P}|\p{S}/u;

function classOf(line: string, at: number): 0 | 1 | 2 {
  if (at < 0 || at >= line.length) return 1;
  const c = String.fromCharCode(line.charCodeAt(at));
  return WHITESPACE.test(c) ? 1 : PUNCTUATION.test(c) ? 2 : 0;
}

/**
 * Renders a paragraph line whose window (see planLine) holds no markup but stars, in runs that
 * each can only open or only close emphasis (CommonMark's flanking rules; the window's edges count
 * as spaces) and that alternate, opener then closer of the same length ("*Văn thư phòng* (năm
 * 1829 đổi là *Nội các*)", "**Kẻ Báng**,"): each closer then takes the opener before it whole, so
 * the line's text is the line without its runs. Checked against the parser by the tests. Returns
 * false for any other window.
 */
function renderStarred(line: string, from: number, to: number, marks: RegExp, target: MarkdownLine): boolean {
  if (line.charCodeAt(from) !== 42) return false;
  const window = line.slice(from, to);
  for (const m of window.matchAll(marks)) if (m[0] !== "*") return false;
  let text = "";
  let at = from;
  let open = 0;
  for (let k = from; k < to; ) {
    if (line.charCodeAt(k) !== 42) {
      k++;
      continue;
    }
    let end = k;
    while (end < to && line.charCodeAt(end) === 42) end++;
    const before = classOf(line, k === from ? -1 : k - 1);
    const after = classOf(line, end === to ? line.length : end);
    const left = after !== 1 && (after !== 2 || before !== 0);
    const right = before !== 1 && (before !== 2 || after !== 0);
    if (left === right) return false;
    if (left ? open !== 0 : open !== end - k) return false;
    open = left ? end - k : 0;
    text += line.slice(at, k);
    at = end;
    k = end;
  }
  if (open !== 0) return false;
  target.text = line.slice(0, from) + text + line.slice(at);
  return true;
}

/** Whether a window's parse (its top-level nodes) has the shape its whole line has. */
function windowShapeHolds(nodes: RootContent[], block: boolean): boolean {
  if (nodes.length !== 1) return false;
  const node = nodes[0];
  if (node.position?.start.line !== node.position?.end.line) return false;
  if (!block) return node.type === "paragraph";
  const content = (p: Parent) =>
    p.children.length === 0 || (p.children.length === 1 && p.children[0].type === "paragraph");
  switch (node.type) {
    case "heading":
    case "code":
      return true;
    case "blockquote":
      return content(node);
    case "list":
      return node.children.length === 1 && content(node.children[0]);
    default:
      return false;
  }
}

/** Merges a window's rendering into its line, or parses the whole line when the shape differs. */
export function finishWindow(piece: Piece, nodes: RootContent[], defs: string): void {
  const w = piece.window as Window;
  if (!windowShapeHolds(nodes, w.block)) {
    renderPiece([w.line], 0, 1, defs, [w.target]);
    return;
  }
  const r = piece.into[0];
  const prefix = w.line.slice(0, w.from);
  w.target.text = prefix + r.text + w.line.slice(w.to);
  w.target.heading = r.heading;
  w.target.listItem = r.listItem;
  w.target.ordered = r.ordered;
  w.target.cells = r.cells;
  w.target.tableDelimiter = r.tableDelimiter;
  w.target.links = r.links.map((k) => ({ ...k, start: k.start + prefix.length, end: k.end + prefix.length }));
  w.target.markup = r.markup;
}
