// The vietnews command line, callable in-process: runCli(argv, io) -> exit status.

import { createReadStream, fstatSync, readFileSync, statSync } from "node:fs";
import type { Readable, Writable } from "node:stream";
import { parseArgs } from "node:util";
import { BoilerplateLearner } from "../chrome/boilerplate";
import { readReferenceDate } from "../core/reference-date";
import { TONE_STYLES } from "../core/types";
import { extractHtml } from "../html/index";
import { opensAsHtml } from "../html/opens-as-html";
import {
  type Article,
  type ArticleInput,
  decodeLegacy,
  extractEntities,
  normalize,
  parseArticle,
  segmentWords,
  splitSentences,
  toHTML,
  toXML,
  type WordModel,
} from "../index";
import { escapeHtml } from "../view/to-html";
import { fixedWordsFile } from "./fixed-words-file";
import { HELP } from "./help";
import { profileFile } from "./profile-file";
import { createProgress } from "./progress";
import { readBatches } from "./read-batches";
import { runBatch } from "./run-batch";
import { type OutputShape, readFields, shapeArticle, writesInputMap } from "./shape-output";
import { wordModelFile } from "./word-model-file";

/** Where the CLI reads and writes. */
export interface CliIO {
  stdin: Readable;
  stdout: Writable;
  stderr: Writable;
  /** Whether stderr is a terminal (draws the progress bar). */
  stderrIsTTY?: boolean;
}

/** A mistake in the command line: exit status 2. */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly command: string,
  ) {
    super(message);
  }
}

const FORMATS = ["json", "ndjson", "xml", "html", "text"] as const;
const INPUT_FORMATS = ["auto", "text", "markdown", "html"] as const;
const SPAN_FORMS = ["full", "offsets"] as const;
const LEGACY = ["auto", "tcvn3", "vni", "viqr", "viscii", "cp1258"] as const;
const COMMANDS = ["parse", "normalize", "segment", "entities", "profile"] as const;

/**
 * Runs the vietnews command line.
 *
 * @param argv - the arguments after the program name (`["parse", "--format", "xml", "a.html"]`)
 * @param io - standard streams
 * @returns the exit status: 0 ok, 1 a crash, 2 usage error, 3-125 = 2 + number of failed records/files (a missing file is one)
 * @example
 * ```ts
 * // await runCli(["parse", "--help"], { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr })
 * //=> 0
 * ```
 */
export async function runCli(argv: string[], io: CliIO): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === undefined || command === "-h" || command === "--help") {
      io.stdout.write(HELP[""]);
      return command === undefined ? 2 : 0;
    }
    if (command === "help") {
      const topic = rest[0] ?? "";
      if (!(topic in HELP)) throw new UsageError(`unknown command "${topic}"`, "");
      io.stdout.write(HELP[topic]);
      return 0;
    }
    if (!(COMMANDS as readonly string[]).includes(command)) {
      throw new UsageError(`unknown command "${command}" (expected one of ${COMMANDS.join(", ")})`, "");
    }
    if (rest.includes("-h") || rest.includes("--help")) {
      io.stdout.write(HELP[command]);
      return 0;
    }
    switch (command) {
      case "parse":
        return await parseCommand(rest, io);
      case "normalize":
        return await normalizeCommand(rest, io);
      case "segment":
        return await segmentCommand(rest, io);
      case "profile":
        return await profileCommand(rest, io);
      default:
        return await entitiesCommand(rest, io);
    }
  } catch (e) {
    if (e instanceof UsageError) {
      const cmd = e.command ? ` ${e.command}` : "";
      io.stderr.write(`vietnews${cmd}: ${e.message}\nTry "vietnews${cmd} --help".\n`);
      return 2;
    }
    io.stderr.write(`vietnews: ${(e as Error)?.message ?? String(e)}\n`);
    return 1;
  }
}

type OptionSpec = NonNullable<Parameters<typeof parseArgs>[0]>["options"];

interface Parsed {
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
}

function parse(command: string, args: string[], options: OptionSpec): Parsed {
  try {
    const r = parseArgs({ args, options, allowPositionals: true, strict: true });
    return { values: r.values as Parsed["values"], positionals: r.positionals };
  } catch (e) {
    // Node names the bad option in its message ("Unknown option '--foo'"); keep that, drop the code.
    throw new UsageError(
      (e as Error).message.replace(/\. To specify a positional argument.*$/s, ""),
      command,
    );
  }
}

