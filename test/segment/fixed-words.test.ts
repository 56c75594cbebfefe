import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/article/index";
import { segmentWords } from "../../src/segment/index";
import { SEED_TEXT } from "../_shared";

const seed = SEED_TEXT;
const LIST = ["học máy", "Viện Nghiên Cứu", "trí tuệ nhân tạo", "xử lý ngôn ngữ tự nhiên"];
const words = (text: string, fixedWords?: string[]) =>
  segmentWords(text, fixedWords ? { fixedWords } : undefined).map((w) => w.text);

describe("segmentWords with fixedWords", () => {
  it("should keep each listed word whole, in any tone-mark style and case", () => {
    const text = "Viện nghiên cứu trí tuệ nhân tạo dùng HỌC MÁY để xử lý ngôn ngữ tự nhiên.";
    const got = words(text, LIST);
    expect(got).toEqual([
      "Viện nghiên cứu",
      "trí tuệ nhân tạo",
      "dùng",
      "HỌC MÁY",
      "để",
      "xử lý ngôn ngữ tự nhiên",
      ".",
    ]);
    // old and new tone placement match alike ("hoà"/"hòa", "Uỷ"/"Ủy")
    expect(words("hội đồng hoà giải của Uỷ ban", ["hòa giải", "ủy ban"])).toEqual([
      "hội đồng",
      "hoà giải",
      "của",
      "Uỷ ban",
    ]);
  });

  it("should take the first listed word that starts, the longer one there, and keep a one-syllable entry alone", () => {
    expect(words("trí tuệ nhân tạo", ["trí tuệ", "trí tuệ nhân tạo", "nhân tạo"])).toEqual([
      "trí tuệ nhân tạo",
    ]);
    expect(words("trí tuệ nhân tạo", ["tuệ nhân", "trí tuệ"])).toEqual(["trí tuệ", "nhân tạo"]);
    // "Ủy ban nhân dân" is one word to the model; a listed "ủy" stands alone
    expect(words("Ủy ban nhân dân tỉnh", ["ủy"])[0]).toBe("Ủy");
  });

  it("should change nothing else: text without a listed word segments as without the list", () => {
    expect(words(seed, LIST)).toEqual(words(seed));
    // a listed word never crosses punctuation or a line break
    expect(words("học, máy\nhọc\nmáy", ["học máy"])).toEqual(words("học, máy\nhọc\nmáy"));
  });

  it("should pass through parseArticle's words, and refuse a list that is not of strings", () => {
    const a = parseArticle("Tiêu đề\n\nNhóm học máy của trường.", { words: true, fixedWords: ["học máy"] });
    expect(a.words?.map((w) => w.text)).toContain("học máy");
    expect(() => segmentWords("a", { fixedWords: "học máy" as never })).toThrow(
      /fixedWords to be an array of strings/,
    );
    expect(() => parseArticle("a", { words: true, fixedWords: [1] as never })).toThrow(TypeError);
  });
});
