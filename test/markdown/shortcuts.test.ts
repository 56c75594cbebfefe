// markdownLines takes shortcuts (plain headings and list items written directly, windows of a line,
// plain runs shortened, runs parsed together); markdownLinesByRun parses every run whole. They must
// agree on every input: generated Markdown from a vocabulary of markup and words here, a crawl with
// `npm run check:markdown-shortcuts -- FILE`.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { markdownLines, markdownLinesByRun } from "../../src/markdown/index";

const WORDS = ["Hà", "Nội", "Bộ", "Chính", "trị", "họp", "2019", "1", "x", "Ủy", "ban"];
const MARKUP = [
  "*",
  "**",
  "***",
  "_",
  "__",
  "`",
  "``",
  "[",
  "]",
  "(",
  ")",
  "](http://a.vn)",
  "![",
  "|",
  "#",
  "##",
  "-",
  "+",
  ">",
  "1.",
  "2.",
  "01.",
  "3)",
  "<b>",
  "</b>",
  "<br>",
  "&amp;",
  "\\",
  "\\*",
  "~~",
  "~",
  "!",
  ":",
  "---",
  "===",
  "|---|---|",
  "```",
  "[1]",
  "[a]",
  "[a][b]",
  "^",
  '"',
  "“",
  "”",
  ".",
  ",",
];
const token = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 2, arbitrary: fc.constantFrom(...MARKUP) },
);
const gap = fc.constantFrom("", " ", " ", "  ", "\t");
const line = fc
  .tuple(
    fc.constantFrom("", "", "", " ", "  ", "    ", "\t"),
    fc.array(fc.tuple(token, gap), { maxLength: 9 }),
  )
  .map(([indent, parts]) => indent + parts.map(([t, g]) => t + g).join(""));
const definition = fc.constantFrom("[a]: http://a.vn", '[b]: <http://b.vn> "B"');
const doc = fc
  .tuple(
    fc.array(fc.oneof({ weight: 8, arbitrary: line }, { weight: 2, arbitrary: fc.constant("") }), {
      minLength: 1,
      maxLength: 14,
    }),
    fc.option(definition, { nil: undefined, freq: 5 }),
  )
  .map(([lines, def]) => (def ? [...lines, "", def] : lines).join("\n"));

describe("markdownLines shortcuts", () => {
  it("should render generated Markdown exactly as parsing each run whole does", () => {
    fc.assert(
      fc.property(doc, (md) => {
        expect(markdownLines(md)).toEqual(markdownLinesByRun(md));
      }),
      { numRuns: 3000, seed: 20261204 },
    );
  });

  it("should write crawled headings and list items directly, as the parser would", () => {
    const md = [
      "## Tiểu sử",
      "",
      "- Người Hà Tĩnh",
      "- Đại biểu Quốc hội Việt Nam khóa XIV",
      "2. Thứ hai",
      "",
      "**Câu hỏi thường gặp?**",
      "",
      "Theo *Báo Nhân Dân*, ông sinh năm 1963.",
      "#5 không phải tiêu đề",
      "-     mã lệnh",
    ].join("\n");
    const lines = markdownLines(md);
    expect(lines).toEqual(markdownLinesByRun(md));
    expect(lines.map((l) => [l.text, l.heading, l.listItem])).toEqual([
      ["Tiểu sử", 2, false],
      ["", 0, false],
      ["Người Hà Tĩnh", 0, true],
      ["Đại biểu Quốc hội Việt Nam khóa XIV", 0, true],
      ["2. Thứ hai", 0, true],
      ["", 0, false],
      ["Câu hỏi thường gặp?", 0, false],
      ["", 0, false],
      ["Theo Báo Nhân Dân, ông sinh năm 1963.", 0, false],
      ["#5 không phải tiêu đề", 0, false],
      ["mã lệnh", 0, true],
    ]);
  });

  it("should throw a TypeError on a non-string, naming the function", () => {
    expect(() => markdownLinesByRun(1 as unknown as string)).toThrow(/markdownLinesByRun/);
  });
});
