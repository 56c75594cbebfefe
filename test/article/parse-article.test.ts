import { readdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { inputOffset, parseArticle } from "../../src/article/index";
import type { Article, Span } from "../../src/core/types";
import { extractEntities } from "../../src/entities/index";
import { markdownLines } from "../../src/markdown/index";
import { normalize, normalizeWithReport } from "../../src/normalize/index";
import { hasShared, SEED_TEXT, sharedPath } from "../_shared";
import { timeCall } from "../_timing";

const SEED = SEED_TEXT;

const SEED_TAIL = [
  { text: "182 Go top", reason: "go-top" },
  { text: "Hiện tại không có bình chọn nào đang hoạt động.", reason: "poll" },
  { text: "Thống kê truy cập", reason: "visitor-stats" },
  { text: "• Người trực tuyến Người trực tuyến", reason: "visitor-stats" },
  { text: "• Khách Khách 748", reason: "visitor-stats" },
  { text: "• Thành viên Thành viên 0", reason: "visitor-stats" },
  { text: "• Tổng Tổng 748", reason: "visitor-stats" },
  { text: "• Tổng lượt truy cập: Tổng lượt truy cập: 29621682", reason: "visitor-stats" },
];

/** Every span of the article slices back to its text. */
function expectSpansValid(a: Article): void {
  const spans: Span[] = [...a.paragraphs, ...a.sentences, ...a.entities, ...(a.words ?? [])];
  for (const p of a.people) spans.push(...p.mentions);
  for (const s of spans) expect(a.text.slice(s.start, s.end)).toBe(s.text);
}

/** Sorted non-space characters. */
const chars = (s: string) => [...s.replace(/\s+/g, "")].sort().join("");

describe("parseArticle on the seed article", () => {
  const a = parseArticle(SEED);

  it("should read the title, source, date and author", () => {
    expect(a.title).toBe("Triển khai nhiệm vụ công tác tổ chức xây dựng Đảng 6 tháng cuối năm");
    expect(a.source).toEqual({ code: "QTO", name: "Báo Quảng Trị" });
    expect(a.published).toEqual({ date: "2020-07-01", text: "Hôm nay 1/7/2020", from: "header" });
    expect(a.authors).toEqual(["Hồ Nguyên Kha"]);
  });

  it("should keep only the body paragraphs in text", () => {
    expect(a.text.startsWith("(QTO) – Hôm nay 1/7/2020, Ban Tổ chức Trung ương")).toBe(true);
    expect(a.text.endsWith("văn minh và giàu mạnh.")).toBe(true);
    expect(a.text).not.toContain("Hồ Nguyên Kha");
    expect(a.text).not.toContain("Triển khai nhiệm vụ công tác tổ chức xây dựng Đảng 6 tháng cuối năm");
    expect(a.text).not.toMatch(/Go top|Thống kê truy cập|bình chọn/);
    expect(a.paragraphs.length).toBe(15);
    expect(a.paragraphs.map((p) => p.text).join("\n\n")).toBe(a.text);
  });

  it("should list the eight chrome lines of the tail with their reasons, after the title and byline", () => {
    expect(a.removed.filter((r) => r.reason !== "title" && r.reason !== "byline")).toEqual(SEED_TAIL);
    expect(a.removed[0]).toEqual({
      text: "Triển khai nhiệm vụ công tác tổ chức xây dựng Đảng 6 tháng cuối năm",
      reason: "title",
    });
    expect(a.removed[1]).toEqual({ text: "Hồ Nguyên Kha", reason: "byline" });
  });

  it("should report the normalisation and no warnings", () => {
    expect(a.normalization.encoding).toBe("unicode");
    expect(a.normalization.toneStyle).toBe("preserve");
    const report = normalizeWithReport(SEED, { decodeEntities: true }).changes;
    expect(a.normalization.changes).toBe(report.total);
    // the full report: counts by kind, as normalizeWithReport gives them
    expect(a.normalization.report).toEqual(report);
    expect(report.total).toBeGreaterThan(0);
    expect(a.warnings).toEqual([]);
  });

  it("should give spans that slice back and leave words out unless asked", () => {
    expectSpansValid(a);
    expect("words" in a).toBe(false);
    const withWords = parseArticle(SEED, { words: true });
    expect(Array.isArray(withWords.words)).toBe(true);
    expectSpansValid(withWords);
  });

  it("should account for every non-space character of the input in text and removed", () => {
    const norm = normalizeWithReport(SEED, { decodeEntities: true }).text;
    expect(chars(a.text + a.removed.map((r) => r.text).join(""))).toBe(chars(norm));
  });

  it("should give the same article from bytes and from { text }", () => {
    const fromBytes = parseArticle(new TextEncoder().encode(SEED));
    expect({ ...fromBytes, normalization: null }).toEqual({ ...a, normalization: null });
    expect(fromBytes.normalization.encoding).toBe("utf-8");
    // { text } says its format, so the detection's confidence gives way to certainty
    expect(a.input.format).toBe("text");
    expect({ ...parseArticle({ text: SEED }), input: a.input }).toEqual(a);
    expect(parseArticle({ text: SEED }).input).toEqual({ format: "text", confidence: 1 });
  });

  it("should apply the tone style asked for", () => {
    const newer = parseArticle(SEED, { toneStyle: "new" });
    expect(newer.normalization.toneStyle).toBe("new");
    expect(newer.text).toContain("Uỷ viên Bộ Chính trị");
    expect(newer.title).toBe(a.title);
  });

  it("should not mutate its input", () => {
    const bytes = new TextEncoder().encode(SEED);
    const copy = bytes.slice();
    const input = { text: SEED };
    parseArticle(bytes);
    parseArticle(input);
    expect(bytes).toEqual(copy);
    expect(input).toEqual({ text: SEED });
  });
});

describe("parseArticle on hard-wrapped lines", () => {
  const wrapped = [
    "QUYẾT ĐỊNH VỀ VIỆC GIAO NHIỆM VỤ",
    "",
    "Điều 1. Giao Sở Tài chính chủ trì, phối hợp với Ủy ban nhân dân",
    "tỉnh thực hiện Nghị định số 29/2025/NĐ-CP ngày 25",
    "tháng 11 năm 2025 của Chính phủ.",
    "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.",
  ].join("\n");

  it("should read lines a wrap cut mid-sentence as one paragraph, and its sentences and entities whole", () => {
    for (const input of [wrapped, { markdown: wrapped }]) {
      const a = parseArticle(input);
      expect(a.paragraphs.map((p) => p.text)).toEqual([
        "Điều 1. Giao Sở Tài chính chủ trì, phối hợp với Ủy ban nhân dân tỉnh thực hiện Nghị định số 29/2025/NĐ-CP ngày 25 tháng 11 năm 2025 của Chính phủ.",
        "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.",
      ]);
      expect(a.sentences.map((s) => s.text)).toContain(
        "Giao Sở Tài chính chủ trì, phối hợp với Ủy ban nhân dân tỉnh thực hiện Nghị định số 29/2025/NĐ-CP ngày 25 tháng 11 năm 2025 của Chính phủ.",
      );
      expect(a.entities.map((e) => e.text)).toEqual(
        expect.arrayContaining(["Ủy ban nhân dân tỉnh", "25 tháng 11 năm 2025"]),
      );
    }
  });

  it("should map a joined paragraph back to its lines", () => {
    const a = parseArticle(wrapped);
    const date = a.entities.find((e) => e.kind === "date") as (typeof a.entities)[number];
    const from = inputOffset(a, date.start) as number;
    expect(wrapped.slice(from, inputOffset(a, date.end) as number)).toBe("25\ntháng 11 năm 2025");
  });
});

describe("parseArticle header reading", () => {
  it("should read a weekday date stamp line and a labelled byline", () => {
    const a = parseArticle(
      [
        "Hội nghị tổng kết công tác tuyên giáo năm 2024",
        "Thứ Hai, 15/7/2024 10:30",
        "Chiều 15/7, Ban Tuyên giáo Tỉnh ủy tổ chức hội nghị tổng kết công tác tuyên giáo, triển khai nhiệm vụ năm tới.",
        "Hội nghị đã đánh giá kết quả đạt được và chỉ ra những hạn chế cần khắc phục trong thời gian tới.",
        "Tác giả: Minh Anh - Thu Hà",
      ].join("\n"),
    );
    expect(a.title).toBe("Hội nghị tổng kết công tác tuyên giáo năm 2024");
    expect(a.published).toEqual({ date: "2024-07-15", text: "Thứ Hai, 15/7/2024", from: "header" });
    expect(a.authors).toEqual(["Minh Anh", "Thu Hà"]);
    expect(a.source).toBeNull();
    expect(a.text).not.toContain("Tác giả");
  });

  it("should take the source from a known outlet's credit and keep the credit in the body", () => {
    const a = parseArticle(
      "Ủy ban nhân dân tỉnh họp phiên thường kỳ tháng 6, bàn nhiều nội dung quan trọng về kinh tế.\n\nTheo TTXVN",
    );
    expect(a.title).toBeNull();
    expect(a.source).toEqual({ code: "TTXVN", name: "Thông tấn xã Việt Nam" });
    expect(a.text.endsWith("Theo TTXVN")).toBe(true);
  });

  it("should read a bracketless dateline of a known outlet, a time-first stamp and a byline with an outlet", () => {
    const body =
      "Hội nghị thống nhất các nội dung trình Ban Chấp hành Đảng bộ tỉnh tại kỳ họp tới, bảo đảm đúng quy định.";
    const a = parseArticle(
      `Tiêu đề bài viết mới\n\nTTO - Sáng 12/3/2024, Thành ủy họp bàn công tác cán bộ.\n\n${body}\n\nThu Hà (TTXVN)`,
    );
    expect(a.source).toEqual({ code: "TTO", name: "Báo Tuổi Trẻ" });
    expect(a.published).toEqual({ date: "2024-03-12", text: "Sáng 12/3/2024", from: "header" });
    expect(a.authors).toEqual(["Thu Hà"]);
    const b = parseArticle(`Tiêu đề bài viết mới\n\n10:30 | 15/07/2024\n\n${body}\n\nNGUYỄN VĂN AN\n\nTTXVN`);
    expect(b.published).toEqual({ date: "2024-07-15", text: "10:30 | 15/07/2024", from: "header" });
    expect(b.authors).toEqual(["Nguyễn Văn An"]);
    expect(b.source).toEqual({ code: "TTXVN", name: "Thông tấn xã Việt Nam" });
    expect(b.text.endsWith("TTXVN")).toBe(true);
  });

  it("should not take a body sentence or a heading for a byline", () => {
    const a = parseArticle(
      "Tiêu đề bài viết mới\n\nHội nghị thống nhất các nội dung trình Ban Chấp hành Đảng bộ tỉnh tại kỳ họp tới.\n\nKết quả đạt được trong năm 2024 là rất đáng ghi nhận.",
    );
    expect(a.authors).toEqual([]);
    expect(a.paragraphs.length).toBe(2);
    const section = parseArticle(
      "2.3. Thẩm định, thẩm tra\n\na) Thẩm định các đề án về tổ chức bộ máy, biên chế mà Trung ương phân cấp.",
    );
    expect(section.title).toBeNull();
    expect(section.paragraphs.length).toBe(2);
  });

  it("should keep an unknown dateline code as the source code", () => {
    const a = parseArticle("Tiêu đề bài báo\n\n(XYZ) - Ngày 2/9/2025, tỉnh tổ chức lễ kỷ niệm.");
    expect(a.source).toEqual({ code: "XYZ" });
    expect(a.published).toEqual({ date: "2025-09-02", text: "Ngày 2/9/2025", from: "header" });
  });

  it("should use the referenceDate option only when the article states no date", () => {
    const a = parseArticle("Tin ngắn\n\nHôm nay, Bộ Chính trị họp bàn nhiều nội dung quan trọng.", {
      referenceDate: "2024-01-02",
    });
    expect(a.published).toBeNull();
    for (const e of a.entities)
      if (e.kind === "date" && e.text === "Hôm nay") expect(e.value).toBe("2024-01-02");
  });

  it("should read an HTML page through extractHtml and prefer its metadata", () => {
    const html = `<!doctype html><html><head><meta charset="utf-8">
<meta property="og:title" content="Tỉnh ủy họp bàn công tác cán bộ">
<meta property="article:published_time" content="2024-03-12T08:00:00+07:00"></head>
<body><nav><a href="/">Trang chủ</a><a href="/x">Thời sự</a></nav>
<article><h1>Tỉnh ủy họp bàn công tác cán bộ</h1>
<p>(QTO) – Sáng 12/3/2024, Ban Thường vụ Tỉnh ủy họp bàn công tác cán bộ và chuẩn bị đại hội đảng bộ các cấp.</p>
<p>Hội nghị thống nhất các nội dung trình Ban Chấp hành Đảng bộ tỉnh tại kỳ họp tới, bảo đảm đúng quy định.</p>
<p>Thu Hà</p></article></body></html>`;
    const a = parseArticle({ html, url: "https://baoquangtri.vn/tinh-uy-hop-123.htm" });
    expect(a.title).toBe("Tỉnh ủy họp bàn công tác cán bộ");
    expect(a.source).toEqual({
      code: "QTO",
      name: "Báo Quảng Trị",
      url: "https://baoquangtri.vn/tinh-uy-hop-123.htm",
    });
    expect(a.published?.date).toBe("2024-03-12");
    expect(a.authors).toEqual(["Thu Hà"]);
    expect(a.text.startsWith("(QTO) – Sáng 12/3/2024")).toBe(true);
    expect(a.paragraphs.length).toBe(2);
    expectSpansValid(a);
  });
});

describe("parseArticle stages skipped", () => {
  it("should leave a skipped stage's arrays empty, warn nothing and keep every other field", () => {
    const full = parseArticle(SEED);
    const lean = parseArticle(SEED, { sentences: false, entities: false });
    expect(full.sentences.length).toBeGreaterThan(5);
    expect(full.entities.length).toBeGreaterThan(5);
    expect([lean.sentences, lean.entities, lean.titleEntities, lean.people, lean.warnings]).toEqual([
      [],
      [],
      [],
      [],
      [],
    ]);
    const { sentences, entities, titleEntities, people, ...rest } = lean;
    const { sentences: s2, entities: e2, titleEntities: t2, people: p2, ...fullRest } = full;
    expect(rest).toEqual(fullRest);
    expect(() => parseArticle(SEED, { entities: "no" as never })).toThrow(/options.entities to be a boolean/);
  });
});

describe("parseArticle limits and arguments", () => {
  it("should give warnings as { code, message, stage }", () => {
    const html = (head: string) =>
      new TextEncoder().encode(`${head}<p>Quốc hội họp phiên bế mạc hôm nay tại Hà Nội.</p>`);
    const unknown = parseArticle({ html: html('<meta charset="x-nothing">') });
    expect(unknown.warnings).toEqual([
      {
        code: "unknown-charset",
        message: 'unknown charset "x-nothing" declared; read as UTF-8',
        stage: "html",
      },
    ]);
    const bad = Uint8Array.of(...html('<meta charset="utf-8">'), 0xc3, 0x28);
    expect(parseArticle({ html: bad }).warnings.map((w) => [w.code, w.stage])).toEqual([
      ["invalid-utf8", "html"],
    ]);
  });

  it("should process a truncated prefix with a warning when the input is longer than maxInputLength", () => {
    const a = parseArticle(SEED, { maxInputLength: 2000 });
    expect(a.warnings.length).toBe(1);
    expect(a.warnings[0]).toMatchObject({ code: "truncated", stage: "normalize" });
    expect(a.warnings[0].message).toMatch(/maxInputLength/);
    expect(a.removed.filter((r) => r.reason === "truncated").length).toBe(1);
    expect(a.text.length).toBeLessThan(2000);
    const norm = normalizeWithReport(SEED, { decodeEntities: true }).text;
    expect(chars(a.text + a.removed.map((r) => r.text).join(""))).toBe(chars(norm));
    // more than four times the limit: a first cut before normalisation, then the limit
    const b = parseArticle(SEED, { maxInputLength: 1000 });
    expect(b.warnings.length).toBe(2);
    expect(b.removed.filter((r) => r.reason === "truncated").length).toBe(2);
    expect(b.text.length).toBeLessThan(1000);
    const truncated = b.removed.filter((r) => r.reason === "truncated");
    expect(SEED.endsWith(truncated[1].text)).toBe(true);
    expect(truncated[1].text.length).toBe(SEED.length - 4000 + (4000 - SEED.lastIndexOf("\n", 4000)));
  });

  it("should read HTML bytes and cut an HTML page longer than maxInputLength", () => {
    const html = `<article><h1>Tiêu đề bài viết</h1><p>(VOV) - Quốc hội họp phiên bế mạc, thông qua nhiều luật quan trọng.</p></article>`;
    const a = parseArticle({ html: new TextEncoder().encode(html) });
    expect(a.source).toEqual({ code: "VOV", name: "Đài Tiếng nói Việt Nam" });
    const cut = parseArticle(
      { html: `${html}<p>${"x ".repeat(500)}</p>` },
      { maxInputLength: html.length + 10 },
    );
    expect(cut.warnings.some((w) => w.code === "truncated" && w.message.includes("maxInputLength"))).toBe(
      true,
    );
    expect(cut.removed.some((r) => r.reason === "truncated")).toBe(true);
  });

  it("should throw a TypeError naming a wrong input", () => {
    for (const bad of [42, null, undefined, [], {}, { text: 1 }, { html: 5 }, { html: "<p>x</p>", url: 3 }]) {
      expect(() => parseArticle(bad as never)).toThrow(TypeError);
    }
    expect(() => parseArticle(42 as never)).toThrow(
      "vietnews.parseArticle: expected input to be a string, a Uint8Array, { text } or { html, url? }, got a number",
    );
  });

  it("should throw TypeError or RangeError naming a bad option", () => {
    expect(() => parseArticle("x", "opts" as never)).toThrow(/options to be an object/);
    expect(() => parseArticle("x", { toneStyle: "modern" as never })).toThrow(RangeError);
    expect(() => parseArticle("x", { toneStyle: "modern" as never })).toThrow(/"preserve", "old", "new"/);
    expect(() => parseArticle("x", { words: "yes" as never })).toThrow(/options.words to be a boolean/);
    expect(() => parseArticle("x", { referenceDate: 5 as never })).toThrow(TypeError);
    expect(() => parseArticle("x", { referenceDate: "2020-13-01" })).toThrow(RangeError);
    expect(() => parseArticle("x", { referenceDate: new Date(Number.NaN) })).toThrow(RangeError);
    expect(() => parseArticle("x", { maxInputLength: "5" as never })).toThrow(TypeError);
    expect(() => parseArticle("x", { maxInputLength: 0 })).toThrow(RangeError);
    expect(() => parseArticle("x", { maxInputLength: 1.5 })).toThrow(/maxInputLength/);
  });

  it("should read referenceDate as extractEntities does: a time part allowed, a day past the month's end refused", () => {
    const text = "Tiêu đề bài viết\n\nNgày 5/7, Bộ Chính trị họp phiên thường kỳ tại Hà Nội.";
    const date = (e: { kind: string }[]) => e.find((x) => x.kind === "date") as { value: string } | undefined;
    expect(date(parseArticle(text, { referenceDate: "2020-07-01T10:00" }).entities)?.value).toBe(
      "2020-07-05",
    );
    expect(
      date(extractEntities("Ngày 5/7, Bộ Chính trị họp.", { referenceDate: "2020-07-01T10:00" }))?.value,
    ).toBe("2020-07-05");
    for (const bad of ["2020-02-31", "1/7/2020"]) {
      expect(() => parseArticle(text, { referenceDate: bad })).toThrow(RangeError);
      expect(() => extractEntities(text, { referenceDate: bad })).toThrow(RangeError);
    }
  });

  it("should keep the title's entities in titleEntities, with offsets into the title", () => {
    const a = parseArticle({
      markdown:
        "# Thủ tướng Phạm Minh Chính làm việc với Tỉnh ủy Quảng Trị ngày 3/5/2025\n\nSáng nay, đoàn công tác đến tỉnh.\n",
    });
    expect(a.title).toBe("Thủ tướng Phạm Minh Chính làm việc với Tỉnh ủy Quảng Trị ngày 3/5/2025");
    const kinds = a.titleEntities.map((e) => [e.kind, e.text]);
    expect(kinds).toEqual([
      ["official", "Thủ tướng Phạm Minh Chính"],
      ["body", "Tỉnh ủy Quảng Trị"],
      ["date", "3/5/2025"],
    ]);
    for (const e of a.titleEntities) expect(a.title!.slice(e.start, e.end)).toBe(e.text);
    // not repeated among the body's entities
    expect(a.entities.map((e) => e.text)).not.toContain("Tỉnh ủy Quảng Trị");
  });

  it("should take the date a lead opens with when the header gives none, and resolve relative days by it", () => {
    const a = parseArticle(
      "Hội nghị tổng kết công tác tổ chức xây dựng Đảng\n\nSáng 1/7/2020, Ban Tổ chức Tỉnh ủy tổ chức hội nghị tổng kết. Hôm qua, các đại biểu đã thảo luận.",
    );
    expect(a.published).toEqual({ date: "2020-07-01", text: "Sáng 1/7/2020", from: "lead" });
    expect(a.entities.find((e) => e.kind === "date" && e.text === "Hôm qua")).toMatchObject({
      value: "2020-06-30",
    });
    // a lead opening with a document's date is not the article's date
    expect(
      parseArticle(
        "Biểu thuế thu nhập cá nhân\n\nNgày 21/11/2007, Quốc hội ban hành Luật Thuế thu nhập cá nhân.",
      ).published,
    ).toBeNull();
    // a date inside the lead, not at its start, is no publication date
    expect(
      parseArticle("Tiêu đề bài viết\n\nBan Tổ chức Tỉnh ủy họp ngày 1/7/2020 để tổng kết công tác.")
        .published,
    ).toBeNull();
  });

  it("should say a page's metadata date comes from the metadata", () => {
    const a = parseArticle({
      html: '<html><head><meta property="article:published_time" content="2024-06-01T09:30:00+07:00"></head><body><article><h1>Tin</h1><p>Sáng 2/6/2024, Bộ Chính trị họp phiên thường kỳ tại Hà Nội.</p></article></body></html>',
    });
    expect(a.published?.from).toBe("meta");
    expect(a.published?.date).toBe("2024-06-01");
  });

  it("should read a page's authors as people: references decoded, 'Theo' dropped, a site name not taken", () => {
    const page = (author: string, byline = "") =>
      `<html><head><meta name="author" content="${author}"><meta property="og:site_name" content="Báo Quảng Trị"></head><body><article><h1>Tiêu đề bài viết</h1><p>(QTO) - Sáng nay, Ban Tổ chức Tỉnh ủy tổ chức hội nghị tổng kết công tác năm.</p><p>Các đại biểu đã thảo luận và thống nhất nhiều nội dung quan trọng.</p>${byline}</article></body></html>`;
    expect(parseArticle({ html: page("NG&amp;#7884;C ANH") }).authors).toEqual(["Ngọc Anh"]);
    expect(parseArticle({ html: page("Theo Thu Hà") }).authors).toEqual(["Thu Hà"]);
    // the site's or an outlet's name in the metadata does not replace the person the byline names
    expect(parseArticle({ html: page("Báo Quảng Trị", "<p>Hồ Nguyên Kha</p>") }).authors).toEqual([
      "Hồ Nguyên Kha",
    ]);
    expect(parseArticle({ html: page("TTXVN", "<p>Minh Anh</p>") }).authors).toEqual(["Minh Anh"]);
  });

  it("should give every field on empty input", () => {
    expect(parseArticle("")).toEqual({
      title: null,
      source: null,
      published: null,
      authors: [],
      text: "",
      paragraphs: [],
      sentences: [],
      entities: [],
      titleEntities: [],
      people: [],
      removed: [],
      normalization: {
        encoding: "unicode",
        toneStyle: "preserve",
        changes: 0,
        report: normalizeWithReport("").changes,
      },
      warnings: [],
      input: { format: "text", confidence: 0.82 },
      headings: [],
      links: [],
      tables: [],
      lists: [],
      inputMap: [],
    });
  });
});

describe("parseArticle properties", () => {
  const line = fc.oneof(
    fc.string({ maxLength: 60 }),
    fc.string({ unit: "binary", maxLength: 40 }),
    fc.constantFrom(
      "(QTO) – Hôm nay 1/7/2020, Bộ Chính trị họp.",
      "Hồ Nguyên Kha",
      "182 Go top",
      "• Khách Khách 748",
      "Theo TTXVN",
      "{title}",
      "Tin liên quan",
      "\u200b\u00a0&nbsp;",
      "Ủy ban nhân dân tỉnh Quảng Trị tổ chức hội nghị, đánh giá kết quả 6 tháng đầu năm 2020.",
    ),
  );
  // a Vietnamese letter keeps legacy-encoding detection out of the way, so the normalised input is known
  const page = fc.array(line, { maxLength: 25 }).map((ls) => ["Đảng", ...ls].join("\n"));

  it("should never throw, be deterministic, keep spans valid and account for every character", () => {
    fc.assert(
      fc.property(page, (text) => {
        const a = parseArticle(text, { words: true });
        expect(JSON.stringify(parseArticle(text, { words: true }))).toBe(JSON.stringify(a));
        expectSpansValid(a);
        const norm = normalizeWithReport(text, { decodeEntities: true }).text;
        expect(chars(a.text + a.removed.map((r) => r.text).join(""))).toBe(chars(norm));
        for (const key of [
          "title",
          "source",
          "published",
          "authors",
          "paragraphs",
          "sentences",
          "entities",
          "people",
          "removed",
          "normalization",
          "warnings",
        ]) {
          expect(key in a).toBe(true);
        }
      }),
      { numRuns: 150 },
    );
  });

  it("should never throw on any string or bytes", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: "binary", maxLength: 300 }),
        fc.uint8Array({ maxLength: 300 }),
        (s, b) => {
          parseArticle(s);
          parseArticle(b);
          parseArticle({ html: s });
        },
      ),
      { numRuns: 150 },
    );
  });

  it("should handle lone surrogates, control characters and long lines", () => {
    for (const s of [
      "\ud800abc\udfff",
      "\u0000\u0001\u001b[31m",
      "\u202eRTL\u202c",
      "x".repeat(200_000),
      "a\n".repeat(20_000),
    ]) {
      const a = parseArticle(s);
      expectSpansValid(a);
    }
  });
});

