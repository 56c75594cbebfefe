import type { BoilerplateProfile, BoilerplateProfileJSON } from "../chrome/boilerplate";
import { strippedPage } from "../chrome/strip-chrome";
import { splitLines } from "../core/split-lines";
import type {
  Article,
  ArticleInputFormat,
  Entity,
  NormalizeChanges,
  Person,
  RemovedBlock,
  Span,
  ToneStyle,
  Warning,
  Word,
} from "../core/types";
import { extractEntities, groupPeople } from "../entities/index";
import { detectMarkdown } from "../markdown/detect-markdown";
import { markdownPage } from "../markdown/markdown-lines";
import { normalize, normalizeWithReport } from "../normalize/index";
import { segmentWords, splitSentences, type TokenTable, type WordModel } from "../segment/index";
import { scanText } from "../segment/token-table";
import { blockInputMap, inputMap } from "./_lib/align-input";
import { resolveFormat } from "./_lib/read-format";
import { cutAt, type ReadInput, readInput } from "./_lib/read-input";
import { type InputFormat, type ResolvedOptions, readOptions } from "./_lib/read-options";
import { assembleBody } from "./assemble-body";
import { contentLines, ledgerBlocks } from "./content-lines";
import { joinWrapped } from "./join-wrapped";
import { readHeader } from "./read-header";

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
  /** The word model `words` are segmented with ({@link readWordModel}); the shipped one by default. */
  wordModel?: WordModel;
  /** Words `words` keeps whole (see {@link segmentWords}'s option `fixedWords`). */
  fixedWords?: readonly string[];
  /**
   * Split sentences (default true). `false` skips the stage: `sentences` is empty, with no warning.
   */
  sentences?: boolean;
  /**
   * Extract entities (default true). `false` skips the stage: `entities`, `titleEntities` and
   * `people` are empty, with no warning (the header is still read).
   */
  entities?: boolean;
  /**
   * Map the text back to the input (default true): `inputMap`, read by {@link inputOffset}. `false`
   * skips it (a few per cent of the parse time) and leaves `inputMap` null.
   */
  inputMap?: boolean;
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
  // decode and normalise
  const resolved = resolveFormat(input, opts.format);
  const read = readInput(resolved.inner, opts.maxInputLength);
  const norm = normalizeInput(read, opts);
  // blocks: the lines, with what an HTML page's DOM says of each (links, headings, list items, cells)
  const lines = splitLines(norm.text);
  const format = resolved.format ?? detectedFormat(norm.text);
  const structure = read.structure;
  const blocks =
    structure && structure.length === lines.length
      ? lines.map((text, i) => ({ text, ...structure[i] }))
      : lines;
  // chrome, decided on the source lines; Markdown is then read from the content lines (removed
  // lines left empty, so line numbers hold) and each line rendered without its markup
  const stripped = strippedPage(blocks, { boilerplate: opts.boilerplate });
  const md =
    format.format === "markdown"
      ? markdownPage(stripped.map((l, i) => l.kept ?? (l.kind === "blank" ? lines[i] : "")).join("\n"))
      : null;
  const { content, ledger } = contentLines(lines, stripped, md);
  // header: title, source, date and byline leave the body
  const meta = read.meta;
  const header = readHeader(
    content.map((l) => l.text),
    {
      meta,
      toneStyle: opts.toneStyle,
      topHeading: md !== null && content.length > 0 && md[content[0].index].heading === 1,
    },
  );
  const { title } = header;
  if (header.titleLine >= 0)
    ledger.lines[content[header.titleLine].index] = { text: title as string, reason: "title" };
  if (header.bylineLine >= 0) {
    const byline = content[header.bylineLine];
    ledger.lines[byline.index] = { text: byline.text, reason: "byline" };
  }
  const bodyLines = joinWrapped(
    content.filter((_, k) => k > header.titleLine && k !== header.bylineLine),
    md,
    structure !== undefined,
  );
  const body = assembleBody(bodyLines, {
    markdown: md,
    html: structure,
    normalizeAnchor: (anchor) => normalize(anchor, { toneStyle: opts.toneStyle, decodeEntities: true }),
    url: meta?.url,
  });
  const { text } = body;
  // segment and entities
  const warnings = read.warnings;
  // the text scanned once into tokens, which the sentences, the entities and the words all read
  // (keys only for the entities: the others read none)
  const tokens = opts.sentences || opts.entities || opts.words ? scanText(text, opts.entities) : undefined;
  const sentences = opts.sentences ? sentencesOf(text, tokens, warnings) : [];
  const referenceDate = header.published?.date ?? opts.referenceDate;
  const entities = opts.entities ? entitiesOf(text, referenceDate, warnings, tokens) : [];
  const titleEntities = title && opts.entities ? entitiesOf(title, referenceDate, warnings) : [];
  const people: Person[] = guard("groupPeople", warnings, [] as Person[], () => groupPeople(entities));

  const removed = ledgerBlocks(ledger);
  if (norm.truncated) removed.push(norm.truncated);
  removed.push(...read.removed);
  const article: Article = {
    title,
    source: header.source,
    published: header.published,
    authors: header.authors,
    text,
    paragraphs: body.paragraphs,
    sentences,
    entities,
    titleEntities,
    people,
    removed,
    normalization: {
      encoding: read.encoding,
      toneStyle: opts.toneStyle,
      changes: norm.report.total,
      report: norm.report,
    },
    warnings,
    input: format,
    headings: body.headings,
    links: body.links,
    tables: body.tables,
    lists: body.lists,
    inputMap: opts.inputMap
      ? mapToInput(read, lines.length, norm.truncated !== null, text, body, bodyLines)
      : null,
  };
  if (opts.words) {
    const { wordModel: model, fixedWords } = opts;
    const found = guard("segmentWords", warnings, [] as Word[], () =>
      segmentWords(text, { ...(model ? { model } : {}), ...(fixedWords ? { fixedWords } : {}), tokens }),
    );
    article.words = found.filter(
      (w) => validSpan(text, w.start, w.end) && text.slice(w.start, w.end) === w.text,
    );
  }
  return article;
}

