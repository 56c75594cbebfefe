// Finds a page's article body and turns it into blocks of text, listing everything it drops.
import type { AnyNode, Document, Element } from "domhandler";
import { CHROME_TOKEN, CONTENT_TOKEN, LEAD_TOKEN } from "./_lib/class-patterns";
import { attr, collapse, isElement } from "./_lib/dom";

/** A block the extractor dropped, with the reason. */
export interface HtmlRemoved {
  text: string;
  reason: string;
}

/** What the DOM says of one body block, for the chrome classifier. */
export interface HtmlBlockInfo {
  /** Share of the block's visible characters inside links (0–1). */
  linkShare: number;
  /** Heading level of an h1–h6 block, else 0. */
  heading: number;
  /** True inside a list item. */
  listItem: boolean;
  /** True inside a table cell. */
  tableCell: boolean;
  /** The block's links with a target, in order: anchor text (spaces collapsed) and the href as written. */
  links?: { text: string; href: string }[];
  /**
   * A data table's row read as one block: its cells' texts (the block's text is them joined by a
   * tab). Absent for other blocks, and for rows of layout tables (a cell holding a list or a table).
   */
  cells?: string[];
  /** Which table of the page the row belongs to (rows of one table share it). */
  table?: number;
  /**
   * Where the block's text is in the page (the decoded HTML), `[start, end)` from its first text
   * to its last, tags and character references between; absent when the parser gave no positions.
   */
  source?: [number, number];
}

/** Body blocks of a page and what was removed, in document order. */
export interface HtmlBody {
  blocks: string[];
  /** One entry per block: its link share and structure. */
  info: HtmlBlockInfo[];
  removed: HtmlRemoved[];
  /** How the main container was chosen ("itemprop", "class", "article", "density", "whole page"). */
  container: string;
}

/** Never text: dropped wherever they are. */
const HARD_DROP = new Set([
  "script",
  "style",
  "noscript",
  "template",
  "svg",
  "math",
  "iframe",
  "object",
  "embed",
  "canvas",
  "button",
  "select",
  "textarea",
  "input",
  "option",
  "head",
  "title",
  "video",
  "audio",
  "map",
]);
/** Page furniture: dropped unless it wraps the article body (ASP.NET pages wrap everything in a form). */
const SOFT_DROP: Record<string, string> = {
  nav: "navigation",
  footer: "footer",
  aside: "aside",
  form: "form",
  menu: "menu",
  dialog: "dialog",
};
const BLOCK_TAGS = new Set([
  "address",
  "article",
  "aside",
  "blockquote",
  "body",
  "caption",
  "center",
  "dd",
  "details",
  "dialog",
  "div",
  "dl",
  "dt",
  "fieldset",
  "figcaption",
  "figure",
  "footer",
  "form",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "header",
  "hgroup",
  "hr",
  "html",
  "li",
  "main",
  "nav",
  "ol",
  "p",
  "pre",
  "section",
  "summary",
  "table",
  "tbody",
  "td",
  "tfoot",
  "th",
  "thead",
  "tr",
  "ul",
  "br",
]);
const PARAGRAPH_TAGS = new Set(["p", "pre", "td", "blockquote", "li", "h2", "h3", "h4", "dd", "div"]);

interface Stats {
  /** Non-space characters of visible text below the element. */
  text: number;
  /** Of which inside links. */
  link: number;
}

/**
 * Picks the article body of a parsed page and returns its blocks (headings, paragraphs, list items,
 * captions, table cells, divs with their own text), with every dropped part listed and its reason.
 *
 * @param doc - the document from htmlparser2's parseDocument
 * @returns the body blocks, the removed parts and how the container was chosen
 * @example
 * ```ts
 * // extractBody(parseDocument("<nav>Trang chủ</nav><article><p>Nội dung.</p></article>")), as extractHtml uses it:
 * extractHtml("<nav>Trang chủ</nav><article><p>Nội dung.</p></article>").blocks;
 * //=> ["Nội dung."]
 * ```
 */
export function extractBody(doc: Document): HtmlBody {
  const stats = computeStats(doc);
  const root = findBody(doc);
  const { el: container, how } = pickContainer(root, stats);
  const protect = new Set<AnyNode>();
  for (let n: AnyNode | null = container; n; n = n.parent) protect.add(n);
  const leads = container === root ? [] : findLeads(container, root, stats, protect);
  const inside = new Set<AnyNode>([container, ...leads]);
  const blocks: string[] = [];
  const info: HtmlBlockInfo[] = [];
  const removed: HtmlRemoved[] = [];
  walk(root, { protect, inside, blocks, info, removed, stats, wholePage: container === root });
  return { blocks, info, removed, container: how };
}

