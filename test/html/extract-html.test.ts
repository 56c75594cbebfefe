import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/article/index";
import { extractHtml, sniffCharset } from "../../src/html/index";
import { hasShared, sharedPath } from "../_shared";
import { linearTimes } from "../xml/_helpers";

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), "..", "fixtures", "html");
const fixture = (name: string) => readFileSync(join(FIXTURES, name));

describe("extractHtml on a provincial party paper (table layout, ASP.NET form, no metadata tags)", () => {
  const r = extractHtml(fixture("provincial-party-paper.html"));

  it("should keep the body inside the page-wide form and the lead kept beside it", () => {
    expect(r.blocks[0]).toMatch(/^\(QTO\) – Thời gian qua/);
    expect(r.blocks).toContain("Minh Anh");
    expect(r.blocks.some((b) => b.includes("Chỉ thị số 10-CT/TW"))).toBe(true);
  });

  it("should split at <br> and keep curly quotes from character references", () => {
    expect(r.blocks).toContain("Ảnh: Minh Anh");
    expect(r.blocks).toContain("Chi bộ thôn Tân Lập sinh hoạt chuyên đề");
    expect(r.blocks.join("\n")).toContain("cho biết: “Mỗi kỳ sinh hoạt");
  });

  it("should take the title from <title> without the site name and the date from the dateline", () => {
    expect(r.meta.title).toBe("Nâng cao chất lượng sinh hoạt chi bộ ở cơ sở");
    expect(r.meta.published).toBe("2020-07-01T08:15");
  });

  it("should list menus, poll, counters and footer as removed with a reason, and drop scripts", () => {
    const reasons = new Map(r.removed.map((x) => [x.text, x.reason]));
    expect(reasons.get("Trang chủ Chính trị Xây dựng Đảng Kinh tế")).toMatch(/menu/);
    expect(reasons.get("Lượt xem: 1.234")).toBe("outside main content");
    expect(reasons.get("Go top")).toBe("outside main content");
    expect([...reasons.keys()].some((t) => t.startsWith("Bình chọn"))).toBe(true);
    expect(r.removed.some((x) => x.text.includes("Giấy phép số 123/GP-BTTTT"))).toBe(true);
    expect(r.blocks.join(" ")).not.toMatch(/_gaq|Tin liên quan|Bình chọn|Đang truy cập/);
  });
});

describe("extractHtml on a government portal (itemprop=articleBody, JSON-LD)", () => {
  const r = extractHtml(fixture("government-portal.html"), { url: "https://chinhphu.example.vn/x" });

  it("should read metadata from Open Graph, article:published_time and JSON-LD", () => {
    expect(r.meta).toMatchObject({
      title: "Thủ tướng chủ trì phiên họp Chính phủ thường kỳ tháng 6",
      published: "2024-06-01T09:30:00+07:00",
      authors: ["Đức Tuân"],
      siteName: "Cổng Thông tin điện tử Chính phủ",
      url: "https://chinhphu.example.vn/thu-tuong-chu-tri-phien-hop-102240601.htm",
    });
  });

  it("should give the sapo, caption, paragraphs and table rows in order", () => {
    expect(r.blocks[0]).toMatch(/^\(Chinhphu\.vn\) - Sáng 1\/6/);
    expect(r.blocks[1]).toBe("Quang cảnh phiên họp - Ảnh: VGP");
    // a data table's row is one block, its cells joined by a tab
    const row = r.blocks.indexOf("Tăng trưởng quý I\t5,66%");
    expect(row).toBeGreaterThan(1);
    expect(r.structure[row]).toMatchObject({ tableCell: true, cells: ["Tăng trưởng quý I", "5,66%"] });
    expect(r.blocks.at(-1)).toBe("Đức Tuân");
    expect(r.container).toBe("itemprop");
  });

  it("should drop the header menu, navigation, related box, aside, footer and inline script", () => {
    const reasons = r.removed.map((x) => x.reason);
    expect(reasons).toEqual(
      expect.arrayContaining(["header menu", "navigation", "aside", "footer", "script"]),
    );
    expect(r.blocks.join(" ")).not.toMatch(/Đọc nhiều|Tin liên quan|adsbygoogle|Trang chủ/);
  });
});

