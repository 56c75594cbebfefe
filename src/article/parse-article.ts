import { isCredit } from "../chrome/_lib/features";
import type { BoilerplateProfile, BoilerplateProfileJSON } from "../chrome/boilerplate";
import { classifyLines } from "../chrome/classify-lines";
import type {
  Article,
  ArticleInputFormat,
  Entity,
  HeadingSpan,
  LinkSpan,
  ListSpan,
  Person,
  RemovedBlock,
  Span,
  TableSpan,
  ToneStyle,
  Warning,
  Word,
} from "../core/types";
import { extractEntities, groupPeople } from "../entities/index";
import { opensAsHtml } from "../html/opens-as-html";
import { detectMarkdown } from "../markdown/detect-markdown";
import { type MarkdownLine, markdownLines } from "../markdown/markdown-lines";
import { normalize, normalizeWithReport } from "../normalize/index";
import { segmentWords, splitSentences } from "../segment/index";
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
import { cutAt, readInput } from "./_lib/read-input";
import { type InputFormat, readOptions } from "./_lib/read-options";

/**
 * Options of {@link parseArticle}.
 *
 * @example
 * ```ts
 * import { parseArticle } from "vietnews";
 * parseArticle("Bộ Chính trị họp.", { toneStyle: "new", words: false, maxInputLength: 1_000_000 }).normalization.toneStyle;
 * //=> "new"
 * ```
 */
export interface ParseArticleOptions {
  /** Tone-mark placement of the output: "preserve" (default), "old" (hòa, Ủy) or "new" (hoà, Uỷ). */
  toneStyle?: ToneStyle;
  /** Include word spans (`article.words`); off by default, and then the key is absent. */
  words?: boolean;
  /**
   * Split sentences (default true). `false` skips the stage: `sentences` is empty, with no warning.
   */
  sentences?: boolean;
  /**
   * Extract entities (default true). `false` skips the stage: `entities`, `titleEntities` and
   * `people` are empty, with no warning (the header is still read).
   */
  entities?: boolean;
  /** ISO date (YYYY-MM-DD) or Date that relative dates resolve against when the article states none. */
  referenceDate?: string | Date;
  /**
   * Longest input processed, in UTF-16 code units of the normalised text (for HTML: of the page, in
   * characters or bytes); default 5,000,000. A longer input is not refused: its first
   * `maxInputLength` units are processed (cut at a line break where one is near), a warning goes to
   * `warnings`, and the cut-off rest is listed in `removed` with reason "truncated" (so `text` and
   * `removed` still hold every character). A text more than four times longer is first cut, before
   * normalisation, at four times the limit (that rest is listed raw). `Infinity` turns the limit off.
   */
  maxInputLength?: number;
  /**
   * A corpus boilerplate profile ({@link learnBoilerplate}) or its JSON form: how often each line
   * occurs across the crawl, one more feature of the chrome classifier. Lines that are chrome only
   * because of it are listed in `removed` with reason "boilerplate".
   */
  boilerplate?: BoilerplateProfile | BoilerplateProfileJSON;
  /**
   * How a string or bytes input is read: "auto" (the default) detects an HTML page by its opening
   * tag and Markdown by {@link detectMarkdown}'s rule; "text", "markdown" and "html" say it. An
   * input that names its format (`{ html }`, `{ markdown }`, `{ text }`) wins, and a `format` that
   * contradicts it is a RangeError. `article.input` tells what was chosen.
   */
  format?: InputFormat;
}

/**
 * What {@link parseArticle} accepts: text, bytes (UTF-8 or a legacy Vietnamese encoding), `{ text }`,
 * `{ markdown }` or `{ html, url? }`.
 *
 * @example
 * ```ts
 * import { parseArticle } from "vietnews";
 * parseArticle({ html: "<article><p>Tiêu đề bài</p><p>(TTXVN) - Quốc hội họp phiên bế mạc, thông qua nhiều luật quan trọng.</p></article>" }).source;
 * //=> { code: "TTXVN", name: "Thông tấn xã Việt Nam" }
 * ```
 */
export type ArticleInput =
  | string
  | Uint8Array
  | { html: string | Uint8Array; url?: string }
  | { markdown: string | Uint8Array }
  | { text: string };

const LINE_BREAK = /\r\n|\r|\n|\u2028|\u2029/;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})/;

interface Line {
  index: number;
  text: string;
}