function oneOf<T extends string>(
  command: string,
  name: string,
  value: unknown,
  allowed: readonly T[],
): T | undefined {
  if (value === undefined) return undefined;
  if (!(allowed as readonly unknown[]).includes(value)) {
    throw new UsageError(
      `invalid value for --${name}: "${String(value)}" (expected ${allowed.join(", ")})`,
      command,
    );
  }
  return value as T;
}

function isoDay(command: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  try {
    readReferenceDate(value, command);
  } catch {
    throw new UsageError(
      `invalid value for --reference-date: "${value}" (expected a date YYYY-MM-DD, a time part allowed)`,
      command,
    );
  }
  return value;
}

function positiveInt(
  command: string,
  name: string,
  value: string | undefined,
  max: number,
): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > max) {
    throw new UsageError(
      `invalid value for --${name}: "${value}" (expected a whole number from 1 to ${max})`,
      command,
    );
  }
  return Number(value);
}

function exitFor(failed: number): number {
  return failed === 0 ? 0 : Math.min(2 + failed, 125);
}

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(typeof c === "string" ? Buffer.from(c) : (c as Buffer));
  return Buffer.concat(chunks);
}

/** Text files that are valid UTF-8 are passed as strings; other bytes go to parseArticle's decoder. */
function bytesToInput(bytes: Buffer): string | Uint8Array {
  try {
    let s = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    if (s.charCodeAt(0) === 0xfeff) s = s.slice(1);
    return s;
  } catch {
    return new Uint8Array(bytes);
  }
}

/**
 * Whether a file holds HTML rather than plain text: its name ends in .htm(l), or its first 4 kB start
 * with a doctype/html tag or hold block-level tags.
 *
 * @param bytes - the file's bytes
 * @param name - (optional) the file name
 * @returns true for HTML
 * @example
 * ```ts
 * // looksLikeHtml(Buffer.from("<!DOCTYPE html><html>"))
 * //=> true
 * ```
 */
export function looksLikeHtml(bytes: Uint8Array, name?: string): boolean {
  if (name && /\.(?:x?html?|shtml|aspx?|php|jsp)$/i.test(name)) return true;
  if (opensAsHtml(bytes)) return true;
  const head = Buffer.from(bytes.subarray(0, 4096)).toString("latin1");
  const tags = head.match(
    /<\/?(?:p|div|br|article|section|span|table|td|li|h[1-6]|meta|script|a)\b[^<>]{0,300}>/gi,
  );
  return (tags?.length ?? 0) >= 3;
}

async function parseCommand(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parse("parse", args, {
    format: { type: "string", short: "f" },
    tone: { type: "string" },
    words: { type: "boolean" },
    "reference-date": { type: "string" },
    url: { type: "string" },
    ndjson: { type: "boolean" },
    workers: { type: "string" },
    "max-record-size": { type: "string" },
    progress: { type: "boolean" },
    "no-progress": { type: "boolean" },
    stats: { type: "boolean" },
    boilerplate: { type: "string" },
    "input-format": { type: "string" },
    fields: { type: "string" },
    spans: { type: "string" },
    "word-model": { type: "string" },
    "fixed-words": { type: "string" },
    // read by the executable before it starts (v8-flags.ts): V8's heap grows in small steps
    "low-memory": { type: "boolean" },
  });
  const settings = parseSettings(values, positionals, io);
  return values.ndjson ? parseRecords(settings, positionals, io) : parseFiles(settings, positionals, io);
}

/** The parse command's options, checked. */
interface ParseSettings {
  format: (typeof FORMATS)[number];
  inputFormat: (typeof INPUT_FORMATS)[number];
  /** The boilerplate profile's file (workers read it themselves) and the profile, read up front. */
  boilerplate: string | undefined;
  profile: ReturnType<typeof profileFile> | undefined;
  toneStyle: (typeof TONE_STYLES)[number];
  referenceDate: string | undefined;
  workers: number | undefined;
  maxRecord: number | undefined;
  words: boolean;
  url: string | undefined;
  /** The --word-model file (workers read it themselves) and the model, read up front. */
  wordModelPath: string | undefined;
  wordModel: WordModel | undefined;
  /** The --fixed-words file (workers read it themselves) and its words, read up front. */
  fixedWordsPath: string | undefined;
  fixedWords: string[] | undefined;
  /** --fields and --spans: what of each article is written (json and ndjson). */
  shape: OutputShape;
  progress: boolean;
  /** Writes the --stats line (records, failures, time, CPU, peak RSS) when asked for. */
  stats: (records: number, failed: number) => void;
}

