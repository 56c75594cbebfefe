// The chrome families of the labelled crawl pages (../shared/dev/chrome-corpus/chrome-families.tsv),
// each on a page written for this test: the site's template strings (a prompt, a button label, a
// notice) as the sites print them, around article text invented here. Then content that looks like
// chrome, and the boilerplate profile.
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/article/index";
import { BoilerplateProfile, learnBoilerplate } from "../../src/chrome/boilerplate";
import { classifyLines } from "../../src/chrome/classify-lines";
import { stripChrome } from "../../src/chrome/strip-chrome";

const P1 =
  "Theo quy định hiện hành, người lao động được nghỉ làm việc và hưởng nguyên lương trong những ngày lễ lớn của đất nước.";
const P2 =
  "Căn cứ Điều 112 Bộ luật Lao động, người sử dụng lao động phải bố trí lịch nghỉ hợp lý và thông báo trước cho người lao động.";
const P3 =
  "Trường hợp ngày nghỉ trùng với ngày nghỉ hằng tuần thì người lao động được nghỉ bù vào ngày làm việc kế tiếp theo quy định.";
const P4 =
  "Doanh nghiệp vi phạm quy định về thời giờ nghỉ ngơi có thể bị xử phạt vi phạm hành chính theo mức tiền do Chính phủ quy định.";

/** Classifies `lines`; every line in `chrome` must be chrome with a reason in `reasons`, every other non-blank line content. */
function expectChrome(lines: string[], chrome: string[], reasons: string[]): void {
  const c = classifyLines(lines);
  lines.forEach((line, i) => {
    if (!/[\p{L}\p{N}]/u.test(line)) return;
    if (chrome.includes(line)) {
      expect(c[i].chrome, `chrome: ${line}`).toBe(true);
      expect(reasons, `${line}: ${c[i].reason}`).toContain(c[i].reason);
    } else expect(c[i].kind, `content: ${line}`).toBe("content");
  });
}

