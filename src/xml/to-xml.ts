// toXML: an Article as a TEI document, with paragraphs, sentences, entities and words marked inline.
import type { Article, Entity, Span } from "../core/types";
import { describe } from "../core/validate";
import { escapeAttr, escapeText } from "./escape-xml";

/** Options of {@link toXML}. */
export interface ToXMLOptions {
  /** Mark words with `<w>` (from `article.words`; default false). */
  words?: boolean;
  /** List removed blocks in a `<back>` section (default true). */
  removed?: boolean;
}

/** One element to place over a range of the text. */
interface Mark {
  start: number;
  end: number;
  /** Nesting rank where two marks cover the same range: lower is outer. */
  rank: number;
  name: string;
  attrs: [string, string][];
  /** Position in the list of marks, for a stable order. */
  seq: number;
  /** Fragment of a mark split where it crossed another element: "I" first, "M" middle, "F" final. */
  part?: "I" | "M" | "F";
}

/**
 * Writes an article as a TEI-style XML document: a `<teiHeader>` (title, authors, source, date) and a
 * body of `<p>` (`<head n>` for a heading, `<table>` of `<row>` and `<cell>` for a table, `<list>` of
 * `<item>` for a list) and `<s>`,
 * links as `<ref target>`, with entities inline — `<persName type="official">` holding `<roleName>`
 * for officials, `<orgName>` for bodies, `<date when>`, `<ref type="document">`, `<name type="event">`,
 * and `<w>` for words when asked. Whitespace between paragraphs and sentences is kept as text, so the
 * text content of `<body>` equals `article.text`. Where two marks cross, the one opened later is split
 * at the boundary into fragments carrying `part="I"`, `"M"`, `"F"` (TEI's att.fragmentable); marks
 * contained in others nest. Characters XML 1.0 cannot carry are written as `<g n="U+XXXX"/>`.
 *
 * @param article - an Article (from parseArticle, or built by hand)
 * @param options - (optional) `words` to add `<w>` elements; `removed: false` to leave out `<back>`
 * @returns the XML document as a string
 * @throws TypeError when article is not an object with a string `text`
 * @example
 * ```ts
 * const xml = toXML({ title: "Tin", source: null, published: null, authors: [], text: "Bộ Chính trị họp.",
 *   paragraphs: [{ start: 0, end: 17, text: "Bộ Chính trị họp." }], sentences: [], entities: [],
 *   titleEntities: [], people: [],
 *   removed: [], normalization: { encoding: "unicode", toneStyle: "preserve", changes: 0 }, warnings: [] });
 * xml.includes("<p>Bộ Chính trị họp.</p>");
 * //=> true
 * ```
 */
export function toXML(article: Article, options?: ToXMLOptions): string {
  if (!article || typeof article !== "object" || typeof (article as { text?: unknown }).text !== "string") {
    throw new TypeError(
      `vietnews.toXML: expected article to be an Article object with a string text, got ${describe(article)}`,
    );
  }
  if (options !== undefined && options !== null && (typeof options !== "object" || Array.isArray(options))) {
    throw new TypeError(`vietnews.toXML: expected options to be an object, got ${describe(options)}`);
  }
  if (options?.words !== undefined && typeof options.words !== "boolean") {
    throw new TypeError(
      `vietnews.toXML: expected options.words to be a boolean, got ${describe(options.words)}`,
    );
  }
  const text = article.text;
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>\n<TEI xmlns="http://www.tei-c.org/ns/1.0">\n',
  ];
  out.push(header(article));
  out.push("  <text>\n    <body>");
  out.push(body(text, marksOf(article, options?.words === true)));
  out.push("</body>\n");
  if (options?.removed !== false && Array.isArray(article.removed) && article.removed.length > 0) {
    out.push('    <back>\n      <div type="removed">\n');
    for (const r of article.removed) {
      if (!r || typeof r.text !== "string") continue;
      // an HTML page's dropped element says which it was in n ("navigation", 'class "menu"')
      const n = typeof r.detail === "string" ? ` n="${escapeAttr(r.detail)}"` : "";
      out.push(`        <p ana="${escapeAttr(String(r.reason ?? ""))}"${n}>${escapeText(r.text)}</p>\n`);
    }
    out.push("      </div>\n    </back>\n");
  }
  out.push("  </text>\n</TEI>\n");
  return out.join("");
}