describe("extractHtml on a national daily (<article class=fck_detail>, JSON-LD @graph)", () => {
  const r = extractHtml(fixture("national-daily.html"));

  it("should take authors from JSON-LD and the canonical URL", () => {
    expect(r.meta.authors).toEqual(["Hoàng Minh", "Thu Hà"]);
    expect(r.meta.url).toBe("https://nhatbao.example.vn/quoc-hoi-thong-qua-luat-dat-dai-4700000.html");
    expect(r.meta.title).toBe("Quốc hội thông qua Luật Đất đai (sửa đổi)");
  });

  it("should give headings, list items and quotes as blocks and leave comments and sidebars out", () => {
    expect(r.blocks).toEqual(
      expect.arrayContaining([
        "Bảng giá đất điều chỉnh hằng năm",
        "Bỏ khung giá đất;",
        "Luật có hiệu lực từ ngày 1/1/2025.",
      ]),
    );
    expect(r.blocks[0]).toMatch(/^Sáng 18\/1/);
    expect(r.blocks.join(" ")).not.toMatch(/Ý kiến bạn đọc|Xem nhiều|Chia sẻ|JavaScript/);
    expect(r.removed.find((x) => x.text.includes("JavaScript"))?.reason).toBe("noscript");
  });
});

describe("extractHtml metadata rules", () => {
  it("should leave out an author that is a domain, and split several names", () => {
    const page =
      '<meta name="author" content="baomau.vn"><p>Một đoạn văn đủ dài để làm nội dung chính của trang.</p>';
    expect(extractHtml(page).meta.authors).toBeUndefined();
    const two = '<meta name="author" content="Minh Anh; Thu Hà"><p>x</p>';
    expect(extractHtml(two).meta.authors).toEqual(["Minh Anh", "Thu Hà"]);
  });

  it("should resolve a relative canonical link against the page URL", () => {
    const page = '<link rel="canonical" href="/tin/a.html"><p>x</p>';
    expect(extractHtml(page, { url: "https://bao.vn/b" }).meta.url).toBe("https://bao.vn/tin/a.html");
    expect(extractHtml("<p>x</p>", { url: "https://bao.vn/b" }).meta.url).toBe("https://bao.vn/b");
  });

  it("should decode named and numeric character references in text and attributes", () => {
    const r = extractHtml(
      '<meta property="og:title" content="Ch&#237;nh ph&#x1EE7;"><p>Đảng&nbsp;&amp; Nh&agrave; nước</p>',
    );
    expect(r.meta.title).toBe("Chính phủ");
    expect(r.blocks).toEqual(["Đảng & Nhà nước"]);
  });

  it("should score paragraphs by text density when no container is marked", () => {
    const para = "Đây là một đoạn văn dài của bài báo, có dấu phẩy, có nhiều chữ để được chấm điểm cao.";
    const page = `<div class="top"><a href="/">Trang chủ</a> <a href="/x">Thời sự</a></div>
      <div class="wrap"><div class="c1"><p>${para}</p><p>${para}</p><p>${para}</p></div>
      <div class="c2"><a href="/1">Tin khác một</a><br><a href="/2">Tin khác hai</a></div></div>`;
    const r = extractHtml(page);
    expect(r.container).toBe("density");
    expect(r.blocks).toEqual([para, para, para]);
    expect(r.removed.map((x) => x.text)).toContain("Tin khác một");
  });

  it("should drop hidden elements", () => {
    const r = extractHtml(
      '<article><p>Hiện.</p><p style="display: none">Ẩn.</p><div hidden>Ẩn 2</div></article>',
    );
    expect(r.blocks).toEqual(["Hiện."]);
    expect(r.removed.map((x) => x.reason)).toEqual(["hidden", "hidden"]);
  });
});