function findBody(doc: Document): AnyNode {
  const stack: AnyNode[] = [...doc.children];
  let steps = 0;
  while (stack.length > 0 && steps++ < 50) {
    const n = stack.shift()!;
    if (isElement(n) && n.name === "body") return n;
    if (isElement(n) && n.name === "html") stack.push(...n.children);
  }
  return doc;
}

function computeStats(doc: Document): Map<AnyNode, Stats> {
  const stats = new Map<AnyNode, Stats>();
  // Iterative post-order: push (node, visited) pairs.
  const stack: [AnyNode, boolean][] = [[doc, false]];
  while (stack.length > 0) {
    const [node, done] = stack.pop()!;
    if (!done) {
      if (isElement(node) && HARD_DROP.has(node.name)) {
        stats.set(node, { text: 0, link: 0 });
        continue;
      }
      stack.push([node, true]);
      if ("children" in node && node.children) for (const c of node.children) stack.push([c, false]);
      continue;
    }
    const s: Stats = { text: 0, link: 0 };
    if (node.type === "text") {
      s.text = countNonSpace(node.data);
    } else if ("children" in node && node.children) {
      for (const c of node.children) {
        const cs = stats.get(c);
        if (!cs) continue;
        s.text += cs.text;
        s.link += cs.link;
      }
      if (isElement(node) && node.name === "a") s.link = s.text;
    }
    stats.set(node, s);
  }
  return stats;
}

function countNonSpace(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 32 && c !== 160) n++;
  }
  return n;
}

function tokens(el: Element): string[] {
  const v = `${attr(el, "class")} ${attr(el, "id")}`.trim();
  return v ? v.split(/\s+/) : [];
}

function descendants(root: AnyNode): Element[] {
  const out: Element[] = [];
  const stack: AnyNode[] = [root];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (n !== root && isElement(n)) {
      if (HARD_DROP.has(n.name)) continue;
      out.push(n);
    }
    if ("children" in n && n.children)
      for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]);
  }
  return out;
}

function pickContainer(root: AnyNode, stats: Map<AnyNode, Stats>): { el: AnyNode; how: string } {
  const all = descendants(root);
  const total = stats.get(root)?.text ?? 0;
  const textOf = (e: AnyNode) => stats.get(e)?.text ?? 0;
  const usable = (e: AnyNode) => textOf(e) >= Math.min(150, Math.max(1, total * 0.1));
  const byItemprop = all.filter((e) => /(?:^|\s)articlebody(?:\s|$)/i.test(attr(e, "itemprop")) && usable(e));
  const depth = new Map<AnyNode, number>();
  for (const e of all) depth.set(e, (e.parent ? (depth.get(e.parent) ?? 0) : 0) + 1);
  if (byItemprop.length > 0) return { el: mostSpecific(byItemprop, textOf, depth), how: "itemprop" };
  const byClass = all.filter((e) => tokens(e).some((t) => CONTENT_TOKEN.test(t)) && usable(e));
  if (byClass.length > 0) return { el: mostSpecific(byClass, textOf, depth), how: "class" };
  const byTag = all.filter((e) => e.name === "article" && usable(e));
  if (byTag.length > 0) {
    // Several <article> elements are usually a list of teasers: take the largest.
    let best = byTag[0];
    for (const e of byTag) if (textOf(e) > textOf(best)) best = e;
    if (byTag.length === 1 || textOf(best) >= total * 0.3) return { el: best, how: "article" };
  }
  const dense = byDensity(all, stats);
  if (dense && textOf(dense) >= Math.min(200, total * 0.2)) return { el: dense, how: "density" };
  return { el: root, how: "whole page" };
}

/** Among nested candidates, the deepest one still holding most of the largest one's text. */
function mostSpecific(
  cands: Element[],
  textOf: (e: AnyNode) => number,
  depth: Map<AnyNode, number>,
): Element {
  let max = 0;
  for (const c of cands) max = Math.max(max, textOf(c));
  let best: Element | null = null;
  for (const c of cands) {
    if (textOf(c) < max * 0.6) continue;
    const d = depth.get(c) ?? 0;
    const bd = best ? (depth.get(best) ?? 0) : -1;
    if (!best || d > bd || (d === bd && textOf(c) > textOf(best))) best = c;
  }
  return best ?? cands[0];
}