function header(a: Article): string {
  const t = (s: unknown) => escapeText(typeof s === "string" ? s : "");
  const title = a.title ? `<title>${t(a.title)}</title>` : "<title/>";
  const authors = (Array.isArray(a.authors) ? a.authors : []).map((x) => `<author>${t(x)}</author>`).join("");
  const src = a.source ?? {};
  const date = a.published
    ? `<date${dateAttrs(a.published.date)}>${t(a.published.text || a.published.date)}</date>`
    : "";
  const bibl = [
    title,
    authors,
    src.name ? `<publisher>${t(src.name)}</publisher>` : "",
    src.code ? `<idno type="code">${t(src.code)}</idno>` : "",
    src.url ? `<ptr target="${escapeAttr(src.url)}"/>` : "",
    date,
  ].join("");
  const norm = a.normalization;
  const encoding = norm
    ? `    <encodingDesc>\n      <p>Normalised by vietnews: source encoding ${t(String(norm.encoding))}, tone style ${t(String(norm.toneStyle))}, ${Number(norm.changes) || 0} changes${byKind(norm.report)}.</p>\n    </encodingDesc>\n`
    : "";
  return (
    "  <teiHeader>\n    <fileDesc>\n" +
    `      <titleStmt>${title}${authors}</titleStmt>\n` +
    "      <publicationStmt><p>Converted by vietnews.</p></publicationStmt>\n" +
    `      <sourceDesc><bibl>${bibl}</bibl></sourceDesc>\n` +
    `    </fileDesc>\n${encoding}  </teiHeader>\n`
  );
}

/** The non-zero counts of a normalisation report, as " (composed 3, spacesNormalized 1)"; "" for none. */
function byKind(report: unknown): string {
  if (!report || typeof report !== "object") return "";
  const parts = Object.entries(report as Record<string, unknown>)
    .filter(([k, v]) => k !== "total" && typeof v === "number" && v > 0)
    .map(([k, v]) => `${k} ${v}`);
  return parts.length ? ` (${parts.join(", ")})` : "";
}

/** TEI dating attributes for an ISO value: `when`, or `from`/`to` for a "START/END" interval. */
function dateAttrs(value: string | null | undefined): string {
  if (typeof value !== "string" || !value) return "";
  const slash = value.indexOf("/");
  if (slash > 0) {
    return ` from="${escapeAttr(value.slice(0, slash))}" to="${escapeAttr(value.slice(slash + 1))}"`;
  }
  return ` when="${escapeAttr(value)}"`;
}

function validSpan(s: unknown, len: number): s is Span {
  if (!s || typeof s !== "object") return false;
  const { start, end } = s as Span;
  return Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end <= len && start < end;
}

