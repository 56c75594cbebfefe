// treeOfEvents builds the mdast tree of the common constructs from micromark's events; it must
// give the tree mdast-util-from-markdown gives, or null (and the caller asks that compiler).
import fc from "fast-check";
import { fromMarkdown } from "mdast-util-from-markdown";
import { gfmStrikethroughFromMarkdown } from "mdast-util-gfm-strikethrough";
import { parse, postprocess, preprocess } from "micromark";
import { gfmStrikethrough } from "micromark-extension-gfm-strikethrough";
import { describe, expect, it } from "vitest";
import { type MicromarkEvent, treeOfEvents } from "../../src/markdown/tree-of-events";

const options = {
  extensions: [gfmStrikethrough({ singleTilde: false })],
  mdastExtensions: [gfmStrikethroughFromMarkdown()],
};
const eventsOf = (md: string) =>
  postprocess(
    parse(options)
      .document()
      .write(preprocess()(md, undefined, true)),
  ) as unknown as MicromarkEvent[];

// the markup of the constructs it builds, and some it does not (which must give null)
const TOKENS = [
  "Hà",
  "Nội",
  "họp",
  "2019",
  "x",
  "*",
  "**",
  "***",
  "_",
  "__",
  "`",
  "``",
  "~~",
  "~",
  "#",
  "##",
  "-",
  "+",
  "1.",
  "2)",
  "---",
  "===",
  "***",
  " ",
  "  ",
  "\t",
  "[",
  "](x)",
  "<b>",
  "&amp;",
  "\\",
  ">",
  "|",
];
const line = fc
  .tuple(
    fc.constantFrom("", "", " ", "  ", "   ", "    ", "\t", "- ", "1. ", "* ", "  - ", "# "),
    fc.array(fc.constantFrom(...TOKENS), { maxLength: 10 }),
  )
  .map(([lead, words]) => lead + words.join(" "));
const doc = fc
  .array(fc.oneof({ weight: 4, arbitrary: line }, { weight: 1, arbitrary: fc.constant("") }), {
    maxLength: 8,
  })
  .map((lines) => lines.join(fc.sample(fc.constantFrom("\n", "\r\n"), 1)[0]));

describe("treeOfEvents", () => {
  it("should give mdast-util-from-markdown's tree, or null, on generated Markdown", () => {
    let built = 0;
    let runs = 0;
    fc.assert(
      fc.property(doc, (md) => {
        runs++;
        const tree = treeOfEvents(eventsOf(md));
        if (tree === null) return;
        built++;
        expect(tree).toEqual(fromMarkdown(md, options));
      }),
      { numRuns: 3000, seed: 20261206 },
    );
    // most generated texts hold only constructs it builds, so the comparison above is not empty
    expect(built / runs).toBeGreaterThan(0.3);
  });

  it("should build lists, headings, inline code and strikethrough with their positions", () => {
    const md = "Tiêu đề\n===\n\n- **Hà** Nội\n- `mã`\n\n  tiếp\n\n3. ~~bỏ~~ *giữ*\n\n## Hai ##\n\n---";
    const tree = treeOfEvents(eventsOf(md));
    expect(tree).not.toBeNull();
    expect(tree).toEqual(fromMarkdown(md, options));
    expect(tree?.children.map((c) => c.type)).toEqual([
      "heading",
      "list",
      "list",
      "heading",
      "thematicBreak",
    ]);
  });

  it("should give null for a construct it does not build", () => {
    for (const md of [
      "[Hà](http://a.vn)",
      "a <b>c</b>",
      "> trích",
      "```\nmã\n```",
      "a\\*b",
      "&amp;",
      "a  \nb",
    ]) {
      expect(treeOfEvents(eventsOf(md)), md).toBeNull();
    }
  });
});
