// One NDJSON record -> one output line; shared by the main thread and the worker threads, so output is
// the same whatever the number of workers.

import type { ToneStyle } from "../core/types";
import { parseArticle, toHTML, toXML } from "../index";
import { fixedWordsFile } from "./fixed-words-file";
import { profileFile } from "./profile-file";
import { type ArticleField, type SpanForm, shapeArticle, writesInputMap } from "./shape-output";
import { wordModelFile } from "./word-model-file";

/** Options applied to every record of a batch (plain data: it crosses to worker threads). */
export interface RecordOptions {
  format: "json" | "ndjson" | "xml" | "html" | "text";
  toneStyle: ToneStyle;
  words: boolean;
  referenceDate?: string;
  /** Path of a boilerplate profile (JSON) to read once per thread and use for every record. */
  boilerplate?: string;
  /** How a record's "text" is read ("auto" detects Markdown); "html" and "markdown" records say theirs. */
  inputFormat?: "auto" | "text" | "markdown" | "html";
  /** Path of a word model file to read once per thread and segment words with. */
  wordModel?: string;
  /** Path of a file of words to keep whole (one a line), read once per thread. */
  fixedWords?: string;
  /** The article's fields to write (json and ndjson), or all. */
  fields?: ArticleField[];
  /** Spans with their text ("full") or as offsets only. */
  spans?: SpanForm;
}

/** A raw input line: its 1-based line number and text, or the fact it was too long to read. */
export interface RawRecord {
  line: number;
  raw: string;
  /** Set when the line exceeded the record size limit; `raw` then holds its first bytes. */
  tooLong?: number;
}

/**
 * Output lines as strings, one per record (each ending in "\n"), and how many records failed: what
 * a batch gives back when its worker fails (a worker's own output comes back as bytes).
 */
export interface BatchResult {
  lines: string[];
  records: number;
  failed: number;
}

/**
 * Parses one NDJSON record, `{"id", "text"}`, `{"id", "markdown"}` or `{"id", "html", "url"}`, into
 * its output line (ending in "\n"). A bad record gives `{"id", "line", "error"}` instead and never
 * throws.
 *
 * @param r - the raw line with its line number
 * @param options - output format and parseArticle options
 * @returns the output line and whether the record failed
 * @example
 * ```ts
 * // processLine({ line: 1, raw: '{"id":1,"text":"Bộ Chính trị họp."}' }, { format: "text", toneStyle: "preserve", words: false })
 * //=> { line: '{"id":1,"text":"Bộ Chính trị họp."}\n', failed: false }
 * ```
 */
export function processLine(r: RawRecord, options: RecordOptions): { line: string; failed: boolean } {
  const res = processRecord(r, options);
  return { line: `${res.line}\n`, failed: res.failed };
}

function errorLine(id: unknown, line: number, error: string): { line: string; failed: true } {
  return { line: JSON.stringify({ id: id ?? null, line, error }), failed: true };
}

function processRecord(r: RawRecord, options: RecordOptions): { line: string; failed: boolean } {
  if (r.tooLong !== undefined) {
    const m = /"id"\s*:\s*("(?:[^"\\]|\\.){0,200}"|-?\d{1,20})/.exec(r.raw);
    let id: unknown = null;
    try {
      id = m ? JSON.parse(m[1]) : null;
    } catch {
      id = null;
    }
    return errorLine(id, r.line, `record too long (${r.tooLong} bytes; raise --max-record-size)`);
  }
  let rec: unknown;
  try {
    rec = JSON.parse(r.raw);
  } catch (e) {
    return errorLine(null, r.line, `invalid JSON: ${(e as Error).message}`);
  }
  if (!rec || typeof rec !== "object" || Array.isArray(rec)) {
    return errorLine(null, r.line, "record is not a JSON object");
  }
  const o = rec as Record<string, unknown>;
  const id = o.id ?? null;
  const referenceDate = typeof o.referenceDate === "string" ? o.referenceDate : options.referenceDate;
  let input: Parameters<typeof parseArticle>[0];
  if (typeof o.html === "string") {
    if (o.url !== undefined && o.url !== null && typeof o.url !== "string") {
      return errorLine(id, r.line, '"url" must be a string');
    }
    input = typeof o.url === "string" ? { html: o.html, url: o.url } : { html: o.html };
  } else if (typeof o.markdown === "string") {
    input = { markdown: o.markdown };
  } else if (typeof o.text === "string") {
    // a crawler's "text" field is read as the input format says (by default detected)
    input = o.text;
  } else {
    return errorLine(id, r.line, 'record needs a "text", a "markdown" or an "html" string');
  }
  const fmt = options.inputFormat ?? "auto";
  try {
    const article = parseArticle(input, {
      ...(typeof input === "string" ? { format: fmt } : fmt !== "auto" ? { format: fmt } : {}),
      toneStyle: options.toneStyle,
      words: options.words,
      inputMap: writesInputMap(options.format, options.fields),
      referenceDate,
      ...(options.boilerplate ? { boilerplate: profileFile(options.boilerplate) } : {}),
      ...(options.wordModel ? { wordModel: wordModelFile(options.wordModel) } : {}),
      ...(options.fixedWords ? { fixedWords: fixedWordsFile(options.fixedWords) } : {}),
    });
    if (options.format === "xml")
      return { line: JSON.stringify({ id, xml: toXML(article, { words: options.words }) }), failed: false };
    if (options.format === "html")
      return { line: JSON.stringify({ id, view: toHTML(article, { fragment: true }) }), failed: false };
    if (options.format === "text") return { line: JSON.stringify({ id, text: article.text }), failed: false };
    const shaped = options.fields || options.spans === "offsets" ? shapeArticle(article, options) : article;
    return { line: JSON.stringify({ id, ...shaped }), failed: false };
  } catch (e) {
    return errorLine(id, r.line, (e as Error)?.message ?? String(e));
  }
}