function marksOf(a: Article, words: boolean): Mark[] {
  const len = a.text.length;
  const marks: Mark[] = [];
  const add = (start: number, end: number, rank: number, name: string, attrs: [string, string][] = []) => {
    marks.push({ start, end, rank, name, attrs, seq: marks.length });
  };
  const paragraphs = (Array.isArray(a.paragraphs) ? a.paragraphs : []).filter((p) => validSpan(p, len));
  // structure: a heading's paragraph is a <head>, a table's rows are <row>s of <cell>s in a <table>
  const headingAt = new Map<number, number>();
  for (const h of Array.isArray(a.headings) ? a.headings : [])
    if (validSpan(h, len)) headingAt.set(h.start * (len + 1) + h.end, Number(h.level) || 1);
  const tables = (Array.isArray(a.tables) ? a.tables : []).filter((t) => validSpan(t, len));
  for (const t of tables) add(t.start, t.end, -1, "table");
  const inTable = (p: Span) => tables.some((t) => p.start >= t.start && p.end <= t.end);
  const lists = (Array.isArray(a.lists) ? a.lists : []).filter((l) => validSpan(l, len));
  for (const l of lists) add(l.start, l.end, -1, "list", [["rend", l.ordered ? "numbered" : "bulleted"]]);
  const itemAt = new Set<number>();
  for (const l of lists)
    for (const it of Array.isArray(l.items) ? l.items : []) itemAt.add(it.start * (len + 1) + it.end);
  if (paragraphs.length > 0)
    for (const p of paragraphs) {
      const level = headingAt.get(p.start * (len + 1) + p.end);
      if (level) add(p.start, p.end, 0, "head", [["n", String(level)]]);
      else if (inTable(p)) {
        add(p.start, p.end, 0, "row");
        let at = p.start;
        for (const cell of p.text.split("\t")) {
          if (cell) add(at, at + cell.length, 0.5, "cell");
          at += cell.length + 1;
        }
      } else if (itemAt.has(p.start * (len + 1) + p.end)) add(p.start, p.end, 0, "item");
      else add(p.start, p.end, 0, "p");
    }
  else for (const p of splitOnBlankLines(a.text)) add(p.start, p.end, 0, "p");
  for (const l of Array.isArray(a.links) ? a.links : [])
    if (validSpan(l, len)) add(l.start, l.end, 2, "ref", [["target", String(l.href ?? "")]]);
  // a table's cells stand for its sentences: <row><cell>, not <row><s><cell>
  for (const s of Array.isArray(a.sentences) ? a.sentences : [])
    if (validSpan(s, len) && !inTable(s)) add(s.start, s.end, 1, "s");
  for (const e of Array.isArray(a.entities) ? a.entities : []) {
    if (validSpan(e, len)) entityMarks(e, a.text, add);
  }
  if (words) {
    for (const w of Array.isArray(a.words) ? a.words : []) {
      if (!validSpan(w, len)) continue;
      add(w.start, w.end, 5, "w", w.kind && w.kind !== "word" ? [["type", w.kind]] : []);
    }
  }
  return marks;
}

type Add = (start: number, end: number, rank: number, name: string, attrs?: [string, string][]) => void;

function entityMarks(e: Entity, text: string, add: Add): void {
  switch (e.kind) {
    case "official": {
      add(e.start, e.end, 2, "persName", [
        ["type", "official"],
        ["key", String(e.name ?? "")],
      ]);
      // Each title as written, found left to right inside the mention.
      const inner = text.slice(e.start, e.end);
      let from = 0;
      for (const title of Array.isArray(e.titles) ? e.titles : []) {
        if (typeof title !== "string" || !title) continue;
        const at = inner.indexOf(title, from);
        if (at < 0) continue;
        add(e.start + at, e.start + at + title.length, 3, "roleName");
        from = at + title.length;
      }
      return;
    }
    case "body": {
      const attrs: [string, string][] = [["type", String(e.system ?? "other")]];
      if (e.level) attrs.push(["subtype", e.level]);
      if (e.canonical) attrs.push(["key", e.canonical]);
      add(e.start, e.end, 2, "orgName", attrs);
      return;
    }
    case "date": {
      const attrs: [string, string][] = [];
      if (typeof e.value === "string" && e.value) {
        const slash = e.value.indexOf("/");
        if (slash > 0) attrs.push(["from", e.value.slice(0, slash)], ["to", e.value.slice(slash + 1)]);
        else attrs.push(["when", e.value]);
      }
      add(e.start, e.end, 2, "date", attrs);
      return;
    }
    case "document": {
      const attrs: [string, string][] = [["type", "document"]];
      if (e.docType) attrs.push(["subtype", e.docType]);
      if (e.number) attrs.push(["n", e.number]);
      if (e.code) attrs.push(["key", e.code]);
      if (e.system) attrs.push(["ana", e.system]);
      add(e.start, e.end, 2, "ref", attrs);
      return;
    }
    case "event": {
      const attrs: [string, string][] = [
        ["type", "event"],
        ["subtype", String(e.event ?? "")],
      ];
      if (e.ordinal != null) attrs.push(["n", String(e.ordinal)]);
      if (e.term != null) attrs.push(["ana", `term:${e.term}`]);
      add(e.start, e.end, 2, "name", attrs);
      return;
    }
    default:
      return;
  }
}