describe("HTML tables", () => {
  const page = (table: string) =>
    `<html><body><article><h1>Danh sách lãnh đạo tỉnh</h1><p>(TTXVN) - Hội đồng nhân dân tỉnh đã bầu các chức danh lãnh đạo của tỉnh nhiệm kỳ mới như sau.</p>${table}<p>Các đại biểu đã biểu quyết thông qua nghị quyết với tỷ lệ tán thành cao.</p></article></body></html>`;

  it("should read a data table's rows as tab-joined paragraphs and list the table", () => {
    const a = parseArticle({
      html: page(
        '<table><tr><th>Chức vụ</th><th>Họ tên</th></tr><tr><td>Chủ tịch UBND tỉnh</td><td><a href="https://x.vn/an">Nguyễn Văn An</a></td></tr><tr><td><p>Phó Chủ tịch</p></td><td>Trần Văn Bình<br>(từ 2023)</td></tr></table>',
      ),
    });
    expect(a.tables).toHaveLength(1);
    expect(a.tables[0]!.rows).toEqual([
      ["Chức vụ", "Họ tên"],
      ["Chủ tịch UBND tỉnh", "Nguyễn Văn An"],
      ["Phó Chủ tịch", "Trần Văn Bình (từ 2023)"],
    ]);
    expect(a.text.slice(a.tables[0]!.start, a.tables[0]!.end)).toBe(a.tables[0]!.text);
    expect(a.paragraphs.map((p) => p.text)).toContain("Chủ tịch UBND tỉnh\tNguyễn Văn An");
    expect(a.links.map((l) => [l.text, l.href])).toEqual([["Nguyễn Văn An", "https://x.vn/an"]]);
  });

  it("should leave a layout table (a cell holding a list or a table) as blocks, not a table", () => {
    const a = parseArticle({
      html: page("<table><tr><td><div>Bố cục trang</div><ul><li>Mục một</li></ul></td></tr></table>"),
    });
    expect(a.tables).toEqual([]);
  });

  it("should keep two tables apart", () => {
    const a = parseArticle({
      html: page(
        "<table><tr><td>Năm</td><td>2024</td></tr></table><table><tr><td>Số xã</td><td>3.321</td></tr></table>",
      ),
    });
    expect(a.tables.map((t) => t.rows)).toEqual([[["Năm", "2024"]], [["Số xã", "3.321"]]]);
  });
});

describe("extractHtml on bytes", () => {
  it("should read UTF-8 by default and report the encoding", () => {
    const r = extractHtml(new TextEncoder().encode("<p>Đảng Cộng sản Việt Nam</p>"));
    expect(r.encoding).toBe("utf-8");
    expect(r.blocks).toEqual(["Đảng Cộng sản Việt Nam"]);
  });

  it("should honour a declared windows-1252 charset", () => {
    const head = new TextEncoder().encode('<meta charset="windows-1252"><p>Caf');
    const bytes = new Uint8Array([...head, 0xe9, 0x20, 0x80, ...new TextEncoder().encode("</p>")]);
    const r = extractHtml(bytes);
    expect(r.encoding).toBe("windows-1252");
    expect(r.blocks).toEqual(["Café €"]);
  });

  it("should honour an http-equiv Content-Type charset", () => {
    const html = '<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1"><p>Ni\xf1o</p>';
    const bytes = Uint8Array.from(html, (c) => c.charCodeAt(0));
    expect(sniffCharset(bytes)).toBe("iso-8859-1");
    expect(extractHtml(bytes).blocks).toEqual(["Niño"]);
  });

  it("should fall back to Windows-1252 on invalid UTF-8 without a declaration", () => {
    const bytes = new Uint8Array([0x3c, 0x70, 0x3e, 0x41, 0xff, 0x42, 0x3c, 0x2f, 0x70, 0x3e]);
    const r = extractHtml(bytes);
    expect(r.blocks).toEqual(["AÿB"]);
    expect(r.encoding).toBe("windows-1252");
  });

  it("should send a page declared in a Vietnamese legacy charset to decodeLegacy", () => {
    // "Việt Nam" in TCVN3 (ABC): "ViÖt Nam" as Windows-1252 shows it.
    const html = '<meta charset="tcvn3"><p>Vi\xd6t Nam</p>';
    const r = extractHtml(Uint8Array.from(html, (c) => c.charCodeAt(0)));
    expect(r.encoding).toBe("tcvn3");
    expect(r.blocks).toEqual(["Việt Nam"]);
  });

  it("should strip a UTF-8 byte order mark", () => {
    const r = extractHtml(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode("<p>Hà Nội</p>")]));
    expect(r.blocks).toEqual(["Hà Nội"]);
  });
});

