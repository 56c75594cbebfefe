// Hand-written pages for the chrome tests: an invented article body (not third-party text) wrapped
// in the widgets of each chrome family.

/** The article's own lines, all content. */
export const ARTICLE = {
  title: "Tỉnh ủy họp bàn công tác chuẩn bị đại hội đảng bộ các cấp",
  dateline:
    "(NDO) – Sáng 12/3/2024, Ban Thường vụ Tỉnh ủy tổ chức hội nghị bàn công tác chuẩn bị đại hội đảng bộ các cấp nhiệm kỳ 2025-2030.",
  body1:
    "Theo báo cáo, đến nay các địa phương đã hoàn thành việc rà soát quy hoạch cán bộ, chuẩn bị nhân sự cấp ủy khóa mới và xây dựng dự thảo văn kiện.",
  caption: "Quang cảnh hội nghị. Ảnh: Minh Anh",
  body2:
    "Phát biểu kết luận, đồng chí Bí thư Tỉnh ủy đề nghị các cấp ủy tập trung lãnh đạo, bảo đảm đại hội diễn ra đúng tiến độ, dân chủ và đúng quy định.",
  byline: "Thu Hà",
  credit: "Theo Báo Nhân Dân",
};

/** The article's lines in page order, with blank lines between paragraphs. */
export function articleLines(): string[] {
  const a = ARTICLE;
  return [a.title, "", a.dateline, "", a.body1, "", a.caption, "", a.body2, "", a.byline, a.credit];
}

/** One chrome family: widget lines before and after the article, and the reason expected for each. */
export interface Family {
  name: string;
  head: string[];
  tail: string[];
  reasons: string[];
}

export const FAMILIES: Family[] = [
  {
    name: "app banner",
    head: ["Tải ứng dụng Báo Điện tử", "Download on the", "App Store", "Get it on", "Google Play"],
    tail: [],
    reasons: ["app-banner"],
  },
  {
    name: "share and print bar",
    head: [],
    tail: ["Chia sẻ bài viết", "Facebook", "Zalo", "In bài viết", "Gửi email", "Copy link"],
    reasons: ["share-bar"],
  },
  {
    name: "related-article list",
    head: [],
    tail: [
      "Tin liên quan",
      "Hà Nội khai mạc hội chợ hàng Việt Nam lần thứ ba tại Cung Văn hóa",
      "Công bố kết quả thi tốt nghiệp trung học phổ thông năm 2024",
      "Xem thêm",
    ],
    reasons: ["related"],
  },
  {
    name: "tag line",
    head: [],
    tail: ["Từ khóa: đại hội đảng, công tác cán bộ, Tỉnh ủy", "#daihoidang #tinhuy"],
    reasons: ["tags"],
  },
  {
    name: "comment box",
    head: [],
    tail: [
      "Bình luận (0)",
      "Gửi bình luận",
      "Họ và tên",
      "Email",
      "Vui lòng nhập nội dung bình luận",
      "Chưa có bình luận nào cho bài viết này.",
    ],
    reasons: ["comments", "share-bar"],
  },
  {
    name: "copyright footer",
    head: [],
    tail: [
      "© 2024 Báo điện tử Tỉnh nhà. All rights reserved.",
      "Giấy phép số 123/GP-BTTTT do Bộ Thông tin và Truyền thông cấp ngày 1/1/2020",
      "Tổng biên tập: Trần Văn Bình",
      "Địa chỉ: 12 đường Hùng Vương, thành phố Đông Hà",
      "Điện thoại: 0233 3852 123",
      "Ghi rõ nguồn khi phát hành lại thông tin từ website này.",
    ],
    reasons: ["copyright"],
  },
  {
    name: "menu",
    head: ["Trang chủ", "Thời sự", "Chính trị", "Kinh tế", "Xã hội", "Thế giới", "Văn hóa", "Thể thao"],
    tail: [],
    reasons: ["menu"],
  },
  {
    name: "unfilled template fields",
    head: ["{title}"],
    tail: ["Ngày đăng: {publish}", "Tác giả: {{author}}"],
    reasons: ["template"],
  },
  {
    name: "Wikipedia navigation",
    head: ["Bước tới nội dung", "Từ Wikipedia, bách khoa toàn thư mở"],
    tail: [
      "Thể loại: Chính trị Việt Nam",
      "Trang này được sửa đổi lần cuối vào ngày 1 tháng 3 năm 2024, lúc 10:00.",
      "Văn bản được phát hành theo Giấy phép Creative Commons Ghi công–Chia sẻ tương tự; có thể áp dụng điều khoản bổ sung.",
    ],
    reasons: ["wikipedia-nav"],
  },
  {
    name: "poll box",
    head: [],
    tail: ["Thăm dò ý kiến", "Bạn nghĩ sao?", "Bình chọn", "Xem kết quả"],
    reasons: ["poll"],
  },
  {
    name: "visitor statistics",
    head: [],
    tail: [
      "Thống kê truy cập",
      "  • Đang truy cập Đang truy cập 35",
      "    • Hôm nay: 1.204",
      "    • Tổng lượt truy cập: 5.123.456",
      "357 Lên đầu trang",
    ],
    reasons: ["visitor-stats", "go-top"],
  },
  {
    name: "hotline widget",
    head: [],
    tail: ["Đường dây nóng: 0912 345 678", "Gọi tổng đài để gửi góp ý, phản ánh về bài viết"],
    reasons: ["hotline"],
  },
];
