import { describe, expect, it } from "vitest";
import { findDocuments } from "../../src/entities/index";

const pick = (text: string) =>
  findDocuments(text).map((d) => ({
    text: d.text,
    docType: d.docType,
    number: d.number,
    code: d.code ?? null,
    issuer: d.issuer,
    system: d.system,
  }));

describe("findDocuments", () => {
  it("should parse Party numbers with the type noun in front", () => {
    expect(pick("Thực hiện Chỉ thị số 35-CT/TW của Bộ Chính trị.")).toEqual([
      {
        text: "Chỉ thị số 35-CT/TW",
        docType: "Chỉ thị",
        number: "35",
        code: "35-CT/TW",
        issuer: "Bộ Chính trị",
        system: "party",
      },
    ]);
    const [kl, qdi, kh] = pick("Kết luận 183-KL/TW, Quy định số 08-QĐi/TW và Kế hoạch 128-KH/HU.");
    expect([kl.code, kl.docType, kl.issuer]).toEqual(["183-KL/TW", "Kết luận", null]);
    expect([qdi.code, qdi.docType, qdi.number]).toEqual(["08-QĐi/TW", "Quy định", "08"]);
    expect([kh.code, kh.system]).toEqual(["128-KH/HU", "party"]);
  });

  it("should take the issuer from an unambiguous code and leave TW to the text", () => {
    expect(pick("Hướng dẫn 26-HD/BTCTW")[0].issuer).toBe("Ban Tổ chức Trung ương");
    expect(pick("Quyết định 89-QĐ/TW")[0].issuer).toBeNull();
    // a bare party code: QĐ is both Quyết định and Quy định, so the type stays unknown
    expect(pick("theo 89-QĐ/TW")[0].docType).toBeNull();
  });

  it("should parse state numbers with year, type and joint issuers", () => {
    expect(pick("Nghị định số 138/2020/NĐ-CP ngày 27/11/2020")).toEqual([
      {
        text: "Nghị định số 138/2020/NĐ-CP",
        docType: "Nghị định",
        number: "138",
        code: "138/2020/NĐ-CP",
        issuer: "Chính phủ",
        system: "state",
      },
    ]);
    expect(findDocuments("Luật số 59/2020/QH14")[0]).toMatchObject({ issuer: "Quốc hội", year: 2020 });
    expect(pick("Quyết định 1234/QĐ-TTg")[0].issuer).toBe("Thủ tướng Chính phủ");
    expect(pick("Thông tư liên tịch 55/2005/TTLT-BNV-VPCP")[0]).toMatchObject({
      docType: "Thông tư liên tịch",
      issuer: "Bộ Nội vụ, Văn phòng Chính phủ",
    });
    expect(pick("Công văn số 2457/UBND-VX")[0]).toMatchObject({ code: "2457/UBND-VX", system: "state" });
  });

  it("should tolerate real-world noise in the code and keep it verbatim", () => {
    expect(pick("Số: 367 - QĐ/TWĐTN-VP")[0].code).toBe("367 - QĐ/TWĐTN-VP");
    expect(pick("Quy định số31-QĐ/TW")[0]).toMatchObject({ text: "Quy định số31-QĐ/TW", number: "31" });
    expect(pick("Quyết định số 10/2016/QĐ- TTg")[0].code).toBe("10/2016/QĐ- TTg");
    expect(pick("Thông báo Kết luận số 159-TB của Bộ Chính trị")[0]).toMatchObject({
      code: "159-TB",
      docType: "Thông báo kết luận",
    });
  });

  it("should find informal citations, two for a shared list", () => {
    expect(pick("Tiếp tục thực hiện Chỉ thị 35 và 45 của Bộ Chính trị mà")).toEqual([
      {
        text: "Chỉ thị 35",
        docType: "Chỉ thị",
        number: "35",
        code: null,
        issuer: "Bộ Chính trị",
        system: "party",
      },
      { text: "45", docType: "Chỉ thị", number: "45", code: null, issuer: "Bộ Chính trị", system: "party" },
    ]);
    expect(pick("theo Nghị quyết 57")[0]).toMatchObject({
      docType: "Nghị quyết",
      number: "57",
      issuer: null,
    });
    expect(pick("Nghị quyết Trung ương 4 khóa XII")[0]).toMatchObject({
      text: "Nghị quyết Trung ương 4 khóa XII",
      issuer: "Ban Chấp hành Trung ương Đảng",
    });
  });

  it("should give an informal citation the issuer of the formal one with the same number", () => {
    const docs = findDocuments(
      "Nghị quyết số 18-NQ/TW của Ban Chấp hành Trung ương Đảng. Tổng kết Nghị quyết 18.",
    );
    expect(docs[1]).toMatchObject({
      text: "Nghị quyết 18",
      issuer: "Ban Chấp hành Trung ương Đảng",
      system: "party",
    });
  });

  it("should give nothing for numbers that are not documents", () => {
    expect(
      findDocuments("Kế hoạch 5 năm, Nghị quyết 2 lần, Chỉ thị 3 nhiệm vụ, COVID-19, bán 1/2 giá"),
    ).toEqual([]);
    expect(findDocuments("Luật Đất đai năm 2024 và 443/444 đại biểu")).toEqual([]);
    expect(findDocuments("")).toEqual([]);
  });

  it("should match the Icelandic eth written for Đ", () => {
    expect(pick("Ðề án số 06")[0]).toMatchObject({ docType: "Đề án", number: "06" });
  });

  it("should reject a non-string with a TypeError naming the function", () => {
    expect(() => findDocuments(42 as unknown as string)).toThrow(
      /findDocuments: expected text to be a string/,
    );
  });
});
