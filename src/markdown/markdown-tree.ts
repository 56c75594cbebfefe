// The Markdown parser of the unified ecosystem (mdast-util-from-markdown with the GFM table and
// strikethrough extensions), loaded on first use.
import type { Root } from "mdast";
import { MAY_DELIMIT } from "./line-patterns";
import { type MicromarkEvent, treeOfEvents } from "./tree-of-events";

type Parse = (value: string, options: unknown) => Root;
/** micromark's parser for one set of extensions; `defined` and `lazy` hold one document's state. */
interface Micromark {
  document: () => { write: (chunks: unknown[]) => MicromarkEvent[] };
  defined: unknown[];
  lazy: Record<number, boolean>;
}
interface Parser {
  parse: Parse;
  /** Options by what the text can hold: [tables][strikethrough], each 0 or 1. */
  options: unknown[][];
  /** micromark's parsers for those options, made once. */
  tokenizers: Micromark[][];
  preprocess: () => (value: string, encoding: undefined, end: boolean) => unknown[];
  postprocess: (events: MicromarkEvent[]) => MicromarkEvent[];
}

let parser: Parser | null = null;

/**
 * The parser, loaded on first use: a plain require (CommonJS in the CJS build and ts-node, tsup's
 * createRequire banner in the ESM build; the packages are ESM, which Node 20.19+ requires), so
 * users of plain text never pay its import time.
 */
function load(): Parser {
  if (!parser) {
    const md = require("mdast-util-from-markdown") as { fromMarkdown: Parse };
    const micromark = require("micromark") as {
      parse: (options: unknown) => Micromark;
      preprocess: Parser["preprocess"];
      postprocess: Parser["postprocess"];
    };
    const table = require("micromark-extension-gfm-table") as { gfmTable: () => unknown };
    const tableMd = require("mdast-util-gfm-table") as { gfmTableFromMarkdown: () => unknown };
    const strike = require("micromark-extension-gfm-strikethrough") as {
      gfmStrikethrough: (options: { singleTilde: boolean }) => unknown;
    };
    const strikeMd = require("mdast-util-gfm-strikethrough") as {
      gfmStrikethroughFromMarkdown: () => unknown;
    };
    const options = (tables: boolean, strikethrough: boolean) => ({
      extensions: [
        ...(tables ? [table.gfmTable()] : []),
        // "~~" only: a single tilde is "about" or a range in Vietnamese text ("~5%", "5~10 ngày")
        ...(strikethrough ? [strike.gfmStrikethrough({ singleTilde: false })] : []),
      ],
      mdastExtensions: [
        ...(tables ? [tableMd.gfmTableFromMarkdown()] : []),
        ...(strikethrough ? [strikeMd.gfmStrikethroughFromMarkdown()] : []),
      ],
    });
    const all = [
      [options(false, false), options(false, true)],
      [options(true, false), options(true, true)],
    ];
    parser = {
      parse: md.fromMarkdown,
      options: all,
      tokenizers: all.map((row) => row.map((o) => micromark.parse(o))),
      preprocess: micromark.preprocess,
      postprocess: micromark.postprocess,
    };
  }
  return parser;
}

// the table extension tries every line as a header row (reading it to its end), so a text with no
// line that may be a delimiter row is parsed without it
const ANY_MAY_DELIMIT = new RegExp(MAY_DELIMIT.source, "m");

/**
 * Parses Markdown (CommonMark with GFM tables and strikethrough) into an mdast tree with positions.
 * GFM's autolink literals and footnotes are left out: they cost more than half the parse on a crawl,
 * and a bare URL or "[^1]" stays text as it was. A text with no line that can be a table's
 * delimiter row, or no "~~", is parsed without that extension: the tree is the same.
 */
export function parseMarkdownTree(markdown: string): Root {
  const p = load();
  const tables = markdown.includes("-") && ANY_MAY_DELIMIT.test(markdown) ? 1 : 0;
  const strikethrough = markdown.includes("~~") ? 1 : 0;
  // micromark's parser made once for these extensions, fresh for this document
  const tokenizer = p.tokenizers[tables][strikethrough];
  tokenizer.defined = [];
  tokenizer.lazy = {};
  const events = p.postprocess(tokenizer.document().write(p.preprocess()(markdown, undefined, true)));
  // the common constructs built here; a text with any other (3.4% of the characters that reach
  // the parser on the crawl sample) is parsed again by the full compiler
  return treeOfEvents(events) ?? p.parse(markdown, p.options[tables][strikethrough]);
}
