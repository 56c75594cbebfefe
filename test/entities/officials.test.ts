import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findBodies } from "../../src/entities/bodies/index";
import { extractEntities } from "../../src/entities/extract-entities";
import { findOfficials } from "../../src/entities/officials/index";
import { SEED_TEXT } from "../_shared";
import { expectLinear } from "../_timing";

const seed = SEED_TEXT;

const brief = (t: string) => findOfficials(t).map((o) => ({ text: o.text, name: o.name, titles: o.titles }));

describe("findOfficials", () => {
  it("should find the seed article's three officials with their titles", () => {
    const found = findOfficials(seed);
    expect(found.map((o) => [o.name, o.titles])).toEqual([
      ["Nguyễn Đăng Quang", ["Phó Bí thư Thường trực Tỉnh ủy"]],
      ["Phan Văn Phụng", ["Trưởng Ban Tổ chức Tỉnh ủy"]],
      ["Phạm Minh Chính", ["Ủy viên Bộ Chính trị", "Trưởng Ban Tổ chức Trung ương"]],
    ]);
    for (const o of found) expect(seed.slice(o.start, o.end)).toBe(o.text);
    // the author's byline is a name without a title: not an official
    expect(found.map((o) => o.name)).not.toContain("Hồ Nguyên Kha");
  });

  it("should read a title chain before the name", () => {
    expect(
      brief("Kết luận, Ủy viên Bộ Chính trị, Trưởng Ban Tổ chức Trung ương Phạm Minh Chính khẳng định"),
    ).toEqual([
      {
        text: "Ủy viên Bộ Chính trị, Trưởng Ban Tổ chức Trung ương Phạm Minh Chính",
        name: "Phạm Minh Chính",
        titles: ["Ủy viên Bộ Chính trị", "Trưởng Ban Tổ chức Trung ương"],
      },
    ]);
    expect(brief("Chủ tịch Quốc hội Trần Thanh Mẫn đã ký")[0]?.titles).toEqual(["Chủ tịch Quốc hội"]);
    expect(brief("Thủ tướng Phạm Minh Chính chủ trì")[0]?.text).toBe("Thủ tướng Phạm Minh Chính");
  });

  it("should read a name followed by its titles, with commas or dashes", () => {
    const [o] = brief(
      "ông Lê Văn Lợi, Phó Giám đốc Học viện Chính trị quốc gia Hồ Chí Minh giữ chức Chủ tịch",
    );
    expect(o).toEqual({
      text: "Lê Văn Lợi, Phó Giám đốc Học viện Chính trị quốc gia Hồ Chí Minh",
      name: "Lê Văn Lợi",
      titles: ["Phó Giám đốc Học viện Chính trị quốc gia Hồ Chí Minh"],
    });
    expect(
      brief("2. Hoàng Đăng Quang - Ủy viên Trung ương Đảng, Phó Trưởng ban Thường trực\n")[0]?.titles,
    ).toEqual(["Ủy viên Trung ương Đảng", "Phó Trưởng ban Thường trực"]);
  });

  it("should read a table row's title cell with the name in the next cell, and cross no other cell", () => {
    // cells of a row are joined by tabs in an article's text
    expect(brief("Phó Thủ tướng\tTrần Văn Nam\tkiêm Bộ trưởng Bộ Tư pháp\tĐảng Lao động")).toEqual([
      { text: "Phó Thủ tướng\tTrần Văn Nam", name: "Trần Văn Nam", titles: ["Phó Thủ tướng"] },
    ]);
    // a name ends at its cell; the title after it in the next cell is another column
    expect(brief("Lê Văn Bình\t- Ủy viên Trung ương Đảng")).toEqual([]);
    expect(brief("Chính ủy\tPhạm Quang Dũng\tCông an nhân dân").map((o) => o.name)).toEqual([
      "Phạm Quang Dũng",
    ]);
    // a body's name ends at its cell too
    expect(findBodies("Tổng cục Kỹ thuật\tNguyên Cục trưởng").map((b) => b.text)).toEqual([
      "Tổng cục Kỹ thuật",
    ]);
  });

  it("should cut names written one after another before a common surname", () => {
    // a succession box read as one line: four names with nothing between them
    expect(brief("Tổng Bí thư\tTrần Văn Tâm Lê Thị Hoa Phạm An\n").map((o) => o.name)).toEqual([
      "Trần Văn Tâm",
    ]);
    expect(brief("Phó Chủ tịch\tĐinh Hạnh Nguyễn Văn Thân\n").map((o) => o.name)).toEqual(["Đinh Hạnh"]);
    // a four-syllable name followed by a title is whole, and a rare surname ("Kim") is a given name
    expect(brief("Chủ tịch Quốc hội Nguyễn Thị Kim Ngân Vương Đình Huệ\n").map((o) => o.name)).toEqual([
      "Nguyễn Thị Kim Ngân",
    ]);
    expect(brief("Bà Nguyễn Thị Kim Ngân, Chủ tịch Quốc hội").map((o) => o.name)).toEqual([
      "Nguyễn Thị Kim Ngân",
    ]);
  });

  it("should recapitalise all-caps names and read abbreviated titles", () => {
    const [o] = brief("LÊ QUANG TÙNG, UVTƯ Đảng, Bí thư Tỉnh ủy, Trưởng Đoàn ĐBQH tỉnh Quảng Trị");
    expect(o?.name).toBe("Lê Quang Tùng");
    expect(o?.titles).toEqual(["UVTƯ Đảng", "Bí thư Tỉnh ủy", "Trưởng Đoàn ĐBQH tỉnh Quảng Trị"]);
  });

  it("should leave ranks and honorifics out of the span and keep nguyên in", () => {
    expect(brief("do Đại tướng Phan Văn Giang, Bộ trưởng Bộ Quốc phòng làm Trưởng đoàn")[0]?.text).toBe(
      "Phan Văn Giang, Bộ trưởng Bộ Quốc phòng",
    );
    expect(brief("đồng chí Trần Cẩm Tú, Thường trực Ban Bí thư đã ký")[0]?.text).toBe(
      "Trần Cẩm Tú, Thường trực Ban Bí thư",
    );
    expect(brief("Ông Tất Thành Cang, Phó Bí thư Thành ủy")[0]?.name).toBe("Tất Thành Cang");
    const [n] = brief("linh cữu nguyên Chủ tịch nước Trần Đức Lương được phủ Quốc kỳ");
    expect(n).toEqual({
      text: "nguyên Chủ tịch nước Trần Đức Lương",
      name: "Trần Đức Lương",
      titles: ["nguyên Chủ tịch nước"],
    });
  });

  it("should end the chain at a predicate and split titles on kiêm", () => {
    const [o] = brief("ông Vũ Mạnh Hà, Phó Bí thư Thường trực Tỉnh ủy Lai Châu giữ chức Thứ trưởng Bộ Y tế.");
    expect(o?.titles).toEqual(["Phó Bí thư Thường trực Tỉnh ủy Lai Châu"]);
    const [k] = brief(
      "Lê Minh Hưng, Trưởng Ban Tổ chức Trung ương kiêm Phó Trưởng Ban Thường trực Ban Chỉ đạo Trung ương (x)",
    );
    expect(k?.titles).toEqual([
      "Trưởng Ban Tổ chức Trung ương",
      "Phó Trưởng Ban Thường trực Ban Chỉ đạo Trung ương",
    ]);
  });

  it("should read a Party delegation's secretary ('Bí thư Đảng đoàn') whole, and take no name from 'Đảng Đoàn Bộ'", () => {
    const [o] = brief("ông Ngô Xuân Thắng, Ủy viên Thường vụ Thành ủy, Bí thư Đảng đoàn.");
    expect(o?.titles).toEqual(["Ủy viên Thường vụ Thành ủy", "Bí thư Đảng đoàn"]);
    const [k] = brief("Ông Hồ Trúc, Thứ trưởng kiêm Bí thư Đảng Đoàn Bộ vào cuối năm 1976.");
    expect(k?.name).toBe("Hồ Trúc");
    expect(brief("được bổ nhiệm Bí thư Đảng Đoàn Bộ vào cuối năm 1976.")).toEqual([]);
  });

  it("should keep two officials apart in one list", () => {
    const found = brief(
      "Thủ tướng Phạm Minh Chính, Chủ tịch Quốc hội Trần Thanh Mẫn, Thường trực Ban Bí thư Trần Cẩm Tú dự.",
    );
    expect(found.map((o) => o.name)).toEqual(["Phạm Minh Chính", "Trần Thanh Mẫn", "Trần Cẩm Tú"]);
  });

  it("should match titles in both tone styles and with Ð", () => {
    expect(brief("Uỷ viên Bộ Chính trị Nguyễn Hoà Bình")[0]?.name).toBe("Nguyễn Hoà Bình");
    expect(brief("Phó Bí thư Ðảng ủy Quốc hội Nguyễn Văn An")[0]?.titles).toEqual([
      "Phó Bí thư Ðảng ủy Quốc hội",
    ]);
    expect(brief("PGS.TS. Trần Quang Diệu, Giám đốc Trung tâm Nghiên cứu")[0]?.text).toBe(
      "PGS.TS. Trần Quang Diệu, Giám đốc Trung tâm Nghiên cứu",
    );
  });

  it("should find nothing for a bare name, a title without a name or a place", () => {
    expect(findOfficials("đồng chí Chính phát biểu")).toEqual([]);
    expect(findOfficials("Ông Phạm Minh Chính phát biểu")).toEqual([]);
    expect(findOfficials("giữ chức Thứ trưởng Bộ Y tế.")).toEqual([]);
    expect(findOfficials("Chủ tịch UBND tỉnh Hà Nam, Lâm Đồng")).toEqual([]);
    expect(findOfficials("")).toEqual([]);
  });

  it("should read a known place after a level word as the place, and a name after it as the holder's", () => {
    // a former province and a city that is also a person's name: places after "tỉnh", "TP"
    expect(findOfficials("Ông là Bí thư Tỉnh ủy tỉnh Nghĩa Bình đến năm 1989.")).toEqual([]);
    expect(findOfficials("Bí thư Thành đoàn TP Hồ Chí Minh\n")).toEqual([]);
    expect(findOfficials("Chủ tịch UBND phường Trần Phú Lê Văn Tám dự họp.").map((o) => o.name)).toEqual([
      "Lê Văn Tám",
    ]);
    expect(
      findOfficials("Phó Chủ tịch UBND Thành phố Hồ Chí Minh Võ Văn Hoan dự.").map((o) => o.name),
    ).toEqual(["Võ Văn Hoan"]);
    // the name of a body with no place after its level word is still a name
    expect(findOfficials("Chủ tịch UBND tỉnh Võ Văn Minh kết luận.").map((o) => o.name)).toEqual([
      "Võ Văn Minh",
    ]);
    // and the same name after a title, with no level word, is the person
    expect(findOfficials("Chủ tịch Hồ Chí Minh đọc Tuyên ngôn.").map((o) => o.name)).toEqual(["Hồ Chí Minh"]);
  });

  it("should read a name right after a museum, an academy or a school as its name, not its head's", () => {
    expect(findOfficials("Ông là Giám đốc Bảo tàng Hồ Chí Minh (1987-1990).")).toEqual([]);
    expect(findOfficials("Phó Chủ nhiệm khoa Trường Nguyễn Ái Quốc phát biểu.")).toEqual([]);
    expect(
      findOfficials("Giám đốc Học viện Chính trị quốc gia Hồ Chí Minh Nguyễn Xuân Thắng dự.").map(
        (o) => o.name,
      ),
    ).toEqual(["Nguyễn Xuân Thắng"]);
    // "môi trường" is no school: the minister's name stands
    expect(
      findOfficials("Bộ trưởng Bộ Tài nguyên và Môi trường Đặng Quốc Khánh dự.").map((o) => o.name),
    ).toEqual(["Đặng Quốc Khánh"]);
  });

  it("should give, alone and inside extractEntities (which shares its tokens with findBodies), the same officials", () => {
    const text =
      "Bí thư Tỉnh ủy Lê Quang Tùng và Chủ tịch UBND tỉnh Võ Văn Hưng dự hội nghị của Ban Tổ chức Tỉnh ủy.";
    expect(extractEntities(text).filter((e) => e.kind === "official")).toEqual(findOfficials(text));
    expect(extractEntities(text).filter((e) => e.kind === "body")).toEqual(findBodies(text));
    expect(() => findOfficials(1 as unknown as string)).toThrow(
      /findOfficials: expected text to be a string/,
    );
  });

  // Issue 13 families, on sentences written for these tests.
  it("should carry a title through 'của' to its body's parent", () => {
    expect(brief("Phó Chủ nhiệm Ủy ban Kinh tế của Quốc hội Nguyễn Văn An phát biểu.")).toEqual([
      {
        text: "Phó Chủ nhiệm Ủy ban Kinh tế của Quốc hội Nguyễn Văn An",
        name: "Nguyễn Văn An",
        titles: ["Phó Chủ nhiệm Ủy ban Kinh tế của Quốc hội"],
      },
    ]);
  });

  it("should leave company posts and lower-case generic posts out", () => {
    expect(brief("Ông Trần Văn Bình, Phó Chủ tịch Tập đoàn Dầu khí Việt Nam, cho biết.")).toEqual([]);
    expect(brief("Tổng giám đốc Tổng công ty Đường sắt Lê Văn Cường dự họp.")).toEqual([]);
    expect(brief("Vụ việc liên quan tới nguyên tổng giám đốc Lý Văn Em.")).toEqual([]);
    expect(brief("ông Đỗ Văn Sơn, Chủ tịch Hội đồng quản trị công ty, cho biết")).toEqual([]);
    expect(brief("Đức cha Trần Văn Khải, Chủ tịch Hội đồng Giám mục, chủ sự thánh lễ")).toEqual([]);
    // a state post in lower case with its body still counts
    expect(brief("ông Hà Văn Phúc, giám đốc Sở Y tế, cho biết")).toHaveLength(1);
  });

  it("should keep a bracketed parent body in the title, not a short name the text defines", () => {
    expect(brief("ông Phạm Văn Giang, Vụ trưởng Vụ Tổ chức cán bộ (Bộ Tư pháp) cho biết")[0]?.titles).toEqual(
      ["Vụ trưởng Vụ Tổ chức cán bộ (Bộ Tư pháp)"],
    );
    expect(brief("ông Lê Văn Hải, Trưởng Ban Chỉ đạo Trung ương (Ban Chỉ đạo), cho biết")[0]?.titles).toEqual(
      ["Trưởng Ban Chỉ đạo Trung ương"],
    );
  });

  it("should read a legal document's signature block: title line in capitals, then the name", () => {
    const found = brief("Nơi nhận:\n- Như trên.\n\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\n\n\nLê Thị Hoa\n");
    expect(found).toEqual([
      { text: "THỨ TRƯỞNG\n\n\nLê Thị Hoa", name: "Lê Thị Hoa", titles: ["THỨ TRƯỞNG"] },
    ]);
    // a capitalised title in running text is no signature block
    expect(brief("THỨ TRƯỞNG nói\nLê Thị Hoa")).toEqual([]);
  });

  it("should take no name from words glued by a lost space, nor a title word for a surname", () => {
    expect(brief("Bộ trưởng Bộ Tư pháp Lê Văn Thànhtừ Nghệ An")).toEqual([]);
    // "Phó" is a surname, but "Phó Tham mưu trưởng" is a title
    expect(brief("Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh Gia Lai\tPhó Tham mưu trưởng Quân khu 5")).toEqual(
      [],
    );
  });

  it("should read 'Nguyên' and 'Quyền' inside a name as given names unless a post follows them, and whole '... trưởng' posts", () => {
    const names = (t: string) => brief(t).map((o) => o.name);
    expect(names("Đại tướng Võ Nguyên Giáp, Bộ trưởng Bộ Quốc phòng, ký quyết định")).toEqual([
      "Võ Nguyên Giáp",
    ]);
    expect(names("Trung tướng Đồng Sĩ Nguyên, Bộ trưởng Bộ Xây dựng")).toEqual(["Đồng Sĩ Nguyên"]);
    expect(names("ông Nguyễn Văn Quyền, Chủ tịch Hội Luật gia Việt Nam")).toEqual(["Nguyễn Văn Quyền"]);
    // posts that end in "trưởng" after their unit's noun are one title
    expect(brief("Tháng 1 năm 1946, Khu trưởng Khu 7 Nguyễn Bình đã tổ chức cuộc họp")[0]?.titles).toEqual([
      "Khu trưởng Khu 7",
    ]);
    expect(brief("dưới quyền chỉ huy của Đại đoàn trưởng Đại đoàn 308 Vương Thừa Vũ.")[0]?.titles).toEqual([
      "Đại đoàn trưởng Đại đoàn 308",
    ]);
    // "Nguyên Bí thư" after a name is "former secretary"
    expect(brief("Phạm Văn Hải, Nguyên Bí thư Tỉnh ủy")[0]?.titles).toEqual(["Nguyên Bí thư Tỉnh ủy"]);
  });

  it("should read 'Title: Name' labels, each for its own person, and a rank between title and name", () => {
    expect(brief("Chủ tịch nước: Lê Văn An, Phó Chủ tịch nước: Trần Văn Bình")).toEqual([
      { text: "Chủ tịch nước: Lê Văn An", name: "Lê Văn An", titles: ["Chủ tịch nước"] },
      { text: "Phó Chủ tịch nước: Trần Văn Bình", name: "Trần Văn Bình", titles: ["Phó Chủ tịch nước"] },
    ]);
    expect(brief("Lãnh đạo hiện nay\nChính ủy: Đại tá Bùi Xuân Bình (từ 7.2025)")).toEqual([
      { text: "Chính ủy: Đại tá Bùi Xuân Bình", name: "Bùi Xuân Bình", titles: ["Chính ủy"] },
    ]);
    expect(brief("Tư lệnh Quân khu 9 Trung tướng Nguyễn Xuân Dắt dự lễ.")).toEqual([
      {
        text: "Tư lệnh Quân khu 9 Trung tướng Nguyễn Xuân Dắt",
        name: "Nguyễn Xuân Dắt",
        titles: ["Tư lệnh Quân khu 9"],
      },
    ]);
    // the country after a post is the title's; another country's post stays out
    expect(brief("Đầu năm 2007, Thủ tướng Việt Nam Nguyễn Tấn Dũng đã viếng thăm Vatican")).toEqual([
      { text: "Thủ tướng Việt Nam Nguyễn Tấn Dũng", name: "Nguyễn Tấn Dũng", titles: ["Thủ tướng Việt Nam"] },
    ]);
    expect(brief("Thủ tướng Việt Nam Cộng hòa Trần Văn Hương")).toEqual([]);
    // "ː" (a modifier letter) written for the colon, glued to the title
    expect(brief("Lãnh đạo hiện nay\nTư lệnhː Thiếu tướng Lương Văn Kiểm (sinh năm 1970)")).toEqual([
      { text: "Tư lệnhː Thiếu tướng Lương Văn Kiểm", name: "Lương Văn Kiểm", titles: ["Tư lệnh"] },
    ]);
    // a place after the colon is no holder; a verb between the post and the rank ends the chain
    expect(brief("Chủ tịch Ủy ban nhân dân các tỉnh, thành phố: Đà Nẵng, Huế")).toEqual([]);
    expect(brief("Tư lệnh Sư đoàn 2 bàn giao cho Đại tá Lê Văn An")).toEqual([]);
  });

  it("should end an organisation phrase at a function word or a rank, and read a place before a name", () => {
    expect(brief("bàn giao chức Chỉ huy trưởng Trung tâm Huấn luyện lại cho Trung tá Đỗ Văn Cường")).toEqual(
      [],
    );
    expect(brief("Giám đốc Đại học Quốc gia Hà Nội Nguyễn Văn Dũng phát biểu")).toEqual([
      {
        text: "Giám đốc Đại học Quốc gia Hà Nội Nguyễn Văn Dũng",
        name: "Nguyễn Văn Dũng",
        titles: ["Giám đốc Đại học Quốc gia Hà Nội"],
      },
    ]);
    expect(brief("Tổng trưởng Ngoại giao Trần Văn Lắm sang thăm")[0]?.name).toBe("Trần Văn Lắm");
    // a numbered unit keeps its number
    expect(brief("Chính ủy Quân khu 7 Lê Văn Tâm dự lễ")[0]?.titles).toEqual(["Chính ủy Quân khu 7"]);
    // a number after a name that goes on is no unit's ("2 năm liền")
    expect(brief("Giám đốc Sở Y tế Trần Văn Bảy 2 năm liền được khen")[0]?.name).toBe("Trần Văn Bảy");
  });

  it("should find the holder named after a department's title, and a capitalised 'Cục Trưởng'", () => {
    expect(brief("Phó Tổng cục trưởng Tổng cục Cảnh sát Cao Ngọc Oánh đã rút tên.")).toEqual([
      {
        text: "Phó Tổng cục trưởng Tổng cục Cảnh sát Cao Ngọc Oánh",
        name: "Cao Ngọc Oánh",
        titles: ["Phó Tổng cục trưởng Tổng cục Cảnh sát"],
      },
    ]);
    expect(brief("Như trên;\nCục Trưởng Mai Xuân Thành\n(để báo cáo);")).toEqual([
      { text: "Cục Trưởng Mai Xuân Thành", name: "Mai Xuân Thành", titles: ["Cục Trưởng"] },
    ]);
    // the post after the department belongs to the next person
    expect(
      brief("ông A - Vụ trưởng Vụ Nghiên cứu và Thiếu tướng Vũ Hồng Văn - Cục trưởng Cục An ninh").map(
        (o) => o.name,
      ),
    ).toEqual(["Vũ Hồng Văn"]);
  });

  it("should read an organisation past 'Đảng', a unit noun's lower-case half and a dash, stop at glued words, and find no holder inside a place's or body's name", () => {
    const titles = (t: string) => brief(t).map((o) => o.titles);
    // "Đảng ủy" of a body the gazetteer does not hold; "Đảng ủy cơ quan"
    expect(titles("ông Vũ Bằng, nguyên Bí thư Đảng ủy Cơ quan UBCKNN giai đoạn 2015 - 2020")).toEqual([
      ["nguyên Bí thư Đảng ủy Cơ quan UBCKNN"],
    ]);
    expect(titles("Nguyễn Quang Đức, Phó Bí thư Đảng ủy cơ quan")).toEqual([["Phó Bí thư Đảng ủy cơ quan"]]);
    // "Tổng Bí thư Đảng" keeps its complement
    expect(titles("Tổng Bí thư Đảng Nguyễn Phú Trọng")).toEqual([["Tổng Bí thư Đảng"]]);
    expect(titles("Đại tá Nguyễn Trung Hiếu, nguyên Phó Tư lệnh TMT Quân đoàn 1.")).toEqual([
      ["nguyên Phó Tư lệnh TMT Quân đoàn 1"],
    ]);
    // a line break lost between a body and the next label ("Bộ" + "Thứ trưởng:")
    expect(titles("Nguyễn Kim Sơn, Ủy viên Trung ương Đảng, Bí thư Đảng ủy BộThứ trưởng:")).toEqual([
      ["Ủy viên Trung ương Đảng", "Bí thư Đảng ủy"],
    ]);
    // a spaced dash inside an organisation's name, but not before a person or a title
    expect(titles("Nguyễn Đắc Vinh, Chủ nhiệm Uỷ ban Văn hoá - Xã hội của Quốc hội; Đào")).toEqual([
      ["Chủ nhiệm Uỷ ban Văn hoá - Xã hội của Quốc hội"],
    ]);
    expect(titles("Phạm Văn Phú, tư lệnh Quân đoàn II - Quân khu II triệt thoái")).toEqual([
      ["tư lệnh Quân đoàn II - Quân khu II"],
    ]);
    expect(brief("Giám đốc Sở Y tế - Nguyễn Văn Anh phát biểu")).toEqual([]);
    // the academy's former name is a body, and the person in it is its namesake, not a holder
    expect(
      brief("Bí thư Thành uỷ Hải Phòng\tGiám đốc Học viện Chính trị - Hành chính Quốc gia Hồ Chí Minh"),
    ).toEqual([]);
    // a title in a place's name ("Lăng Chủ tịch Hồ Chí Minh") is no official; "Viện trưởng" is a title
    expect(brief("Ban Quản lý Lăng Chủ tịch Hồ Chí Minh; viếng lăng Chủ tịch Hồ Chí Minh")).toEqual([]);
    expect(brief("Viện trưởng\n\nTrần Văn Hiến, Viện trưởng Viện Quân y 354")[0]?.name).toBe("Trần Văn Hiến");
    // a surname inside a body's name starts no holder ("Trung ương Đoàn Thanh niên")
    expect(
      brief(
        "Phó Chủ tịch, kiêm Bí thư Thứ nhất Ban Chấp hành Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh: Bùi Quang Huy",
      ),
    ).toEqual([]);
    // a brand in ASCII keeps its capitals
    expect(titles("ông Cao Duy Hải, Tổng Giám đốc MobiFone.")).toEqual([["Tổng Giám đốc MobiFone"]]);
  });

  it("should not read a pre or head that ends a word as a title, nor a university's or bank's name as a holder", () => {
    expect(brief("được cử làm Phó Chủ tịch dưới quyền Chủ tịch Tôn Quang Phiệt.")).toEqual([
      { text: "Chủ tịch Tôn Quang Phiệt", name: "Tôn Quang Phiệt", titles: ["Chủ tịch"] },
    ]);
    expect(brief("giữ quyền Chủ tịch Nguyễn Văn Bình")[0]?.titles).toEqual(["quyền Chủ tịch"]);
    expect(brief("Ông hiện giữ chức vụ Hiệu trưởng Trường Đại học Nguyễn Huệ.")).toEqual([]);
    expect(brief("trở thành Phó chủ tịch thường trực Ngân hàng Phương Nam. Còn")).toEqual([]);
    // "Phủ Thủ tướng", "Phủ Chủ tịch": an office and a palace, not a head ("Chính phủ" is no "Phủ")
    expect(brief("Bộ trưởng Phủ Thủ tướng\tĐinh Xuân Quảng")[0]?.titles).toEqual(["Bộ trưởng Phủ Thủ tướng"]);
    expect(brief("tại Phủ Chủ tịch, Chủ tịch nước Lương Cường tiếp")[0]?.titles).toEqual(["Chủ tịch nước"]);
    expect(brief("Phó Thủ tướng thường trực trong Chính phủ Thủ tướng Võ Văn Kiệt.")[0]?.text).toBe(
      "Thủ tướng Võ Văn Kiệt",
    );
    expect(brief("Theo Ngoại trưởng Phạm Bình Minh, chính sách")[0]?.titles).toEqual(["Ngoại trưởng"]);
    // "Chủ tịch là A, Tổng Thư ký là B": the second title is B's, not A's; a "là" with no name after is a predicate
    expect(brief("Chủ tịch là Trịnh Đình Thảo, Tổng Thư ký là Tôn Thất Dương Kỵ; thành lập")).toEqual([]);
    expect(brief("Ông Nguyễn Văn Nên, Bí thư Thành ủy là người đứng đầu")[0]?.titles).toEqual([
      "Bí thư Thành ủy",
    ]);
    // a rank ends an organisation phrase ("... là Chuẩn tướng Phan Trọng Chinh")
    expect(brief("Tư lệnh Sư đoàn 1 Bộ binh là Chuẩn tướng Nguyễn Văn Điềm")).toEqual([]);
  });

  it("should leave another country's officials out", () => {
    expect(brief("Thủ tướng Nhật Bản Kishida Fumio thăm Hà Nội.")).toEqual([]);
    expect(brief("Cuộc gặp với tổng bí thư Hồ Diệu Bang của Trung Quốc năm 1985.")).toEqual([]);
    expect(brief("Bộ trưởng Quốc phòng Hàn Quốc Lee Jong-sup")).toEqual([]);
    // a Vietnamese official meeting a foreign one is still found
    expect(brief("Thủ tướng Phạm Minh Chính tiếp Đại sứ Nhật Bản.")[0]?.name).toBe("Phạm Minh Chính");
  });

  it("should never throw and always return spans that slice back", () => {
    const alphabet = fc.constantFrom(
      "Bí thư ",
      "Tỉnh ủy ",
      "Nguyễn ",
      "Văn ",
      "An",
      "LÊ ",
      ", ",
      " - ",
      "kiêm ",
      "Ð",
      "\n",
      "\uDC00",
      "nguyên ",
      "PGS.TS. ",
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.array(alphabet).map((a) => a.join("")),
        ),
        (text) => {
          for (const o of findOfficials(text)) {
            expect(text.slice(o.start, o.end)).toBe(o.text);
            expect(o.titles.length).toBeGreaterThan(0);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it("should stay linear on adversarial input (100 kB within 30x of 10 kB)", () => {
    const adversarial: Record<string, (n: number) => string> = {
      "Bí thư Bí thư": (n) => "Bí thư ".repeat(n / 7),
      "title chains": (n) => "Bí thư Tỉnh ủy, ".repeat(n / 16),
      "capitalised words": (n) => "Nguyễn Văn An Bình ".repeat(n / 19),
      "names and dashes": (n) => "Lê An - ".repeat(n / 8),
      "org phrases": (n) => "Giám đốc Trung tâm Y tế ".repeat(n / 24),
    };
    expectLinear(findOfficials, adversarial);
  });
});