function splitOnBlankLines(text: string): Span[] {
  const out: Span[] = [];
  const re = /\n[ \t]*\n\s*/g;
  let last = 0;
  for (const m of text.matchAll(re)) {
    pushTrimmed(text, last, m.index, out);
    last = m.index + m[0].length;
  }
  pushTrimmed(text, last, text.length, out);
  return out;
}

function pushTrimmed(text: string, start: number, end: number, out: Span[]): void {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  if (end > start) out.push({ start, end, text: text.slice(start, end) });
}

/** Orders marks: earlier start first, then longer, then outer rank, then input order. */
function before(a: Mark, b: Mark): boolean {
  if (a.start !== b.start) return a.start < b.start;
  if (a.end !== b.end) return a.end > b.end;
  if (a.rank !== b.rank) return a.rank < b.rank;
  return a.seq < b.seq;
}

/** A binary min-heap of marks under {@link before}: split remainders re-enter in order. */
class MarkHeap {
  private items: Mark[] = [];
  get size(): number {
    return this.items.length;
  }
  push(m: Mark): void {
    const h = this.items;
    h.push(m);
    let i = h.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!before(h[i], h[p])) break;
      const t = h[i];
      h[i] = h[p];
      h[p] = t;
      i = p;
    }
  }
  pop(): Mark {
    const h = this.items;
    const top = h[0];
    const last = h.pop()!;
    if (h.length > 0) {
      h[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < h.length && before(h[l], h[m])) m = l;
        if (r < h.length && before(h[r], h[m])) m = r;
        if (m === i) break;
        const t = h[i];
        h[i] = h[m];
        h[m] = t;
        i = m;
      }
    }
    return top;
  }
}

function openTag(m: Mark): string {
  let s = `<${m.name}`;
  for (const [k, v] of m.attrs) s += ` ${k}="${escapeAttr(v)}"`;
  if (m.part) s += ` part="${m.part}"`;
  return `${s}>`;
}

function body(text: string, marks: Mark[]): string {
  const heap = new MarkHeap();
  for (const m of marks) heap.push(m);
  const out: string[] = [];
  const stack: Mark[] = [];
  let cursor = 0;
  const emitTo = (pos: number) => {
    if (pos > cursor) {
      out.push(escapeText(text.slice(cursor, pos)));
      cursor = pos;
    }
  };
  const closeTo = (pos: number) => {
    while (stack.length > 0 && stack[stack.length - 1].end <= pos) {
      const m = stack.pop()!;
      emitTo(m.end);
      out.push(`</${m.name}>`);
    }
  };
  while (heap.size > 0) {
    let m = heap.pop();
    closeTo(m.start);
    emitTo(m.start);
    const top = stack[stack.length - 1];
    if (top && m.end > top.end) {
      // Crossing: keep the part inside the open element, queue the rest as the next fragment.
      const rest: Mark = { ...m, start: top.end, part: "F" };
      heap.push(rest);
      m = { ...m, end: top.end, part: m.part === "F" || m.part === "M" ? "M" : "I" };
    }
    if (m.end <= m.start) continue;
    out.push(openTag(m));
    stack.push(m);
  }
  closeTo(text.length);
  emitTo(text.length);
  return out.join("");
}
