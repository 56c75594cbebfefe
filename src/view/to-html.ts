// An article as one self-contained HTML page to look at, in the spirit of displaCy: the body with
// each entity marked by kind (a legend, a tooltip with what was read), the officials with their
// titles, and what was removed with its reason in a panel that opens. No script, no external asset.
import type { Article, Entity, Span } from "../core/types";
import { describe, expectBoolean, expectOptions } from "../core/validate";

/** Options of {@link toHTML}. */
export interface ToHTMLOptions {
  /** List the removed lines with their reasons in a closed panel (default true). */
  removed?: boolean;
  /**
   * Give the page's body only (a `<div>` with its own style), to embed in a page or a notebook
   * cell, instead of a whole document (default false).
   */
  fragment?: boolean;
}

type Kind = Entity["kind"];
const KINDS: readonly Kind[] = ["official", "body", "date", "document", "event"];
const KIND_NAMES: Record<Kind, string> = {
  official: "official",
  body: "body (organ)",
  date: "date",
  document: "document",
  event: "event",
};
// light backgrounds that keep dark text readable, one a kind
const COLOURS: Record<Kind, string> = {
  official: "#ffd6a5",
  body: "#caffbf",
  date: "#9bf6ff",
  document: "#bdb2ff",
  event: "#ffc6ff",
};

const STYLE = `.vn{font:16px/1.6 system-ui,sans-serif;max-width:52rem;margin:1rem auto;padding:0 1rem;color:#222}
.vn h1{font-size:1.5rem;line-height:1.3}.vn .meta{color:#555;font-size:.9rem}
.vn p{white-space:pre-wrap;margin:.6rem 0}.vn .h{font-weight:600;font-size:1.1rem}
.vn mark{padding:0 .15em;border-radius:.25em;color:inherit}
.vn mark[data-kind]::after{content:attr(data-label);font-size:.6rem;font-weight:600;text-transform:uppercase;margin-left:.2em;opacity:.6}
.vn .legend span{display:inline-block;margin:.1rem .4rem .1rem 0;padding:0 .4em;border-radius:.25em;font-size:.85rem}
.vn table{border-collapse:collapse;font-size:.9rem;margin:.5rem 0}.vn td,.vn th{border:1px solid #ddd;padding:.2rem .5rem;text-align:left;vertical-align:top}
.vn details{margin:1rem 0}.vn summary{cursor:pointer;font-weight:600}
${KINDS.map((k) => `.vn .k-${k}{background:${COLOURS[k]}}`).join("\n")}`;

/**
 * Renders an article as one self-contained HTML page: the title and what the header says, a legend
 * of the entity kinds with their counts, the body with each entity marked by kind and a tooltip
 * (its `title`) giving what was read (an official's name and titles, a body's canonical name, a
 * date's ISO value, a document's fields, an event's ordinal and term), the officials with their
 * titles, the warnings, and the removed lines with their reasons in a closed `<details>` panel. No
 * script and no external asset: a browser shows it as it is, offline. Entities that cross are
 * split into several marks that share one `data-id`; an entity inside another is a mark inside it.
 *
 * @param article - an article from parseArticle
 * @param options - `removed` (default true), `fragment` (default false)
 * @returns the page (or, with `fragment`, a `<div class="vn">` holding it)
 * @throws TypeError when article is not an Article or an option has the wrong type
 * @example
 * ```ts
 * import { parseArticle, toHTML } from "vietnews";
 * const page = toHTML(parseArticle("Tiêu đề\n\nSáng 1/7/2020, Bộ Chính trị họp."));
 * [page.startsWith("<!DOCTYPE html>"), page.includes('<mark class="k-body" data-kind="body" data-id="e1"')];
 * //=> [true, true]
 * ```
 */
export function toHTML(article: Article, options?: ToHTMLOptions): string {
  checkArticle(article);
  expectOptions(options, "toHTML");
  expectBoolean(options?.removed, "toHTML", "options.removed");
  expectBoolean(options?.fragment, "toHTML", "options.fragment");
  const parts: string[] = [`<div class="vn">`, `<style>${STYLE}</style>`];
  parts.push(`<h1>${escapeHtml(article.title ?? "(no title)")}</h1>`);
  const meta = headerLine(article);
  if (meta) parts.push(`<p class="meta">${meta}</p>`);
  parts.push(legend(article.entities));
  const headings = new Map(article.headings.map((h) => [h.start, h.level]));
  const ids = new Map(article.entities.map((e, i) => [e, `e${i}`]));
  for (const p of article.paragraphs) {
    const inner = markParagraph(article.text, p, article.entities, ids);
    parts.push(headings.has(p.start) ? `<p class="h">${inner}</p>` : `<p>${inner}</p>`);
  }
  parts.push(officials(article));
  if (article.warnings.length)
    parts.push(
      `<p class="meta">Warnings: ${article.warnings.map((w) => `${escapeHtml(w.code)} (${escapeHtml(w.message)})`).join("; ")}</p>`,
    );
  if (options?.removed !== false) parts.push(removedPanel(article));
  parts.push("</div>");
  const body = parts.join("\n");
  if (options?.fragment) return body;
  const title = escapeHtml(article.title ?? "vietnews article");
  return `<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>${title}</title>\n</head>\n<body>\n${body}\n</body>\n</html>\n`;
}

function checkArticle(article: unknown): void {
  const a = article as Article | null;
  if (
    a === null ||
    typeof a !== "object" ||
    typeof a.text !== "string" ||
    !Array.isArray(a.paragraphs) ||
    !Array.isArray(a.entities) ||
    !Array.isArray(a.removed)
  )
    throw new TypeError(`vietnews.toHTML: expected article to be an Article, got ${describe(article)}`);
}