/**
 * Turns a scraped Vietnamese news article (plain text, bytes or an HTML page) into a structured
 * {@link Article}: decode and normalise, split into lines, strip site chrome, read the header
 * (title, dateline source and date, byline), then segment the body into paragraphs and sentences
 * and extract entities and people.
 *
 * The title and the byline are taken out of the body: `text` holds the body paragraphs only
 * (joined by "\n\n"), and every offset is into `text`. So that nothing is lost silently, the title
 * line and the byline line are listed in `removed` with reasons "title" and "byline", next to the
 * chrome lines (their family as reason) and lines of only punctuation (reason "blank"), in input
 * order; for HTML input the blocks extractHtml dropped follow. Together `text` and `removed` hold
 * every non-space character of the normalised input. The dateline, photo captions and source
 * credits ("Theo TTXVN") stay in the body. The output is deterministic: the same input and options
 * give the same article.
 *
 * @param input - the article: a string, UTF-8 or legacy-encoded bytes, `{ text }` or `{ html, url? }`
 * @param options - toneStyle, words, referenceDate, maxInputLength (all optional)
 * @returns the article; every field present (empty arrays, nulls), `words` only when asked for
 * @throws TypeError when the input or an option has the wrong type
 * @throws RangeError when an option has an unknown value (toneStyle, referenceDate, maxInputLength)
 * @example
 * ```ts
 * import { parseArticle } from "vietnews";
 * const a = parseArticle("Tiêu đề bài\n\n(QTO) – Hôm nay 1/7/2020, Bộ Chính trị họp.\n\nHồ Nguyên Kha");
 * [a.title, a.source, a.published, a.authors, a.text];
 * //=> ["Tiêu đề bài", { code: "QTO", name: "Báo Quảng Trị" }, { date: "2020-07-01", text: "Hôm nay 1/7/2020", from: "header" }, ["Hồ Nguyên Kha"], "(QTO) – Hôm nay 1/7/2020, Bộ Chính trị họp."]
 * ```
 */
