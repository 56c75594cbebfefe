// Markdown input: the parser's tree rendered line by line, and parseArticle's structure from it.
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/article/index";
import { detectMarkdown, markdownLines, markdownLinesByRun } from "../../src/markdown/index";

const LEAD =
  "Ngày 1/7/2020, Ban Thường vụ Tỉnh ủy Quảng Trị tổ chức hội nghị triển khai nhiệm vụ công tác tổ chức.";

function slices(a: ReturnType<typeof parseArticle>): void {
  for (const s of [
    ...a.paragraphs,
    ...a.headings,
    ...a.links,
    ...a.tables,
    ...a.lists,
    ...a.lists.flatMap((l) => l.items),
  ])
    expect(a.text.slice(s.start, s.end)).toBe(s.text);
}

describe("markdownLines", () => {
  it("should read a GFM table with the infobox shape and empty cells into cells joined by a tab", () => {
    const lines = markdownLines(
      "| Lê Duẩn | |\n|---|---|\n| Sinh | 7 tháng 4, 1907 |\n| Chức vụ | Tổng Bí thư |",
    );
    expect(lines.map((l) => l.cells)).toEqual([
      ["Lê Duẩn", ""],
      null,
      ["Sinh", "7 tháng 4, 1907"],
      ["Chức vụ", "Tổng Bí thư"],
    ]);
    expect(lines[1].tableDelimiter).toBe(true);
    expect(lines[2].text).toBe("Sinh\t7 tháng 4, 1907");
  });

  it("should read rows a crawler broke out of their table (no delimiter row, padding pipes) as rows", () => {
    const lines = markdownLines(
      "| Lịch Julius | 1086 |\nNgày sinh | năm 1929 |\n| Tổng cộng | 22.407 người | ||\nThời sự | Kinh tế",
    );
    expect(lines.map((l) => l.text)).toEqual([
      "Lịch Julius\t1086",
      "Ngày sinh\tnăm 1929",
      "Tổng cộng\t22.407 người",
      "Thời sự | Kinh tế",
    ]);
    expect(lines[2].cells).toEqual(["Tổng cộng", "22.407 người", "", ""]);
    expect(lines[3].cells).toBe(null);
  });

  it("should read rows whose cells a crawler broke over lines, and leave a pipe between words elsewhere", () => {
    const lines = markdownLines(
      [
        "Phó Chủ tịch Quốc hội",
        "|",
        "Nguyễn Văn An | Ủy viên Trung ương Đảng |",
        "(1965-) |",
        "2014-2015 | Thiếu tướng (2015)",
        "Chủ nhiệm Ủy ban Quốc phòng",
        "|",
        "Trần Văn Bình | Ủy viên Trung ương Đảng",
        "",
        "Thời sự | Kinh tế",
        "",
        "[sửa | sửa mã nguồn]| STT | Tác phẩm |",
      ].join("\n"),
    );
    expect(lines.map((l) => l.text)).toEqual([
      "Phó Chủ tịch Quốc hội",
      "",
      "Nguyễn Văn An\tỦy viên Trung ương Đảng",
      "(1965-)",
      // between a cell's tail and the next line: the middle of a row
      "2014-2015\tThiếu tướng (2015)",
      "Chủ nhiệm Ủy ban Quốc phòng",
      "",
      // after a row boundary left alone on its line
      "Trần Văn Bình\tỦy viên Trung ương Đảng",
      "",
      // a menu with no broken row beside it stays as written
      "Thời sự | Kinh tế",
      "",
      // a wiki's edit label is one cell: its pipe is inside brackets
      "[sửa | sửa mã nguồn]\tSTT\tTác phẩm",
    ]);
    expect(lines[9].cells).toBe(null);
    expect(lines[4].cells).toEqual(["2014-2015", "Thiếu tướng (2015)"]);
  });

  it("should read rows the parser took for a setext heading, and cut a row's padding off a heading", () => {
    // a cell holding only "-" below two rows made them one setext heading
    const src = [
      "Danh sách",
      "",
      "| 11 | **TS.** Nguyễn Quốc Triệu |",
      "2 tháng 8 năm 2007 | 3 tháng 8 năm 2011 | ||",
      "-",
      "|",
      "",
      "## Cơ quan cấp bộ | |||",
      "",
      "## Cải cách | Đổi mới",
    ].join("\n");
    const lines = markdownLines(src);
    expect(lines.slice(2, 4).map((l) => [l.text, l.heading])).toEqual([
      ["11\tTS. Nguyễn Quốc Triệu", 0],
      ["2 tháng 8 năm 2007\t3 tháng 8 năm 2011", 0],
    ]);
    expect(lines[3].cells).toEqual(["2 tháng 8 năm 2007", "3 tháng 8 năm 2011", "", ""]);
    // the padding goes; a pipe between a heading's words stays
    expect([lines[7].text, lines[7].heading]).toEqual(["Cơ quan cấp bộ", 2]);
    expect([lines[9].text, lines[9].heading]).toEqual(["Cải cách | Đổi mới", 2]);
    expect(markdownLinesByRun(src)).toEqual(lines);
  });

  it("should render nested lists item by item, keeping an ordered list's numbers", () => {
    const lines = markdownLines(
      "- Bộ Chính trị\n  - Ban Bí thư\n    - Văn phòng Trung ương\n1. Thứ nhất\n2. Thứ hai",
    );
    expect(lines.map((l) => [l.text, l.listItem])).toEqual([
      ["Bộ Chính trị", true],
      ["Ban Bí thư", true],
      ["Văn phòng Trung ương", true],
      ["1. Thứ nhất", true],
      ["2. Thứ hai", true],
    ]);
  });

  it("should keep a link's anchor inside a heading and resolve reference-style links", () => {
    const lines = markdownLines(
      "## Nghị quyết [số 18](https://x.vn/nq18) của Trung ương\nXem [văn bản][vb].\n\n[vb]: https://x.vn/vb",
    );
    expect(lines[0]).toMatchObject({ text: "Nghị quyết số 18 của Trung ương", heading: 2 });
    expect(lines[0].links).toEqual([{ start: 11, end: 16, href: "https://x.vn/nq18" }]);
    expect(lines[1].links).toEqual([{ start: 4, end: 11, href: "https://x.vn/vb" }]);
    expect(lines[3].markup).toEqual(["[vb]: https://x.vn/vb"]);
  });

  it("should keep a footnote marker and the bracketed years after it as text, not as a link", () => {
    // Wikipedia's "[32]" before a lifespan reads to CommonMark as a link to "1920-2006"
    const src = [
      "| Họ tên | Nhiệm kỳ |",
      "|---|---|",
      "| Cao Pha[32](1920-2006) | ?-1975 |",
      "",
      "Ông được truy tặng danh hiệu.[3](1:04:38) Sau đó [i](1921–1990) về hưu.",
      "Trang [2](2) · [Tiếp](3) · [Hà Nội](https://x.vn/hn) · [5](https://x.vn/5)",
    ].join("\n");
    const lines = markdownLines(src);
    expect(lines[2]).toMatchObject({ cells: ["Cao Pha[32](1920-2006)", "?-1975"], links: [], markup: [] });
    expect(lines[4]).toMatchObject({
      text: "Ông được truy tặng danh hiệu.[3](1:04:38) Sau đó [i](1921–1990) về hưu.",
      links: [],
      markup: [],
    });
    // a page number linking to itself, a word anchor and a real target stay links
    expect(lines[5].text).toBe("Trang 2 · Tiếp · Hà Nội · 5");
    expect(lines[5].links.map((l) => l.href)).toEqual(["2", "3", "https://x.vn/hn", "https://x.vn/5"]);
    expect(markdownLinesByRun(src)).toEqual(lines);
  });

  it("should render a block quote's lines without their markers", () => {
    expect(markdownLines("> Bác Hồ dạy:\n> đoàn kết là sức mạnh.").map((l) => l.text)).toEqual([
      "Bác Hồ dạy:",
      "đoàn kết là sức mạnh.",
    ]);
  });

  it("should take the tags out of an HTML fragment and keep its text", () => {
    expect(markdownLines("Hội nghị <b>Trung ương 10</b> bế mạc.<br>")[0].text).toBe(
      "Hội nghị Trung ương 10 bế mạc.",
    );
  });

  it("should cut unbalanced bold markers that CommonMark leaves literal, and keep an image's alt text", () => {
    const lines = markdownLines(
      "**Căn cứ** Điều 5 **Luật Cán bộ\n![Quang cảnh hội nghị](https://x.vn/a.jpg)",
    );
    expect(lines[0].text).toBe("Căn cứ Điều 5 Luật Cán bộ");
    expect(lines[1]).toMatchObject({ text: "Quang cảnh hội nghị", markup: ["https://x.vn/a.jpg"] });
  });

  it("should throw a TypeError on a non-string", () => {
    expect(() => markdownLines(42 as unknown as string)).toThrow(TypeError);
  });
});