describe("chrome families of the labelled crawl pages", () => {
  it("should remove a legal portal's ask prompt, table-of-contents header and teaser links", () => {
    const lines = [
      "# Người lao động được nghỉ lễ bao nhiêu ngày trong năm?",
      "",
      "### Nội dung chính",
      "",
      P1,
      "",
      "**>> Xem thêm: Lịch nghỉ Tết Âm lịch của cán bộ, công chức năm tới**",
      "",
      P2,
      P3,
      "",
      "Quý khách cần hỏi thêm thông tin về có thể đặt câu hỏi tại đây.",
    ];
    expectChrome(
      lines,
      [
        "### Nội dung chính",
        "**>> Xem thêm: Lịch nghỉ Tết Âm lịch của cán bộ, công chức năm tới**",
        "Quý khách cần hỏi thêm thông tin về có thể đặt câu hỏi tại đây.",
      ],
      ["toc", "related", "ask-prompt"],
    );
  });

  it("should remove download buttons and a listing category link", () => {
    const lines = [
      "# Mẫu đơn đề nghị cấp lại giấy phép mới nhất",
      "## Mua bán Nhà đất tại Bình Dương",
      "### Nội dung chính",
      P1,
      "**TẢI VỀ Mẫu đơn đề nghị cấp lại giấy phép mới nhất**",
      P2,
      "**>> Tải về mẫu biên bản bàn giao mới nhất: Tải về**",
      P3,
    ];
    expectChrome(
      lines,
      [
        "## Mua bán Nhà đất tại Bình Dương",
        "### Nội dung chính",
        "**TẢI VỀ Mẫu đơn đề nghị cấp lại giấy phép mới nhất**",
        "**>> Tải về mẫu biên bản bàn giao mới nhất: Tải về**",
      ],
      ["menu", "toc", "download"],
    );
    // the same words as a section heading of the article, followed by its text, stay
    const article = ["# Giá nhà ở khu vực ven sông", P1, "## Mua bán nhà đất tại bán đảo ven sông", P2, P3];
    expect(classifyLines(article).every((c) => !c.chrome)).toBe(true);
  });

  it("should cut only the edit link from a reference that is a bare URL, and keep a line that is only a URL", () => {
    const ref =
      "[sửa | sửa mã nguồn]**^**http://giaoduc.net.vn/Giao-duc-24h/Chan-dung-nha-giao-qua-cac-thoi-ky/156144.gd";
    const url = "https://chinhphu.vn/du-thao-vbqppl/du-thao-cac-van-kien-dai-hoi-xiv-cua-dang-7666";
    const lines = ["# Nguyễn Văn Bình (nhà giáo)", P1, "## Tham khảo", ref, "## Liên kết ngoài", url];
    const c = classifyLines(lines);
    expect(c[3]).toMatchObject({
      kind: "content",
      cuts: [{ text: "[sửa | sửa mã nguồn]", reason: "edit-link" }],
    });
    expect(c[5].kind).toBe("content");
    const { text } = stripChrome(lines.join("\n"));
    expect(text).toContain("http://giaoduc.net.vn/Giao-duc-24h/Chan-dung-nha-giao-qua-cac-thoi-ky/156144.gd");
    expect(text).toContain(url);
  });

  it("should remove Wikipedia's interface, banners, citation errors, sister boxes, 'Xem thêm' and categories", () => {
    const lines = [
      "# Nguyễn Văn Bình (nhà giáo)",
      "Giao diện",
      "Bài viết này cần thêm chú thích nguồn gốc để kiểm chứng thông tin. (tháng 3/2023) |",
      "| Nguyễn Văn Bình | |",
      "|---|---|",
      "| Sinh | 1921 Hà Đông |",
      "| Nghề nghiệp | nhà giáo |",
      "**Nguyễn Văn Bình** (1921–1999) là một nhà giáo, nhà nghiên cứu giáo dục người Việt Nam, từng dạy học ở nhiều trường.",
      "## Sự nghiệp",
      "[sửa | sửa mã nguồn]Ông tốt nghiệp trường sư phạm năm 1942, sau đó dạy học ở Hà Nội và tham gia biên soạn sách giáo khoa.",
      "## Tham khảo",
      "[sửa | sửa mã nguồn]- ^",
      "**^**Trần Văn An (2005). *Các nhà giáo Việt Nam*. Nhà xuất bản Giáo dục. tr. 12.",
      ": Kiểm tra giá trị ngày tháng trong:`|date=`",
      "(trợ giúp)Quản lý CS1: định dạng ngày tháng (liên kết) - Lê Văn Hòa (2010). *Lịch sử giáo dục*.",
      "## Xem thêm",
      "[sửa | sửa mã nguồn]- Giáo dục Việt Nam",
      "- Danh sách nhà giáo nhân dân",
      "[sửa | sửa mã nguồn]| Từ điển từ Wiktionary | |",
      "| Tập tin phương tiện từ Commons | |",
      "- Sinh năm 1921",
      "- Mất năm 1999",
      "- Nhà giáo Việt Nam",
      "- Người Hà Đông",
    ];
    const c = classifyLines(lines);
    const removed = (l: string) => c[lines.indexOf(l)];
    for (const l of ["Giao diện", lines[2], ": Kiểm tra giá trị ngày tháng trong:`|date=`"]) {
      expect(removed(l), l).toMatchObject({ chrome: true, reason: "wikipedia-nav" });
    }
    for (const l of [
      "## Xem thêm",
      "[sửa | sửa mã nguồn]- Giáo dục Việt Nam",
      "- Danh sách nhà giáo nhân dân",
    ]) {
      expect(removed(l), l).toMatchObject({ chrome: true, reason: "related" });
    }
    expect(removed("| Tập tin phương tiện từ Commons | |").chrome).toBe(true);
    for (const l of ["- Sinh năm 1921", "- Mất năm 1999", "- Nhà giáo Việt Nam", "- Người Hà Đông"]) {
      expect(removed(l), l).toMatchObject({ chrome: true, reason: "categories" });
    }
    // content: the infobox rows, the lead, the headings, the reference
    for (const l of [lines[3], lines[5], lines[6], lines[7], "## Sự nghiệp", "## Tham khảo", lines[12]]) {
      expect(removed(l).kind, l).toBe("content");
    }
    // the edit link is cut from the heading's paragraph, which stays; alone (with a caret) it is chrome
    expect(removed(lines[9])).toMatchObject({
      kind: "content",
      cuts: [{ text: "[sửa | sửa mã nguồn]", reason: "edit-link" }],
    });
    expect(removed(lines[9]).rest).toBe(lines[9].replace("[sửa | sửa mã nguồn]", ""));
    expect(removed("[sửa | sửa mã nguồn]- ^")).toMatchObject({ chrome: true, reason: "edit-link" });
    // a citation-error message glued to a reference is cut from it; the reference stays
    const ref = removed(lines[14]);
    expect(ref.kind).toBe("content");
    expect(ref.rest).toBe(" - Lê Văn Hòa (2010). *Lịch sử giáo dục*.");
    expect(ref.cuts?.map((x) => x.reason)).toEqual(["wikipedia-nav", "wikipedia-nav"]);
  });

  it("should remove a document portal's placeholders, related list, comparison legend, notices and log-in pop-ups", () => {
    const doc = [
      "**Số hiệu:**",
      "12/2025/TT-BLĐTBXH",
      "**Loại văn bản:**",
      "Thông tư",
      "Ngày hiệu lực:**",
      "Đã biết",
      "**Tình trạng:**",
      "Đang cập nhật",
      "**BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI**",
      "**THÔNG TƯ**",
      "Hướng dẫn một số điều về thời giờ làm việc,",
      "thời giờ nghỉ ngơi của người lao động",
      `**Điều 1.** ${P1}`,
      `**Điều 2.** ${P2}`,
      `**Điều 3.** ${P3}`,
      `**Điều 4.** ${P4}`,
      "*Nơi nhận:*",
      "- Các Bộ, cơ quan ngang Bộ;",
      "- Cổng Thông tin điện tử Chính phủ;",
      "- Lưu: VT, PC.",
      "**KT. BỘ TRƯỞNG**",
      "**THỨ TRƯỞNG**",
    ];
    const chrome = [
      "Văn bản này chưa cập nhật nội dung Tiếng Anh",
      "## Văn bản liên quan",
      "Ban hành:",
      "15/11/2025",
      "Hiệu lực: Đã biết",
      "Tình trạng: Đã biết",
      "Văn bản bị thay thế",
      "Văn bản thay thế",
      "**Click trái** để xem cụ thể từng nội dung cần so sánh",
      "**FILE ĐƯỢC ĐÍNH KÈM THEO VĂN BẢN**",
      "**THÔNG BÁO **",
      "**Kính gửi:** Quý Thành viên,",
      "Quý Thành viên xác nhận giúp chúng tôi được tiếp tục lưu trữ, sử dụng những thông tin mà Quý Thành viên đã cung cấp.",
      "Tôi đã đọc và đồng ý Quy chế và Thỏa thuận Bảo vệ Dữ liệu cá nhân",
      "Tiếp tục sử dụng",
      "- Bạn vừa bị Đăng xuất khỏi Tài khoản .",
      "- Xin lỗi Quý khách vì sự bất tiện này!",
    ];
    const lines = [...doc, ...chrome];
    const c = classifyLines(lines);
    for (let i = 0; i < doc.length; i++) {
      if (i === 4 || i === 5 || i === 6 || i === 7) {
        // a field whose value is a members-only placeholder: label and value are chrome
        expect(c[i], doc[i]).toMatchObject({ chrome: true, reason: "template" });
      } else expect(c[i].kind, doc[i]).toBe("content");
    }
    for (let i = doc.length; i < lines.length; i++) expect(c[i].chrome, lines[i]).toBe(true);
    expect(c[lines.indexOf("Tiếp tục sử dụng")].reason).toBe("notice");
    expect(c[lines.indexOf("- Xin lỗi Quý khách vì sự bất tiện này!")].reason).toBe("login");
  });

  it("should remove comment counters and forms, app badges and a book catalogue's word cloud", () => {
    const news = [
      "## Khai mạc lễ hội văn hóa các dân tộc",
      P1,
      P2,
      P3,
      "Tối đa:",
      "1500 ký tựHiện chưa có bình luận nào, hãy là người đầu tiên bình luận",
    ];
    expectChrome(news, news.slice(4), ["comments"]);
    const counter = ["## Khai mạc lễ hội văn hóa các dân tộc", P1, P2, P3, "Bình luận (0)"];
    expectChrome(counter, ["Bình luận (0)"], ["comments"]);
    const badge = ["Download on the", "App Store", P1, P2, P3];
    expectChrome(badge, ["Download on the", "App Store"], ["app-banner"]);
    const book = [
      "## Lịch sử giáo dục Việt Nam |",
      P1,
      "### Thuật ngữ và cụm từ thông dụng",
      "education history school teacher village",
    ];
    expectChrome(
      book,
      ["### Thuật ngữ và cụm từ thông dụng", "education history school teacher village"],
      ["tags"],
    );
  });
});