/** Readability-style score: each paragraph credits its parent in full and its grandparent by half. */
function byDensity(all: Element[], stats: Map<AnyNode, Stats>): Element | null {
  const score = new Map<Element, number>();
  for (const el of all) {
    if (!PARAGRAPH_TAGS.has(el.name)) continue;
    let own = 0;
    let commas = 0;
    for (const c of el.children) {
      if (c.type === "text") {
        own += countNonSpace(c.data);
        for (let i = 0; i < c.data.length; i++) if (c.data.charCodeAt(i) === 44) commas++;
      } else if (isElement(c) && !BLOCK_TAGS.has(c.name)) own += stats.get(c)?.text ?? 0;
    }
    if (own < 25) continue;
    const s = 1 + commas + Math.min(Math.floor(own / 100), 3);
    const parent = el.parent && isElement(el.parent) ? el.parent : null;
    if (parent) score.set(parent, (score.get(parent) ?? 0) + s);
    const grand = parent?.parent && isElement(parent.parent) ? parent.parent : null;
    if (grand) score.set(grand, (score.get(grand) ?? 0) + s / 2);
  }
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, s] of score) {
    const st = stats.get(el);
    const linkDensity = st && st.text > 0 ? st.link / st.text : 0;
    const adjusted = s * (1 - linkDensity);
    if (adjusted > bestScore) {
      best = el;
      bestScore = adjusted;
    }
  }
  return best;
}

/** Lead paragraphs kept beside the body container (a "sapo"), found within a few levels above it. */
function findLeads(
  container: AnyNode,
  root: AnyNode,
  stats: Map<AnyNode, Stats>,
  protect: Set<AnyNode>,
): Element[] {
  let scope: AnyNode | null = container.parent;
  for (let level = 0; scope && level < 4; level++, scope = scope.parent) {
    const found: Element[] = [];
    // Depth-first in document order, up to the container; an accepted lead is not searched inside.
    const stack: AnyNode[] = "children" in scope ? [...scope.children].reverse() : [];
    while (stack.length > 0) {
      const el = stack.pop()!;
      if (el === container) break;
      if (!isElement(el) || HARD_DROP.has(el.name)) continue;
      const t = stats.get(el)?.text ?? 0;
      if (!protect.has(el) && t >= 30 && t <= 2000 && tokens(el).some((k) => LEAD_TOKEN.test(k))) {
        found.push(el);
        continue;
      }
      for (let i = el.children.length - 1; i >= 0; i--) stack.push(el.children[i]);
    }
    if (found.length > 0) return found;
    if (scope === root) break;
  }
  return [];
}

interface WalkState {
  protect: Set<AnyNode>;
  inside: Set<AnyNode>;
  blocks: string[];
  info: HtmlBlockInfo[];
  removed: HtmlRemoved[];
  stats: Map<AnyNode, Stats>;
  wholePage: boolean;
}

function dropReason(el: Element, st: WalkState): string | null {
  if (HARD_DROP.has(el.name)) return el.name;
  if (st.protect.has(el)) return null;
  if ("hidden" in (el.attribs ?? {})) return "hidden";
  if (attr(el, "aria-hidden").toLowerCase() === "true") return "hidden";
  const style = attr(el, "style").toLowerCase();
  if (/display\s*:\s*none|visibility\s*:\s*hidden/.test(style)) return "hidden";
  if (SOFT_DROP[el.name]) return SOFT_DROP[el.name];
  const role = attr(el, "role").toLowerCase();
  if (role === "navigation" || role === "banner" || role === "contentinfo" || role === "complementary") {
    return `role=${role}`;
  }
  if (el.name === "header") {
    const s = st.stats.get(el);
    const hasList = el.children.some((c) => isElement(c) && (c.name === "ul" || c.name === "nav"));
    if (hasList || (s && s.text > 0 && s.link / s.text > 0.5)) return "header menu";
  }
  const chromeTok = tokens(el).find((t) => CHROME_TOKEN.test(t));
  if (chromeTok) {
    const s = st.stats.get(el);
    // A furniture class word on a big, link-poor element is more likely a wrapper than furniture.
    if (!(s && s.text > 2000 && s.link / s.text < 0.2)) return `class "${chromeTok}"`;
  }
  return null;
}