describe("markdownLines on a very long line", () => {
  it("should parse a line of over 8,000 characters in sentence pieces, links kept in place", () => {
    const sentence = "Ông **Nguyễn Văn An** làm việc tại [Quảng Trị](https://quangtri.vn/a) nhiều năm. ";
    const line = sentence.repeat(120);
    expect(line.length).toBeGreaterThan(8000);
    const [l] = markdownLines(line);
    expect(l!.text).not.toContain("**");
    expect(l!.text).not.toContain("](");
    expect(l!.links).toHaveLength(120);
    for (const k of l!.links) expect(l!.text.slice(k.start, k.end)).toBe("Quảng Trị");
  });
});

describe("markdownLines on a table longer than one parse", () => {
  // 120 rows of about 60 characters, without outer pipes (which alone would make a line a row):
  // over the 4,000 characters one parse reads
  const rows = Array.from(
    { length: 120 },
    (_, k) => `${k + 1} | Nguyễn Văn ${k + 1} | Ủy viên Ban Thường vụ Tỉnh ủy`,
  );
  const md = ["| TT | Họ tên | Chức vụ |", "|---|---|---|", ...rows, "", "Đoạn sau bảng."].join("\n");
  it("should read every row as cells, also the rows after the cut, as one parse of the whole text does", () => {
    const lines = markdownLines(md);
    for (let k = 2; k < 122; k++)
      expect(lines[k].cells, `row ${k}`).toEqual([
        `${k - 1}`,
        `Nguyễn Văn ${k - 1}`,
        "Ủy viên Ban Thường vụ Tỉnh ủy",
      ]);
    expect(markdownLinesByRun(md)).toEqual(lines);
    expect(lines[123]).toMatchObject({ text: "Đoạn sau bảng.", cells: null });
  });
  it("should not carry the table past a line that opens another block", () => {
    const broken = [
      "| TT | Họ tên | Chức vụ |",
      "|---|---|---|",
      ...rows.slice(0, 70),
      "## Mục sau",
      ...rows.slice(70),
    ].join("\n");
    const lines = markdownLines(broken);
    expect(lines[72]).toMatchObject({ text: "Mục sau", heading: 2 });
    // after the heading there is no table, and a line without outer pipes is text
    expect(lines[73]).toMatchObject({
      text: "71 | Nguyễn Văn 71 | Ủy viên Ban Thường vụ Tỉnh ủy",
      cells: null,
    });
    expect(markdownLinesByRun(broken)).toEqual(lines);
  });
});

