// The Markdown parser of the unified ecosystem (mdast-util-from-markdown with the GFM table and
// strikethrough extensions), loaded on first use.
import type { Root } from "mdast";

type Parse = (value: string, options: unknown) => Root;
interface Parser {
  parse: Parse;
  options: unknown;
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
    parser = {
      parse: md.fromMarkdown,
      options: {
        // "~~" only: a single tilde is "about" or a range in Vietnamese text ("~5%", "5~10 ngày")
        extensions: [table.gfmTable(), strike.gfmStrikethrough({ singleTilde: false })],
        mdastExtensions: [tableMd.gfmTableFromMarkdown(), strikeMd.gfmStrikethroughFromMarkdown()],
      },
    };
  }
  return parser;
}

/**
 * Parses Markdown (CommonMark with GFM tables and strikethrough) into an mdast tree with positions.
 * GFM's autolink literals and footnotes are left out: they cost more than half the parse on a crawl,
 * and a bare URL or "[^1]" stays text as it was.
 */
export function parseMarkdownTree(markdown: string): Root {
  const p = load();
  return p.parse(markdown, p.options);
}
