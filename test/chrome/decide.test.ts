// The page-level rules over the classifier's scores, with the scores set by hand: what a rule does
// when the classifier is wrong, on pages whose shape the crawl showed.
import { describe, expect, it } from "vitest";
import { decideLines, mergeBoilerplate } from "../../src/chrome/_lib/decide";
import { describeLines } from "../../src/chrome/_lib/line-features";

const PARA =
  "Theo quy định hiện hành, người lao động được nghỉ làm việc và hưởng nguyên lương trong những ngày lễ lớn của đất nước.";

/**
 * Decides `lines` with the classifier's score of each line given by `score`; `cut` lists the lines
 * that had an edit link cut out.
 */
function decide(lines: string[], score: (line: string, i: number) => number, cut: number[] = []): number[] {
  const info = describeLines(
    lines,
    lines.map((_, i) => cut.includes(i)),
  );
  const p = Float64Array.from(lines, (l, i) => score(l, i));
  return [...decideLines(info, p, 0.6)];
}

describe("decideLines", () => {
  it("should keep a table cell's text that the classifier scores over the threshold after a placeholder", () => {
    const lines = [
      "**Tình trạng:**",
      "|",
      "Đã biết",
      "|",
      "BỘ TÀI CHÍNH",
      "**CỤC HẢI QUAN**",
      "--------",
      "|",
      PARA,
      PARA,
    ];
    const d = decide(lines, (l) => (l === "BỘ TÀI CHÍNH" ? 0.61 : l === "Đã biết" ? 0.99 : 0.05));
    expect(d[2]).toBe(1);
    expect(d[4]).toBe(0);
    expect(d[5]).toBe(0);
  });

  it("should not let a list item the classifier alone calls chrome take the next items with it", () => {
    const lines = [
      "# Năm 1928",
      PARA,
      PARA,
      "## Giải thưởng",
      "- Vật lý - Nguyễn Văn An",
      "- Hóa học - Trần Thị Bình",
      "- Sinh lý học - Lê Văn Cường",
      "- Văn học - Phạm Thị Dung",
      "- Hòa bình - không có giải",
      "## Xem thêm",
      "- Năm 1927",
    ];
    const high: Record<number, number> = { 6: 0.62, 7: 0.57, 8: 0.76, 9: 0.98, 10: 0.9 };
    const d = decide(lines, (_, i) => high[i] ?? 0.05);
    expect(d.slice(0, 9)).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(d[9]).toBe(1);
  });

  it("should stop the head block at a paragraph it is sure of, so an edge phrase after it counts as body", () => {
    const lines = [
      "# Nhận tiền hỗ trợ khi chưa có tài khoản an sinh xã hội thế nào?",
      "**>> Xem thêm: Cách kiểm tra hồ sơ trên ứng dụng**",
      "**>> Xem thêm: Cách nộp hồ sơ trực tuyến**",
      "Ngày 29/8/2025, Chính phủ ban hành Nghị quyết về việc tặng quà cho nhân dân, việc tặng quà được thực hiện qua hai hình thức như sau:",
      "**Thứ nhất**, chuyển vào tài khoản an sinh xã hội trên ứng dụng định danh điện tử (trường hợp đã có tài khoản);",
      "**Thứ hai**, trực tiếp bằng tiền mặt (trường hợp chưa có tài khoản) tại điểm chi trả do địa phương tổ chức.",
      PARA,
    ];
    // the classifier, misled by "tài khoản", calls the two clauses chrome
    const d = decide(lines, (_, i) => (i === 4 || i === 5 ? 0.93 : i === 1 || i === 2 ? 0.5 : 0.1));
    expect(d[4]).toBe(0);
    expect(d[5]).toBe(0);
    expect(d[1]).toBe(1);
  });

  it("should take a pop-up's sentences outside the body between lines that carry evidence", () => {
    const lines = [
      PARA,
      PARA,
      "Thưa Quý khách,",
      "Đúng 14 tháng trước, ngày 31/3/2020, THƯ VIỆN PHÁP LUẬT đã bật Thông báo này, và nay xin bật lại.",
      "Hơn một năm qua, dù nhiều khó khăn, chúng tôi vẫn làm việc bình thường để phục vụ Quý khách.",
      "Chúng tôi cam kết dịch vụ sẽ được cung ứng bình thường trong mọi tình huống.",
      "Tiếp tục sử dụng",
    ];
    const d = decide(lines, (_, i) => (i === 4 ? 0.7 : i >= 2 ? 0.95 : 0.05));
    expect(d).toEqual([0, 0, 1, 1, 1, 1, 1]);
  });

  it("should keep a 'see more' pointer written as a sentence, and take the one written as a link's label", () => {
    const lines = [
      PARA,
      PARA,
      "Xem chi tiết thêm tại Thông tư 105/2025/TT-BTC ban hành ngày 31/10/2025.",
      PARA,
      "Xem chi tiết: Bảng giá đất mới nhất tại Quận 8",
      PARA,
    ];
    const d = decide(lines, (_, i) => (i === 2 ? 0.7 : i === 4 ? 0.7 : 0.05));
    expect(d[2]).toBe(0);
    expect(d[4]).toBe(1);
  });

  it("should keep an enumerated item whose number follows a kept item above a download button", () => {
    const lines = [
      PARA,
      "**1. **Bản tự kiểm điểm của tập thể;",
      "**2. **Biên bản hội nghị kiểm điểm;",
      "**Tải về** Mẫu biên bản họp chi ủy kiểm điểm tập thể",
      "**Tải về** Mẫu biên bản hội nghị đánh giá chất lượng",
      "**3. **Văn bản gợi ý kiểm điểm (nếu có);",
      "**4. **Kết quả đánh giá xếp loại tập thể lãnh đạo;",
      PARA,
    ];
    const d = decide(lines, (_, i) => (i === 3 || i === 4 ? 0.98 : i === 5 ? 0.66 : 0.05));
    expect(d).toEqual([0, 0, 0, 1, 1, 0, 0, 0]);
  });

  it("should keep a deeper subheading and its lines inside a content section", () => {
    const lines = [
      PARA,
      PARA,
      "## Đọc thêm",
      "### Tiếng Anh",
      "- Brocheux, Pierre (2007). Ho Chi Minh: A Biography. Cambridge University Press.",
      "### Tiếng Việt",
      "- Trần Dân Tiên (1949). Những mẩu chuyện về đời hoạt động của Hồ Chủ tịch.",
    ];
    const d = decide(lines, (_, i) => (i >= 3 ? 0.8 : 0.05));
    expect(d).toEqual([0, 0, 0, 0, 0, 0, 0]);
  });

  it("should keep a '>>' line that is a sentence opening a quotation, and take a teaser's headline", () => {
    const lines = [
      PARA,
      "**>> Lưu ý: **Căn cứ theo Mục 2 Chương II Báo cáo 219/BC-BNV năm 2025 có quy định rằng:",
      PARA,
      "**>> Hướng dẫn viết bản kiểm điểm cá nhân cuối năm 2025 mới nhất**",
      PARA,
    ];
    const d = decide(lines, () => 0.05);
    expect(d[1]).toBe(0);
    expect(d[3]).toBe(1);
  });
  it("should keep a section heading that carried an edit link, though a chrome phrase names it", () => {
    const lines = ["# Búp sen xanh", PARA, "## Nội dung chính", PARA, PARA];
    expect(decide(lines, (_, i) => (i === 2 ? 0.9 : 0.05), [2])[2]).toBe(0);
    // the same heading without an edit link is a legal portal's table of contents
    expect(decide(lines, (_, i) => (i === 2 ? 0.9 : 0.05))[2]).toBe(1);
  });

  it("should not let a table of contents' heading take the sentence after it", () => {
    const lines = [
      "# Tiêu chí phân loại đơn vị hành chính cấp xã từ 27/11/2025",
      "### Nội dung chính",
      "Ngày 27/11/2025, Chính phủ ban hành Nghị định 307/2025/NĐ-CP về phân loại đơn vị hành chính.",
      PARA,
      PARA,
    ];
    expect(decide(lines, (_, i) => (i === 1 ? 0.98 : i === 2 ? 0.85 : 0.05))).toEqual([0, 1, 0, 0, 0]);
  });

  it("should keep a document's title printed again with its date written another way", () => {
    const title =
      "Quyết định 2744/QĐ-UBND năm 2025 áp dụng và bãi bỏ các Quyết định của Ủy ban nhân dân tỉnh Quảng Bình lĩnh vực Văn hóa";
    const again =
      "Quyết định 2744/QĐ-UBND ngày 21/11/2025 áp dụng và bãi bỏ các Quyết định của Ủy ban nhân dân tỉnh Quảng Bình lĩnh vực Văn hóa";
    const lines = [
      PARA,
      PARA,
      title,
      "Văn bản này chưa cập nhật nội dung Tiếng Anh",
      again,
      "## Văn bản liên quan",
      "Ban hành:",
      "12/11/2025",
    ];
    const d = decide(lines, (_, i) => (i === 3 || i >= 5 ? 0.97 : 0.05));
    expect(d[3]).toBe(1);
    expect(d[4]).toBe(0);
  });
});

describe("mergeBoilerplate", () => {
  it("should let the profile take a list that ends the page, not an item its list goes on after", () => {
    const lines = [
      PARA,
      PARA,
      "## Liên kết ngoài",
      "- Chính phủ",
      "- Trang chính thức của Chính phủ Liên bang",
      "*Lược sử Quân lực Việt Nam Cộng hòa.*",
      "Phường",
      "Yên Bái",
      ", tỉnh",
      "Lào Cai",
      "- Huân chương Kháng chiến",
      "- Sinh năm 1935",
    ];
    const info = describeLines(
      lines,
      lines.map(() => false),
    );
    const without = Uint8Array.from(lines, (_, i) => (i === 11 ? 1 : 0));
    // the profile, on its own, would take every repeated short line
    const withProfile = Uint8Array.from(lines, (_, i) => (i >= 3 && i !== 4 && i !== 7 && i !== 9 ? 1 : 0));
    expect([...mergeBoilerplate(info, withProfile, without)]).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1]);
  });
});