describe("detectMarkdown", () => {
  it("should leave plain text with a stray star or hash as text", () => {
    const plain = `${LEAD}\n\nGiá vàng tăng *mạnh* trong tuần #1 của tháng 7.\n\n* Ghi chú: số liệu tạm tính.`;
    expect(detectMarkdown(plain).markdown).toBe(false);
    expect(parseArticle(plain).input.format).toBe("text");
  });

  it("should read a crawler's Markdown as Markdown, with a confidence", () => {
    const d = detectMarkdown("# Tiêu đề\n\n## Tiểu sử\n\n**Ông** sinh năm 1907.");
    expect(d.markdown).toBe(true);
    expect(d.confidence).toBeGreaterThan(0.5);
  });

  it("should read a page that opens with a '# ' title, or has bold subheadings, as Markdown", () => {
    expect(detectMarkdown(`# Dân tộc\n\nGiao diện\n\nKhái niệm dân tộc có nhiều nghĩa.`).markdown).toBe(true);
    expect(detectMarkdown(`## Thông tư 19 quy định khen thưởng\n\n${LEAD}`).markdown).toBe(true);
    const bold = `${LEAD}\n\nNội dung.\n\n**Minh Anh**`;
    expect(detectMarkdown(bold).markdown).toBe(true);
    expect(parseArticle(bold).text).not.toContain("**");
    // a hashtag line or one bold word in plain text stays text
    expect(detectMarkdown(`#ViệtNam\n\n${LEAD} Ông **An** phát biểu.`).markdown).toBe(false);
  });
});

