import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { splitParagraphs } from "../../src/segment/split-paragraphs";

const seed = readFileSync(
  resolve(dirname(fileURLToPath(import.meta.url)), "../../examples/quang-tri-party-building.txt"),
  "utf8",
);
const texts = (s: string, o?: Parameters<typeof splitParagraphs>[1]) =>
  splitParagraphs(s, o).map((p) => p.text);

describe("splitParagraphs", () => {
  it("should split at blank lines and trim each paragraph", () => {
    expect(texts("  Một.  \n\n\tHai. \n")).toEqual(["Một.", "Hai."]);
  });
  it("should treat a line of only spaces or NBSP as blank", () => {
    const text = "Một.\n\u00a0\u00a0 \nHai.\n \u200b\nBa.";
    expect(texts(text)).toEqual(["Một.", "Hai.", "Ba."]);
  });
  it("should make every line a paragraph by default, as scraped articles store them", () => {
    expect(texts("Tiêu đề\n(QTO) – Thân bài.\nHồ Nguyên Kha")).toEqual([
      "Tiêu đề",
      "(QTO) – Thân bài.",
      "Hồ Nguyên Kha",
    ]);
  });
  it("should keep hard-wrapped lines together with breaks: 'blank'", () => {
    const text = "Dòng một của đoạn\ndòng hai của đoạn.\n\u00a0\nĐoạn sau.";
    expect(texts(text, { breaks: "blank" })).toEqual(["Dòng một của đoạn\ndòng hai của đoạn.", "Đoạn sau."]);
  });
  it("should handle CRLF and CR line ends", () => {
    expect(texts("Một.\r\n\r\nHai.\rBa.")).toEqual(["Một.", "Hai.", "Ba."]);
  });
  it("should give spans that slice back to their text", () => {
    for (const p of splitParagraphs(seed)) expect(seed.slice(p.start, p.end)).toBe(p.text);
  });
  it("should find the seed article's title, 15 body paragraphs and byline in order", () => {
    const paras = texts(seed);
    expect(paras[0]).toBe("Triển khai nhiệm vụ công tác tổ chức xây dựng Đảng 6 tháng cuối năm");
    expect(paras[1].startsWith("(QTO) – Hôm nay 1/7/2020")).toBe(true);
    expect(paras[15].startsWith("Làm thế nào để chọn lựa")).toBe(true);
    expect(paras[16]).toBe("Hồ Nguyên Kha");
    expect(paras.some((p) => p.trim() === "" || p !== p.trim())).toBe(false);
  });
  it("should join only a line a hard wrap cut mid-sentence with breaks: 'wrapped'", () => {
    const text = [
      "Điều 3. Các sở, ban, ngành thực hiện theo quy định của",
      "pháp luật hiện hành, 12",
      "tháng 11 năm 2025.",
      "Điều 4. Hiệu lực thi hành",
      "a) Quyết định này có hiệu lực",
      "b) kể từ ngày ký",
      "Tiêu đề không dấu câu",
      "",
      "đoạn sau dòng trống.",
      "Căn cứ Nghị định số",
      "08/2015/NĐ-CP;",
      "Quốc gia Pháp",
      "7,3",
    ].join("\n");
    expect(texts(text, { breaks: "wrapped" })).toEqual([
      // a letter, a digit or a comma before a lower-case opening: one paragraph, its line breaks kept
      "Điều 3. Các sở, ban, ngành thực hiện theo quy định của\npháp luật hiện hành, 12\ntháng 11 năm 2025.",
      // a capital opens a paragraph; a clause marker ("a)", "b)") opens one; a blank line ends one
      "Điều 4. Hiệu lực thi hành",
      "a) Quyết định này có hiệu lực",
      "b) kể từ ngày ký",
      "Tiêu đề không dấu câu",
      "đoạn sau dòng trống.",
      // a number after a lower-case word goes on; after a name ("Pháp", a table's cell) it does not
      "Căn cứ Nghị định số\n08/2015/NĐ-CP;",
      "Quốc gia Pháp",
      "7,3",
    ]);
  });

  it("should return nothing for empty or blank input", () => {
    expect(splitParagraphs("")).toEqual([]);
    expect(splitParagraphs(" \n\u00a0\n\t")).toEqual([]);
  });
  it("should throw a TypeError on a non-string and a RangeError on an unknown option value", () => {
    expect(() => splitParagraphs(1 as unknown as string)).toThrow(TypeError);
    expect(() => splitParagraphs(1 as unknown as string)).toThrow(
      /splitParagraphs: expected text to be a string/,
    );
    expect(() => splitParagraphs("a", "x" as never)).toThrow(TypeError);
    expect(() => splitParagraphs("a", { breaks: "page" as never })).toThrow(RangeError);
    expect(() => splitParagraphs("a", { breaks: "page" as never })).toThrow(/"line", "blank", "wrapped"/);
  });
});
