// An mdast tree rendered back one source line at a time: each line's visible text without its
// markup, with the structure the markup said (heading level, list item, table cells, links).
import type { Link, Nodes, Parent, Root, RootContent } from "mdast";
import { parseMarkdownTree } from "./markdown-tree";

/** A link on a rendered line: offsets into that line's `text`. */
export interface LineLink {
  start: number;
  end: number;
  href: string;
}

/** One source line of Markdown, rendered. */
export interface MarkdownLine {
  /** The line's visible text: markup out, link anchors and image alt text in, cells joined by tabs. */
  text: string;
  /** Heading level (1–6) when the line is (part of) a heading, else 0. */
  heading: number;
  /** True when a list item starts on the line. */
  listItem: boolean;
  /** True when that item is in a numbered list. */
  ordered: boolean;
  /** The cells of a table row on the line (their rendered texts), else null. */
  cells: string[] | null;
  /** True for a table's delimiter row ("|---|---|"): markup only. */
  tableDelimiter: boolean;
  /** Links whose anchor text is on the line. */
  links: LineLink[];
  /** What was taken out that carries letters or digits: link targets, image sources, definitions. */
  markup: string[];
}

// runs of two or more "*" or "_" that CommonMark left literal (unbalanced emphasis of scraped text)
const STRAY_EMPHASIS = /\*{2,}|_{2,}/g;
// tags of an HTML fragment; bounded, so linear
const TAG = /<\/?[A-Za-z][^<>\n]{0,500}>|<!--[^\n]{0,2000}?-->/g;
const HAS_WORD = /[\p{L}\p{N}]/u;
// a backslash escape of ASCII punctuation
const ESCAPE = /\\([!-/:-@[-`{-~])/g;

interface Out {
  source: string;
  /** Link reference definitions: identifier to target. */
  definitions: Map<string, string>;
  lines: MarkdownLine[];
  starts: number[];
}

function lineOf(out: Out, offset: number): number {
  // binary search over line starts
  let lo = 0;
  let hi = out.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (out.starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function startOf(node: Nodes): number {
  return node.position?.start.offset ?? 0;
}

/**
 * Appends text to a line, a part per "\n" to the lines that follow (a paragraph's soft breaks); a
 * following line's indentation and block-quote markers are not text.
 */
function emit(out: Out, at: number, value: string): void {
  const parts = value.split("\n");
  let line = lineOf(out, at);
  for (let i = 0; i < parts.length; i++) {
    const part = i === 0 ? parts[i] : parts[i].replace(/^[ \t>]+/, "");
    if (line < out.lines.length) out.lines[line].text += part;
    if (i < parts.length - 1) line++;
  }
}

function cleanText(out: Out, at: number, value: string): void {
  const kept = value.replace(STRAY_EMPHASIS, "");
  emit(out, at, kept);
}

function children(out: Out, node: Parent): void {
  for (const c of node.children) walk(out, c as RootContent);
}

function walk(out: Out, node: RootContent): void {
  const at = startOf(node);
  switch (node.type) {
    case "text": {
      // the source as written, escapes undone: the parser would decode character references a
      // second time (normalisation decodes them once), inventing letters the input did not have
      const end = node.position?.end.offset;
      const raw = end === undefined ? node.value : out.source.slice(at, end).replace(ESCAPE, "$1");
      cleanText(out, at, raw);
      return;
    }
    case "inlineCode":
      emit(out, at, node.value);
      return;
    case "code": {
      // a fenced block's value sits between its fence lines; an indented block's on its own lines
      const lines = node.value.split("\n");
      const first = lineOf(out, at);
      const last = lineOf(out, node.position?.end.offset ?? at);
      const top = last - first + 1 > lines.length ? first + 1 : first;
      for (let i = 0; i < lines.length && top + i < out.lines.length; i++)
        out.lines[top + i].text += lines[i];
      return;
    }
    case "html": {
      // the tags are markup; each one with letters or digits is listed on its own line
      for (const m of node.value.matchAll(TAG))
        if (HAS_WORD.test(m[0])) out.lines[lineOf(out, at + m.index)]?.markup.push(m[0]);
      cleanText(out, at, node.value.replace(TAG, ""));
      return;
    }
    case "break":
      return;
    case "image":
      if (node.alt) emit(out, at, node.alt);
      if (node.url) out.lines[lineOf(out, at)]?.markup.push(node.url);
      return;
    case "imageReference":
      if (node.alt) emit(out, at, node.alt);
      return;
    case "link":
    case "linkReference": {
      if (node.type === "link" && isNoteMarker(node)) {
        // "Cao Pha[32](1920-2006)": a footnote marker before a bracketed year range, time or
        // number, which CommonMark reads as a link; both are the text's own, written as they are
        emit(out, at, out.source.slice(at, node.position?.end.offset ?? at));
        return;
      }
      const line = lineOf(out, at);
      const l = out.lines[line];
      const from = l ? l.text.length : 0;
      children(out, node);
      const href =
        node.type === "link"
          ? node.url
          : (out.definitions.get(node.identifier) ?? `[${node.label ?? node.identifier}]`);
      // a link's anchor on one line: a span; an anchor the parser broke over lines is text only
      if (l && lineOf(out, node.position?.end.offset ?? at) === line && l.text.length > from)
        l.links.push({ start: from, end: l.text.length, href });
      if (node.type === "link" && node.url && HAS_WORD.test(node.url) && l) {
        const anchor = l.text.slice(from);
        if (anchor !== node.url) l.markup.push(node.url);
      }
      return;
    }
    case "definition":
      out.lines[lineOf(out, at)]?.markup.push(`[${node.label ?? node.identifier}]: ${node.url}`);
      return;
    case "heading": {
      const first = lineOf(out, at);
      const last = lineOf(out, node.position?.end.offset ?? at);
      for (let i = first; i <= last; i++) out.lines[i].heading = node.depth;
      children(out, node);
      return;
    }
    case "list":
      for (const item of node.children) {
        const line = out.lines[lineOf(out, startOf(item))];
        line.listItem = true;
        line.ordered = node.ordered === true;
        // an ordered list's number ("2.", "3)") is the text's own numbering: it stays
        if (node.ordered) {
          const first = item.children[0];
          const to = first ? startOf(first) : (item.position?.end.offset ?? startOf(item));
          const marker = out.source.slice(startOf(item), to).trim();
          if (marker) emit(out, startOf(item), `${marker} `);
        }
        children(out, item);
      }
      return;
    case "table": {
      const rows = node.children;
      for (let r = 0; r < rows.length; r++) {
        const row = rows[r];
        const line = out.lines[lineOf(out, startOf(row))];
        const cells: string[] = [];
        for (let c = 0; c < row.children.length; c++) {
          const cell = row.children[c];
          const from = line.text.length;
          children(out, cell);
          cells.push(line.text.slice(from).trim());
          if (c < row.children.length - 1) line.text += "\t";
        }
        line.cells = cells;
        // the delimiter row sits on the line after the header row
        if (r === 0) {
          const d = lineOf(out, startOf(row)) + 1;
          if (d < out.lines.length) out.lines[d].tableDelimiter = true;
        }
      }
      return;
    }
    case "thematicBreak":
      return;
    default:
      if ("children" in node) children(out, node as Parent);
  }
}

// a footnote marker: a number of up to three digits or one letter ("[32]", "[i]")
const NOTE_MARKER = /^(?:\d{1,3}|\p{L})$/u;
// a target of digits and the punctuation of years, ranges and times ("1920-2006", "1960–",
// "1:04:38"), no letter; a class repeated once, so linear on any target
const NO_LETTER_TARGET = /^[\d\s.,:/?–—-]+$/;
const DIGIT = /\d/;

/**
 * Whether an inline link is a footnote marker followed by a bracketed number rather than a link
 * ("[32](1920-2006)", "[3](39:15)" in Wikipedia text): its anchor is a marker, its target holds no
 * letter and is not the anchor itself (a page link "[2](2)" stays a link), and it has no title.
 */
function isNoteMarker(node: Link): boolean {
  const [only] = node.children;
  return (
    node.children.length === 1 &&
    only.type === "text" &&
    only.value.length <= 3 &&
    !node.title &&
    NOTE_MARKER.test(only.value) &&
    only.value !== node.url &&
    NO_LETTER_TARGET.test(node.url) &&
    DIGIT.test(node.url)
  );
}

function collectDefinitions(node: Nodes, into: Map<string, string>): void {
  if (node.type === "definition") into.set(node.identifier, node.url);
  else if ("children" in node) for (const c of node.children) collectDefinitions(c as Nodes, into);
}

/** Parses a piece of Markdown with the definitions after it. */
export function parsePiece(body: string, defs: string): { text: string; tree: Root } {
  const text = defs ? `${body}\n\n${defs}` : body;
  return { text, tree: parseMarkdownTree(text) };
}

/**
 * Renders a parsed text into `target`, one entry per line of the text; definition nodes from line
 * `lineCount` on (the definitions appended to every piece) are not listed again.
 */
export function renderTree(text: string, tree: Root, target: MarkdownLine[], lineCount: number): void {
  const starts: number[] = [0];
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  // the definitions' own lines render into lines nobody reads
  while (target.length < starts.length) target.push(emptyLine());
  const out: Out = { source: text, definitions: new Map(), lines: target, starts };
  collectDefinitions(tree, out.definitions);
  for (const node of tree.children) {
    if (node.type === "definition" && lineOf(out, startOf(node)) >= lineCount) continue;
    walk(out, node);
  }
}

/** Parses source lines [from, to) (the definitions after them) and renders them into `lines`. */
export function renderPiece(
  src: string[],
  from: number,
  to: number,
  defs: string,
  lines: MarkdownLine[],
): void {
  const { text, tree } = parsePiece(src.slice(from, to).join("\n"), defs);
  renderTree(text, tree, lines.slice(from, to), to - from);
}

export function emptyLine(): MarkdownLine {
  return {
    text: "",
    heading: 0,
    listItem: false,
    ordered: false,
    cells: null,
    tableDelimiter: false,
    links: [],
    markup: [],
  };
}