describe("content that looks like chrome", () => {
  it("should keep a legal clause repeated on the page and repeated table cells", () => {
    const clause = "a) Tết Dương lịch: 01 ngày (ngày 01 tháng 01 dương lịch);";
    const lines = [
      P1,
      clause,
      P2,
      clause,
      "| STT | Nội dung | Cơ quan thực hiện |",
      "| 1 | Cấp phép | Sở Nội vụ |",
      "| 2 | Gia hạn | Sở Nội vụ |",
      P3,
      clause,
    ];
    expect(classifyLines(lines).every((c) => !c.chrome)).toBe(true);
  });

  it("should keep infobox rows and legal-field cells that use footer words", () => {
    // infobox rows at the top; a table's cells split one a line inside the body
    const lines = [
      "| Giấy phép | Số 15/GP-BTTTT do Bộ Thông tin và Truyền thông cấp |",
      "| Cơ quan chủ quản | Bộ Văn hóa, Thể thao và Du lịch |",
      P1,
      "**LĨNH VỰC QUẢNG CÁO**",
      "Quảng cáo",
      "Cục Văn hóa cơ sở",
      "**LĨNH VỰC BẢN QUYỀN**",
      "Bản quyền tác giả",
      "Cục Bản quyền tác giả",
      P2,
      "| Trụ sở | 12 đường Hùng Vương, thành phố Huế |",
      P3,
    ];
    expect(classifyLines(lines).map((c) => c.kind)).toEqual(lines.map(() => "content"));
  });

  it("should keep a document's addresses, recipients and signature block", () => {
    const lines = [
      P1,
      "Địa chỉ: số 12 đường Lê Lợi, phường Thuận Hóa, thành phố Huế.",
      P2,
      P3,
      "*Nơi nhận:*",
      "- Như Điều 3;",
      "- Cổng Thông tin điện tử tỉnh;",
      "- Lưu: VT, NC.",
      "**TM. ỦY BAN NHÂN DÂN**",
      "**KT. CHỦ TỊCH**",
      "**PHÓ CHỦ TỊCH**",
      "**Nguyễn Văn An**",
    ];
    expect(classifyLines(lines).map((c) => c.kind)).toEqual(lines.map(() => "content"));
  });

  it("should keep an article about bank accounts and log-in steps, and still remove a log-in pop-up", () => {
    // "tài khoản" (account), "đăng nhập" (log in) and "mật khẩu" (password) are the article's words here
    const article = [
      "# Ngân hàng đóng tài khoản thanh toán trong trường hợp nào?",
      "**>> Xem thêm: Hướng dẫn mở tài khoản ngân hàng trực tuyến**",
      "Ngân hàng thực hiện việc đóng tài khoản thanh toán của khách hàng theo quy định của Thông tư về tài khoản thanh toán.",
      "**Đóng tài khoản thanh toán**",
      "1. Việc đóng tài khoản thanh toán được thực hiện khi:",
      "a) Chủ tài khoản thanh toán có yêu cầu và đã thực hiện đầy đủ các nghĩa vụ liên quan;",
      "b) Chủ tài khoản thanh toán là cá nhân bị chết hoặc bị tuyên bố đã chết;",
      "c) Tổ chức có tài khoản thanh toán chấm dứt hoạt động theo quy định của pháp luật.",
      "**Hướng dẫn đổi mật khẩu trên ứng dụng ngân hàng:**",
      "**- Bước 1:** Đăng nhập vào ứng dụng bằng tài khoản đã đăng ký",
      "**- Bước 2:** Chọn mục Cài đặt, sau đó chọn Đổi mật khẩu",
      "**- Bước 3:** Nhập mật khẩu cũ, mật khẩu mới rồi bấm Xác nhận",
      "Như vậy, khách hàng nên bảo mật tài khoản và thay đổi mật khẩu định kỳ để tránh bị lộ thông tin.",
    ];
    const popup = [
      "- Bạn vừa bị Đăng xuất khỏi Tài khoản .",
      "Hiện tại có đủ người dùng cùng lúc,",
      "- Có phải do Tài khoản của bạn bị lộ mật khẩu",
      "- Xin lỗi Quý khách vì sự bất tiện này!",
    ];
    const lines = [...article, ...popup];
    const c = classifyLines(lines);
    for (let i = 0; i < article.length; i++) if (i !== 1) expect(c[i].kind, article[i]).toBe("content");
    expect(c[1].chrome, article[1]).toBe(true);
    for (let i = article.length; i < lines.length; i++)
      expect(c[i], lines[i]).toMatchObject({ chrome: true });
  });

  it("should keep a references section and an external link list", () => {
    const lines = [
      P1,
      P2,
      "## Tham khảo",
      "**^**Lê Văn Hòa (2010). *Lịch sử giáo dục*. Nhà xuất bản Khoa học xã hội.",
      "## Liên kết ngoài",
      "- Trang thông tin của Bảo tàng Giáo dục Lưu trữ ngày 3 tháng 5 năm 2016 tại Wayback Machine",
    ];
    expect(classifyLines(lines).map((c) => c.kind)).toEqual(lines.map(() => "content"));
  });
});

