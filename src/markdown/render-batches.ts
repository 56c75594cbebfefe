// Pieces of a text parsed together, their plain runs shortened: the parser's cost is mostly per
// line and per call, so fewer calls over fewer characters give the same trees.
import type { Nodes, Root, RootContent } from "mdast";
import { CHUNK } from "./line-patterns";
import { finishWindow, type Piece } from "./line-windows";
import { parseMarkdownTree } from "./markdown-tree";
import { plainRuns } from "./plain-runs";
import { emptyLine, type MarkdownLine, parsePiece, renderTree } from "./render-tree";
import { joinSoftBreaks } from "./soft-breaks";

// between two pieces parsed together: a blank line, a thematic break and a blank line end every
// open block (a list, a quote, a paragraph, indented code), so each piece parses as it would alone;
// a piece that would reach past it (an unclosed fence or HTML block) shows in the tree, and the
// batch is then parsed piece by piece
const SEPARATOR = ["", "***", ""];
// the separator as characters between two pieces' texts
const SEPARATOR_TEXT = `\n${SEPARATOR.join("\n")}\n`;

/** Parses pieces together (the parser's cost is mostly per line and per call, not per character). */
function renderBatch(pieces: Piece[], defs: string, hasDefs: boolean): void {
  const text: string[] = [];
  const target: MarkdownLine[] = [];
  const firstLine: number[] = [];
  // the line of the thematic break before each piece, or -1
  const breakAt: number[] = [];
  // each piece's text and where it starts in the batch's text
  const bodies: string[] = [];
  const bodyAt: number[] = [];
  let chars = 0;
  for (const p of pieces) {
    if (text.length) {
      breakAt.push(text.length + 1);
      text.push(...SEPARATOR);
      target.push(emptyLine(), emptyLine(), emptyLine());
      chars += SEPARATOR_TEXT.length;
    } else breakAt.push(-1);
    firstLine.push(text.length);
    text.push(...p.src);
    target.push(...p.into);
    // what the parser reads: the piece with its soft breaks as spaces, the same length
    const body = p.window ? p.src[0] : joinSoftBreaks(p.src, hasDefs);
    bodies.push(body);
    bodyAt.push(chars);
    chars += body.length;
  }
  const lineCount = text.length;
  const source = defs ? `${text.join("\n")}\n\n${defs}` : text.join("\n");
  const read = defs ? `${bodies.join(SEPARATOR_TEXT)}\n\n${defs}` : bodies.join(SEPARATOR_TEXT);
  const short = shorten(bodies, bodyAt, read, hasDefs, pieces);
  const tree = parseMarkdownTree(short ? short.text : read);
  if (short) remap(tree, short.map);
  if (read !== source) relines(tree, source);
  const nodesOf = nodesByPiece(tree, pieces, firstLine, breakAt, lineCount);
  if (!nodesOf) {
    renderOneByOne(pieces, defs);
    return;
  }
  renderTree(source, tree, target, lineCount);
  for (let i = 0; i < pieces.length; i++) if (pieces[i].window) finishWindow(pieces[i], nodesOf[i], defs);
}

/**
 * The top-level nodes of each piece of a batch (positions are 1-based lines), or null when a node
 * crosses from one piece into the next or a separator is not the thematic break it was.
 */
function nodesByPiece(
  tree: Root,
  pieces: Piece[],
  firstLine: number[],
  breakAt: number[],
  lineCount: number,
): RootContent[][] | null {
  const nodesOf: RootContent[][] = pieces.map(() => []);
  let k = 0;
  let breaks = 0;
  for (const node of tree.children) {
    const start = (node.position?.start.line ?? 1) - 1;
    const end = (node.position?.end.line ?? 1) - 1;
    if (start >= lineCount) continue;
    while (k + 1 < pieces.length && start >= firstLine[k + 1] - SEPARATOR.length) k++;
    const last = firstLine[k] + pieces[k].src.length;
    if (start >= firstLine[k] && start < last) {
      if (end >= last) return null;
      nodesOf[k].push(node);
    } else if (node.type === "thematicBreak" && start === breakAt[k]) breaks++;
    else return null;
  }
  return breaks === pieces.length - 1 ? nodesOf : null;
}

// what a shortened piece must not hold: markup whose value (not only its position) the rendering
// reads (HTML, links and images, escapes, a code fence), or four spaces or a tab (indented code,
// also inside a list item); where the text defines link references, any bracket (a "[label]" may
// then be a link). Code spans, whose value the rendering reads too, keep their runs (maybeCode).
const KEEP_WHOLE = /[<~\\\t]|`{3}|\]\(|\]\[|!\[| {4}/;
const KEEP_WHOLE_DEFS = /[<[\]~\\\t]|`{3}| {4}/;
const BACKTICKS = /`+/g;

/**
 * Which units of a text may be inside a code span (1) or are not (0), or null when it has no
 * backtick. A code span runs from a backtick run to the next run of the same length in its block
 * (or table cell); every such stretch of the whole text is marked, which holds every span
 * whatever the blocks and cells are, since no block or cell boundary is crossed by a span.
 */
function maybeCode(body: string): Uint8Array | null {
  if (!body.includes("`")) return null;
  const starts: number[] = [];
  const lengths: number[] = [];
  for (const m of body.matchAll(BACKTICKS)) {
    starts.push(m.index);
    lengths.push(m[0].length);
  }
  // the next run of each length, found from the end: linear in the runs
  const next = new Map<number, number>();
  const depth = new Int32Array(body.length + 1);
  for (let i = starts.length - 1; i >= 0; i--) {
    const closer = next.get(lengths[i]);
    if (closer !== undefined) {
      depth[starts[i]]++;
      depth[closer]--;
    }
    next.set(lengths[i], starts[i]);
  }
  const inside = new Uint8Array(body.length);
  let d = 0;
  for (let i = 0; i < body.length; i++) {
    d += depth[i];
    inside[i] = d > 0 ? 1 : 0;
  }
  return inside;
}

