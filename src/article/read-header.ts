// The header of an article, read from its content lines: title, dateline (source and date),
// publication stamp, byline, closing credit. One step of parseArticle, kept apart so it can be
// read (and tested) on its own.
import { isCredit } from "../chrome/_lib/features";
import type { Article, ToneStyle } from "../core/types";
import type { HtmlMeta } from "../html/index";
import { normalize } from "../normalize/index";
import {
  authorName,
  creditName,
  type FoundDate,
  leadDate,
  looksLikeTitle,
  readByline,
  readDateline,
  readStampLine,
} from "./_lib/header";
import { findOutlet, findOutletByUrl } from "./_lib/outlets";

/** What {@link readHeader} found. Line indices are into the lines it was given. */
export interface ArticleHeader {
  title: string | null;
  /** The line read as the title (always the first), or -1: no title, or one from the metadata. */
  titleLine: number;
  /** The byline, which leaves the body, or -1. */
  bylineLine: number;
  source: Article["source"];
  published: Article["published"];
  authors: string[];
}

/** What {@link readHeader} knows besides the lines. */
export interface HeaderContext {
  /** An HTML page's metadata (title, date, authors, URL, site name). */
  meta?: HtmlMeta | null;
  /** The tone style the lines were normalised to; the metadata title is normalised the same way. */
  toneStyle?: ToneStyle;
  /** True when the first line is a level-1 Markdown heading, which makes it the title. */
  topHeading?: boolean;
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})/;

/**
 * Reads the header of an article from its content lines (chrome removed, each line trimmed and
 * non-empty): the title is the first line when it reads as one or matches the page's own title;
 * the source comes from a dateline among the first four lines ("(TTXVN) – Hà Nội, ..."), else the
 * page's URL or site name, else a closing credit ("Theo VOV"); the publication date from the
 * dateline, a stamp line, the metadata, or a full date opening the lead; the authors from a byline
 * among the last three lines, or the metadata when it names a person.
 *
 * @param lines - the content lines, in order
 * @param context - the page's metadata and the tone style, for HTML input; whether the first line is a top heading
 * @returns the header, with the indices of the title and byline lines
 * @example
 * ```ts
 * import { readHeader } from "./read-header";
 * const h = readHeader(["Tiêu đề bài", "(QTO) – Sáng 1/7/2020, Bộ Chính trị họp.", "Hồ Nguyên Kha"]);
 * [h.title, h.source?.code, h.published?.date, h.authors, h.bylineLine];
 * //=> ["Tiêu đề bài", "QTO", "2020-07-01", ["Hồ Nguyên Kha"], 2]
 * ```
 */
export function readHeader(lines: readonly string[], context: HeaderContext = {}): ArticleHeader {
  const { meta } = context;
  const metaTitle = meta?.title ? normalize(meta.title.trim(), { toneStyle: context.toneStyle }) : "";
  const { title, titleLine } = readTitle(lines, metaTitle, context.topHeading === true);
  const first = titleLine + 1;
  const dateline = readHeadDates(lines, first, meta);
  const byline = readBylineLine(lines, first);
  // the page's author metadata wins when it names a person; a site or outlet name there does not
  // replace the person the byline names
  const metaAuthors = [
    ...new Set((meta?.authors ?? []).map(authorName).filter((a): a is string => a !== null)),
  ];
  const body = lines.filter((_, k) => k >= first && k !== byline.line);
  const credit = readCredit(body);
  return {
    title,
    titleLine,
    bylineLine: byline.line,
    source: findSource(dateline.sourceCode, meta?.url, meta?.siteName, credit),
    published: dateline.published,
    authors: metaAuthors.length ? metaAuthors : byline.authors,
  };
}

/** The first line when it reads as a title (or matches the page's own title), else the page's title. */
function readTitle(
  lines: readonly string[],
  metaTitle: string,
  topHeading: boolean,
): { title: string | null; titleLine: number } {
  if (lines.length > 1 || (lines.length === 1 && metaTitle)) {
    const head = lines[0];
    const matchesMeta = metaTitle && (metaTitle === head || metaTitle.startsWith(head));
    if (matchesMeta || (!metaTitle && (topHeading || looksLikeTitle(head))))
      return { title: head, titleLine: 0 };
  }
  return { title: metaTitle || null, titleLine: -1 };
}