/**
 * Escapes text for HTML content and attribute values.
 *
 * @param s - any string
 * @returns the string with `& < > " '` as references
 * @example
 * ```ts
 * import { escapeHtml } from "./to-html";
 * escapeHtml('<a href="x">');
 * //=> "&lt;a href=&quot;x&quot;&gt;"
 * ```
 */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) =>
    c === "&" ? "&amp;" : c === "<" ? "&lt;" : c === ">" ? "&gt;" : c === '"' ? "&quot;" : "&#39;",
  );
}

function headerLine(a: Article): string {
  const bits: string[] = [];
  if (a.source?.name || a.source?.code) bits.push(escapeHtml(a.source.name ?? a.source.code ?? ""));
  if (a.published) bits.push(`${escapeHtml(a.published.date)} (from the ${escapeHtml(a.published.from)})`);
  if (a.authors.length) bits.push(`by ${escapeHtml(a.authors.join(", "))}`);
  bits.push(`read as ${escapeHtml(a.input?.format ?? "text")}`);
  return bits.join(" · ");
}

function legend(entities: readonly Entity[]): string {
  const counts = new Map<Kind, number>();
  for (const e of entities) counts.set(e.kind, (counts.get(e.kind) ?? 0) + 1);
  const items = KINDS.map(
    (k) => `<span class="k-${k}">${escapeHtml(KIND_NAMES[k])}: ${counts.get(k) ?? 0}</span>`,
  );
  return `<p class="legend">${items.join("")}</p>`;
}

/** What the tooltip of an entity says: what was read from it. */
function tooltip(e: Entity): string {
  switch (e.kind) {
    case "official":
      return `official: ${e.name}${e.titles.length ? ` — ${e.titles.join("; ")}` : ""}`;
    case "body":
      return `body: ${e.canonical} (${e.system}${e.level ? `, ${e.level}` : ""})`;
    case "date":
      return `date: ${e.value ?? "no full date"}`;
    case "document": {
      const fields = [
        e.docType,
        e.number ? `số ${e.number}` : null,
        e.code ?? null,
        e.year ? String(e.year) : null,
        e.issuer ? `issuer ${e.issuer}` : null,
        e.system,
      ].filter((x): x is string => Boolean(x));
      return `document: ${fields.join(", ")}`;
    }
    case "event":
      return `event: ${e.event}${e.ordinal !== null ? ` ${e.ordinal}` : ""}${e.term !== null ? `, term ${e.term}` : ""}`;
  }
}

function openMark(e: Entity, id: string): string {
  return `<mark class="k-${e.kind}" data-kind="${e.kind}" data-id="${id}" data-label="${e.kind}" title="${escapeHtml(tooltip(e))}">`;
}

/**
 * A paragraph's HTML with its entities marked. At each boundary the marks that end there are
 * closed; a mark open inside one of them (a crossing entity) is closed with it and opened again
 * after, so it becomes several marks with one id. Entities that start together open longest first.
 */
function markParagraph(text: string, p: Span, entities: readonly Entity[], ids: Map<Entity, string>): string {
  const inside = entities.filter((e) => e.start < p.end && e.end > p.start && e.end > e.start);
  if (inside.length === 0) return escapeHtml(p.text);
  const cuts = new Set<number>([p.start, p.end]);
  for (const e of inside) {
    cuts.add(Math.max(e.start, p.start));
    cuts.add(Math.min(e.end, p.end));
  }
  const points = [...cuts].sort((x, y) => x - y);
  const open: Entity[] = [];
  let out = "";
  for (let k = 0; k < points.length - 1; k++) {
    const at = points[k];
    // close what ends here, and what was opened inside it; reopen those that go on
    const ending = open.findIndex((e) => Math.min(e.end, p.end) <= at);
    if (ending >= 0) {
      const closed = open.splice(ending);
      out += "</mark>".repeat(closed.length);
      for (const e of closed) {
        if (Math.min(e.end, p.end) <= at) continue;
        out += openMark(e, ids.get(e) as string);
        open.push(e);
      }
    }
    const starting = inside
      .filter((e) => Math.max(e.start, p.start) === at)
      .sort((x, y) => y.end - x.end || KINDS.indexOf(x.kind) - KINDS.indexOf(y.kind));
    for (const e of starting) {
      out += openMark(e, ids.get(e) as string);
      open.push(e);
    }
    out += escapeHtml(text.slice(at, points[k + 1]));
  }
  out += "</mark>".repeat(open.length);
  return out;
}

function officials(a: Article): string {
  if (!a.people?.length) return "";
  const rows = a.people.map(
    (p) =>
      `<tr><td>${escapeHtml(p.name)}</td><td>${escapeHtml(p.titles.join("; "))}</td><td>${p.mentions.length}</td></tr>`,
  );
  return `<h2>Officials</h2>\n<table><tr><th>Name</th><th>Titles</th><th>Mentions</th></tr>\n${rows.join("\n")}\n</table>`;
}

function removedPanel(a: Article): string {
  const rows = a.removed.map(
    (r) =>
      `<tr><td>${escapeHtml(r.reason)}</td><td>${escapeHtml(r.text.length > 2000 ? `${r.text.slice(0, 2000)}…` : r.text)}</td></tr>`,
  );
  return `<details><summary>Removed: ${a.removed.length} lines or parts</summary>\n<table><tr><th>Reason</th><th>Text</th></tr>\n${rows.join("\n")}\n</table>\n</details>`;
}
