import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { documentTables } from "../../src/entities/documents/document-tables";
import { headBefore, mayEndHead } from "../../src/entities/documents/find-documents";
import { findDocuments } from "../../src/entities/index";
import { matchKey } from "../../src/entities/match-key";

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
    // docType as written (convention 5): the case of each letter is the text's
    expect(pick("Thông báo Kết luận số 159-TB của Bộ Chính trị")[0]).toMatchObject({
      code: "159-TB",
      docType: "Thông báo Kết luận",
    });
    expect(pick("Sở đã có Công văn số 412/SNV - TC gửi các xã")[0].code).toBe("412/SNV - TC");
    expect(pick("ban hành Nghị định số 31/2023/NĐ -CP về")[0].code).toBe("31/2023/NĐ -CP");
    // a spaced hyphen takes only a short unit code, not the next word
    expect(pick("Quyết định 88/QĐ-UBND - Về việc giao đất")[0].code).toBe("88/QĐ-UBND");
  });

  it("should read Party codes with a hyphen or an en dash where the slash or hyphen belongs", () => {
    expect(pick("thực hiện Quy định 214-QĐ-TW về khung tiêu chuẩn")[0]).toMatchObject({
      text: "Quy định 214-QĐ-TW",
      code: "214-QĐ-TW",
      system: "party",
    });
    expect(pick("theo Kết luận số 77–KL/TW")[0]).toMatchObject({ code: "77–KL/TW", number: "77" });
    // the hyphen form counts only before a Party issuer code
    expect(pick("mã 12-NQ-CP trên phiếu")).toEqual([]);
  });

  it('should start a law\'s citation at its name and end the name at "số"', () => {
    const docs = findDocuments(
      "Căn cứ Luật Thi đua, khen thưởng số 06/2022/QH15; Bộ luật Lao động số 45/2019/QH14 và Luật số 12/2024/QH15.",
    );
    expect(docs.map((d) => [d.text, d.docType, d.code, d.issuer])).toEqual([
      ["Luật Thi đua, khen thưởng số 06/2022/QH15", "Luật", "06/2022/QH15", "Quốc hội"],
      ["Bộ luật Lao động số 45/2019/QH14", "Bộ luật", "45/2019/QH14", "Quốc hội"],
      ["Luật số 12/2024/QH15", "Luật", "12/2024/QH15", "Quốc hội"],
    ]);
    // a name with "pháp luật" inside, an amending law, a name over a hard line break
    expect(pick("theo Luật Phổ biến, giáo dục pháp luật số 14/2012/QH13")[0].text).toBe(
      "Luật Phổ biến, giáo dục pháp luật số 14/2012/QH13",
    );
    expect(pick("Luật sửa đổi, bổ sung một số điều của Luật Thống kê số 01/2021/QH15")[0].text).toBe(
      "Luật sửa đổi, bổ sung một số điều của Luật Thống kê số 01/2021/QH15",
    );
    expect(pick("Căn cứ Luật Lưu\ntrữ số 33/2024/QH15;")[0].text).toBe("Luật Lưu\ntrữ số 33/2024/QH15");
    // the code must be the assembly's: a decree after a law's name is the decree alone
    expect(pick("Luật Đất đai, Nghị định số 43/2014/NĐ-CP")[0].text).toBe("Nghị định số 43/2014/NĐ-CP");
    expect(pick("Luật Đất đai và số 43/2014/NĐ-CP")[0].text).toBe("43/2014/NĐ-CP");
    // a type noun right before "số" wins over a law named further back
    expect(pick("Luật Đầu tư và nghị quyết số 98/2023/QH15")[0].text).toBe("nghị quyết số 98/2023/QH15");
  });

  it("should read national technical regulations, indictments and decrees", () => {
    expect(pick("đáp ứng Quy chuẩn kỹ thuật quốc gia QCVN 05:2023/BTNMT về không khí")).toEqual([
      {
        text: "Quy chuẩn kỹ thuật quốc gia QCVN 05:2023/BTNMT",
        docType: "Quy chuẩn kỹ thuật quốc gia",
        number: "05",
        code: "QCVN 05:2023/BTNMT",
        issuer: "Bộ Tài nguyên và Môi trường",
        system: "state",
      },
    ]);
    expect(pick("theo QCVN 02-3:2020/BYT")[0]).toMatchObject({ code: "QCVN 02-3:2020/BYT", number: "02-3" });
    expect(pick("Cáo trạng số 07/VKSTC - V3 truy tố")[0]).toMatchObject({
      docType: "Cáo trạng",
      number: "07",
    });
    expect(pick("ký Sắc lệnh số 64 thành lập")[0]).toMatchObject({
      text: "Sắc lệnh số 64",
      docType: "Sắc lệnh",
    });
    // "pháp luật" and "mệnh lệnh" are no type nouns
    expect(findDocuments("Tạp chí Pháp luật số 12 ra ngày; mệnh lệnh số 3 của chỉ huy")).toEqual([]);
    // a project management board is no draft law, however written; a "Dự án" alone still is one
    expect(findDocuments("Ban Quản lý dự án số 2. Trụ sở tại Mỹ Đình; BAN QUẢN LÝ DỰ ÁN số 7")).toEqual([]);
    expect(pick("Chính phủ trình Dự án số 12 về đất đai")[0]).toMatchObject({
      text: "Dự án số 12",
      number: "12",
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

  it("should read number/year citations and keep the type's case as written", () => {
    expect(findDocuments("Thông tư 18/2023 của Bộ Tài chính hướng dẫn")[0]).toMatchObject({
      text: "Thông tư 18/2023",
      docType: "Thông tư",
      number: "18",
      year: 2023,
      issuer: "Bộ Tài chính",
    });
    expect(pick("vi phạm thông tư 09 của Bộ Y tế")[0]).toMatchObject({
      text: "thông tư 09",
      docType: "thông tư",
    });
    // the issuer comes from a formal citation of the same type, number and year, whatever the case
    const docs = findDocuments(
      "Nghị định số 52/2021/NĐ-CP thay thế. nghị định 52/2021 có hiệu lực; Nghị định 52/2020 cũ.",
    );
    expect(docs.map((d) => [d.text, d.issuer])).toEqual([
      ["Nghị định số 52/2021/NĐ-CP", "Chính phủ"],
      ["nghị định 52/2021", "Chính phủ"],
      ["Nghị định 52/2020", null],
    ]);
    // a year glued to a type abbreviation is a broken code, not a year
    expect(findDocuments("Nghị định 15/2019NĐ-CP")).toEqual([]);
  });

  it("should not read the verbs quy định, quyết định, kết luận as documents", () => {
    expect(
      findDocuments("Thông tư này quy định 4 hình thức; Hội đồng quyết định 2 phương án; đoàn kết luận 3 ý"),
    ).toEqual([]);
    // the nouns still count, capitalised or with "số"
    expect(pick("theo Quy định 57 và quy định số 22 của Ban Bí thư").map((d) => d.text)).toEqual([
      "Quy định 57",
      "quy định số 22",
    ]);
    // "điều chỉnh" after the number is a verb, "điều" alone a count of articles
    expect(pick("Quyết định 41 điều chỉnh giá; Quyết định 41 điều")).toEqual([
      { text: "Quyết định 41", docType: "Quyết định", number: "41", code: null, issuer: null, system: null },
    ]);
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

  it("should keep the type noun across one hard line break before the number", () => {
    expect(pick("Căn cứ Thông tư số\n12/2023/TT-BXD hướng dẫn")[0]).toMatchObject({
      text: "Thông tư số\n12/2023/TT-BXD",
      docType: "Thông tư",
    });
    // parseArticle makes a hard wrap a blank line; a break inside the noun counts too
    expect(pick("sửa đổi bởi Nghị\n\nđịnh số 41/2022/NĐ-CP")[0].text).toBe("Nghị\n\nđịnh số 41/2022/NĐ-CP");
    // only one break
    expect(pick("Thông tư\n\nsố\n\n12/2023/TT-BXD")[0].text).toBe("12/2023/TT-BXD");
  });

  it("should take the type from the code's own abbreviation or a resolution's name before số", () => {
    expect(pick("dự án đã có trong QĐ số 512/QĐ-TTg")[0]).toMatchObject({
      text: "QĐ số 512/QĐ-TTg",
      docType: "Quyết định",
    });
    expect(pick("theo Nghị quyết Về chương trình giám sát số 75/2023/QH15 đã")[0]).toMatchObject({
      text: "Nghị quyết Về chương trình giám sát số 75/2023/QH15",
      docType: "Nghị quyết",
    });
  });

  it("should take the year from an issue date written right after the code", () => {
    const year = (t: string) => findDocuments(t)[0].year;
    expect(year("Quyết định số 215/QĐ-UBND ngày 14/3/2024 của UBND tỉnh")).toBe(2024);
    expect(year("Kết luận số 12-KL/TW, ngày 5 tháng 8 năm 2021 của Bộ Chính trị")).toBe(2021);
    expect(year("Công văn 88/BTC-CST năm 2022 hướng dẫn")).toBe(2022);
    // the code's own year wins; an informal citation keeps none
    expect(year("Nghị định 15/2020/NĐ-CP ngày 3/2/2021")).toBe(2020);
    expect(year("Chỉ thị 35 ngày 30/5/2019")).toBeUndefined();
  });

  it("should take a local issuer from the text, spelled out and with its place", () => {
    const issuer = (t: string) => findDocuments(t)[0].issuer;
    expect(issuer("Quyết định số 77/QĐ-UBND ngày\n\n2/5/2023 của UBND tỉnh Lạng Sơn về việc")).toBe(
      "Ủy ban nhân dân tỉnh Lạng Sơn",
    );
    expect(issuer("Quyết định 90/QĐ-UBND ngày 1/6/2022 của Chủ tịch UBND tỉnh như sau")).toBe(
      "Ủy ban nhân dân tỉnh",
    );
    expect(issuer("Nghị quyết 4/NQ-HĐND của HĐND huyện Mỹ Đức Quy định")).toBe(
      "Hội đồng nhân dân huyện Mỹ Đức",
    );
    expect(issuer("Quyết định số 12/HĐBT năm 1988")).toBe("Hội đồng Bộ trưởng");
  });

  it("should read a dotted number as one number", () => {
    expect(pick("ban hành Nghị quyết 66.4/2025/NQ-CP về")[0]).toMatchObject({
      text: "Nghị quyết 66.4/2025/NQ-CP",
      number: "66.4",
      code: "66.4/2025/NQ-CP",
    });
    // the tail of a DOI is no document
    expect(findDocuments("doi:10.1017/CBO978")).toEqual([]);
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

describe("the informal heads' gate", () => {
  it("should let through every number a head's regex finds a head before", () => {
    const nouns = documentTables().nouns;
    const piece = fc.oneof(
      fc.constantFrom(...nouns),
      fc.constantFrom(...nouns).map((n) => n.toLowerCase().replace(/ /g, "")),
      fc.constantFrom("số", "Số", ":", "Trung ương", "Hội nghị", "TW", "TƯ", "T.Ư", "T. Ư", "tháng", "năm"),
      fc.constantFrom("18", "2024", "5", "123456"),
      fc.string({ unit: fc.constantFrom("a", "ư", "ố", "g", "1", ".", "-"), maxLength: 3 }),
    );
    // no line break: the gate does not look across one; empty pieces make runs of up to six spaces
    const gap = fc.constantFrom(" ", "  ", "", ", ", "\t", "\u00a0");
    let heads = 0;
    fc.assert(
      fc.property(fc.array(fc.tuple(piece, gap), { maxLength: 12 }), (parts) => {
        const key = matchKey(parts.map(([p, g]) => p + g).join(""));
        for (let at = 0; at < key.length; at++) {
          if (!/\d/.test(key[at]) || /\d/.test(key[at - 1] ?? "")) continue;
          if (!headBefore(key, at)) continue;
          heads++;
          expect(mayEndHead(key, at), `${key} at ${at}`).toBe(true);
        }
      }),
      { numRuns: 3000 },
    );
    expect(heads).toBeGreaterThan(200);
  });

  it("should find a head four spaces before its number, as the head's regex does", () => {
    expect(pick("Quy chuẩn kỹ thuật quốc gia số   18 năm 2024")[0]).toMatchObject({ number: "18" });
    expect(pick("Nghị quyết số \u00a0 \t18")[0]).toMatchObject({ docType: "Nghị quyết", number: "18" });
    expect(mayEndHead("Nghị quyết số     18", 19)).toBe(false);
  });
});
