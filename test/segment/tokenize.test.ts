import { describe, expect, it } from "vitest";
import { tokenize } from "../../src/segment/tokenize";

const kinds = (s: string) => tokenize(s).map((t) => `${t.text}|${t.kind}`);
const kindOf = (s: string, token: string) => tokenize(s).find((t) => t.text === token)?.kind;

describe("tokenize", () => {
  it("should split Vietnamese syllables, numbers and punctuation", () => {
    expect(kinds("Hôm nay, 35 người.")).toEqual([
      "Hôm|syllable",
      "nay|syllable",
      ",|punctuation",
      "35|number",
      "người|syllable",
      ".|punctuation",
    ]);
  });
  it("should keep document numbers whole as codes", () => {
    for (const code of ["35-CT/TW", "138/2020/NĐ-CP", "1234/QĐ-TTg", "01/2020/TT-BNV", "18-NQ/TW", "NĐ-CP"]) {
      expect(kindOf(`Theo văn bản ${code}, ngày nay`, code)).toBe("code");
    }
  });
  it("should mark initialisms and dotted abbreviations as abbreviations", () => {
    expect(kindOf("HĐND tỉnh", "HĐND")).toBe("abbreviation");
    expect(kindOf("UBND huyện", "UBND")).toBe("abbreviation");
    expect(kindOf("tại TP.HCM hôm qua", "TP.HCM")).toBe("abbreviation");
    expect(kindOf("TP. Đông Hà", "TP.")).toBe("abbreviation");
    expect(kindOf("PGS.TS. Lê Văn A", "PGS.TS.")).toBe("abbreviation");
    expect(kindOf("gạo, muối v.v. đều tăng", "v.v.")).toBe("abbreviation");
    expect(kindOf("Ông TTXVN", "TTXVN")).toBe("abbreviation");
  });
  it("should keep all-capital words that are Vietnamese syllables as syllables", () => {
    expect(kinds("HỒ NGUYÊN KHA")).toEqual(["HỒ|syllable", "NGUYÊN|syllable", "KHA|syllable"]);
  });
  it("should recognise dates, times and percentages", () => {
    expect(kindOf("ngày 1/7/2020 tới", "1/7/2020")).toBe("date");
    expect(kindOf("ngày 01-7-2020 tới", "01-7-2020")).toBe("date");
    expect(kindOf("ngày 1.7.2020 tới", "1.7.2020")).toBe("date");
    expect(kindOf("tháng 7/2020 tới", "7/2020")).toBe("date");
    expect(kindOf("lúc 14h30 sáng", "14h30")).toBe("time");
    expect(kindOf("lúc 14:30 sáng", "14:30")).toBe("time");
    expect(kindOf("tăng 3,5% so với", "3,5%")).toBe("percent");
  });
  it("should not read impossible dates as dates", () => {
    expect(kindOf("mã 45/13/2020 x", "45/13/2020")).not.toBe("date");
    expect(kindOf("số 1.700.000 đồng", "1.700.000")).toBe("number");
  });
  it("should keep grouped and decimal numbers whole", () => {
    expect(kindOf("có 29.621.682 lượt", "29.621.682")).toBe("number");
    expect(kindOf("đạt 3,5 điểm", "3,5")).toBe("number");
    expect(kindOf("1,000 people", "1,000")).toBe("number");
  });
  it("should find URLs and e-mail addresses without trailing punctuation", () => {
    expect(kinds("(xem https://baoquangtri.vn/a-b.htm).")).toEqual([
      "(|punctuation",
      "xem|syllable",
      "https://baoquangtri.vn/a-b.htm|url",
      ")|punctuation",
      ".|punctuation",
    ]);
    expect(kindOf("Trang baoquangtri.vn đưa tin", "baoquangtri.vn")).toBe("url");
    expect(kindOf("www.quangtri.gov.vn.", "www.quangtri.gov.vn")).toBe("url");
    expect(kindOf("Gửi về toasoan@baoquangtri.vn.", "toasoan@baoquangtri.vn")).toBe("email");
  });
  it("should keep an ellipsis of dots as one punctuation token", () => {
    expect(kinds("chờ... rồi…")).toEqual([
      "chờ|syllable",
      "...|punctuation",
      "rồi|syllable",
      "…|punctuation",
    ]);
  });
  it("should read Roman numerals of two or more letters as numbers", () => {
    expect(kinds("khóa XII, XIV và XV")).toEqual([
      "khóa|syllable",
      "XII|number",
      ",|punctuation",
      "XIV|number",
      "và|syllable",
      "XV|number",
    ]);
    expect(kindOf("Ông MC", "MC")).toBe("abbreviation");
  });
  it("should keep letter-digit codes whole", () => {
    expect(kindOf("phòng chống COVID-19 nay", "COVID-19")).toBe("code");
    expect(kindOf("cúm H5N1 lan", "H5N1")).toBe("code");
  });
  it("should tokenize NFD input with combining marks inside the syllable", () => {
    const nfd = "Tiếng Việt".normalize("NFD");
    expect(tokenize(nfd).map((t) => t.text)).toEqual(nfd.split(" "));
  });
  it("should emit symbols and emoji as one token each", () => {
    expect(kinds("a + b 😀")).toEqual(["a|syllable", "+|symbol", "b|syllable", "😀|symbol"]);
  });
  it("should throw a TypeError naming the function on a non-string", () => {
    expect(() => tokenize(5 as unknown as string)).toThrow(TypeError);
    expect(() => tokenize(null as unknown as string)).toThrow(
      /vietnews.tokenize: expected text to be a string, got null/,
    );
  });
});