/** Dateline and publication stamp among the first lines of the body, then the metadata, then the lead. */
function readHeadDates(
  lines: readonly string[],
  first: number,
  meta: HtmlMeta | null | undefined,
): { sourceCode: string | null; published: Article["published"] } {
  let sourceCode: string | null = null;
  let published: FoundDate | null = null;
  for (let k = first; k < Math.min(lines.length, first + 4); k++) {
    const d = readDateline(lines[k]);
    if (d) {
      sourceCode = d.code;
      if (d.date) published = d.date;
      break;
    }
  }
  if (!published) published = firstFound(lines, first, 6, readStampLine);
  let from: "header" | "meta" | "lead" = "header";
  const metaDate = meta?.published ? ISO_DAY.exec(meta.published) : null;
  if (metaDate) {
    published = { date: metaDate[0], text: meta?.published ?? metaDate[0] };
    from = "meta";
  }
  // none in the header or the metadata: the lead's own date ("Sáng 1/7/2020, Ban Tổ chức ..."),
  // how most Vietnamese news leads open; only a full date (day, month, year) at the very start
  if (!published) {
    published = firstFound(lines, first, 2, leadDate);
    from = "lead";
  }
  return { sourceCode, published: published ? { date: published.date, text: published.text, from } : null };
}

function firstFound(
  lines: readonly string[],
  first: number,
  within: number,
  read: (line: string) => FoundDate | null,
): FoundDate | null {
  for (let k = first; k < Math.min(lines.length, first + within); k++) {
    const found = read(lines[k]);
    if (found) return found;
  }
  return null;
}

/** A line closing an article that is a credit or an outlet's bare name ("Theo TTXVN", "VOV.VN"). */
function isClosingCredit(line: string): boolean {
  return isCredit(line, 12) || (line.length <= 60 && Boolean(findOutlet(unbracket(line))));
}

function unbracket(line: string): string {
  return line.replace(/^\(|\)$/g, "");
}

/** A byline among the last three lines, looked for past closing credits only; never the body's one line. */
function readBylineLine(lines: readonly string[], first: number): { line: number; authors: string[] } {
  for (let k = lines.length - 1; k >= first && k >= lines.length - 3 && lines.length - first > 1; k--) {
    const names = readByline(lines[k]);
    if (names) return { line: k, authors: names };
    if (!isClosingCredit(lines[k])) break;
  }
  return { line: -1, authors: [] };
}

/** A credit among the last three lines of the body: the outlet it names, or null. */
function readCredit(body: readonly string[]): string | null {
  for (let k = body.length - 1; k >= 0 && k >= body.length - 3; k--) {
    const t = body[k];
    if (isCredit(t, 12)) return creditName(t);
    // a bare outlet name or code as the last line ("TTXVN", "VOV.VN") is a credit too
    if (t.length <= 60 && findOutlet(unbracket(t))) return unbracket(t);
  }
  return null;
}

/** The source: the dateline's outlet, else the page's URL or site name, else a credit's outlet. */
function findSource(
  code: string | null,
  url: string | undefined,
  siteName: string | undefined,
  credit: string | null,
): Article["source"] {
  const out: { code?: string; name?: string; url?: string } = {};
  if (code) {
    const o = findOutlet(code);
    out.code = o ? o.code : code;
    if (o) out.name = o.name;
  }
  if (!out.code) {
    const o = (url ? findOutletByUrl(url) : null) ?? (siteName ? findOutlet(siteName) : null);
    if (o) {
      out.code = o.code;
      out.name = o.name;
    } else if (siteName) out.name = siteName;
  }
  if (!out.code && !out.name && credit) {
    const o = findOutlet(credit);
    if (o) {
      out.code = o.code;
      out.name = o.name;
    }
  }
  if (url) out.url = url;
  return out.code || out.name || out.url ? out : null;
}
