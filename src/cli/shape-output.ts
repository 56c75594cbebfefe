// What `vietnews parse` writes of an article: the fields asked for (--fields) and spans in full or
// as offsets only (--spans offsets). The default is the whole article, spans with their text.
import type { Article } from "../core/types";

/** The article's top-level fields, in the order the article has them, that --fields may name. */
export const ARTICLE_FIELDS = [
  "title",
  "source",
  "published",
  "authors",
  "text",
  "paragraphs",
  "sentences",
  "entities",
  "titleEntities",
  "people",
  "removed",
  "normalization",
  "warnings",
  "input",
  "headings",
  "links",
  "tables",
  "lists",
  "inputMap",
  "words",
] as const satisfies readonly (keyof Article)[];

// every field of an Article is listed: a field added to Article and not here fails the typecheck
const LISTS_EVERY_FIELD: Record<Exclude<keyof Article, (typeof ARTICLE_FIELDS)[number]>, never> = {};
void LISTS_EVERY_FIELD;

/** A field --fields may name. */
export type ArticleField = (typeof ARTICLE_FIELDS)[number];

/** How spans are written: with their text ("full", the default) or as offsets only. */
export type SpanForm = "full" | "offsets";

/** What of an article is written. */
export interface OutputShape {
  /** The fields to write, or all of them. */
  fields?: readonly ArticleField[];
  spans?: SpanForm;
}

/**
 * Parses the value of --fields: field names separated by commas.
 *
 * @param value - the option's value
 * @returns the fields, in the order given, each once
 * @throws RangeError naming an unknown field and the fields there are
 * @example
 * ```ts
 * import { readFields } from "./shape-output";
 * readFields("text, entities,text");
 * //=> ["text", "entities"]
 * ```
 */
export function readFields(value: string): ArticleField[] {
  const out: ArticleField[] = [];
  for (const raw of value.split(",")) {
    const f = raw.trim();
    if (!f) continue;
    if (!(ARTICLE_FIELDS as readonly string[]).includes(f))
      throw new RangeError(`unknown field "${f}"; the fields are ${ARTICLE_FIELDS.join(", ")}`);
    if (!out.includes(f as ArticleField)) out.push(f as ArticleField);
  }
  if (!out.length) throw new RangeError(`no field named; the fields are ${ARTICLE_FIELDS.join(", ")}`);
  return out;
}

/**
 * The article as it is written: only the fields asked for (in the article's order), and with
 * `spans: "offsets"` every span without its text (which is `text.slice(start, end)`, or the title's
 * for `titleEntities`): a span with nothing else (a paragraph, a sentence, a list item, a person's
 * mention) becomes `[start, end]`, and any other (an entity, a word, a heading, a link, a table, a
 * list) keeps its other fields.
 *
 * @param article - a parsed article
 * @param shape - the fields and the span form
 * @returns a plain object for JSON
 * @example
 * ```ts
 * import { parseArticle } from "vietnews";
 * import { shapeArticle } from "./shape-output";
 * const a = parseArticle("Tiêu đề\n\nBộ Chính trị họp. Hội nghị bế mạc.");
 * shapeArticle(a, { fields: ["text", "sentences", "entities"], spans: "offsets" });
 * //=> { text: "Bộ Chính trị họp. Hội nghị bế mạc.", sentences: [[0, 17], [18, 34]], entities: [{ kind: "body", start: 0, end: 12, canonical: "Bộ Chính trị", system: "party", level: "central" }] }
 * ```
 */
export function shapeArticle(article: Article, shape: OutputShape): Record<string, unknown> {
  const fields = shape.fields ?? ARTICLE_FIELDS;
  const offsets = shape.spans === "offsets";
  const out: Record<string, unknown> = {};
  for (const f of ARTICLE_FIELDS) {
    if (!fields.includes(f) || !(f in article)) continue;
    const value = article[f];
    out[f] = offsets ? withoutSpanText(value, 0) : value;
  }
  return out;
}

/** A value with every span's text left out; bare spans as [start, end]. */
function withoutSpanText(value: unknown, depth: number): unknown {
  if (depth > 6 || value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) return value.map((v) => withoutSpanText(v, depth + 1));
  const o = value as Record<string, unknown>;
  const span = typeof o.start === "number" && typeof o.end === "number" && typeof o.text === "string";
  const keys = Object.keys(o);
  if (span && keys.length === 3) return [o.start, o.end];
  const copy: Record<string, unknown> = {};
  for (const k of keys) {
    if (span && k === "text") continue;
    copy[k] = withoutSpanText(o[k], depth + 1);
  }
  return copy;
}

/**
 * Whether an output writes the article's input map, so parseArticle need not build it otherwise:
 * JSON output with every field, or with `inputMap` among --fields.
 *
 * @param format - the output format
 * @param fields - the --fields list, if given
 * @returns true when `inputMap` is written
 * @example
 * ```ts
 * import { writesInputMap } from "./shape-output";
 * [writesInputMap("ndjson", undefined), writesInputMap("ndjson", ["text"]), writesInputMap("xml", undefined)];
 * //=> [true, false, false]
 * ```
 */
export function writesInputMap(format: string, fields: readonly ArticleField[] | undefined): boolean {
  return (format === "json" || format === "ndjson") && (!fields || fields.includes("inputMap"));
}