describe("parseArticle is linear on adversarial input", () => {
  const cases: [string, (n: number) => string][] = [
    ["many short lines", (n) => "Trang chủ\n".repeat(n / 10)],
    ["doubled labels", (n) => "Khách Khách 1\n".repeat(n / 14)],
    ["digits and slashes", (n) => "1/7/2020/".repeat(n / 9)],
    ["datelines", (n) => "(QTO) – Hôm nay 1/7/\n".repeat(n / 21)],
    ["capitalised names", (n) => "Hồ Nguyên Kha ".repeat(n / 14)],
  ];
  // min of 3 runs; each run calls the function `reps` times and reports the time per call, so a
  // short input is timed over a span as long as the large one's (a loaded machine slices both alike)
  const time = (s: string, reps: number) => timeCall(() => parseArticle(s), { calls: reps }).wall;
  for (const [name, make] of cases) {
    it(`should scale linearly on ${name}`, () => {
      time(make(100_000), 1);
      const small = time(make(10_000), 10);
      const large = time(make(100_000), 1);
      expect(large).toBeLessThan(Math.max(small, 0.1) * 30);
    });
  }
});

describe.skipIf(!hasShared)("parseArticle on the gold dev set", () => {
  it("should keep every gold content line in the article and no gold chrome line in text", () => {
    const dir = sharedPath("dev");
    for (const f of readdirSync(dir).filter((x) => x.endsWith(".json"))) {
      const g = JSON.parse(readFileSync(resolve(dir, f), "utf8")) as { text: string; chrome: string[] };
      const a = parseArticle(g.text);
      const chrome = new Set(g.chrome.map((c) => c.trim()));
      // a line the gold marks chrome in one copy and content in another (a repeated sapo) is checked as content
      const lines = g.text.split("\n");
      const chromeCount = new Map<string, number>();
      for (const c of g.chrome) chromeCount.set(c.trim(), (chromeCount.get(c.trim()) ?? 0) + 1);
      const both = new Set(
        lines
          .map((l) => l.trim())
          .filter(
            (t, _i, all) => chrome.has(t) && all.filter((x) => x === t).length > (chromeCount.get(t) ?? 0),
          ),
      );
      const kept = new Set([...a.paragraphs.map((p) => p.text), a.title ?? ""]);
      // an article read as Markdown keeps each gold line rendered, without its markup
      const rendered = a.input.format === "markdown" ? markdownLines(normalize(g.text)) : null;
      const moved = new Set(
        a.removed.filter((r) => r.reason === "title" || r.reason === "byline").map((r) => r.text),
      );
      for (const [li, raw] of lines.entries()) {
        const t = raw.trim();
        if (!/[\p{L}\p{N}]/u.test(t)) continue;
        const n = rendered ? rendered[li].text : normalizeWithReport(t, { decodeEntities: true }).text.trim();
        if (chrome.has(t) && !both.has(t)) expect(kept.has(n), `${f}: chrome kept: ${t}`).toBe(false);
        else expect(kept.has(n) || moved.has(n), `${f}: content lost: ${t}`).toBe(true);
      }
      expectSpansValid(a);
    }
  });
});
