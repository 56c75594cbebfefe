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

/** Where the first and the last of `marks` are in a line (-1, -1 when none is). */
function markSpan(line: string, marks: RegExp): [number, number] {
  let first = -1;
  let last = -1;
  for (const m of line.matchAll(marks)) {
    if (first < 0) first = m.index;
    last = m.index;
  }
  return [first, last];
}

/** Where the word holding `at` starts: after the blank before it, or at the line's start. */
function wordStart(line: string, at: number): number {
  return Math.max(line.lastIndexOf(" ", at), line.lastIndexOf("\t", at)) + 1;
}

/** Where the word holding `at` ends: at the first blank after it, or at the line's end. */
function wordEnd(line: string, at: number): number {
  for (let k = at + 1; k < line.length; k++) if (line[k] === " " || line[k] === "\t") return k;
  return line.length;
}

/**
 * What the parser reads of one line that stands alone (no markup on the lines around it): only
 * its window, from the word with its first markup character (or from the line's start, when it
 * opens with a block marker) to the word with its last. Outside the window the line is plain text,
 * which the parser would give back as written; the window is cut at ASCII spaces, so the
 * characters beside every delimiter run look the same to the parser (a space, or the window's
 * edge, which counts as one). The window's parse must have the shape the whole line would (see
 * windowShapeHolds), else the whole line is parsed. A plain heading or list item and a line
 * whose stars pair up (renderStarred) are rendered into `target` at once, and so is a line with no
 * markup character.
 *
 * @returns the piece for the parser, or null when the line is rendered already
 */
export function planLine(line: string, target: MarkdownLine, hasDefs: boolean): Piece | null {
  const whole: Piece = { src: [line], into: [target] };
  if (DEFINITION.test(line) || WHOLE_LINE.test(line)) return whole;
  const block = BLOCK_START.exec(line);
  const marks = line.includes("](") || hasDefs ? WINDOW_MARK_LINKS : WINDOW_MARK;
  let [first, last] = markSpan(line, marks);
  if (block && renderBlockLine(line, marks, target)) return null;
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
    from = wordStart(line, first);
  }
  const to = wordEnd(line, last);
  if (!block) {
    const text = renderStarred(line, from, to, marks);
    if (text !== null) {
      target.text = text;
      return null;
    }
  }
  // a window that ends in "#" may end in a heading's closing sequence ("## ##  Hà")
  if ((from === 0 && to === line.length) || line[to - 1] === "#") return whole;
  return {
    src: [line.slice(from, to)],
    into: [emptyLine()],
    window: { line, from, to, block: block !== null, target },
  };
}

// a heading or a list item (its marker and 1–4 spaces) whose content is written directly
const PLAIN_HEADING = /^ {0,3}(#{1,6})(?: +|$)/;
const PLAIN_ITEM = /^ {0,3}([-+]|\d{1,9}[.)]) {1,4}(?=[^ \t])/;

/**
 * Renders a line alone that is a heading or a list item whose content is plain text or holds only
 * star runs that pair up (inlineText): no tab, no closing hashes, nothing nested. CommonMark fixes
 * what the parser gives for it, so it is written directly, as most crawled headings and list items
 * are ("## Tiểu sử", "- Người Hà Tĩnh", "## **Tiểu sử**"). The tests check this against the parser.
 * Returns false for any other line.
 */
function renderBlockLine(line: string, marks: RegExp, target: MarkdownLine): boolean {
  if (line.includes("\t")) return false;
  const h = PLAIN_HEADING.exec(line);
  const item = h ? null : PLAIN_ITEM.exec(line);
  const marker = h ?? item;
  if (!marker) return false;
  const content = line.slice(marker[0].length);
  if (item && NESTED_START.test(content)) return false;
  const text = inlineText(content, marks);
  if (text === null) return false;
  if (h) {
    target.heading = h[1].length;
    target.text = text.trim();
    return true;
  }
  const bullet = marker[1];
  target.listItem = true;
  target.ordered = bullet !== "-" && bullet !== "+";
  target.text = (target.ordered ? `${bullet} ` : "") + text.trim();
  return true;
}

/**
 * The text of a stretch of inline content written directly: itself when it has none of `marks`,
 * without its stars when its only marks are star runs that pair up (renderStarred), else null.
 */
function inlineText(content: string, marks: RegExp): string | null {
  const [first, last] = markSpan(content, marks);
  if (first < 0) return content;
  return renderStarred(content, wordStart(content, first), wordEnd(content, last), marks);
}

// what CommonMark counts as whitespace and as punctuation beside a delimiter run: micromark's
// classifyCharacter, which reads one UTF-16 unit (half of an emoji is neither)
const WHITESPACE = /\s/;
const PUNCTUATION = /\p{P}|\p{S}/u;