/** Checks the parse command's options; a usage error names the option and what it needs. */
function parseSettings(values: Parsed["values"], positionals: string[], io: CliIO): ParseSettings {
  const format = oneOf("parse", "format", values.format, FORMATS) ?? (values.ndjson ? "ndjson" : "json");
  const inputFormat = oneOf("parse", "input-format", values["input-format"], INPUT_FORMATS) ?? "auto";
  const boilerplate = values.boilerplate as string | undefined;
  // read it now: a missing or malformed profile is a fatal error before any record is parsed
  const profile = boilerplate === undefined ? undefined : profileFile(boilerplate);
  const toneStyle = oneOf("parse", "tone", values.tone, TONE_STYLES) ?? "preserve";
  const referenceDate = isoDay("parse", values["reference-date"] as string | undefined);
  const workers = positiveInt("parse", "workers", values.workers as string | undefined, 256);
  const maxRecord = positiveInt(
    "parse",
    "max-record-size",
    values["max-record-size"] as string | undefined,
    2 ** 30,
  );
  const url = values.url as string | undefined;
  const wordModelPath = values["word-model"] as string | undefined;
  // read it now: a missing or malformed model is a fatal error before any record is parsed
  const wordModel = wordModelPath === undefined ? undefined : wordModelFile(wordModelPath);
  const fixedWordsPath = values["fixed-words"] as string | undefined;
  const fixedWords = fixedWordsPath === undefined ? undefined : fixedWordsFile(fixedWordsPath);
  const shape = outputShape(values, format);
  if (!values.ndjson && workers !== undefined)
    throw new UsageError("--workers needs --ndjson (batch mode)", "parse");
  if (!values.ndjson && maxRecord !== undefined)
    throw new UsageError("--max-record-size needs --ndjson", "parse");
  if (values.ndjson && url !== undefined) {
    throw new UsageError('--url is for single pages; in --ndjson records give their own "url"', "parse");
  }
  if (url !== undefined && positionals.length > 1) {
    throw new UsageError("--url applies to one page; got several FILEs", "parse");
  }
  return {
    format,
    inputFormat,
    boilerplate,
    profile,
    toneStyle,
    referenceDate,
    workers,
    maxRecord,
    words: values.words === true,
    url,
    wordModelPath,
    wordModel,
    fixedWordsPath,
    fixedWords,
    shape,
    progress: values["no-progress"] ? false : values.progress === true || io.stderrIsTTY === true,
    stats: statsWriter(values.stats === true, io),
  };
}

/** --fields and --spans, checked: they shape JSON output only. */
function outputShape(values: Parsed["values"], format: (typeof FORMATS)[number]): OutputShape {
  const fields = values.fields as string | undefined;
  const spans = oneOf("parse", "spans", values.spans, SPAN_FORMS);
  if ((fields !== undefined || spans !== undefined) && format !== "json" && format !== "ndjson")
    throw new UsageError(
      `--fields and --spans shape JSON output; --format ${format} does not take them`,
      "parse",
    );
  const shape: OutputShape = {};
  if (fields !== undefined) {
    try {
      shape.fields = readFields(fields);
    } catch (e) {
      throw new UsageError(`--fields: ${(e as Error).message}`, "parse");
    }
  }
  if (spans) shape.spans = spans;
  return shape;
}

function statsWriter(on: boolean, io: CliIO): (records: number, failed: number) => void {
  const t0 = Date.now();
  return (records, failed) => {
    if (!on) return;
    const secs = (Date.now() - t0) / 1000;
    const usage = process.resourceUsage();
    const rss = usage.maxRSS / 1024;
    const cpu = (usage.userCPUTime + usage.systemCPUTime) / 1e6;
    io.stderr.write(
      `vietnews parse: ${records} records, ${failed} failed, ${secs.toFixed(2)} s, ${(records / Math.max(secs, 1e-3)).toFixed(1)} records/s, CPU ${cpu.toFixed(2)} s, peak RSS ${rss.toFixed(0)} MB\n`,
    );
  };
}