function walk(root: AnyNode, st: WalkState): void {
  let buf: string[] = [];
  // non-space characters of the buffer inside links; open block elements, innermost last
  let linkChars = 0;
  let linkDepth = 0;
  // the buffer's length in characters, the open anchors (start and href) and the closed ones
  let bufLength = 0;
  // where the buffered block's first text starts in the page and its last ends, or -1
  let srcStart = -1;
  let srcEnd = -1;
  const anchors: { start: number; href: string; el: Element }[] = [];
  let links: { text: string; href: string }[] = [];
  const open: string[] = [];
  let depthInside = 0;
  // a data table's row being read as one block: the row, its cells so far, where the open cell began
  let row: Element | null = null;
  let rowCells: string[] = [];
  let cellStart = 0;
  let tableCount = 0;
  const tableOf = new Map<Element, number>();
  /**
   * Ends the block in the buffer: its text (the buffer's, or a row's cells joined by a tab) becomes a
   * block with its DOM facts, or a removed part outside the main content.
   */
  const emit = (rowText: { cells: string[]; el: Element } | null) => {
    const raw = rowText ? "" : buf.join("");
    const inLinks = linkChars;
    const found = links;
    buf = [];
    bufLength = 0;
    linkChars = 0;
    links = [];
    // an anchor still open goes on in the next block
    for (const a of anchors) a.start = 0;
    if (rowText && !rowText.cells.some((c) => c)) return;
    const text = rowText ? rowText.cells.join("\t") : collapse(raw);
    const from = srcStart;
    const to = srcEnd;
    srcStart = -1;
    srcEnd = -1;
    if (!text) return;
    if (depthInside > 0 || st.wholePage) {
      st.blocks.push(text);
      const info = blockInfo(text, inLinks, open);
      if (from >= 0) info.source = [from, to];
      if (rowText) {
        info.tableCell = true;
        info.cells = rowText.cells;
        const table = tableOf.get(tableElement(rowText.el) ?? rowText.el);
        if (table !== undefined) info.table = table;
      }
      if (found.length) info.links = found;
      st.info.push(info);
    } else st.removed.push({ text, reason: "outside main content" });
  };
  const flush = () => {
    if (buf.length > 0) emit(null);
  };
  // inside a data row a block boundary is a space between words, not the end of a block
  const space = () => {
    buf.push(" ");
    bufLength++;
  };
  const flushRow = () => {
    const el = row!;
    const cells = rowCells;
    row = null;
    rowCells = [];
    emit({ cells, el });
  };
  // Stack of nodes to enter, or exit markers (the element itself wrapped).
  type Step = { node: AnyNode; exit: boolean };
  const stack: Step[] = [{ node: root, exit: false }];
  while (stack.length > 0) {
    const { node, exit } = stack.pop()!;
    if (exit) {
      if (row && isElement(node) && node !== row && BLOCK_TAGS.has(node.name)) {
        // inside a data row: a cell ends a cell, other blocks are spaces
        if ((node.name === "td" || node.name === "th") && node.parent === row) {
          rowCells.push(collapse(buf.join("").slice(cellStart)));
        } else space();
        open.pop();
      } else if (row && node === row) {
        flushRow();
        open.pop();
      } else if (isElement(node) && BLOCK_TAGS.has(node.name)) {
        flush();
        open.pop();
      }
      if (isElement(node) && node.name === "a") {
        linkDepth--;
        const a = anchors.length && anchors[anchors.length - 1].el === node ? anchors.pop() : undefined;
        if (a) {
          const anchor = collapse(buf.join("").slice(a.start));
          if (anchor) links.push({ text: anchor, href: a.href });
        }
      }
      if (st.inside.has(node)) {
        if (!row) flush();
        depthInside--;
      }
      continue;
    }
    if (node.type === "text") {
      buf.push(node.data);
      bufLength += node.data.length;
      // the parser's positions (parseDocument with withStartIndices and withEndIndices)
      if (node.startIndex !== null && node.endIndex !== null) {
        if (srcStart < 0) srcStart = node.startIndex;
        srcEnd = node.endIndex + 1;
      }
      if (linkDepth > 0) linkChars += countNonSpace(node.data);
      continue;
    }
    if (!isElement(node)) {
      if (node.type === "root" && "children" in node) {
        for (let i = node.children.length - 1; i >= 0; i--)
          stack.push({ node: node.children[i], exit: false });
      }
      continue;
    }
    const reason = node === root ? null : dropReason(node, st);
    if (reason) {
      if (!row && (BLOCK_TAGS.has(node.name) || SOFT_DROP[node.name] || node.name === "header")) flush();
      if (reason !== "head" && reason !== "title") recordRemoved(node, reason, st);
      continue;
    }
    if (node.name === "br" || node.name === "hr") {
      if (row) space();
      else flush();
      continue;
    }
    if (node.name === "table" && !tableOf.has(node)) tableOf.set(node, tableCount++);
    if (row) {
      // inside a data row nothing flushes; a cell records where it begins
      if ((node.name === "td" || node.name === "th") && node.parent === row) cellStart = bufLength;
      else if (BLOCK_TAGS.has(node.name)) space();
      if (st.inside.has(node)) depthInside++;
    } else if (st.inside.has(node)) {
      flush();
      depthInside++;
    } else if (BLOCK_TAGS.has(node.name)) flush();
    if (!row && node.name === "tr" && dataRow(node)) {
      row = node;
      rowCells = [];
    }
    if (BLOCK_TAGS.has(node.name)) open.push(node.name);
    if (node.name === "a") {
      linkDepth++;
      const href = attr(node, "href");
      if (href && !/^\s*(?:javascript:|#)/i.test(href))
        anchors.push({ start: bufLength, href: href.trim(), el: node });
    }
    stack.push({ node, exit: true });
    for (let i = node.children.length - 1; i >= 0; i--) stack.push({ node: node.children[i], exit: false });
  }
  flush();
}

const HEADING_TAG = /^h([1-6])$/;

/** Elements that make a table row a layout row (with a heading, HEADING_TAG): a list, a table, a section. */
const LAYOUT_INSIDE = new Set(["table", "ul", "ol", "dl", "article", "section"]);
/** A data row's text is short: longer rows are page layout. */
const MAX_ROW_TEXT = 3000;

/** True for a data table's row: cells of short text, no list, table or heading inside. */
function dataRow(tr: Element): boolean {
  let cells = 0;
  let chars = 0;
  const stack: AnyNode[] = [...tr.children];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (n.type === "text") {
      chars += n.data.length;
      if (chars > MAX_ROW_TEXT) return false;
      continue;
    }
    if (!isElement(n)) continue;
    if (n.parent === tr && (n.name === "td" || n.name === "th")) cells++;
    if (LAYOUT_INSIDE.has(n.name) || HEADING_TAG.test(n.name)) return false;
    for (const c of n.children) stack.push(c);
  }
  return cells > 0;
}

/** The table a row belongs to. */
function tableElement(tr: Element): Element | null {
  let p = tr.parent;
  while (p && isElement(p) && p.name !== "table") p = p.parent;
  return p && isElement(p) ? p : null;
}

/** The DOM facts of a block: its link share and the block elements around it. */
function blockInfo(text: string, linkChars: number, open: string[]): HtmlBlockInfo {
  const total = countNonSpace(text);
  let heading = 0;
  let listItem = false;
  let tableCell = false;
  for (let i = open.length - 1; i >= 0; i--) {
    const t = open[i];
    const h = HEADING_TAG.exec(t);
    if (h && !heading) heading = Number(h[1]);
    if (t === "li" || t === "dd" || t === "dt") listItem = true;
    if (t === "td" || t === "th") tableCell = true;
  }
  return { linkShare: total > 0 ? Math.min(1, linkChars / total) : 0, heading, listItem, tableCell };
}

const CODE_TAGS = new Set(["script", "style", "template", "svg", "math", "noscript"]);

function recordRemoved(el: Element, reason: string, st: WalkState): void {
  const raw = textOf(el);
  const text = collapse(raw);
  if (!text) return;
  if (CODE_TAGS.has(el.name) && text.length > 160) {
    st.removed.push({ text: `${text.slice(0, 160)}…`, reason: `${reason} (${text.length} characters)` });
    return;
  }
  st.removed.push({ text, reason });
}

/** Visible text of an element with block boundaries as spaces. */
function textOf(root: AnyNode): string {
  const parts: string[] = [];
  const stack: (AnyNode | null)[] = [root];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (n === null) parts.push(" ");
    else if (n.type === "text") parts.push(n.data);
    else if (isElement(n)) {
      if (n !== root && HARD_DROP.has(n.name)) continue;
      const block = BLOCK_TAGS.has(n.name);
      if (block) parts.push(" ");
      if (block) stack.push(null);
      for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]);
    }
  }
  return parts.join("");
}
