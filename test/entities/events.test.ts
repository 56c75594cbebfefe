import { describe, expect, it } from "vitest";
import { findEvents } from "../../src/entities/index";

const pick = (text: string) => findEvents(text).map((e) => [e.text, e.event, e.ordinal, e.term]);

describe("findEvents", () => {
  it("should read plenums with the term in the span", () => {
    expect(pick("trình Hội nghị Trung ương 12, khóa XII và")).toEqual([
      ["Hội nghị Trung ương 12, khóa XII", "plenum", 12, 12],
    ]);
    expect(pick("Hội nghị lần thứ 14 Ban Chấp hành Trung ương Đảng khóa XII")).toEqual([
      ["Hội nghị lần thứ 14 Ban Chấp hành Trung ương Đảng khóa XII", "plenum", 14, 12],
    ]);
    expect(pick("Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 15, khóa XVII")[0]).toEqual([
      "Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 15, khóa XVII",
      "plenum",
      15,
      17,
    ]);
  });

  it("should split a list of plenums into one mention each, the term on all", () => {
    expect(pick("của Hội nghị Trung ương 4, 6, 7, 8 khóa XII của Đảng gắn với")).toEqual([
      ["Hội nghị Trung ương 4", "plenum", 4, 12],
      ["6", "plenum", 6, 12],
      ["7", "plenum", 7, 12],
      ["8 khóa XII của Đảng", "plenum", 8, 12],
    ]);
  });

  it("should read a bare numbered plenum only after a Ban Chấp hành in the clause", () => {
    expect(pick("Ban Chấp hành Trung ương Đảng khoá II họp Hội nghị lần thứ 14.")).toEqual([
      ["Hội nghị lần thứ 14", "plenum", 14, 2],
    ]);
    expect(pick("Công ty tổ chức Hội nghị lần thứ 3 với khách hàng.")).toEqual([]);
  });

  it("should read congresses in Roman and Arabic numerals and words", () => {
    expect(pick("chuẩn bị cho Đại hội XIII của Đảng.")).toEqual([
      ["Đại hội XIII của Đảng", "congress", 13, null],
    ]);
    expect(pick("Đại hội đại biểu toàn quốc lần thứ XIII")).toEqual([
      ["Đại hội đại biểu toàn quốc lần thứ XIII", "congress", 13, null],
    ]);
    expect(pick("ĐHĐB toàn quốc lần thứ 13")[0][2]).toBe(13);
    expect(pick("Đại hội Đảng bộ tỉnh lần thứ nhất")[0][2]).toBe(1);
  });

  it("should read sessions, with the term from the same clause", () => {
    expect(pick("kỳ họp thứ 9, Quốc hội khóa XIV thông qua")).toEqual([
      ["kỳ họp thứ 9, Quốc hội khóa XIV", "session", 9, 14],
    ]);
    expect(pick("Quốc hội khóa XV, Kỳ họp thứ 10 thông qua")).toEqual([["Kỳ họp thứ 10", "session", 10, 15]]);
    expect(pick("Chiều 26/6, tiếp tục Kỳ họp thứ 9, dưới sự")).toEqual([
      ["Kỳ họp thứ 9", "session", 9, null],
    ]);
    expect(pick("Phiên họp thứ 42 của Ủy ban Thường vụ Quốc hội")).toEqual([
      ["Phiên họp thứ 42", "session", 42, null],
    ]);
    expect(pick("Kỳ họp bất thường lần thứ 9 của Quốc hội khóa XV")).toEqual([
      ["Kỳ họp bất thường lần thứ 9 của Quốc hội khóa XV", "session", 9, 15],
    ]);
  });

  it("should read ordinal words in any case and Khóa with a capital", () => {
    expect(pick("khai mạc Kỳ họp thứ Bảy, Quốc hội Khóa XIV tại Hà Nội")).toEqual([
      ["Kỳ họp thứ Bảy, Quốc hội Khóa XIV", "session", 7, 14],
    ]);
    expect(pick("Đại hội Đảng bộ xã lần thứ Hai đã bầu")[0].slice(2)).toEqual([2, null]);
    expect(pick("tại Hội nghị lần thứ ba Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam (Khóa VI)")).toEqual(
      [["Hội nghị lần thứ ba Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam (Khóa VI)", "plenum", 3, 6]],
    );
    // a word numeral before a year is the year ("năm 2019"), not an ordinal
    expect(pick("Hội nghị Trung ương năm 2019 bàn về")).toEqual([]);
  });

  it("should read the first plenum, a congress named by its term, and the term later in the clause", () => {
    expect(pick("Ban chấp hành Đảng bộ huyện bầu Bí thư tại Hội nghị đầu tiên sau đại hội")).toEqual([
      ["Hội nghị đầu tiên", "plenum", 1, null],
    ]);
    expect(pick("Hội nghị đầu tiên của mạng lưới đô thị ASEAN")).toEqual([]);
    expect(pick("được bầu tại Đại hội Đại biểu toàn quốc Đảng Cộng sản Việt Nam khóa XII, ông")).toEqual([
      ["Đại hội Đại biểu toàn quốc Đảng Cộng sản Việt Nam khóa XII", "congress", 12, 12],
    ]);
    expect(pick("tại kỳ họp thứ 6 bà được Quốc hội khóa XV phê chuẩn")).toEqual([
      ["kỳ họp thứ 6", "session", 6, 15],
    ]);
    // not across a comma, and not a deputy's term
    expect(pick("tại kỳ họp thứ 6, bà được Quốc hội khóa XV phê chuẩn")[0][3]).toBeNull();
    expect(pick("tại kỳ họp thứ 6 các đại biểu Quốc hội khóa XV chất vấn")[0][3]).toBeNull();
  });

  it("should leave out congresses of bodies outside the Party and the state", () => {
    expect(pick("Hội Nông dân tỉnh long trọng khai mạc Đại hội lần thứ IX.")).toEqual([]);
    expect(pick("chuẩn bị văn kiện trình Đại hội XIII Công đoàn Việt Nam")).toEqual([]);
    expect(pick("Giáo hội tổ chức Đại hội X tại Hà Nội")).toEqual([]);
    // a Party body named last, or nobody, keeps it; a delegation ("Đoàn Chủ tịch") is no holder
    expect(pick("Ban Chấp hành Trung ương Đảng chuẩn bị Đại hội XIV.")[0][2]).toBe(14);
    expect(pick("Đoàn Chủ tịch điều hành Đại hội XIII.")[0][2]).toBe(13);
    expect(pick("Hội Phụ nữ quán triệt nghị quyết Đại hội XIII của Đảng")[0][2]).toBe(13);
  });

  it("should read the meeting words of data/entities/event-words.tsv in each written form", () => {
    // a level in either case, in a congress and in a session
    expect(pick("Đại hội Đại biểu Đảng bộ Thành phố Hồ Chí Minh lần thứ I")).toEqual([
      ["Đại hội Đại biểu Đảng bộ Thành phố Hồ Chí Minh lần thứ I", "congress", 1, null],
    ]);
    expect(pick("kỳ họp thứ 5 HĐND quận Ba Đình khóa XV")).toEqual([
      ["kỳ họp thứ 5 HĐND quận Ba Đình khóa XV", "session", 5, 15],
    ]);
    // a holder written "~đoàn" in either case; "Hội đồng" only before a name that is not a state council's
    expect(pick("Đại hội XII Công Đoàn Việt Nam")).toEqual([]);
    expect(pick("Hội đồng Giám mục Việt Nam bế mạc Đại hội lần thứ XIII")).toEqual([]);
    expect(pick("Hội đồng Nhân dân tỉnh chúc mừng Đại hội lần thứ X")[0][2]).toBe(10);
    // "Hội" is a holder only before a capitalised word
    expect(pick("hội nghị chuẩn bị Đại hội lần thứ X")[0][2]).toBe(10);
  });

  it("should leave out sessions of bodies that are not the Party's or the state's, named right after them", () => {
    expect(pick("Trong phiên họp thứ 96 của IOC diễn ra tại Tokyo")).toEqual([]);
    expect(pick("tại kỳ họp lần thứ 35 của Ủy ban Di sản Thế giới thuộc UNESCO")).toEqual([]);
    expect(pick("Tại kỳ họp thứ 68 của Đại Hội đồng Liên Hợp Quốc")).toEqual([]);
    expect(pick("Tại kỳ họp thứ 12 của Hội đồng Giám mục Việt Nam")).toEqual([]);
    // a state body's session stays
    expect(pick("Phiên họp thứ 42 của Ủy ban Thường vụ Quốc hội")).toEqual([
      ["Phiên họp thứ 42", "session", 42, null],
    ]);
    expect(pick("kỳ họp thứ 9 của Quốc hội khóa XIV")[0][2]).toBe(9);
  });

  it("should take a session's term after a parenthesis following it", () => {
    expect(pick("Tại kỳ họp thứ 7 (tháng 5/2019), Quốc hội khóa XIV đã thông qua")).toEqual([
      ["kỳ họp thứ 7", "session", 7, 14],
    ]);
  });

  it("should give nothing for meetings without a number", () => {
    expect(
      pick("Hội nghị Trung ương lần này; Đại hội Đảng bộ các cấp; kỳ họp cuối năm; Đại hội thể thao"),
    ).toEqual([]);
    expect(pick("")).toEqual([]);
  });

  it("should read the new tone style and Ð", () => {
    expect(pick("Hội nghị Trung ương 12, khoá XII")[0][3]).toBe(12);
    expect(pick("Ðại hội XIII")[0][2]).toBe(13);
  });
  it("should leave another country's party congresses out", () => {
    const texts = (t: string) => findEvents(t).map((e) => e.text);
    expect(texts("Năm 1956, Đại hội lần thứ 8 của Đảng Cộng sản Trung Quốc khai mạc.")).toEqual([]);
    expect(texts("Đảng Cộng sản Liên Xô họp Đại hội lần thứ XXII năm 1961.")).toEqual([]);
    expect(texts("Quốc tế Cộng sản họp Đại hội I ở Moskva.")).toEqual([]);
    // the Comintern written in lower case, before or after its congress
    expect(texts("Quốc tế cộng sản họp Đại hội lần thứ VII.")).toEqual([]);
    expect(texts("Đại hội lần thứ VII của Quốc tế cộng sản họp ở Moskva.")).toEqual([]);
    // a congress that names no party, after another country's party earlier in the paragraph
    expect(
      texts(
        "Năm 1921, Mao tham gia thành lập Đảng Cộng sản Trung Quốc. Hai năm sau, tại Đại hội lần thứ ba (1923), ông được bầu.",
      ),
    ).toEqual([]);
    // ... unless Việt Nam or the Party's Central Committee comes between
    expect(
      texts("Đảng Cộng sản Trung Quốc gửi điện mừng. Đảng Cộng sản Việt Nam chuẩn bị Đại hội XIV."),
    ).toEqual(["Đại hội XIV"]);
    expect(
      texts(
        "liên lạc với Quốc tế Cộng sản. Ban chỉ huy ra Tạp chí Bônsơvích của Trung ương Đảng, chuẩn bị triệu tập Đại hội Đảng lần thứ nhất.",
      ),
    ).toEqual(["Đại hội Đảng lần thứ nhất"]);
    // another country's Central Committee's plenum
    expect(
      texts("Nghị quyết năm 1981 của Hội nghị lần thứ 6 Ban Chấp hành Trung ương Đảng Cộng sản Trung Quốc"),
    ).toEqual([]);
    // a party named by words data/entities/event-words.tsv lists as party kinds
    expect(texts("Đỗ Mười tham dự Đại hội lần thứ sáu của Đảng Nhân dân Cách mạng Lào năm 1996.")).toEqual(
      [],
    );
    expect(texts("Tháng 2-1972, Đảng Nhân dân Lào triệu tập Đại hội lần thứ II.")).toEqual([]);
    // Việt Nam's own congress, with a foreign country later in the sentence, stays
    expect(texts("Sau Đại hội XIII của Đảng, quan hệ với Trung Quốc được tăng cường.")).toEqual([
      "Đại hội XIII của Đảng",
    ]);
  });
  it("should read a plenum of the Party under its earlier names", () => {
    expect(
      findEvents("Hội nghị lần thứ 8 Ban Chấp hành Trung ương Đảng Cộng sản Đông Dương họp năm 1941.").map(
        (e) => [e.text, e.ordinal],
      ),
    ).toEqual([["Hội nghị lần thứ 8 Ban Chấp hành Trung ương Đảng Cộng sản Đông Dương", 8]]);
  });
});
