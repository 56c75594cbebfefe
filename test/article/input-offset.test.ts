// inputOffset and inputSpan: from the clean text back to the input, through normalisation, chrome
// removal and Markdown rendering. The property suite (test/reliability/properties.ts) checks the
// same promise on generated text; these pin the cases one by one and the dev set.
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { inputOffset, inputSpan, parseArticle } from "../../src/article/index";
import type { Article } from "../../src/core/types";
import { normalize } from "../../src/normalize/index";
import { hasShared, SEED_TEXT, sharedPath } from "../_shared";

const seed = SEED_TEXT;
const lettersOf = (s: string) => s.replace(/[^\p{L}\p{N}]/gu, "").toLowerCase();

/** The input between the offsets of a span's start and end. */
const back = (input: string, a: Article, s: { start: number; end: number }) =>
  input.slice(inputOffset(a, s.start) as number, inputOffset(a, s.end) as number);

/**
 * Every entity of `a` maps back to input that normalises to it (for Markdown, on letters and
 * digits); for plain text, every paragraph too (a Markdown paragraph's input holds its link targets).
 */
function expectWayBack(input: string, a: Article, toneStyle: "preserve" | "old" | "new" = "preserve"): void {
  const md = a.input.format === "markdown";
  for (const e of md ? a.entities : [...a.entities, ...a.paragraphs]) {
    const got = normalize(back(input, a, e), { toneStyle, decodeEntities: true });
    if (md) expect(lettersOf(got), e.text).toBe(lettersOf(e.text));
    else expect(got, e.text).toBe(e.text);
  }
}

