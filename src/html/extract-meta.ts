// Metadata a page publishes about itself: <title>, Open Graph, article:*, <meta name=author>,
// JSON-LD NewsArticle, itemprop microdata and the canonical link.
import type { Document } from "domhandler";
import { decodeHTML } from "../core/lazy-deps";
import { DATE_CLASS } from "./_lib/class-patterns";
import { attr, collapse, elementsOf, rawText } from "./_lib/dom";

/** Metadata a page publishes. */
export interface HtmlMeta {
  /** Headline: og:title, else JSON-LD headline, else <title> without a trailing site name. */
  title?: string;
  /** Publication time as the page writes it (usually ISO 8601). */
  published?: string;
  /** Author names (domains and the site's own name are left out). */
  authors?: string[];
  /** Canonical URL (resolved against the page URL when relative). */
  url?: string;
  /** The publication's name (og:site_name, JSON-LD publisher). */
  siteName?: string;
  /** Short description / lead (og:description, meta description). */
  description?: string;
}

const ARTICLE_TYPES =
  /^(?:News|Reportage|Analysis|Opinion|Report|Review|Background)?Article$|^BlogPosting$|^LiveBlogPosting$/;

interface LdArticle {
  headline?: string;
  datePublished?: string;
  authors: string[];
  publisher?: string;
  url?: string;
}

/**
 * Reads a parsed page's metadata.
 *
 * @param doc - the document from htmlparser2's parseDocument
 * @param pageUrl - (optional) the page's own URL, for resolving a relative canonical link
 * @returns the metadata found; fields absent when the page does not publish them
 * @example
 * ```ts
 * // extractMeta(parseDocument(page)), as extractHtml uses it:
 * extractHtml('<meta property="og:title" content="Hội nghị">').meta.title;
 * //=> "Hội nghị"
 * ```
 */
export function extractMeta(doc: Document, pageUrl?: string): HtmlMeta {
  const metas = new Map<string, string>();
  let titleTag = "";
  let canonical = "";
  const itemprops = new Map<string, string>();
  const ld: LdArticle[] = [];
  let timeTag = "";
  let dateline = "";
  for (const el of elementsOf(doc)) {
    const name = el.name;
    if (name === "meta") {
      const key = (attr(el, "property") || attr(el, "name") || attr(el, "itemprop")).toLowerCase().trim();
      const content = collapse(attr(el, "content"));
      if (key && content && !metas.has(key)) metas.set(key, content);
    } else if (name === "title" && !titleTag) {
      titleTag = collapse(rawText(el));
    } else if (name === "link" && !canonical && /(?:^|\s)canonical(?:\s|$)/i.test(attr(el, "rel"))) {
      canonical = attr(el, "href").trim();
    } else if (name === "script" && /ld\+json/i.test(attr(el, "type"))) {
      readJsonLd(rawText(el), ld);
    } else if (name === "time" && !timeTag) {
      timeTag = attr(el, "datetime").trim();
    } else if (!dateline && DATE_CLASS.test(`${attr(el, "class")} ${attr(el, "id")}`)) {
      const t = collapse(rawText(el, 400));
      if (t.length <= 120 && datelineOf(t)) dateline = t;
    }
    const prop = attr(el, "itemprop").toLowerCase();
    if (prop && name !== "meta" && !itemprops.has(prop)) {
      const v = attr(el, "content") || attr(el, "datetime") || collapse(rawText(el, 2000));
      if (v) itemprops.set(prop, v.slice(0, 500));
    }
  }
  const art = ld[0];
  const meta: HtmlMeta = {};
  const siteName = metas.get("og:site_name") || art?.publisher || metas.get("application-name") || undefined;
  if (siteName) meta.siteName = siteName;
  const title =
    metas.get("og:title") ||
    art?.headline ||
    metas.get("twitter:title") ||
    itemprops.get("headline") ||
    stripSiteSuffix(titleTag, siteName);
  if (title) meta.title = title;
  const published =
    metas.get("article:published_time") ||
    art?.datePublished ||
    itemprops.get("datepublished") ||
    metas.get("datepublished") ||
    metas.get("pubdate") ||
    metas.get("publishdate") ||
    metas.get("dc.date.issued") ||
    metas.get("dc.date") ||
    metas.get("date") ||
    timeTag ||
    datelineOf(dateline) ||
    undefined;
  if (published) meta.published = published;
  const authorCandidates = art?.authors.length
    ? art.authors
    : splitAuthors(
        metas.get("author") ||
          metas.get("article:author") ||
          itemprops.get("author") ||
          metas.get("dc.creator") ||
          "",
      );
  const authors = authorCandidates.filter((a) => isPersonLike(a, siteName));
  if (authors.length > 0) meta.authors = [...new Set(authors)];
  const ogUrl = resolveUrl(metas.get("og:url") ?? "", pageUrl);
  const url =
    resolveUrl(canonical, pageUrl ?? ogUrl) || ogUrl || resolveUrl(art?.url ?? "", pageUrl) || pageUrl;
  if (url) meta.url = url;
  const description = metas.get("og:description") || metas.get("description");
  if (description) meta.description = description;
  return meta;
}