export function parseArticle(input: ArticleInput, options?: ParseArticleOptions): Article {
  const opts = readOptions(options);
  const said = formatOf(input);
  if (said && opts.format !== "auto" && opts.format !== said)
    throw new RangeError(
      `vietnews.parseArticle: options.format "${opts.format}" contradicts the input, which is { ${said} }`,
    );
  let format: ArticleInputFormat | null = said ? { format: said, confidence: 1 } : null;
  let inner: unknown = input;
  if (said === "markdown") inner = (input as { markdown: unknown }).markdown;
  if (said === "markdown" && typeof inner !== "string" && !(inner instanceof Uint8Array))
    throw new TypeError(
      `vietnews.parseArticle: expected input.markdown to be a string or a Uint8Array, got ${inner === null ? "null" : typeof inner}`,
    );
  if (!said && opts.format === "html") inner = { html: input };
  if (!said && opts.format !== "auto") format = { format: opts.format, confidence: 1 };
  if (
    !said &&
    opts.format === "auto" &&
    (typeof input === "string" || input instanceof Uint8Array) &&
    opensAsHtml(input)
  ) {
    inner = { html: input };
    format = { format: "html", confidence: 1 };
  }
  const read = readInput(inner, opts.maxInputLength);
  const norm = normalizeWithReport(read.text, { toneStyle: opts.toneStyle, decodeEntities: true });
  // the limit applies to the normalised text, so the processed part and the cut-off rest are both
  // slices of it and together account for every character
  let normText = norm.text;
  let truncated: RemovedBlock | null = null;
  if (normText.length > opts.maxInputLength) {
    const cut = cutAt(normText, opts.maxInputLength);
    read.warnings.push({
      code: "truncated",
      message: `input is longer than maxInputLength (${normText.length} > ${opts.maxInputLength} characters): processed the first ${cut}; the rest is in removed with reason "truncated"`,
      stage: "normalize",
    });
    truncated = { text: normText.slice(cut), reason: "truncated" };
    normText = normText.slice(0, cut);
  }
  const rawLines = normText.split(LINE_BREAK);
  if (!format) {
    const d = detectMarkdown(normText);
    format = { format: d.markdown ? "markdown" : "text", confidence: d.confidence };
  }
  // an HTML page's blocks carry what the DOM says of them (links, headings, list items, cells)
  const structure = read.structure;
  const blocks =
    structure && structure.length === rawLines.length
      ? rawLines.map((text, i) => ({ text, ...structure[i] }))
      : rawLines;
  const classes = classifyLines(blocks, { boilerplate: opts.boilerplate });

  // Markdown: chrome is decided on the source lines; the content lines are then read as Markdown
  // (removed lines left empty, so line numbers hold) and each rendered without its markup
  const md: MarkdownLine[] | null =
    format.format === "markdown"
      ? markdownLines(
          classes
            .map((c, i) =>
              c.kind === "content" ? (c.rest ?? rawLines[i]) : c.kind === "blank" ? rawLines[i] : "",
            )
            .join("\n"),
        )
      : null;

  // removed blocks keyed by line index, so they come out in input order
  const removedAt: (RemovedBlock | null)[] = new Array(rawLines.length).fill(null);
  const cutsAt = new Map<number, RemovedBlock[]>();
  const content: Line[] = [];
  for (let i = 0; i < classes.length; i++) {
    const c = classes[i];
    const t = rawLines[i].trim();
    if (c.kind === "content") {
      const cuts: RemovedBlock[] = (c.cuts ?? []).map((cut) => ({ text: cut.text, reason: cut.reason }));
      // link targets, image sources and definitions: markup, listed so no letter or digit is lost
      if (md) for (const m of md[i].markup) cuts.push({ text: m, reason: "markup" });
      if (cuts.length) cutsAt.set(i, cuts);
      const rendered = md ? md[i].text : (c.rest ?? rawLines[i]).trim();
      if (rendered) content.push({ index: i, text: rendered });
      else if (/[\p{L}\p{N}]/u.test(t) && !md?.[i].markup.length)
        removedAt[i] = { text: t, reason: "markup" };
    } else if (t) {
      // a line of punctuation is markup where the parser took it all ("|---|", "|"), else blank ("□", "...")
      const reason = c.kind !== "blank" ? c.reason : md && !md[i].text ? "markup" : "blank";
      removedAt[i] = { text: t, reason };
    }
  }

  const meta = read.meta;
  const metaTitle = meta?.title ? normalize(meta.title.trim(), { toneStyle: opts.toneStyle }) : "";

  // title: the first content line when it reads as one (or matches the page's own title)
  let title: string | null = null;
  let first = 0;
  if (content.length > 1 || (content.length === 1 && metaTitle)) {
    const head = content[0].text;
    const matchesMeta = metaTitle && (metaTitle === head || metaTitle.startsWith(head));
    const topHeading = md !== null && md[content[0].index].heading === 1;
    if (matchesMeta || (!metaTitle && (topHeading || looksLikeTitle(head)))) {
      title = head;
      removedAt[content[0].index] = { text: head, reason: "title" };
      first = 1;
    }
  }
  if (!title && metaTitle) title = metaTitle;

  // dateline and publication stamp among the first content lines
  let sourceCode: string | null = null;
  let published: FoundDate | null = null;
  for (let k = first; k < Math.min(content.length, first + 4); k++) {
    const d = readDateline(content[k].text);
    if (d) {
      sourceCode = d.code;
      if (d.date && !published) published = d.date;
      break;
    }
  }
  if (!published) {
    for (let k = first; k < Math.min(content.length, first + 6); k++) {
      const s = readStampLine(content[k].text);
      if (s) {
        published = s;
        break;
      }
    }
  }
  let publishedFrom: "header" | "meta" | "lead" = "header";
  const metaDate = meta?.published ? ISO_DAY.exec(meta.published) : null;
  if (metaDate) {
    published = { date: metaDate[0], text: meta?.published ?? metaDate[0] };
    publishedFrom = "meta";
  }
  // none in the header or the metadata: the lead's own date ("Sáng 1/7/2020, Ban Tổ chức ..."),
  // how most Vietnamese news leads open; only a full date (day, month, year) at the very start
  if (!published) {
    for (let k = first; k < Math.min(content.length, first + 2); k++) {
      const lead = leadDate(content[k].text);
      if (lead) {
        published = lead;
        publishedFrom = "lead";
        break;
      }
    }
  }

  // byline: "Tác giả: ..." anywhere, else a name line among the last two content lines
  let authors: string[] = [];
  let last = content.length;
  const bodyCount = () => last - first;
  for (let k = content.length - 1; k >= first && k >= content.length - 3 && bodyCount() > 1; k--) {
    const names = readByline(content[k].text);
    if (names) {
      authors = names;
      removedAt[content[k].index] = { text: content[k].text, reason: "byline" };
      content.splice(k, 1);
      last = content.length;
      break;
    }
    const t = content[k].text;
    if (!isCredit(t, 12) && !(t.length <= 60 && findOutlet(t.replace(/^\(|\)$/g, "")))) break;
  }
  // the page's author metadata wins when it names a person; a site or outlet name there does not
  // replace the person the byline names
  const metaAuthors = [
    ...new Set((meta?.authors ?? []).map(authorName).filter((a): a is string => a !== null)),
  ];
  if (metaAuthors.length) authors = metaAuthors;

  // source: the dateline's outlet, else the page's URL or site name, else a "Theo ..." credit
  let credit: string | null = null;
  for (let k = last - 1; k >= first && k >= last - 3; k--) {
    const t = content[k].text;
    if (isCredit(t, 12)) {
      credit = creditName(t);
      break;
    }
    // a bare outlet name or code as the last line ("TTXVN", "VOV.VN") is a credit too
    if (t.length <= 60 && findOutlet(t.replace(/^\(|\)$/g, ""))) {
      credit = t.replace(/^\(|\)$/g, "");
      break;
    }
  }
  const source = findSource(sourceCode, meta?.url, meta?.siteName, credit);

  // body
  const paragraphs: Span[] = [];
  const parts: string[] = [];
  let offset = 0;
  const headings: HeadingSpan[] = [];
  const links: LinkSpan[] = [];
  const tables: TableSpan[] = [];
  let table: { start: number; end: number; rows: string[][] } | null = null;
  const lists: ListSpan[] = [];
  let list: ListSpan | null = null;
  for (let k = first; k < last; k++) {
    const t = content[k].text;
    if (parts.length) offset += 2;
    paragraphs.push({ start: offset, end: offset + t.length, text: t });
    parts.push(t);
    const i = content[k].index;
    const level = md ? md[i].heading : (structure?.[i]?.heading ?? 0);
    if (level > 0) headings.push({ level, start: offset, end: offset + t.length, text: t });
    // list items: a run of them (a blank line between allowed) is a list
    const item = md ? md[i].listItem : structure?.[i]?.listItem === true;
    const span = { start: offset, end: offset + t.length, text: t };
    if (
      item &&
      list &&
      k > first &&
      content[k - 1].index >= i - 2 &&
      list.ordered === (md?.[i].ordered ?? false)
    ) {
      list.items.push(span);
      list.end = span.end;
    } else {
      if (list) lists.push(list);
      list = item ? { ...span, ordered: md?.[i].ordered ?? false, items: [span] } : null;
    }
    const domLinks = structure?.[i]?.links;
    if (domLinks) {
      // an HTML block's anchors, found in its text in order (normalised as the text was)
      let from = 0;
      for (const l of domLinks) {
        const anchor = normalize(l.text, { toneStyle: opts.toneStyle, decodeEntities: true });
        const at = anchor ? t.indexOf(anchor, from) : -1;
        if (at < 0) continue;
        links.push({
          href: resolveHref(l.href, meta?.url),
          start: offset + at,
          end: offset + at + anchor.length,
          text: anchor,
        });
        from = at + anchor.length;
      }
    }
    if (md) {
      for (const l of md[i].links)
        links.push({
          href: l.href,
          start: offset + l.start,
          end: offset + l.end,
          text: t.slice(l.start, l.end),
        });
    }
    // table rows: Markdown rows on adjacent lines, or an HTML page's rows of one <table>
    const cells = md ? md[i].cells : (structure?.[i]?.cells ?? null);
    const sameTable = md
      ? content[k - 1] !== undefined && content[k - 1].index >= i - 2
      : content[k - 1] !== undefined &&
        structure?.[content[k - 1].index]?.table !== undefined &&
        structure?.[content[k - 1].index]?.table === structure?.[i]?.table;
    if (cells && table && k > first && sameTable) {
      table.rows.push(cells);
      table.end = offset + t.length;
    } else {
      if (table) tables.push({ ...table, text: "" });
      table = cells ? { start: offset, end: offset + t.length, rows: [cells] } : null;
    }
    offset += t.length;
  }
  if (table) tables.push({ ...table, text: "" });
  if (list) lists.push(list);
  const text = parts.join("\n\n");
  for (const tb of tables) tb.text = text.slice(tb.start, tb.end);
  for (const l of lists) l.text = text.slice(l.start, l.end);

  const warnings = read.warnings;
  const sentences: Span[] = [];
  for (const p of opts.sentences ? paragraphs : []) {
    const found = guard("splitSentences", warnings, [] as Span[], () => splitSentences(p.text));
    for (const s of found) pushSpan(sentences, text, p.start + s.start, p.start + s.end);
  }

  const referenceDate = published?.date ?? opts.referenceDate;
  const entities = opts.entities
    ? validEntities(
        text,
        guard("extractEntities", warnings, [] as Entity[], () =>
          extractEntities(text, referenceDate === undefined ? undefined : { referenceDate }),
        ),
      )
    : [];
  const titleEntities =
    title && opts.entities
      ? validEntities(
          title,
          guard("extractEntities", warnings, [] as Entity[], () =>
            extractEntities(title, referenceDate === undefined ? undefined : { referenceDate }),
          ),
        )
      : [];
  const people: Person[] = guard("groupPeople", warnings, [] as Person[], () => groupPeople(entities));

  const removed: RemovedBlock[] = [];
  for (let i = 0; i < removedAt.length; i++) {
    const cuts = cutsAt.get(i);
    if (cuts) removed.push(...cuts);
    const r = removedAt[i];
    if (r) removed.push(r);
  }
  if (truncated) removed.push(truncated);
  removed.push(...read.removed);

  const article: Article = {
    title,
    source,
    published: published ? { date: published.date, text: published.text, from: publishedFrom } : null,
    authors,
    text,
    paragraphs,
    sentences,
    entities,
    titleEntities,
    people,
    removed,
    normalization: { encoding: read.encoding, toneStyle: opts.toneStyle, changes: norm.changes.total },
    warnings,
    input: format,
    headings,
    links,
    tables,
    lists,
  };
  if (opts.words) {
    const found = guard("segmentWords", warnings, [] as Word[], () => segmentWords(text));
    article.words = found.filter(
      (w) => validSpan(text, w.start, w.end) && text.slice(w.start, w.end) === w.text,
    );
  }
  return article;
}