describe("extractHtml on legacy text in a string", () => {
  it("should decode blocks and title of a TCVN3 page read as Windows-1252", () => {
    const page =
      "<title>\u00a7\u00b6ng C\u00e9ng s\u00b6n</title><article><p>Vi\u00d6t Nam l\u00b5 m\u00e9t n\u00ad\u00edc. \u00a7\u00b6ng C\u00e9ng s\u00b6n Vi\u00d6t Nam l\u00b7nh \u00ae\u00b9o.</p></article>";
    const r = extractHtml(page);
    expect(r.encoding).toBe("tcvn3");
    expect(r.blocks[0]).toContain("Việt Nam là một nước");
    expect(r.meta.title).toBe("Đảng Cộng sản");
  });

  it("should leave Unicode Vietnamese and plain ASCII pages alone", () => {
    expect(extractHtml("<p>Việt Nam</p>").encoding).toBe("unicode");
    expect(extractHtml("<p>Caf\u00e9 au lait</p>").blocks).toEqual(["Café au lait"]);
  });
});

describe("extractHtml robustness", () => {
  it("should throw a TypeError naming the argument on a wrong type", () => {
    expect(() => extractHtml(42 as never)).toThrow(
      /extractHtml: expected input to be a string or a Uint8Array, got a number/,
    );
    expect(() => extractHtml("<p>x</p>", { url: 3 } as never)).toThrow(/options\.url/);
    expect(() => extractHtml("<p>x</p>", "x" as never)).toThrow(TypeError);
  });

  it("should not mutate its input", () => {
    const bytes = new TextEncoder().encode("<p>Hà Nội</p>");
    const copy = bytes.slice();
    extractHtml(bytes);
    expect(bytes).toEqual(copy);
  });

  it("should never throw on any string or bytes", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: "binary", maxLength: 400 }),
        fc.uint8Array({ maxLength: 300 }),
        (s, b) => {
          const r = extractHtml(s);
          expect(Array.isArray(r.blocks)).toBe(true);
          extractHtml(
            `<html><head><title>${s}</title><script type="application/ld+json">${s}</script></head><body><article><p>${s}</p></article></body></html>`,
          );
          extractHtml(b);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("should handle deeply nested markup without overflowing the stack", () => {
    const deep = `${"<div>".repeat(50_000)}<p>Sâu</p>${"</div>".repeat(50_000)}`;
    expect(extractHtml(deep).blocks).toEqual(["Sâu"]);
  });

  it("should take linear time on adversarial input", () => {
    const build = (n: number) => {
      const unit =
        '<div class="publish_publish_ advert_advert_"><a href="#">1/1/2020 </a><p>Ban Ban Ban, 10:10 ';
      return `<meta name="author" content="${"a,".repeat(n / 20)}">${unit.repeat(n / unit.length)}${"<".repeat(n / 10)}`;
    };
    const { small, large } = linearTimes(build, (input) => extractHtml(input));
    expect(large).toBeLessThan(small * 30);
  });
});

describe.skipIf(!hasShared)("extractHtml on a real saved page", () => {
  it("should read the government portal home page's metadata and leave domains out of authors", () => {
    const r = extractHtml(readFileSync(sharedPath("dev", "html", "vpcp_chinhphu_home_2024-12.html")));
    expect(r.encoding).toBe("utf-8");
    expect(r.meta.title).toBe("Website Văn phòng Chính phủ");
    expect(r.meta.url).toBe("https://vpcp.chinhphu.vn/");
    expect(r.meta.authors).toBeUndefined();
    expect(r.blocks.length).toBeGreaterThan(0);
    expect(r.blocks.join(" ")).not.toMatch(/function\s*\(|\{\s*var /);
  });
});