/** 1 whitespace (or the line's edge), 2 punctuation or symbol, 0 anything else: the unit at `at`. */
function classAt(line: string, at: number): 0 | 1 | 2 {
  if (at < 0 || at >= line.length) return 1;
  const c = String.fromCharCode(line.charCodeAt(at));
  return WHITESPACE.test(c) ? 1 : PUNCTUATION.test(c) ? 2 : 0;
}

/** A run of stars in a line: where it starts now, how many stars are left, what it can do. */
interface StarRun {
  at: number;
  left: number;
  open: boolean;
  close: boolean;
  /** Inside a matched pair: its stars are text, it matches nothing more. */
  dead: boolean;
}

/**
 * The text of a line whose window (see planLine) holds no markup but stars, rendered as micromark
 * resolves emphasis (its resolveAllAttention, for "*" alone): runs classed as openers and closers by
 * the characters beside them (the window's edges count as spaces); each closer, left to right,
 * takes the nearest opener before it that the rule of three allows (not when one of the two can do
 * both, the closer's size is not a multiple of 3 and the sum is), two stars when both have two,
 * else one, and goes on while stars are left; runs between a pair become text. When every star is
 * used, the line's text is the line without them ("*Văn thư phòng* (năm 1829 đổi là *Nội các*)",
 * "**Kẻ Báng**,", "nay.**Po Klong**(1151)", "***a***"). Checked against the parser by the tests and
 * on a crawl by check:markdown-shortcuts. Null for any other window, and when a star is left
 * over (the parser's text keeps it, and the rendering then cuts stray runs).
 */
function renderStarred(line: string, from: number, to: number, marks: RegExp): string | null {
  const window = line.slice(from, to);
  for (const m of window.matchAll(marks)) if (m[0] !== "*") return null;
  const runs: StarRun[] = [];
  for (let k = from; k < to; ) {
    if (line.charCodeAt(k) !== 42) {
      k++;
      continue;
    }
    let end = k;
    while (end < to && line.charCodeAt(end) === 42) end++;
    const before = k === from ? 1 : classAt(line, k - 1);
    const after = end === to ? 1 : classAt(line, end);
    const open = after === 0 || (after === 2 && before !== 0);
    const close = before === 0 || (before === 2 && after !== 0);
    runs.push({ at: k, left: end - k, open, close, dead: false });
    k = end;
  }
  // the stars each pair uses: [start, end) ranges of the line, cut out at the end
  const used: number[] = [];
  for (let i = 0; i < runs.length; i++) {
    const closer = runs[i];
    while (closer.close && closer.left > 0) {
      let j = i - 1;
      for (; j >= 0; j--) {
        const o = runs[j];
        if (o.dead || !o.open || o.left === 0) continue;
        if ((o.close || closer.open) && closer.left % 3 !== 0 && (o.left + closer.left) % 3 === 0) continue;
        break;
      }
      if (j < 0) break;
      const opener = runs[j];
      const use = opener.left > 1 && closer.left > 1 ? 2 : 1;
      used.push(opener.at + opener.left - use, opener.at + opener.left, closer.at, closer.at + use);
      opener.left -= use;
      closer.at += use;
      closer.left -= use;
      for (let k = j + 1; k < i; k++) runs[k].dead = true;
    }
  }
  for (const r of runs) if (r.left > 0) return null;
  used.sort((a, b) => a - b);
  let text = "";
  let at = 0;
  for (let k = 0; k < used.length; k += 2) {
    text += line.slice(at, used[k]);
    at = used[k + 1];
  }
  return text + line.slice(at);
}

/**
 * Renders the lines of one paragraph whose only markup is stars, when every line's stars pair up
 * within the line (see renderStarred): the parser matches a paragraph's runs closer by closer, each
 * looking back for an opener, so once a line has used all its stars no later line can reach into
 * it, and a line break counts as a space beside a run, as a line's edge does. Nothing is written
 * unless every line renders. The caller makes sure the lines are one paragraph: no block start, no
 * table, no link definitions, no hard break by backslash.
 *
 * @param src - the paragraph's source lines
 * @param targets - their rendered lines
 * @returns whether the lines were rendered
 */
export function renderStarLines(src: readonly string[], targets: MarkdownLine[]): boolean {
  const texts: string[] = [];
  for (const line of src) {
    const text = inlineText(line, line.includes("](") ? WINDOW_MARK_LINKS : WINDOW_MARK);
    if (text === null) return false;
    texts.push(text);
  }
  for (let k = 0; k < texts.length; k++) targets[k].text = texts[k];
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
