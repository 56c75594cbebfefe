// The Markdown parser of the unified ecosystem (mdast-util-from-markdown with the GFM table and
// strikethrough extensions), loaded on first use.
import type { Root } from "mdast";
import { MAY_DELIMIT } from "./line-patterns";

type Parse = (value: string, options: unknown) => Root;
interface Parser {
  parse: Parse;
  /** Options by what the text can hold: [tables][strikethrough], each 0 or 1. */
  options: unknown[][];
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
    parser = {
      parse: md.fromMarkdown,
      options: [
        [options(false, false), options(false, true)],
        [options(true, false), options(true, true)],
      ],
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
  return p.parse(markdown, p.options[tables][strikethrough]);
}