describe("inputOffset", () => {
  it("should map the seed article's entities and paragraphs back to the input", () => {
    const a = parseArticle(seed);
    expect(a.entities.length).toBeGreaterThan(20);
    expectWayBack(seed, a);
    // the title line and the byline left the text; the first paragraph starts after the title
    expect(inputOffset(a, 0)).toBe(seed.indexOf(a.paragraphs[0].text.slice(0, 20)));
  });

  it("should go back through normalisation: decomposed marks, moved tones, doubled spaces, invisible characters", () => {
    const input =
      "Tiêu đề\n\nSáng 1/7/2020, Ban Tổ chức Trung ương  hoà giải\u200b với Bí thư Tỉnh uỷ Lê Quang Tu\u0300ng.";
    const a = parseArticle(input, { toneStyle: "old" });
    expect(a.text).toBe("Sáng 1/7/2020, Ban Tổ chức Trung ương hòa giải với Bí thư Tỉnh ủy Lê Quang Tùng.");
    expectWayBack(input, a, "old");
    const official = a.entities.find((e) => e.kind === "official") as Article["entities"][number];
    // the name's last letter was a "u" and a combining grave: its end takes the mark in
    expect(back(input, a, official)).toBe("Bí thư Tỉnh uỷ Lê Quang Tu\u0300ng");
  });

  it("should go back through chrome removal to the lines the paragraphs were read from", () => {
    const input =
      "Tiêu đề bài\n\nChia sẻ bài viết\nBộ Chính trị họp sáng nay.\nXem thêm: Tin mới\n\nQuốc hội bế mạc kỳ họp.";
    const a = parseArticle(input);
    expect(a.paragraphs.map((p) => back(input, a, p))).toEqual(a.paragraphs.map((p) => p.text));
    // an offset between two paragraphs of the text, after the first: the end of what was read
    const first = a.paragraphs[0];
    expect(inputOffset(a, first.end)).toBe(input.indexOf(first.text) + first.text.length);
  });

  it("should go back through Markdown: emphasis, links and their targets, table pipes, entities in a reference", () => {
    const input = [
      "# Hội nghị",
      "",
      "Sáng nay, **Bộ Chính trị** họp; [Ban Bí thư](https://x.vn/ban-bi-thu) dự.",
      "",
      "| Chức vụ | Họ tên |",
      "|---|---|",
      "| Tổng Bí thư | Tô Lâm |",
      "",
      "Theo s*ố* liệu của Ủy ban Kiểm tra Trung ương, Ngh&#7883; quyết 18-NQ/TW.",
    ].join("\n");
    const a = parseArticle(input, { format: "markdown" });
    expectWayBack(input, a);
    const body = a.entities.find((e) => e.text === "Ban Bí thư") as Article["entities"][number];
    expect(back(input, a, body)).toBe("Ban Bí thư");
    // a sentence that ends with a link: its end is after the link's target and the full stop
    const s = inputSpan(a, a.sentences[0]) as { start: number; end: number };
    expect(input.slice(s.start, s.end)).toBe(
      "Sáng nay, **Bộ Chính trị** họp; [Ban Bí thư](https://x.vn/ban-bi-thu) dự.",
    );
    const row = a.tables[0];
    expect(back(input, a, row)).toBe("Chức vụ | Họ tên |\n|---|---|\n| Tổng Bí thư | Tô Lâm");
    // a reference spelled out and the same words unmarked in a URL: the reference is read
    const doc = a.entities.find((e) => e.kind === "document") as Article["entities"][number];
    expect(back(input, a, doc)).toBe("Ngh&#7883; quyết 18-NQ/TW");
  });

  it("should go back through a table cell that ends with an invisible character (the input's, not the text's)", () => {
    // a zero-width space before a cell's pipe: the aligner once looped on it for ever
    const input =
      "Tiêu đề\n\n| Số | Văn bản | Ngày |\n|---|---|---|\n| 1 | Quyết định số 1211/QĐ-TTPVHCC\u200b | 22/8/2025\u200b |\n";
    const a = parseArticle(input, { format: "markdown" });
    expectWayBack(input, a);
    const doc = a.entities.find((e) => e.kind === "document") as Article["entities"][number];
    expect(back(input, a, doc)).toBe("Quyết định số 1211/QĐ-TTPVHCC\u200b");
  });

  it("should not skip text to find a word that has markup inside it, as the same word written later", () => {
    const input =
      "Tiêu đề\n\nNgười đọc bản *Sơ thảo những luận* c*ương về dân tộc* của Lênin, tháng 7-1920. Luận cương đã mang lại **ánh sáng**.";
    const a = parseArticle(input, { format: "markdown" });
    const date = a.entities.find((e) => e.kind === "date") as Article["entities"][number];
    expect(back(input, a, date)).toBe("tháng 7-1920");
    expectWayBack(input, a);
  });

  it("should go back to an HTML page: through tags, attributes, character references, cells", () => {
    const page = [
      "<html><head><title>Tin | Báo</title></head><body><nav><a href='/'>Trang chủ</a></nav><article>",
      "<h1>Bộ Chính trị họp phiên thường kỳ</h1>",
      '<p>Sáng 1/7/2020, <a title="Ban Bí thư Trung ương" href="/bbt">Ban Bí thư</a> và <b>Bộ</b> Chính&nbsp;trị họp.</p>',
      "<p>Phó Bí thư Thường trực Tỉnh &#7911;y Nguyễn Đăng Quang<br>phát biểu chỉ đạo hội nghị.</p>",
      "<table><tr><td>Chủ tịch</td><td>Nguyễn Hữu Thọ</td></tr></table>",
      "</article></body></html>",
    ].join("\n");
    for (const input of [{ html: page }, { html: new TextEncoder().encode(page) }]) {
      const a = parseArticle(input);
      expect(a.entities.length).toBeGreaterThan(5);
      // on letters and digits, with the page's tags read as spaces and its references decoded
      const visible = (s: { start: number; end: number }) =>
        lettersOf(normalize(back(page, a, s).replace(/<[^<>]*>/g, " "), { decodeEntities: true }));
      for (const e of [...a.entities, ...a.paragraphs]) expect(visible(e), e.text).toBe(lettersOf(e.text));
      // a link's title attribute says "Ban Bí thư" first: the entity is the anchor text after it
      const body = a.entities.find((e) => e.text === "Ban Bí thư") as Article["entities"][number];
      expect(back(page, a, body)).toBe("Ban Bí thư");
      expect(
        page.slice((inputOffset(a, body.start) as number) - 2, inputOffset(a, body.start) as number),
      ).toBe('">');
      const cells = a.entities.find(
        (e) => e.kind === "official" && e.text.includes("\t"),
      ) as Article["entities"][number];
      expect(back(page, a, cells)).toBe("Chủ tịch</td><td>Nguyễn Hữu Thọ");
    }
  });

  it("should give null without positions (a legacy-encoded page, inputMap: false), and a TypeError or RangeError for bad arguments", () => {
    // a TCVN3 page saved as text: its blocks are decoded, so they are not the page's characters
    const legacy = parseArticle({
      html: "<article><p>Ti\u00eau \u00ae\u00ab</p><p>Bé ChÝnh trÞ häp s\u00b8ng nay t\u00b9i Hµ Néi víi c\u00b8c ®¹i biÓu.</p></article>",
    });
    expect(legacy.normalization.encoding).toBe("tcvn3");
    expect(legacy.inputMap).toBe(null);
    expect(inputOffset(legacy, 0)).toBe(null);
    expect(inputSpan(legacy, { start: 0, end: 1 })).toBe(null);
    expect(parseArticle(seed, { inputMap: false }).inputMap).toBe(null);
    const a = parseArticle(seed);
    expect(() => inputOffset(a, a.text.length + 1)).toThrow(RangeError);
    expect(() => inputOffset(a, 1.5)).toThrow(/offset to be an integer/);
    expect(() => inputOffset({} as never, 0)).toThrow(TypeError);
    expect(() => inputSpan(a, { start: 5, end: 2 })).toThrow(RangeError);
    expect(() => inputSpan(a, { start: "0" } as never)).toThrow(/span to be \{ start, end \}/);
  });

  describe.skipIf(!hasShared)("the dev set in ../shared", () => {
    const files = hasShared ? readdirSync(sharedPath("dev")).filter((f) => f.endsWith(".json")) : [];
    it.each(files)("should map every entity and paragraph of %s back to the input", (file) => {
      const { text } = JSON.parse(readFileSync(sharedPath("dev", file), "utf8")) as { text: string };
      expectWayBack(text, parseArticle(text));
      expectWayBack(text, parseArticle(text, { format: "text" }));
    });
  });
});