/** --ndjson: each file (or stdin) a stream of records, parsed in batches, by workers when asked. */
async function parseRecords(s: ParseSettings, positionals: string[], io: CliIO): Promise<number> {
  let records = 0;
  let failed = 0;
  const sources: (string | null)[] = positionals.length > 0 ? positionals : [null];
  for (const file of sources) {
    const total = fileSize(file ?? 0);
    const input: Readable = file === null ? io.stdin : createReadStream(file, { highWaterMark: 1 << 16 });
    const progress = createProgress(io.stderr, s.progress, total);
    try {
      const r = await runBatch(input, io.stdout, {
        format: s.format,
        toneStyle: s.toneStyle,
        words: s.words,
        ...(s.referenceDate ? { referenceDate: s.referenceDate } : {}),
        workers: s.workers ?? 1,
        maxRecordBytes: s.maxRecord ?? 16 * 1024 * 1024,
        ...(s.boilerplate ? { boilerplate: s.boilerplate } : {}),
        inputFormat: s.inputFormat,
        ...(s.wordModelPath ? { wordModel: s.wordModelPath } : {}),
        ...(s.fixedWordsPath ? { fixedWords: s.fixedWordsPath } : {}),
        ...(s.shape.fields ? { fields: [...s.shape.fields] } : {}),
        ...(s.shape.spans ? { spans: s.shape.spans } : {}),
        progress,
      });
      records += r.records;
      failed += r.failed;
    } catch (e) {
      if (!unreadable("parse", file, e, io)) throw e;
      failed++;
    } finally {
      progress.done();
    }
  }
  s.stats(records, failed);
  if (failed > 0) io.stderr.write(`vietnews parse: ${failed} of ${records} records failed\n`);
  return exitFor(failed);
}

/** Files (or stdin), one article each; several files make one JSON array or one TEI corpus. */
async function parseFiles(s: ParseSettings, positionals: string[], io: CliIO): Promise<number> {
  const files: (string | null)[] = positionals.length > 0 ? positionals : [null];
  const many = files.length > 1;
  const progress = createProgress(io.stderr, s.progress && many);
  let failed = 0;
  let done = 0;
  const out = io.stdout;
  if (many && s.format === "json") out.write("[\n");
  if (many && s.format === "xml")
    out.write('<?xml version="1.0" encoding="UTF-8"?>\n<teiCorpus xmlns="http://www.tei-c.org/ns/1.0">\n');
  // several files as HTML: one page, each article a section under its file name
  if (many && s.format === "html")
    out.write(
      '<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="utf-8">\n<title>vietnews</title>\n</head>\n<body>\n',
    );
  for (const file of files) {
    let bytes: Buffer;
    try {
      bytes = file === null ? await readAll(io.stdin) : readFileSync(file);
    } catch (e) {
      io.stderr.write(`vietnews parse: cannot read ${file ?? "stdin"}: ${(e as Error).message}\n`);
      failed++;
      continue;
    }
    let article: Article;
    try {
      article = parsePage(bytes, file, s);
    } catch (e) {
      io.stderr.write(`vietnews parse: ${file ?? "stdin"}: ${(e as Error).message}\n`);
      failed++;
      continue;
    }
    const chunk = articleChunk(article, many ? file : null, s, { many, first: done === 0 });
    if (!out.write(chunk)) await new Promise((r) => out.once("drain", r));
    progress.update(++done, 0);
  }
  if (many && s.format === "json") out.write("\n]\n");
  if (many && s.format === "xml") out.write("</teiCorpus>\n");
  if (many && s.format === "html") out.write("</body>\n</html>\n");
  if (many) progress.done();
  s.stats(done, failed);
  return exitFor(failed);
}