describe("the boilerplate profile", () => {
  const pages = Array.from(
    { length: 8 },
    (_, i) =>
      `Trang thông tin số ${i}: ${P1}\n${i % 2 ? P2 : P3}\nChia sẻ\nTrang chủ | Giới thiệu | Liên hệ | Sơ đồ site`,
  );

  it("should count each line once a document, on letters and digits only", () => {
    const profile = learnBoilerplate([
      ...pages,
      "**TRANG CHỦ** | giới thiệu | LIÊN HỆ | sơ đồ site\nTrang chủ | Giới thiệu | Liên hệ | Sơ đồ site",
    ]);
    expect(profile.documents).toBe(9);
    expect(profile.frequency("Trang chủ | Giới thiệu | Liên hệ | Sơ đồ site")).toBe(9);
    expect(profile.frequency(P2)).toBe(4);
    expect(profile.frequency("Trang thông tin số 3")).toBe(0);
    expect(profile.frequency("---")).toBe(0);
  });

  it("should give the same profile and the same decisions after a round trip through JSON", () => {
    const profile = learnBoilerplate(pages);
    const json = JSON.stringify(profile);
    const back = BoilerplateProfile.fromJSON(JSON.parse(json));
    expect(JSON.stringify(back)).toBe(json);
    for (const line of pages[0].split("\n")) expect(back.frequency(line)).toBe(profile.frequency(line));
    expect(stripChrome(pages[0], { boilerplate: JSON.parse(json) })).toEqual(
      stripChrome(pages[0], { boilerplate: profile }),
    );
    const a = parseArticle(pages[3], { boilerplate: back });
    expect(a.removed).toContainEqual({
      text: "Trang chủ | Giới thiệu | Liên hệ | Sơ đồ site",
      reason: "boilerplate",
    });
    expect(parseArticle(pages[3]).text).toContain("Trang chủ | Giới thiệu | Liên hệ | Sơ đồ site");
  });

  it("should learn from an async iterable as from an array", async () => {
    async function* stream() {
      for (const p of pages) yield p;
    }
    const a = await learnBoilerplate(stream());
    expect(JSON.stringify(a)).toBe(JSON.stringify(learnBoilerplate(pages)));
  });

  it("should refuse what is not a profile, and a profile of another format version", () => {
    expect(() => BoilerplateProfile.fromJSON({ format: "x" })).toThrow(TypeError);
    const json = JSON.parse(JSON.stringify(learnBoilerplate(pages)));
    expect(() => BoilerplateProfile.fromJSON({ ...json, version: 2 })).toThrow(RangeError);
    expect(() => BoilerplateProfile.fromJSON({ ...json, counts: "AAAA" })).toThrow(TypeError);
    expect(() => learnBoilerplate("abc" as unknown as string[])).toThrow(TypeError);
    expect(() => learnBoilerplate([1 as unknown as string])).toThrow(TypeError);
    expect(() => parseArticle("x", { boilerplate: 3 as never })).toThrow(TypeError);
  });

  it("should keep its memory fixed whatever the number of documents", () => {
    const small = learnBoilerplate(pages, { widthBits: 12 });
    const big = learnBoilerplate([...pages, ...pages, ...pages, ...pages], { widthBits: 12 });
    expect(small.counts.length).toBe(big.counts.length);
    expect(big.frequency("Chia sẻ")).toBe(32);
  });
});
