// parseFeed: RSS 2.0, RSS 1.0 (RDF) and Atom feeds into flat items.

import type { XMLParser } from "fast-xml-parser";
import { decodeHTML, parseDocument } from "../core/lazy-deps";
import { describe } from "../core/validate";

/** One item of a news feed. */
export interface FeedItem {
  /** Headline as plain text. */
  title: string | null;
  /** The article's URL. */
  link: string | null;
  /** Publication date in ISO 8601 (keeping the feed's UTC offset), or null when absent or unreadable. */
  date: string | null;
  /** Summary as plain text (HTML in the description is reduced to its text). */
  summary: string | null;
}

type Node = Record<string, unknown>;

let parser: XMLParser | null = null;

/** fast-xml-parser, loaded and set up on first use (importing vietnews does not pay for it). */
function xmlParser(): XMLParser {
  if (!parser) {
    const { XMLParser: Parser } = require("fast-xml-parser") as { XMLParser: typeof XMLParser };
    parser = new Parser({
      ignoreAttributes: false,
      attributeNamePrefix: "@_",
      textNodeName: "#text",
      cdataPropName: false,
      parseTagValue: false,
      parseAttributeValue: false,
      trimValues: true,
      removeNSPrefix: true,
      // Character references are decoded by entities' linear decoder instead: fast-xml-parser's own
      // replacement grows quadratically on long runs of references.
      processEntities: false,
      htmlEntities: false,
      isArray: (name) => name === "item" || name === "entry" || name === "link",
    });
  }
  return parser;
}

/**
 * Reads an RSS 2.0, RSS 1.0 or Atom feed into items (title, link, ISO date, summary), so pages of a
 * crawl can be paired with their feed metadata. Malformed feeds give the items that could be read,
 * or an empty list; it never throws on a string.
 *
 * @param xml - the feed document
 * @returns the items in feed order
 * @throws TypeError when xml is not a string
 * @example
 * ```ts
 * parseFeed('<rss version="2.0"><channel><item><title>Tin A</title><link>https://x.vn/a</link><pubDate>Wed, 01 Jul 2020 08:15:00 +0700</pubDate></item></channel></rss>');
 * //=> [{ title: "Tin A", link: "https://x.vn/a", date: "2020-07-01T08:15:00+07:00", summary: null }]
 * ```
 */
export function parseFeed(xml: string): FeedItem[] {
  if (typeof xml !== "string") {
    throw new TypeError(`vietnews.parseFeed: expected xml to be a string, got ${describe(xml)}`);
  }
  let doc: Node;
  try {
    doc = xmlParser().parse(xml) as Node;
  } catch {
    return [];
  }
  if (!doc || typeof doc !== "object") return [];
  const rss = obj(doc.rss);
  const channel = obj(rss?.channel) ?? obj(obj(doc.RDF)?.channel);
  const rssItems = list(
    obj(rss?.channel)?.item ?? obj(doc.RDF)?.item ?? (channel ? channel.item : undefined),
  );
  if (rssItems.length > 0) return rssItems.map(rssItem);
  const feed = obj(doc.feed);
  if (feed) return list(feed.entry).map(atomEntry);
  return [];
}

function rssItem(it: Node): FeedItem {
  const link = textOf(first(it.link)) || attrOf(first(it.link), "href") || permalink(it.guid);
  return {
    title: plain(textOf(it.title)),
    link: link ? link.trim() : null,
    date: isoDate(textOf(it.pubDate) || textOf(it.date) || textOf(it.published) || textOf(it.updated)),
    summary: plain(textOf(it.description) || textOf(it.summary) || textOf(it.encoded)),
  };
}

function atomEntry(it: Node): FeedItem {
  const links = list(it.link);
  const alt =
    links.find((l) => !attrOf(l, "rel") || attrOf(l, "rel") === "alternate") ?? links[0] ?? undefined;
  const href = alt ? attrOf(alt, "href") || textOf(alt) : "";
  return {
    title: plain(textOf(it.title)),
    link: href ? href.trim() : null,
    date: isoDate(textOf(it.published) || textOf(it.updated) || textOf(it.issued) || textOf(it.date)),
    summary: plain(textOf(it.summary) || textOf(it.content)),
  };
}

function obj(v: unknown): Node | undefined {
  return v && typeof v === "object" && !Array.isArray(v) ? (v as Node) : undefined;
}

function list(v: unknown): Node[] {
  const arr = Array.isArray(v) ? v : v === undefined || v === null ? [] : [v];
  return arr.map((x) => (typeof x === "object" && x !== null ? (x as Node) : { "#text": String(x) }));
}