/**
 * The batch's text with each plain run of its pieces (those KEEP_WHOLE allows) cut to its first
 * and last characters around an "x", and the map from offsets of that text back to the batch's.
 * Emphasis, lists, headings, quotes and tables are decided by their markers and the characters
 * beside them, which stay, so the parser gives the same tree for a fraction of the characters;
 * null when nothing shortens. `bodies` are the pieces' texts as the parser reads them and `bodyAt`
 * where each starts in `source`. A plain run (see plainRuns) starts with a letter and ends with a
 * letter or digit, of letters, digits, spaces and the punctuation that starts no markup inside a
 * line (a piece is one line to the parser: its soft breaks are spaces; GFM's autolink literals are
 * not read, see markdown-tree.ts): plain text to the parser whatever it holds, and only its first
 * and last characters neighbour a delimiter run.
 */
function shorten(
  bodies: string[],
  bodyAt: number[],
  source: string,
  hasDefs: boolean,
  pieces: Piece[],
): { text: string; map: Int32Array } | null {
  const keepWhole = hasDefs ? KEEP_WHOLE_DEFS : KEEP_WHOLE;
  // tested on the pieces' own lines: a soft break joined as a space before an indented line is
  // no indentation
  const shortened = pieces.map((p) => p.src.every((l) => !keepWhole.test(l)));
  if (!shortened.includes(true)) return null;
  const out: string[] = [];
  const map = new Int32Array(source.length + 1);
  let n = 0;
  let at = 0;
  const keep = (to: number) => {
    out.push(source.slice(at, to));
    for (; at < to; at++) map[n++] = at;
  };
  for (let k = 0; k < bodies.length; k++) {
    if (!shortened[k]) continue;
    const body = bodies[k];
    const from = bodyAt[k];
    const code = maybeCode(body);
    keep(from);
    const runs = plainRuns(body);
    for (let r = 0; r < runs.length; r += 2) {
      // a run holds no backtick, so it is inside a possible code span whole or not at all
      if (code?.[runs[r]]) continue;
      const start = from + runs[r];
      const last = from + runs[r + 1] - 1;
      keep(start + 1);
      out.push("x");
      map[n++] = at;
      at = last;
      keep(last + 1);
    }
    keep(from + body.length);
  }
  keep(source.length);
  map[n] = source.length;
  return { text: out.join(""), map: map.subarray(0, n + 1) };
}

/** Moves every position of a tree parsed from a shortened text back to the text it came from. */
function remap(node: Nodes, map: Int32Array): void {
  const p = node.position;
  if (p) {
    p.start.offset = map[p.start.offset ?? 0];
    p.end.offset = map[p.end.offset ?? 0];
  }
  if ("children" in node) for (const c of node.children) remap(c as Nodes, map);
}

/**
 * Sets the lines of a tree's top-level nodes (which nodesByPiece and the window checks read) from
 * their offsets into `source`: a text parsed with soft breaks as spaces has fewer lines.
 */
function relines(tree: Root, source: string): void {
  const starts: number[] = [0];
  for (let i = source.indexOf("\n"); i >= 0; i = source.indexOf("\n", i + 1)) starts.push(i + 1);
  const lineAt = (offset: number) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
  for (const node of tree.children) {
    const p = node.position;
    if (!p) continue;
    p.start.line = lineAt(p.start.offset ?? 0);
    p.end.line = lineAt(p.end.offset ?? 0);
  }
}

function renderOneByOne(pieces: Piece[], defs: string): void {
  for (const p of pieces) {
    const { text, tree } = parsePiece(p.src.join("\n"), defs);
    renderTree(text, tree, p.into.slice(), p.src.length);
    if (p.window)
      finishWindow(
        p,
        tree.children.filter((n) => (n.position?.start.line ?? 1) <= p.src.length),
        defs,
      );
  }
}

/**
 * Renders the pieces in batches of about CHUNK characters. `defs` are the text's one-line link
 * reference definitions, given to every parse; `hasDefs` says whether the text may define any
 * (also over lines, where a label could be changed by shortening or joining).
 */
export function renderPieces(pieces: Piece[], defs: string, hasDefs: boolean): void {
  let batch: Piece[] = [];
  let size = 0;
  for (const p of pieces) {
    const n = p.src.reduce((a, l) => a + l.length + 1, 0);
    if (batch.length && size + n > CHUNK) {
      renderBatch(batch, defs, hasDefs);
      batch = [];
      size = 0;
    }
    batch.push(p);
    size += n + SEPARATOR.length;
  }
  if (batch.length) renderBatch(batch, defs, hasDefs);
}
