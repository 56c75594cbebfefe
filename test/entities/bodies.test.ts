import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findBodies } from "../../src/entities/bodies/index";
import { SEED_TEXT } from "../_shared";
import { expectLinear } from "../_timing";

const seed = SEED_TEXT;

const texts = (t: string) => findBodies(t).map((b) => b.text);
const one = (t: string) => {
  const found = findBodies(t);
  expect(found, t).toHaveLength(1);
  return found[0]!;
};

describe("findBodies", () => {
  it("should find the seed article's bodies with canonical names", () => {
    const found = findBodies(seed);
    const names = found.map((b) => b.text);
    for (const want of [
      "Ban Tổ chức Trung ương",
      "Bộ Nội vụ",
      "Ban Công tác đại biểu Quốc hội",
      "Tỉnh ủy",
      "Bộ Chính trị",
    ]) {
      expect(names).toContain(want);
    }
    expect(names).toContain("Ban Tổ chức Tỉnh ủy");
    expect(names).toContain("HĐND các cấp");
    const hdnd = found.find((b) => b.text === "HĐND các cấp")!;
    expect(hdnd.canonical).toBe("Hội đồng nhân dân các cấp");
    expect(hdnd.system).toBe("state");
    // "cấp ủy" (catch-all) and bare "Đảng" are not bodies
    expect(names).not.toContain("cấp ủy");
    expect(names).not.toContain("Đảng");
    for (const b of found) expect(seed.slice(b.start, b.end)).toBe(b.text);
  });

  it("should find gazetteer bodies and spell out abbreviations", () => {
    expect(one("Bộ Chính trị họp").canonical).toBe("Bộ Chính trị");
    expect(one("UBTVQH cho ý kiến").canonical).toBe("Ủy ban Thường vụ Quốc hội");
    expect(one("Mặt trận Tổ quốc Việt Nam").system).toBe("front");
    expect(one("Liên đoàn Lao động tỉnh").system).toBe("front");
    const central = one("Ban Chấp hành Trung ương Đảng khóa XIII");
    expect(central.text).toBe("Ban Chấp hành Trung ương Đảng");
    expect(central).toMatchObject({ system: "party", level: "central" });
  });

  it("should join units to their parent body", () => {
    expect(one("Ban Thường vụ Tỉnh ủy").canonical).toBe("Ban Thường vụ Tỉnh ủy");
    expect(one("BTV Tỉnh ủy họp").canonical).toBe("Ban Thường vụ Tỉnh ủy");
    expect(one("Ủy ban Kiểm tra Trung ương").canonical).toBe("Ủy ban Kiểm tra Trung ương");
    const ubkt = one("UBKT Tỉnh ủy Quảng Trị");
    expect(ubkt).toMatchObject({
      canonical: "Ủy ban Kiểm tra Tỉnh ủy Quảng Trị",
      system: "party",
      level: "province",
    });
    expect(one("Văn phòng Thành ủy Đà Nẵng").canonical).toBe("Văn phòng Thành ủy Đà Nẵng");
    expect(one("Đảng ủy Chính phủ").system).toBe("party");
  });

  it("should read level words and places after organs", () => {
    const ubnd = one("UBND tỉnh Quảng Trị");
    expect(ubnd).toMatchObject({
      canonical: "Ủy ban nhân dân tỉnh Quảng Trị",
      system: "state",
      level: "province",
    });
    expect(one("Tỉnh ủy Quảng Trị ban hành").text).toBe("Tỉnh ủy Quảng Trị");
    expect(one("Đảng ủy xã Tân Lập").level).toBe("commune");
    expect(one("Ủy ban nhân dân cấp tỉnh").canonical).toBe("Ủy ban nhân dân cấp tỉnh");
    expect(one("HĐND các cấp").level).toBeNull();
    expect(one("Sở Nội vụ tỉnh Quảng Trị").text).toBe("Sở Nội vụ tỉnh Quảng Trị");
    // a person's name after "Tỉnh ủy" is not a place
    expect(texts("Bí thư Tỉnh ủy Nguyễn Văn An")).toEqual(["Tỉnh ủy"]);
  });

  it("should find ministries and departments", () => {
    expect(one("Bộ Nội vụ").canonical).toBe("Bộ Nội vụ");
    expect(one("Bộ Văn hoá, Thể thao và Du lịch").canonical).toBe("Bộ Văn hóa, Thể thao và Du lịch");
    expect(one("Sở Xây dựng").level).toBe("province");
  });

  it("should find National Assembly committees", () => {
    expect(one("Ủy ban Khoa học, Công nghệ và Môi trường").text).toBe(
      "Ủy ban Khoa học, Công nghệ và Môi trường",
    );
    expect(one("Ủy ban Kinh tế và Tài chính thẩm tra").level).toBe("central");
  });

  it("should match both tone styles and Ð, with old-style canonical names", () => {
    const a = one("Uỷ ban Kiểm tra Trung ương");
    const b = one("Ủy ban Kiểm tra Trung ương");
    expect(a.canonical).toBe(b.canonical);
    expect(a.text).toBe("Uỷ ban Kiểm tra Trung ương");
    const eth = one("Ban Chấp hành Trung ương Ðảng");
    expect(eth.text).toBe("Ban Chấp hành Trung ương Ðảng");
    expect(eth.canonical).toBe("Ban Chấp hành Trung ương Đảng");
    expect(one("ban thường vụ tỉnh uỷ").canonical).toBe("Ban Thường vụ Tỉnh ủy");
    expect(one("Đảng uỷ Toà án nhân dân tối cao").canonical).toBe("Đảng ủy Tòa án nhân dân tối cao");
  });

  it("should read Trung ương as the Central Committee only where it acts", () => {
    expect(one("Hội nghị Trung ương 12, khóa XII").canonical).toBe("Ban Chấp hành Trung ương Đảng");
    expect(texts("theo chỉ đạo của Trung ương, Bộ Chính trị")).toEqual(["Trung ương", "Bộ Chính trị"]);
    expect(texts("từ Trung ương đến địa phương")).toEqual([]);
    expect(texts("các cơ quan trung ương")).toEqual([]);
  });

  it("should keep only the longest span", () => {
    expect(texts("Ban Thường vụ Tỉnh ủy")).toEqual(["Ban Thường vụ Tỉnh ủy"]);
    expect(texts("Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam")).toEqual([
      "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam",
    ]);
  });

  it("should find nothing in catch-all nouns, bare Đảng/Nhà nước and document codes", () => {
    expect(texts("các cấp ủy, tổ chức đảng, chi bộ, đảng ủy cơ sở")).toEqual([]);
    expect(texts("bộ, ngành và chính quyền địa phương")).toEqual([]);
    expect(texts("sự lãnh đạo của Đảng và Nhà nước")).toEqual([]);
    expect(texts("Nghị định số 138/2020/NĐ-CP và Công văn 8011-CV/BTCTW")).toEqual([]);
    expect(texts("Ban Biên tập; Ban lễ tang")).toEqual([]);
    expect(findBodies("")).toEqual([]);
  });

  it("should resolve an elliptical short name to the full name used earlier", () => {
    const found = findBodies("Ban Chỉ đạo Phòng thủ dân sự quốc gia họp. Ban Chỉ đạo yêu cầu các bộ.");
    expect(found.map((b) => b.canonical)).toEqual([
      "Ban Chỉ đạo Phòng thủ dân sự quốc gia",
      "Ban Chỉ đạo Phòng thủ dân sự quốc gia",
    ]);
  });

  // Issue 13 families, on sentences written for these tests.
  it("should know historical and renamed bodies from the lexicon, with their system and level", () => {
    const b = one("Năm 1990, ông làm Phó Chủ nhiệm Ủy ban Kế hoạch Nhà nước.");
    expect(b.canonical).toBe("Ủy ban Kế hoạch Nhà nước");
    expect([b.system, b.level]).toEqual(["state", "central"]);
    expect(texts("Bộ Nội thương và Bộ Giao thông và Bưu điện sáp nhập.")).toEqual([
      "Bộ Nội thương",
      "Bộ Giao thông và Bưu điện",
    ]);
    expect(one("Hội đồng Bộ trưởng họp phiên thường kỳ.").canonical).toBe("Hội đồng Bộ trưởng");
    expect(one("Văn phòng Chủ tịch nước công bố lệnh.").canonical).toBe("Văn phòng Chủ tịch nước");
    expect(one("Ông được bầu vào Đảng ủy Ngoài nước.").system).toBe("party");
    expect(one("Trụ sở Bộ GDĐT ở Hà Nội.").canonical).toBe("Bộ Giáo dục và Đào tạo");
    expect(one("Nghị quyết của Ban Chấp hành Trung ương Đảng Lao động Việt Nam năm 1960.").canonical).toBe(
      "Ban Chấp hành Trung ương Đảng Lao động Việt Nam",
    );
    // a Tổng cục is a state body whatever the text spoke of before it
    expect(findBodies("Ban Tuyên giáo Tỉnh ủy họp. Tổng cục Hải quan báo cáo.")[1]?.system).toBe("state");
  });

  it("should read the courts and procuracies at each level and without 'nhân dân'", () => {
    expect(one("Viện Kiểm sát tối cao đã phê chuẩn.").canonical).toBe("Viện kiểm sát nhân dân tối cao");
    const t = one("TAND tỉnh Nghệ An xét xử sơ thẩm.");
    expect([t.canonical, t.level]).toEqual(["Tòa án nhân dân tỉnh Nghệ An", "province"]);
    expect(one("Vụ việc do Tòa án nhân dân thụ lý.").level).toBeNull();
    expect(one("Hội đồng Thẩm phán Tòa án nhân dân tối cao ban hành nghị quyết.").canonical).toBe(
      "Hội đồng Thẩm phán Tòa án nhân dân tối cao",
    );
    expect(one("Hồ sơ chuyển cơ quan Cảnh sát điều tra Công an tỉnh Gia Lai.").text).toBe(
      "cơ quan Cảnh sát điều tra Công an tỉnh Gia Lai",
    );
    // a body's name does not start inside a word ("Liên đoàn Thanh niên" is no "Đoàn Thanh niên")
    expect(texts("Liên đoàn Thanh niên Việt Nam tổ chức hội trại.")).toEqual([]);
  });

  it("should read a province's National Assembly delegation, in any case", () => {
    const b = one("Ông là Phó trưởng đoàn đại biểu quốc hội tỉnh Hà Tĩnh khóa trước.");
    expect(b.text).toBe("đoàn đại biểu quốc hội tỉnh Hà Tĩnh");
    expect(b.canonical).toBe("Đoàn đại biểu Quốc hội tỉnh Hà Tĩnh");
  });

  it("should keep a central state body's country in the span, not in the canonical name", () => {
    const b = one("Đoàn công tác của Bộ Tài chính Việt Nam sang thăm Lào.");
    expect([b.text, b.canonical]).toEqual(["Bộ Tài chính Việt Nam", "Bộ Tài chính"]);
    expect(one("Quyết định của Chính phủ nước Việt Nam Dân chủ Cộng hòa năm 1955.").canonical).toBe(
      "Chính phủ nước Việt Nam Dân chủ Cộng hòa",
    );
  });

  it("should read collective leadership as bodies and 'Thường trực Ban Bí thư' as no body", () => {
    expect(one("Thường trực HĐND tỉnh họp thường kỳ.").canonical).toBe("Thường trực Hội đồng nhân dân tỉnh");
    expect(texts("Hôm qua, Thường trực Tỉnh ủy làm việc với Sở Y tế.")).toEqual([
      "Thường trực Tỉnh ủy",
      "Sở Y tế",
    ]);
    expect(texts("Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam họp.")).toEqual([
      "Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam",
    ]);
    expect(texts("Thường trực Ban Bí thư chủ trì cuộc họp.")).toEqual(["Ban Bí thư"]);
    // after a title, "Thường trực" qualifies the post
    expect(texts("Phó Bí thư Thường trực Tỉnh ủy dự họp.")).toEqual(["Tỉnh ủy"]);
  });

  it("should end a department's name at 'thuộc', a verb or another body, and never mid-word", () => {
    expect(texts("Cục Bảo vệ thực vật thuộc Bộ Nông nghiệp và Môi trường.")).toEqual([
      "Cục Bảo vệ thực vật",
      "Bộ Nông nghiệp và Môi trường",
    ]);
    expect(texts("Cục Chăn nuôi cấp giấy chứng nhận cho doanh nghiệp.")).toEqual(["Cục Chăn nuôi"]);
    expect(texts("Vụ Pháp chế và Vụ Hợp tác quốc tế cùng dự.")).toEqual([
      "Vụ Pháp chế",
      "Vụ Hợp tác quốc tế",
    ]);
    expect(texts("Sau đó Cục Hàng không dân dụng trở thành một cục độc lập.")).toEqual([
      "Cục Hàng không dân dụng",
    ]);
    // after a level word, "Vụ" starts a district's name ("huyện Vụ Bản"), not a department's
    expect(texts("quê xã Yên Lợi, huyện Vụ Bản, tỉnh Nam Định")).toEqual([]);
    // an abbreviated name is whole; a document code broken by a space is no body
    expect(texts("Bước 1: Cục CSGT rà soát lại toàn bộ danh sách phương tiện vi phạm trên địa bàn")).toEqual([
      "Cục CSGT",
    ]);
    expect(texts("Quyết định số 12/QĐ- UBND ngày 3/1/2024")).toEqual([]);
    // no lexicon stop, no punctuation within reach: the capitalised word and the syllable completing it
    expect(
      texts("Cục Thú y kiểm dịch toàn bộ số lợn nhập khẩu qua cửa khẩu phía bắc trong tháng mười"),
    ).toEqual(["Cục Thú y"]);
  });

  it("should end a department's name before a person's name or a post, and read 'Cục Trưởng' as no department", () => {
    // the holder's name after the name's lower-case words ("Cục Điện ảnh" + "Ngô Phương Lan")
    expect(texts("Phó Cục trưởng Cục Điện ảnh Ngô Phương Lan dự lễ.")).toEqual(["Cục Điện ảnh"]);
    expect(texts("Cục trưởng Cục Dân quân Lê Liêm kiêm chức Chính ủy.")).toEqual(["Cục Dân quân"]);
    // not a name: a ministry after a dash ("Công" is a surname too), half of a compound, a place
    expect(texts("do Cục Xuất nhập khẩu - Bộ Công Thương cấp")).toEqual([
      "Cục Xuất nhập khẩu - Bộ Công Thương",
    ]);
    expect(texts("Cục Hậu cần Binh chủng Tăng Thiết giáp")).toEqual([
      "Cục Hậu cần Binh chủng Tăng Thiết giáp",
    ]);
    expect(texts("Cục Thi hành án dân sự thành phố Hà Nội thông báo")).toEqual(["Cục Thi hành án dân sự"]);
    // a post after the name, without the words that join it on
    expect(texts("ông là Cục trưởng Cục Vận tải - kiêm Phó Tư lệnh Đoàn 559")).toEqual(["Cục Vận tải"]);
    expect(texts("Chủ nhiệm Tổng cục Kỹ thuật, nguyên Phó Tư lệnh Quân khu 9")).toEqual([
      "Tổng cục Kỹ thuật",
    ]);
    expect(texts("Vụ trưởng Vụ Nghiên cứu và Thiếu tướng Vũ Hồng Văn")).toEqual(["Vụ Nghiên cứu"]);
    // verbs of letters and ceremonies end it
    expect(texts("Cục Thuế trả lời để Công ty biết.")).toEqual(["Cục Thuế"]);
    expect(texts("Cục Quân báo đón nhận Huân chương Bảo vệ Tổ quốc")).toEqual(["Cục Quân báo"]);
    // a head's or deputy's title written with a capital
    expect(texts("Như trên; Cục Trưởng Mai Xuân Thành (để báo cáo)")).toEqual([]);
    expect(texts("Ông Lê, Vụ Phó thôi việc")).toEqual([]);
  });

  it("should read 'Tỉnh ủy viên' as a title and 'Tỉnh/Thành ủy' as one body", () => {
    expect(texts("Ông là Tỉnh ủy viên từ năm 2015.")).toEqual([]);
    const b = one("Ban Thường vụ Tỉnh/Thành ủy quyết định.");
    expect(b.canonical).toBe("Ban Thường vụ Tỉnh ủy/Thành ủy");
    expect(b.system).toBe("party");
  });

  it("should count bare HĐND and UBND, level null unless the text says", () => {
    const b = one("Phó Chủ tịch UBND ký văn bản.");
    expect([b.text, b.level]).toEqual(["UBND", null]);
  });

  it("should leave another country's bodies out, but not Vietnamese places that start like a country", () => {
    expect(texts("Quốc hội Pháp thông qua luật; Ủy ban Thường vụ Quốc hội Trung Quốc họp.")).toEqual([]);
    expect(texts("Chính phủ Việt Nam và Chính phủ Lào ký hiệp định.")).toEqual(["Chính phủ Việt Nam"]);
    // a former state whose name starts like Việt Nam's (the Republic of Vietnam, 1955-1975)
    expect(texts("Chính phủ Việt Nam Cộng hòa sụp đổ; Quốc hội Việt Nam Cộng hòa giải tán.")).toEqual([]);
    expect(texts("Chính phủ nước Việt Nam Dân chủ Cộng hòa ra mắt.")).toEqual([
      "Chính phủ nước Việt Nam Dân chủ Cộng hòa",
    ]);
    expect(texts("Tỉnh ủy Lào Cai làm việc với UBND huyện Đức Phổ.")).toEqual([
      "Tỉnh ủy Lào Cai",
      "UBND huyện Đức Phổ",
    ]);
  });

  it("should give a bare organ the 'cấp' level it was last named with", () => {
    const found = findBodies("Ủy ban nhân dân cấp huyện lập kế hoạch; sau đó Ủy ban nhân dân phê duyệt.");
    expect(found.map((b) => [b.text, b.canonical, b.level])).toEqual([
      ["Ủy ban nhân dân cấp huyện", "Ủy ban nhân dân cấp huyện", "district"],
      ["Ủy ban nhân dân", "Ủy ban nhân dân cấp huyện", "district"],
    ]);
    // without an earlier level, the level stays null
    expect(findBodies("Ủy ban nhân dân phê duyệt.")[0]?.level).toBeNull();
  });

  it("should give a city's bodies named later without the city that city's name", () => {
    const found = findBodies(
      "UBND thành phố Hải Phòng giao việc. Sau đó, UBND Thành phố chỉ đạo Sở Xây dựng.",
    );
    expect(found.map((b) => b.canonical)).toEqual([
      "Ủy ban nhân dân thành phố Hải Phòng",
      "Ủy ban nhân dân thành phố Hải Phòng",
      "Sở Xây dựng thành phố Hải Phòng",
    ]);
  });

  it("should throw a TypeError naming the function for a non-string", () => {
    expect(() => findBodies(42 as unknown as string)).toThrow(TypeError);
    expect(() => findBodies(null as unknown as string)).toThrow(/findBodies: expected text to be a string/);
  });

  it("should never throw and always return spans that slice back", () => {
    const alphabet = fc.constantFrom(
      ..."Ban Tổ chức Tỉnh ủy UBND tỉnh Quảng Trị Ủy Uỷ Ð Trung ương , - / \n".split(""),
      "Bộ Chính trị",
      "HĐND",
      "\uD800",
      "\u0000",
      "Vụ ",
      "Cục ",
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.array(alphabet).map((a) => a.join("")),
        ),
        (text) => {
          for (const b of findBodies(text)) {
            expect(text.slice(b.start, b.end)).toBe(b.text);
            expect(b.end).toBeGreaterThan(b.start);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it("should stay linear on adversarial input (100 kB within 30x of 10 kB)", () => {
    const adversarial: Record<string, (n: number) => string> = {
      "Ban Ban Ban": (n) => "Ban ".repeat(n / 4),
      "unit chains": (n) => "Văn phòng Ban Tổ chức ".repeat(n / 22),
      "capitalised words": (n) => "Vụ Tổ Chức Cán Bộ ".repeat(n / 18),
      "level words": (n) => "UBND tỉnh tỉnh tỉnh ".repeat(n / 20),
      "no spaces": (n) => "Ban".repeat(n / 3),
    };
    expectLinear(findBodies, adversarial);
  });
});
