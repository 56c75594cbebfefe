// Markdown read with the unified ecosystem's parser (mdast-util-from-markdown with the GFM table
// and strikethrough extensions), then rendered back one source line at a time: each line's visible text without its
// markup, with the structure the markup said (heading level, list item, table cells, links). Chrome
// is decided on the source lines, so rendering by line keeps the two aligned. Table rows a crawler
// broke out of their table are read as rows again.
import type { Nodes, Parent, Root, RootContent } from "mdast";

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

type Parse = (value: string, options: unknown) => Root;
interface Parser {
  parse: Parse;
  options: unknown;
}

let parser: Parser | null = null;

/**
 * The parser, loaded on first use: a plain require (CommonJS in the CJS build and ts-node, tsup's
 * createRequire banner in the ESM build; the packages are ESM, which Node 20.19+ requires), so
 * users of plain text never pay its import time.
 */
function load(): Parser {
  if (!parser) {
    const md = require("mdast-util-from-markdown") as { fromMarkdown: Parse };
    const table = require("micromark-extension-gfm-table") as { gfmTable: () => unknown };
    const tableMd = require("mdast-util-gfm-table") as { gfmTableFromMarkdown: () => unknown };
    const strike = require("micromark-extension-gfm-strikethrough") as { gfmStrikethrough: () => unknown };
    const strikeMd = require("mdast-util-gfm-strikethrough") as {
      gfmStrikethroughFromMarkdown: () => unknown;
    };
    parser = {
      parse: md.fromMarkdown,
      options: {
        extensions: [table.gfmTable(), strike.gfmStrikethrough()],
        mdastExtensions: [tableMd.gfmTableFromMarkdown(), strikeMd.gfmStrikethroughFromMarkdown()],
      },
    };
  }
  return parser;
}

/**
 * Parses Markdown (CommonMark with GFM tables and strikethrough) into an mdast tree with positions.
 * GFM's autolink literals and footnotes are left out: they cost more than half the parse on a crawl,
 * and a bare URL or "[^1]" stays text as it was.
 */
export function parseMarkdownTree(markdown: string): Root {
  const p = load();
  return p.parse(markdown, p.options);
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

/**
 * A table row the crawler broke out of its table (no delimiter row, so no GFM table: "| Sinh | 1929
 * |", "Ngày sinh | năm 1929 |", "6 | A | 14 | D |"): a line that starts or ends with a pipe is read
 * as a row, its cells split at the pipes and joined by a tab; padding pipes ("| ||||") give empty
 * cells at the end, which the text drops.
 */
function repairRow(l: MarkdownLine): void {
  const t = l.text.trim();
  if (l.cells || l.heading || !t.includes("|") || !(t.startsWith("|") || t.endsWith("|"))) return;
  const parts = t.split("|");
  if (t.startsWith("|")) parts.shift();
  if (t.endsWith("|")) parts.pop();
  const cells = parts.map((c) => c.trim());
  const text = cells.join("\t").trim();
  // links: found again by their anchor text, in order
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

function collectDefinitions(node: Nodes, into: Map<string, string>): void {
  if (node.type === "definition") into.set(node.identifier, node.url);
  else if ("children" in node) for (const c of node.children) collectDefinitions(c as Nodes, into);
}

// a link reference definition ("[vb]: https://…") somewhere in the text
const DEFINITION = /^[ \t]{0,3}\[[^\]\n]{1,999}\]:/m;
// what can be Markdown on a line: emphasis, code, links and images, escapes, table pipes,
// strikethrough, HTML tags, character references; at its start a heading, block quote, list
// marker, indented code or setext underline
const MAYBE_MARKUP =
  /[*_`[\]|\\]|~~|<[A-Za-z/!?]|&(?:#|[A-Za-z]{2,31};)|^[ \t]{0,3}(?:#{1,6}(?:[ \t]|$)|>|[-+](?:[ \t]|$)|\d{1,9}[.)](?:[ \t]|$)|(?:=+|-+)[ \t]*$)|^(?: {4}|\t)/;

/** Characters of a piece read by one parse. */
const CHUNK = 4000;
/** A line longer than this is parsed in sentence-bounded segments (the parser is superlinear on some). */
const LONG_LINE = 8000;

/** Parses source lines [from, to) (the definitions after them) and renders them into `lines`. */
function renderPiece(src: string[], from: number, to: number, defs: string, lines: MarkdownLine[]): void {
  const body = src.slice(from, to);
  const text = defs ? `${body.join("\n")}\n\n${defs}` : body.join("\n");
  const starts: number[] = [0];
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  // the definitions' own lines render into lines nobody reads
  const target = lines.slice(from, to);
  while (target.length < starts.length) target.push(emptyLine());
  const tree = parseMarkdownTree(text);
  const out: Out = { source: text, definitions: new Map(), lines: target, starts };
  collectDefinitions(tree, out.definitions);
  for (const node of tree.children) {
    // a definition's markup is listed where the definition stands, not after every piece
    if (node.type === "definition" && lineOf(out, startOf(node)) >= to - from) continue;
    walk(out, node);
  }
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

function emptyLine(): MarkdownLine {
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
  if (typeof markdown !== "string")
    throw new TypeError(`vietnews.markdownLines: expected markdown to be a string, got ${typeof markdown}`);
  const starts: number[] = [0];
  for (let i = markdown.indexOf("\n"); i >= 0; i = markdown.indexOf("\n", i + 1)) starts.push(i + 1);
  const lines: MarkdownLine[] = starts.map(emptyLine);
  const src = markdown.split("\n");
  // link reference definitions reach across the text: each parsed piece gets them after it
  const defs = src.filter((l) => DEFINITION.test(l)).join("\n");
  // pieces: runs of non-blank lines with a character that can be markup, cut at CHUNK characters
  // (the parser's time grows faster than the text on some inputs: a bounded piece keeps the whole
  // linear); a line longer than LONG_LINE is parsed in sentence-bounded segments (renderLongLine)
  for (let i = 0; i < src.length; ) {
    if (src[i].length > LONG_LINE && MAYBE_MARKUP.test(src[i]) && !src[i].trimStart().startsWith("|")) {
      lines[i] = renderLongLine(src[i], defs);
      i++;
      continue;
    }
    if (!src[i].trim() || !MAYBE_MARKUP.test(src[i]) || src[i].length > LONG_LINE) {
      lines[i].text = src[i];
      i++;
      continue;
    }
    let j = i + 1;
    let size = src[i].length;
    while (j < src.length && src[j].trim() && src[j].length <= LONG_LINE && size + src[j].length <= CHUNK) {
      size += src[j].length + 1;
      j++;
    }
    renderPiece(src, i, j, defs, lines);
    i = j;
  }
  for (const l of lines) repairRow(l);
  for (const l of lines) {
    // leading blanks of a rendered line move its links
    const trimmed = l.text.replace(/^\s+/, "");
    const shift = l.text.length - trimmed.length;
    for (const k of l.links) {
      k.start -= shift;
      k.end -= shift;
    }
    l.text = trimmed.replace(/\s+$/, "");
    l.links = l.links.filter((k) => k.start >= 0 && k.end <= l.text.length && k.end > k.start);
  }
  return lines;
}