describe("parseArticle on Markdown", () => {
  const md = [
    "# Hội nghị Trung ương 10 khóa XIII bế mạc",
    "",
    `**(TTXVN)** - ${LEAD}`,
    "",
    "## Nội dung [hội nghị](https://x.vn/hn)",
    "",
    "| Chức vụ | Họ tên |",
    "|---|---|",
    "| Tổng Bí thư | Tô Lâm |",
    "",
    "- Thông qua báo cáo chính trị;",
    "  - Thông qua *Nghị quyết* số 18-NQ/TW.",
  ].join("\n");

  it("should give the title without its hashes, headings, links and tables as spans into text", () => {
    const a = parseArticle(md);
    expect(a.input.format).toBe("markdown");
    expect(a.title).toBe("Hội nghị Trung ương 10 khóa XIII bế mạc");
    expect(a.headings).toMatchObject([{ level: 2, text: "Nội dung hội nghị" }]);
    expect(a.links).toMatchObject([{ text: "hội nghị", href: "https://x.vn/hn" }]);
    expect(a.tables).toMatchObject([
      {
        rows: [
          ["Chức vụ", "Họ tên"],
          ["Tổng Bí thư", "Tô Lâm"],
        ],
        text: "Chức vụ\tHọ tên\n\nTổng Bí thư\tTô Lâm",
      },
    ]);
    expect(a.text).not.toMatch(/\*\*|\]\(|\|---|#/);
    expect(a.paragraphs.map((p) => p.text)).toContain("Thông qua Nghị quyết số 18-NQ/TW.");
    expect(a.removed).toContainEqual({ text: "https://x.vn/hn", reason: "markup" });
    expect(a.entities.some((e) => e.kind === "official" && e.text.includes("Tô Lâm"))).toBe(true);
    expect(a.lists).toMatchObject([
      {
        ordered: false,
        items: [{ text: "Thông qua báo cáo chính trị;" }, { text: "Thông qua Nghị quyết số 18-NQ/TW." }],
      },
    ]);
    slices(a);
  });

  it("should list a table's rule as markup and a line of other punctuation as blank", () => {
    const a = parseArticle({ markdown: `${md}\n\n□\n\n${LEAD}` });
    expect(a.removed).toContainEqual({ text: "|---|---|", reason: "markup" });
    expect(a.removed).toContainEqual({ text: "□", reason: "blank" });
  });

  it("should read { markdown } as Markdown, and refuse a format that contradicts it", () => {
    expect(parseArticle({ markdown: md }).input).toEqual({ format: "markdown", confidence: 1 });
    expect(() => parseArticle({ markdown: md }, { format: "text" })).toThrow(RangeError);
    expect(() => parseArticle({ markdown: 7 } as never)).toThrow(TypeError);
    expect(() => parseArticle(md, { format: "rtf" as never })).toThrow(RangeError);
  });

  it("should read a string as said by options.format", () => {
    const a = parseArticle(md, { format: "text" });
    expect(a.input).toEqual({ format: "text", confidence: 1 });
    expect(a.text).toContain("**(TTXVN)**");
    const h = parseArticle(
      `<!DOCTYPE html><html><body><article><p>Tiêu đề bài</p><p>${LEAD}</p></article></body></html>`,
    );
    expect(h.input.format).toBe("html");
  });
});

describe("parseArticle structure from HTML", () => {
  it("should give the page's headings and links (targets made absolute) as spans into text", () => {
    const a = parseArticle({
      html: `<article><h1>Tiêu đề bài</h1><p>(TTXVN) - ${LEAD} Xem <a href="/tin/be-mac">bế   mạc</a> và <a href="https://quochoi.vn/luat">luật</a>.</p><h2>Kết quả</h2><p>Nội dung của <a href="javascript:void(0)">nút</a> hội nghị.</p><ul><li>Thông qua nghị quyết thứ nhất.</li><li>Thông qua nghị quyết thứ hai.</li></ul></article>`,
      url: "https://bao.vn/a/b.html",
    });
    expect(a.input).toEqual({ format: "html", confidence: 1 });
    expect(a.headings).toMatchObject([{ level: 2, text: "Kết quả" }]);
    expect(a.links.map((l) => [l.text, l.href])).toEqual([
      ["bế mạc", "https://bao.vn/tin/be-mac"],
      ["luật", "https://quochoi.vn/luat"],
    ]);
    expect(a.lists.map((l) => l.items.map((i) => i.text))).toEqual([
      ["Thông qua nghị quyết thứ nhất.", "Thông qua nghị quyết thứ hai."],
    ]);
    slices(a);
  });
});
