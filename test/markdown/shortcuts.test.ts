// markdownLines takes shortcuts (plain headings and list items written directly, windows of a line,
// plain runs shortened, runs parsed together); markdownLinesByRun parses every run whole. They must
// agree on every input: generated Markdown from a vocabulary of markup and words here, a crawl with
// `npm run check:markdown-shortcuts -- FILE`.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { markdownLines, markdownLinesByRun } from "../../src/markdown/index";
import { parseMarkdownTree } from "../../src/markdown/markdown-tree";

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
  // tags with spaces inside, which a window cut at spaces must hold whole
  '<a href="x">',
  "<references />",
  "<!-- a b -->",
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
  // punctuation that plain runs hold, and what would be a link where autolink literals were read
  ";",
  "%",
  "–",
  "/",
  "'",
  "www.a.vn",
  "http://a.vn",
  "a@b.vn",
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

// tables: a header, a delimiter row with as many cells (mostly), rows with or without their outer
// pipes; cells mostly words, some with markup, so that most tables take the shortcut and some
// just miss it
const cellToken = fc.oneof(
  { weight: 12, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 1, arbitrary: fc.constantFrom(...MARKUP) },
);
const cell = fc
  .tuple(gap, fc.array(fc.tuple(cellToken, gap), { maxLength: 4 }))
  .map(([g, parts]) => g + parts.map(([t, s]) => t + s).join(""));
const opening = fc.constantFrom("|", "|", "|", "| ", "", "", "", "1 ");
const closing = fc.constantFrom("", "|", "|", " |", "| ", "||");
const row = (cells: number) =>
  fc
    .tuple(opening, fc.array(cell, { minLength: 1, maxLength: cells + 1 }), closing)
    .map(([open, cs, close]) => (open + cs.join("|")).trimStart() + close);
const delimiterRow = (cells: number) =>
  fc
    .tuple(
      fc.constantFrom("", "|", "|", " |", "- |"),
      fc.array(
        fc.oneof(
          { weight: 30, arbitrary: fc.constantFrom("---", ":--", "--:", ":-:", " - ", "-", "--- ") },
          { weight: 1, arbitrary: fc.constantFrom("", "-:-", "x") },
        ),
        {
          minLength: cells,
          maxLength: cells,
        },
      ),
      fc.constantFrom("", "|", "|", "| "),
    )
    .map(([open, cs, close]) => open + cs.join("|") + close);
const table = fc.integer({ min: 1, max: 4 }).chain((n) =>
  fc
    .tuple(
      fc.array(line, { maxLength: 1 }),
      fc
        .array(cell, { minLength: n, maxLength: n })
        .map((cs) => `| ${cs.map((c) => c.replaceAll("|", "")).join(" | ")} |`),
      fc.oneof({ weight: 8, arbitrary: delimiterRow(n) }, { weight: 1, arbitrary: delimiterRow(n + 1) }),
      fc.array(fc.oneof({ weight: 20, arbitrary: row(n) }, { weight: 1, arbitrary: line }), { maxLength: 6 }),
    )
    .map(([before, header, delimiter, rows]) => [...before, header, delimiter, ...rows].join("\n")),
);
const tables = fc
  .tuple(fc.array(table, { minLength: 1, maxLength: 3 }), fc.option(definition, { nil: undefined, freq: 8 }))
  .map(([ts, def]) => (def ? [...ts, def] : ts).join("\n\n"));

// paragraphs and list items running over several lines with inline markup that can span them
// (what the soft-break joining sees): no HTML, code or images, few blank lines
const SPANNING = [
  "*",
  "**",
  "_",
  "__",
  "[",
  "]",
  "](http://a.vn)",
  "~~",
  "&amp;",
  "-",
  "+",
  ">",
  "1.",
  "2.",
  "#",
  "---",
  "===",
  "|",
  "!",
  ":",
  "~~~",
];
const spanToken = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 2, arbitrary: fc.constantFrom(...SPANNING) },
);
const spanLine = fc
  .tuple(
    fc.constantFrom("", "", "", "", " ", "  ", "    ", "- ", "1. ", "> ", "## "),
    fc.array(fc.tuple(spanToken, fc.constantFrom("", " ", " ", "  ")), { minLength: 1, maxLength: 6 }),
  )
  .map(([open, parts]) => open + parts.map(([t, g]) => t + g).join(""));
const paragraphs = fc
  .array(fc.oneof({ weight: 12, arbitrary: spanLine }, { weight: 1, arbitrary: fc.constant("") }), {
    minLength: 2,
    maxLength: 12,
  })
  .map((ls) => ls.join("\n"));

// lines with emphasis by stars beside words and punctuation (what renderStarred reads without
// the parser when each run can only open or only close)
const starToken = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...WORDS, "Việt", "ỦY", "2.000") },
  { weight: 3, arbitrary: fc.constantFrom("*", "**", "***", "****") },
  {
    weight: 2,
    // astral characters beside a run, which the parser reads one UTF-16 unit at a time
    arbitrary: fc.constantFrom(
      ",",
      ".",
      "(",
      ")",
      ":",
      "“",
      "”",
      "!",
      "?",
      "-",
      "'",
      "$",
      "\u00a0",
      "😀",
      "𝐀",
    ),
  },
);
const starSpan = fc
  .tuple(fc.constantFrom("*", "**", "***"), fc.array(starToken, { minLength: 1, maxLength: 3 }))
  .map(([stars, inner]) => stars + inner.join(" ") + stars);