/** "Thứ năm, 18/1/2024, 11:05" -> "2024-01-18T11:05"; a dateline without a full date -> undefined. */
function datelineOf(text: string): string | undefined {
  const d = /(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})/.exec(text);
  if (!d) return undefined;
  const day = Number(d[1]);
  const month = Number(d[2]);
  if (day < 1 || day > 31 || month < 1 || month > 12) return undefined;
  const date = `${d[3]}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  const t = /(?:^|\D)([01]?\d|2[0-3])[:h]([0-5]\d)(?!\d)/.exec(text);
  return t ? `${date}T${t[1].padStart(2, "0")}:${t[2]}` : date;
}

function readJsonLd(json: string, out: LdArticle[]): void {
  let data: unknown;
  try {
    data = JSON.parse(json.trim());
  } catch {
    return;
  }
  const stack: unknown[] = [data];
  let guard = 0;
  while (stack.length > 0 && guard++ < 10_000) {
    const node = stack.pop();
    if (Array.isArray(node)) {
      for (let i = node.length - 1; i >= 0; i--) stack.push(node[i]);
      continue;
    }
    if (!node || typeof node !== "object") continue;
    const obj = node as Record<string, unknown>;
    const types = ([] as unknown[])
      .concat(obj["@type"] ?? [])
      .filter((t): t is string => typeof t === "string");
    if (types.some((t) => ARTICLE_TYPES.test(t))) {
      out.push({
        headline: str(obj.headline) || str(obj.name),
        datePublished: str(obj.datePublished) || str(obj.dateCreated),
        authors: names(obj.author),
        publisher: names(obj.publisher)[0],
        url: str(obj.url) || str((obj.mainEntityOfPage as Record<string, unknown> | undefined)?.["@id"]),
      });
    }
    if (obj["@graph"]) stack.push(obj["@graph"]);
  }
}

function str(v: unknown): string | undefined {
  return typeof v === "string" && v.trim() ? collapse(v) : undefined;
}

function names(v: unknown): string[] {
  const list = Array.isArray(v) ? v : v === undefined || v === null ? [] : [v];
  const out: string[] = [];
  for (const item of list) {
    if (typeof item === "string") out.push(...splitAuthors(item));
    else if (item && typeof item === "object") {
      const n = str((item as Record<string, unknown>).name);
      if (n) out.push(n);
    }
  }
  return out;
}

function splitAuthors(s: string): string[] {
  // character references first: the ";" of "NH&#7852;T" is no separator
  return decodeHTML(s)
    .split(/\s*(?:[,;|]|\s-\s|\svà\s)\s*/)
    .map((a) => collapse(a))
    .filter((a) => a.length > 0);
}

/** Leaves out values that are domains, URLs, e-mail addresses or the site's own name. */
function isPersonLike(name: string, siteName?: string): boolean {
  if (name.length > 80) return false;
  if (/[/@]|^www\.|\.(?:vn|com|net|org|gov|info)\b/i.test(name)) return false;
  if (siteName && name.toLowerCase() === siteName.toLowerCase()) return false;
  return /\p{L}/u.test(name);
}

const SITE_WORDS =
  /^(?:báo|tạp chí|cổng thông tin|cổng ttđt|trang thông tin|trang tin|đài|website|thông tấn|tin tức|vtv|vov|ttxvn)\b|\.(?:vn|com|net|org)$/i;

/** Drops a trailing " - Site name" / " | Site name" from a <title> when it names the site. */
function stripSiteSuffix(title: string, siteName?: string): string {
  if (!title) return title;
  for (const sep of [" | ", " - ", " – ", " — "]) {
    const at = title.lastIndexOf(sep);
    if (at <= 0) continue;
    const tail = title.slice(at + sep.length).trim();
    if ((siteName && tail.toLowerCase() === siteName.toLowerCase()) || SITE_WORDS.test(tail)) {
      return title.slice(0, at).trim();
    }
  }
  return title;
}

function resolveUrl(href: string, base?: string): string | undefined {
  if (!href) return undefined;
  try {
    return new URL(href, base).href;
  } catch {
    return /^https?:\/\//i.test(href) ? href : undefined;
  }
}