/** A link target made absolute against the page's URL where it can be. */
function resolveHref(href: string, base: string | undefined): string {
  if (!base) return href;
  try {
    return new URL(href, base).href;
  } catch {
    return href;
  }
}

/** The format an input names by its shape ({ html }, { markdown }, { text }), or null. */
function formatOf(input: unknown): "html" | "markdown" | "text" | null {
  if (input === null || typeof input !== "object" || Array.isArray(input) || input instanceof Uint8Array)
    return null;
  if ("html" in input) return "html";
  if ("markdown" in input) return "markdown";
  if ("text" in input) return "text";
  return null;
}

// the stage a function belongs to, as warnings name it
const STAGE_OF: Record<string, string> = {
  splitSentences: "sentences",
  extractEntities: "entities",
  groupPeople: "people",
  segmentWords: "words",
};

/**
 * Runs a later stage; should it throw (a bug, never expected), the article still comes back, with
 * that layer empty and the failure named in `warnings` rather than lost.
 */
function guard<T>(stage: string, warnings: Warning[], fallback: T, run: () => T): T {
  try {
    const out = run();
    return Array.isArray(out) ? out : fallback;
  } catch (e) {
    const message = `${stage} failed: ${e instanceof Error ? e.message : String(e)}`;
    if (!warnings.some((w) => w.message === message))
      warnings.push({ code: "stage-failed", message, stage: STAGE_OF[stage] ?? stage });
    return fallback;
  }
}

function validSpan(text: string, start: unknown, end: unknown): boolean {
  return (
    typeof start === "number" &&
    typeof end === "number" &&
    Number.isInteger(start) &&
    Number.isInteger(end) &&
    start >= 0 &&
    start <= end &&
    end <= text.length
  );
}

function pushSpan(out: Span[], text: string, start: number, end: number): void {
  if (validSpan(text, start, end) && end > start) out.push({ start, end, text: text.slice(start, end) });
}

/** Keeps the entities whose offsets slice back to their text (a guard at the stage boundary). */
function validEntities(text: string, entities: Entity[]): Entity[] {
  return entities.filter((e) => validSpan(text, e.start, e.end) && text.slice(e.start, e.end) === e.text);
}

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