const starred = fc
  .array(
    fc.tuple(
      fc.oneof({ weight: 2, arbitrary: starToken }, { weight: 1, arbitrary: starSpan }),
      fc.constantFrom("", "", " ", " ", "  "),
    ),
    { minLength: 1, maxLength: 10 },
  )
  .map((parts) => parts.map(([t, g]) => t + g).join(""));

// paragraphs with code spans between words and emphasis: plain runs are shortened outside the
// spans, never inside (the rendering reads a span's value)
const codeToken = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...WORDS, "Việt Nam", "Hà Nội mới") },
  { weight: 3, arbitrary: fc.constantFrom("`", "``", "```", "` ", " `", "`` ` ``") },
  { weight: 1, arbitrary: fc.constantFrom("*", "**", "|", "- ", "\n", "\n\n", "\n- ") },
);
const codeLines = fc
  .array(fc.tuple(codeToken, fc.constantFrom("", " ", " ", "  ")), { minLength: 1, maxLength: 14 })
  .map((parts) => parts.map(([t, g]) => t + g).join(""));

/** Checks that markdownLines and markdownLinesByRun render every generated text alike. */
function agreeOn(texts: fc.Arbitrary<string>, numRuns: number, seed: number): void {
  fc.assert(
    fc.property(texts, (md) => {
      expect(markdownLines(md)).toEqual(markdownLinesByRun(md));
    }),
    { numRuns, seed },
  );
}

describe("markdownLines shortcuts", () => {
  it("should render generated multi-line paragraphs and items exactly as parsing each run whole does", () => {
    agreeOn(paragraphs, 2000, 20261205);
  });

  it("should render generated lines with starred emphasis exactly as the parser does", () => {
    agreeOn(
      fc.array(starred, { minLength: 1, maxLength: 4 }).map((lines) => lines.join("\n\n")),
      3000,
      20261205,
    );
  });

  it("should render generated paragraphs of starred lines (one paragraph over lines) as the parser does", () => {
    agreeOn(
      fc.array(starred, { minLength: 2, maxLength: 5 }).map((lines) => lines.join("\n")),
      3000,
      20261205,
    );
  });

  it("should resolve star runs as the parser does: both-flanking runs, the rule of three, runs left over", () => {
    const lines = [
      "a**b**c và nay.**Po Klong**(1151–1205)",
      "***Nội các*** và *a**b*",
      "**Bxí:**Vxm. Txo, **Sxl**",
      "*a **b** c* và **😀**",
      "**mở\ntiếp** qua hai dòng",
      // headings and list items whose content has stars
      "## **Tiểu sử**\n\n- **Ông** sinh năm 1963\n\n1. *a* và **b**c\n\n## a**b**c *d",
    ];
    for (const md of lines) expect(markdownLines(md), md).toEqual(markdownLinesByRun(md));
    expect(markdownLines(lines[0])[0].text).toBe("abc và nay.Po Klong(1151–1205)");
    expect(markdownLines(lines[5]).map((l) => [l.text, l.heading, l.listItem])).toEqual([
      ["Tiểu sử", 2, false],
      ["", 0, false],
      ["Ông sinh năm 1963", 0, true],
      ["", 0, false],
      ["1. a và bc", 0, true],
      ["", 0, false],
      ["abc *d", 2, false],
    ]);
  });

  it("should render generated tables exactly as parsing each run whole does", () => {
    agreeOn(tables, 2000, 20261205);
  });

  it("should read a crawled table's rows and cells without the parser, as the parser would", () => {
    const md = [
      "| Chức vụ | Họ tên | |",
      "|---|:--|---|",
      "| Bí thư | **Nguyễn Văn A** | [hồ sơ](https://a.vn/1) |",
      "Phó Bí thư | Trần Thị B",
      "|",
      "| Ủy viên | Lê C | # 3 | thừa |",
    ].join("\n");
    const lines = markdownLines(md);
    expect(lines).toEqual(markdownLinesByRun(md));
    expect(lines.map((l) => l.cells)).toEqual([
      ["Chức vụ", "Họ tên", ""],
      null,
      ["Bí thư", "Nguyễn Văn A", "hồ sơ"],
      ["Phó Bí thư", "Trần Thị B"],
      [""],
      ["Ủy viên", "Lê C", "# 3", "thừa"],
    ]);
    expect(lines[2].links).toEqual([{ start: 20, end: 25, href: "https://a.vn/1" }]);
  });

  it("should render generated text with code spans exactly as parsing each run whole does", () => {
    agreeOn(codeLines, 3000, 20261206);
  });

  it("should render generated Markdown exactly as parsing each run whole does", () => {
    agreeOn(doc, 3000, 20261204);
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

  it("should parse a text without the extensions it cannot use to the tree the full parser gives", async () => {
    const { fromMarkdown } = await import("mdast-util-from-markdown");
    const { gfmTable } = await import("micromark-extension-gfm-table");
    const { gfmTableFromMarkdown } = await import("mdast-util-gfm-table");
    const { gfmStrikethrough } = await import("micromark-extension-gfm-strikethrough");
    const { gfmStrikethroughFromMarkdown } = await import("mdast-util-gfm-strikethrough");
    const full = {
      extensions: [gfmTable(), gfmStrikethrough({ singleTilde: false })],
      mdastExtensions: [gfmTableFromMarkdown(), gfmStrikethroughFromMarkdown()],
    };
    fc.assert(
      fc.property(fc.oneof(doc, paragraphs, tables), (md) => {
        expect(parseMarkdownTree(md)).toEqual(fromMarkdown(md, full));
      }),
      { numRuns: 2000, seed: 20261205 },
    );
  });

  it("should throw a TypeError on a non-string, naming the function", () => {
    expect(() => markdownLinesByRun(1 as unknown as string)).toThrow(/markdownLinesByRun/);
  });
});