/** One page's bytes as an article: HTML when said or when it looks like HTML, else text or Markdown. */
function parsePage(bytes: Buffer, file: string | null, s: ParseSettings): Article {
  const html =
    s.inputFormat === "html" || (s.inputFormat === "auto" && looksLikeHtml(bytes, file ?? undefined));
  const input: ArticleInput = html
    ? { html: bytesToInput(bytes), ...(s.url ? { url: s.url } : {}) }
    : bytesToInput(bytes);
  return parseArticle(input, {
    ...(html ? {} : { format: s.inputFormat }),
    toneStyle: s.toneStyle,
    words: s.words,
    inputMap: writesInputMap(s.format, s.shape.fields),
    ...(s.referenceDate ? { referenceDate: s.referenceDate } : {}),
    ...(s.profile ? { boilerplate: s.profile } : {}),
    ...(s.wordModel ? { wordModel: s.wordModel } : {}),
    ...(s.fixedWords ? { fixedWords: s.fixedWords } : {}),
  });
}

/** What the output gets for one article (`file` named when several files are parsed). */
function articleChunk(
  article: Article,
  file: string | null,
  s: ParseSettings,
  at: { many: boolean; first: boolean },
): string {
  const shaped = s.shape.fields || s.shape.spans === "offsets" ? shapeArticle(article, s.shape) : article;
  const withFile = file !== null ? { file, ...shaped } : shaped;
  if (s.format === "json")
    return `${at.first ? "" : ",\n"}${JSON.stringify(withFile, null, 2)}${at.many ? "" : "\n"}`;
  if (s.format === "ndjson") return `${JSON.stringify(withFile)}\n`;
  if (s.format === "xml") {
    const xml = toXML(article, { words: s.words });
    return at.many ? xml.replace(/^<\?xml[^>]*>\n/, "") : xml;
  }
  if (s.format === "html") {
    if (!at.many) return toHTML(article);
    return `<section>\n<p><code>${escapeHtml(file ?? "stdin")}</code></p>\n${toHTML(article, { fragment: true })}\n</section>\n`;
  }
  return `${at.first ? "" : "\n"}${article.text}\n`;
}

/**
 * Reports a file that could not be read (an error with a system code, such as ENOENT) and returns
 * true; false for any other error, which the caller rethrows.
 */
function unreadable(command: string, file: string | null, e: unknown, io: CliIO): boolean {
  const err = e as NodeJS.ErrnoException;
  if (file === null || !err?.code) return false;
  io.stderr.write(`vietnews ${command}: cannot read ${file}: ${err.message}\n`);
  return true;
}

function fileSize(file: string | number): number | undefined {
  try {
    const st = typeof file === "number" ? fstatSync(file) : statSync(file);
    return st.isFile() ? st.size : undefined;
  } catch {
    return undefined;
  }
}

async function readInputs(positionals: string[], io: CliIO): Promise<Buffer> {
  if (positionals.length === 0) return readAll(io.stdin);
  return Buffer.concat(positionals.map((f) => readFileSync(f)));
}

async function normalizeCommand(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parse("normalize", args, {
    tone: { type: "string" },
    legacy: { type: "string" },
    "decode-entities": { type: "boolean" },
  });
  const toneStyle = oneOf("normalize", "tone", values.tone, TONE_STYLES) ?? "preserve";
  const legacy = oneOf("normalize", "legacy", values.legacy, LEGACY);
  const bytes = await readInputs(positionals, io);
  const text = legacy ? decodeLegacy(new Uint8Array(bytes), { from: legacy }).text : bytes.toString("utf8");
  io.stdout.write(normalize(text, { toneStyle, decodeEntities: values["decode-entities"] === true }));
  return 0;
}