/**
 * The decoded text normalised; the limit applies to the normalised text, so the processed part and
 * the cut-off rest are both slices of it and together account for every character.
 */
function normalizeInput(
  read: ReadInput,
  opts: ResolvedOptions,
): { text: string; truncated: RemovedBlock | null; report: NormalizeChanges } {
  const norm = normalizeWithReport(read.text, { toneStyle: opts.toneStyle, decodeEntities: true });
  const report = norm.changes;
  if (norm.text.length <= opts.maxInputLength) return { text: norm.text, truncated: null, report };
  const cut = cutAt(norm.text, opts.maxInputLength);
  read.warnings.push({
    code: "truncated",
    message: `input is longer than maxInputLength (${norm.text.length} > ${opts.maxInputLength} characters): processed the first ${cut}; the rest is in removed with reason "truncated"`,
    stage: "normalize",
  });
  return {
    text: norm.text.slice(0, cut),
    truncated: { text: norm.text.slice(cut), reason: "truncated" },
    report,
  };
}

function detectedFormat(text: string): ArticleInputFormat {
  const d = detectMarkdown(text);
  return { format: d.markdown ? "markdown" : "text", confidence: d.confidence };
}

/**
 * The sentences of the text (a line break always ends one, so none crosses a paragraph), each
 * checked to slice back.
 */
function sentencesOf(text: string, tokens: TokenTable | undefined, warnings: Warning[]): Span[] {
  const out: Span[] = [];
  const found = guard("splitSentences", warnings, [] as Span[], () => splitSentences(text, { tokens }));
  for (const s of found) pushSpan(out, text, s.start, s.end);
  return out;
}

function entitiesOf(
  text: string,
  referenceDate: string | Date | undefined,
  warnings: Warning[],
  tokens?: TokenTable,
): Entity[] {
  const found = guard("extractEntities", warnings, [] as Entity[], () =>
    extractEntities(text, { ...(referenceDate === undefined ? {} : { referenceDate }), tokens }),
  );
  return validEntities(text, found);
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

/**
 * The way back to the input: from the input's lines for text and Markdown, from the blocks'
 * positions in the page for HTML (null when the blocks are not the page's lines one to one).
 */
function mapToInput(
  read: ReadInput,
  lineCount: number,
  cut: boolean,
  text: string,
  body: { paragraphs: readonly { start: number; end: number }[] },
  bodyLines: readonly { index: number; through?: number }[],
): number[] | null {
  const structure = read.structure;
  if (!structure) return inputMap(read.text, lineCount, cut, text, body.paragraphs, bodyLines);
  if (structure.length !== lineCount || read.page === undefined) return null;
  return blockInputMap(
    read.page,
    text,
    body.paragraphs,
    bodyLines,
    structure.map((s) => s.source),
  );
}
