// HTML pages share the chrome families of text pages. Each page below is written for this test (no
// third-party text): an article container that also holds a site's boxes, as national news sites'
// templates do, so extractHtml keeps them and the line classifier must remove them, with the DOM's
// link share as evidence.
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/article/index";
import { extractHtml } from "../../src/html/index";

const SAPO =
  "(TTXVN) – Sáng 12/3/2024, Ban Thường vụ Tỉnh ủy tổ chức hội nghị bàn công tác chuẩn bị đại hội đảng bộ các cấp nhiệm kỳ 2025-2030.";
const BODY1 =
  "Theo báo cáo, đến nay các địa phương đã hoàn thành việc rà soát quy hoạch cán bộ, chuẩn bị nhân sự cấp ủy khóa mới và xây dựng dự thảo văn kiện.";
const BODY2 =
  "Phát biểu kết luận, đồng chí Bí thư Tỉnh ủy đề nghị các cấp ủy tập trung lãnh đạo, bảo đảm đại hội diễn ra đúng tiến độ, dân chủ và đúng quy định.";
const BODY3 =
  "Hội nghị cũng thống nhất lịch trình tổ chức đại hội điểm ở cấp cơ sở trong quý II, rút kinh nghiệm trước khi triển khai đại trà trên địa bàn toàn tỉnh.";

function page(inner: string): string {
  return `<html><head><title>Tỉnh ủy họp bàn công tác chuẩn bị đại hội - Báo Tỉnh nhà</title></head><body>
<article class="detail">
<h1>Tỉnh ủy họp bàn công tác chuẩn bị đại hội</h1>
${inner}
</article></body></html>`;
}

const links = (titles: string[]) =>
  titles.map((t, i) => `<li><a href="/tin-${i}.html">${t}</a></li>`).join("\n");

const HEADLINES = [
  "Khai mạc hội chợ hàng nông sản của tỉnh tại nhà văn hóa trung tâm",
  "Công bố kết quả kỳ thi chọn học sinh giỏi cấp tỉnh năm học mới",
  "Ra quân chiến dịch làm sạch môi trường trên các tuyến đường chính",
];

/** The article's own paragraphs must all stay, the box's lines must all go with one of `reasons`. */
function expectRemoved(html: string, box: string[], reasons: string[]): void {
  const a = parseArticle({ html, url: "https://baotinhnha.vn/a.html" });
  for (const p of [SAPO, BODY1, BODY2, BODY3]) expect(a.text, p.slice(0, 40)).toContain(p);
  for (const line of box) {
    expect(a.text, line).not.toContain(line);
    const r = a.removed.find((x) => x.text === line);
    expect(r, `${line} is listed in removed`).toBeDefined();
    expect(reasons, `${line}: ${r?.reason}`).toContain(r?.reason);
  }
}

describe("chrome families in HTML pages", () => {
  it("should give each block its link share and structure from the DOM", () => {
    const ex = extractHtml(page(`<p>${SAPO}</p><ul>${links(HEADLINES.slice(0, 1))}</ul><h2>Phần hai</h2>`));
    expect(ex.structure).toHaveLength(ex.blocks.length);
    const item = ex.blocks.indexOf(HEADLINES[0]);
    expect(ex.structure[item]).toMatchObject({ linkShare: 1, listItem: true, heading: 0 });
    expect(ex.structure[ex.blocks.indexOf("Phần hai")]).toMatchObject({ heading: 2, linkShare: 0 });
    expect(ex.structure[ex.blocks.indexOf(SAPO)]).toMatchObject({ linkShare: 0, listItem: false });
  });

  it("should remove a related box after the body: its heading and the linked headlines under it", () => {
    const html = page(`<p>${SAPO}</p><p>${BODY1}</p><p>${BODY2}</p><p>${BODY3}</p>
<div class="box"><h3>TIN LIÊN QUAN</h3><ul>${links(HEADLINES)}</ul></div>`);
    expectRemoved(html, ["TIN LIÊN QUAN", ...HEADLINES], ["related"]);
  });

  it("should remove a 'Tham khảo thêm' box in the middle of the body", () => {
    const html = page(`<p>${SAPO}</p><p>${BODY1}</p>
<div class="box"><p><strong>Tham khảo thêm</strong></p><ul>${links(HEADLINES.slice(0, 2))}</ul></div>
<p>${BODY2}</p><p>${BODY3}</p>`);
    expectRemoved(html, ["Tham khảo thêm", ...HEADLINES.slice(0, 2)], ["related"]);
  });

  it("should remove sidebar lists ('Tin nóng', 'Đọc nhiều') left inside the container", () => {
    const html = page(`<p>${SAPO}</p><p>${BODY1}</p><p>${BODY2}</p><p>${BODY3}</p>
<div><h4>Tin nóng</h4><ul>${links(HEADLINES.slice(0, 2))}</ul><h4>Đọc nhiều</h4><ul>${links(HEADLINES.slice(2))}</ul></div>`);
    expectRemoved(html, ["Tin nóng", "Đọc nhiều", ...HEADLINES], ["related"]);
  });

  it("should remove a section label between the sapo and the body", () => {
    const html = page(
      `<p>${SAPO}</p><div class="label"><a href="/tin-moi">TIN MỚI</a></div><p>${BODY1}</p><p>${BODY2}</p><p>${BODY3}</p>`,
    );
    expectRemoved(html, ["TIN MỚI"], ["related"]);
  });

  it("should keep the dateline and byline as header facts and remove the share buttons beside them", () => {
    const html = page(`<div class="meta"><span>Thứ Ba, 12/03/2024 10:30</span></div>
<div><a href="#">Chia sẻ</a></div><div><a href="#">In bài</a></div>
<p>${SAPO}</p><p>${BODY1}</p><p>${BODY2}</p><p>${BODY3}</p><p><strong>Minh Anh</strong></p>`);
    expectRemoved(html, ["Chia sẻ", "In bài"], ["share-bar"]);
    const a = parseArticle({ html });
    expect(a.published?.date).toBe("2024-03-12");
    expect(a.authors).toEqual(["Minh Anh"]);
  });

  it("should keep a list of links that is the article's own content (a document's annexes)", () => {
    const annexes = [
      "Phụ lục I: Danh mục các đơn vị hành chính cấp xã thực hiện sắp xếp",
      "Phụ lục II: Phương án bố trí cán bộ, công chức sau sắp xếp",
    ];
    const html = page(
      `<p>${SAPO}</p><p>${BODY1}</p><p>Kế hoạch kèm theo các phụ lục sau:</p><ul>${links(annexes)}</ul><p>${BODY2}</p><p>${BODY3}</p>`,
    );
    const a = parseArticle({ html });
    for (const x of annexes) expect(a.text).toContain(x);
  });
});