async function segmentCommand(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parse("segment", args, {
    words: { type: "boolean" },
    sentences: { type: "boolean" },
    format: { type: "string", short: "f" },
    "word-model": { type: "string" },
    "fixed-words": { type: "string" },
  });
  if (values.words && values.sentences)
    throw new UsageError("choose one of --words and --sentences", "segment");
  const format = oneOf("segment", "format", values.format, ["text", "json"] as const) ?? "text";
  const text = (await readInputs(positionals, io)).toString("utf8");
  const sentences = splitSentences(text);
  if (!values.words) {
    if (format === "json") io.stdout.write(`${JSON.stringify(sentences)}\n`);
    else for (const s of sentences) io.stdout.write(`${s.text.replace(/\s*\n\s*/g, " ")}\n`);
    return 0;
  }
  const modelPath = values["word-model"] as string | undefined;
  const fixedPath = values["fixed-words"] as string | undefined;
  const words = segmentWords(text, {
    ...(modelPath === undefined ? {} : { model: wordModelFile(modelPath) }),
    ...(fixedPath === undefined ? {} : { fixedWords: fixedWordsFile(fixedPath) }),
  });
  if (format === "json") {
    io.stdout.write(`${JSON.stringify(words)}\n`);
    return 0;
  }
  // One sentence per line; words space-separated, the syllables of a word joined by "_".
  const ranges = sentences.length > 0 ? sentences : [{ start: 0, end: text.length }];
  let w = 0;
  for (const s of ranges) {
    const parts: string[] = [];
    while (w < words.length && words[w].start < s.end) {
      if (words[w].end > s.start) parts.push(words[w].text.replace(/\s+/g, "_"));
      w++;
    }
    if (parts.length > 0) io.stdout.write(`${parts.join(" ")}\n`);
  }
  return 0;
}

/**
 * `vietnews profile`: learns a boilerplate profile from NDJSON records (`{"text"}`, `{"markdown"}`
 * or `{"html"}`) and writes it as JSON. One streaming pass in fixed memory.
 */
async function profileCommand(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parse("profile", args, {
    "width-bits": { type: "string" },
    stats: { type: "boolean" },
  });
  const widthBits = positiveInt("profile", "width-bits", values["width-bits"] as string | undefined, 24);
  if (widthBits !== undefined && widthBits < 8) {
    throw new UsageError(`invalid value for --width-bits: "${widthBits}" (expected 8 to 24)`, "profile");
  }
  const learner = new BoilerplateLearner(widthBits === undefined ? undefined : { widthBits });
  const t0 = Date.now();
  let records = 0;
  let failed = 0;
  const sources: (string | null)[] = positionals.length > 0 ? positionals : [null];
  for (const file of sources) {
    const input = file === null ? io.stdin : createReadStream(file, { highWaterMark: 1 << 16 });
    try {
      for await (const batch of readBatches(input, {
        maxRecords: 256,
        maxBatchBytes: 1 << 22,
        maxRecordBytes: 64 * 1024 * 1024,
      })) {
        for (const r of batch) {
          records++;
          const text = r.tooLong === undefined ? recordText(r.raw) : null;
          if (text === null) failed++;
          else learner.add(text);
        }
      }
    } catch (e) {
      if (!unreadable("profile", file, e, io)) throw e;
      failed++;
    }
  }
  const profile = learner.profile();
  io.stdout.write(`${JSON.stringify(profile)}\n`);
  if (values.stats) {
    const secs = (Date.now() - t0) / 1000;
    io.stderr.write(
      `vietnews profile: ${profile.documents} documents, ${failed} skipped, ${profile.lines} distinct lines counted, ${secs.toFixed(2)} s\n`,
    );
  }
  if (failed > 0) io.stderr.write(`vietnews profile: ${failed} of ${records} records skipped\n`);
  return exitFor(failed);
}

/** The text a profile counts of one NDJSON record, or null for a bad record. */
function recordText(raw: string): string | null {
  let rec: unknown;
  try {
    rec = JSON.parse(raw);
  } catch {
    return null;
  }
  if (!rec || typeof rec !== "object") return null;
  const o = rec as Record<string, unknown>;
  if (typeof o.text === "string") return o.text;
  if (typeof o.markdown === "string") return o.markdown;
  if (typeof o.html === "string") {
    try {
      return extractHtml(o.html).blocks.join("\n");
    } catch {
      return null;
    }
  }
  return null;
}

async function entitiesCommand(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parse("entities", args, {
    "reference-date": { type: "string" },
    format: { type: "string", short: "f" },
  });
  const referenceDate = isoDay("entities", values["reference-date"] as string | undefined);
  const format = oneOf("entities", "format", values.format, ["ndjson", "json"] as const) ?? "ndjson";
  const text = (await readInputs(positionals, io)).toString("utf8");
  const entities = extractEntities(text, referenceDate ? { referenceDate } : {});
  if (format === "json") io.stdout.write(`${JSON.stringify(entities, null, 2)}\n`);
  else for (const e of entities) io.stdout.write(`${JSON.stringify(e)}\n`);
  return 0;
}