function first(v: unknown): unknown {
  return Array.isArray(v) ? v[0] : v;
}

function textOf(v: unknown): string {
  if (v === undefined || v === null) return "";
  if (typeof v === "string") return decodeHTML(v);
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  if (Array.isArray(v)) return textOf(v[0]);
  const t = (v as Node)["#text"];
  return typeof t === "string" || typeof t === "number" ? decodeHTML(String(t)) : "";
}

function attrOf(v: unknown, name: string): string {
  const o = obj(v);
  const a = o?.[`@_${name}`];
  return typeof a === "string" ? decodeHTML(a) : "";
}

function permalink(guid: unknown): string {
  const g = textOf(guid);
  if (!g) return "";
  return attrOf(guid, "isPermaLink") === "false" || !/^https?:\/\//i.test(g) ? "" : g;
}

/** Reduces HTML (or plain text) to collapsed plain text; null when empty. */
function plain(s: string): string | null {
  if (!s) return null;
  let text = s;
  if (/[<&]/.test(s)) {
    try {
      const doc = parseDocument(s, { decodeEntities: true });
      const parts: string[] = [];
      const stack: unknown[] = [doc];
      while (stack.length > 0) {
        const n = stack.pop() as { type: string; data?: string; name?: string; children?: unknown[] };
        if (n.type === "text") parts.push(n.data ?? "");
        else if (n.type === "tag" && n.name !== "script" && n.name !== "style" && n.children) {
          parts.push(" ");
          for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]);
        } else if (n.type === "root" && n.children) {
          for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]);
        }
      }
      text = parts.join("");
    } catch {
      text = s;
    }
  }
  const out = text.replace(/\s+/g, " ").trim();
  return out || null;
}

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};
const ZONES: Record<string, string> = {
  ut: "Z",
  utc: "Z",
  gmt: "Z",
  z: "Z",
  est: "-05:00",
  edt: "-04:00",
  cst: "-06:00",
  cdt: "-05:00",
  mst: "-07:00",
  mdt: "-06:00",
  pst: "-08:00",
  pdt: "-07:00",
  ict: "+07:00",
};

const pad = (n: number | string) => String(n).padStart(2, "0");

/**
 * RFC 822 ("Wed, 01 Jul 2020 08:15:00 +0700"), RFC 3339 and Vietnamese "dd/mm/yyyy hh:mm" dates in
 * ISO 8601, keeping the written offset; null when the value cannot be read.
 */
function isoDate(raw: string): string | null {
  const s = raw.trim();
  if (!s) return null;
  const rfc3339 =
    /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/i.exec(s);
  if (rfc3339) {
    const [, y, mo, d, h, mi, sec, frac, z] = rfc3339;
    if (!h) return `${y}-${mo}-${d}`;
    return `${y}-${mo}-${d}T${h}:${mi}:${sec ?? "00"}${frac ?? ""}${zone(z)}`;
  }
  const rfc822 =
    /^(?:[a-z]{3},?\s+)?(\d{1,2})\s+([a-z]{3})[a-z]*\.?\s+(\d{2,4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?\s*([a-z]{1,5}|[+-]\d{2}:?\d{2})?$/i.exec(
      s,
    );
  if (rfc822) {
    const [, d, monName, yRaw, h, mi, sec, z] = rfc822;
    const mo = MONTHS[monName.toLowerCase()];
    if (mo) {
      const y = yRaw.length === 2 ? 2000 + Number(yRaw) : Number(yRaw);
      const date = `${y}-${pad(mo)}-${pad(d)}`;
      return h ? `${date}T${pad(h)}:${mi}:${sec ?? "00"}${zone(z)}` : date;
    }
  }
  const vn = /^(?:[^\d]{0,20})(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\D{1,3}(\d{1,2}):(\d{2})(?::(\d{2}))?)?/.exec(
    s,
  );
  if (vn) {
    const [, d, mo, y, h, mi, sec] = vn;
    const date = `${y}-${pad(mo)}-${pad(d)}`;
    return h ? `${date}T${pad(h)}:${mi}:${sec ?? "00"}` : date;
  }
  const t = Date.parse(s);
  return Number.isNaN(t) ? null : new Date(t).toISOString();
}

function zone(z: string | undefined): string {
  if (!z) return "";
  const named = ZONES[z.toLowerCase()];
  if (named) return named;
  const m = /^([+-])(\d{2}):?(\d{2})$/.exec(z);
  return m ? `${m[1]}${m[2]}:${m[3]}` : "";
}
