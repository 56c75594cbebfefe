import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { classifyLines, stripChrome } from "../../src/chrome/index";
import { hasShared, SEED_TEXT, sharedPath } from "../_shared";
import { timeCall } from "../_timing";
import { ARTICLE, articleLines, FAMILIES } from "./fixtures";

const SEED = SEED_TEXT;

const SEED_TAIL = [
  "182 Go top",
  "Hiện tại không có bình chọn nào đang hoạt động.",
  "Thống kê truy cập",
  "• Người trực tuyến Người trực tuyến",
  "• Khách Khách 748",
  "• Thành viên Thành viên 0",
  "• Tổng Tổng 748",
  "• Tổng lượt truy cập: Tổng lượt truy cập: 29621682",
];

describe("classifyLines on hand-made pages, one per chrome family", () => {
  for (const f of FAMILIES) {
    it(`should remove the ${f.name} and keep every article line`, () => {
      const lines = [...f.head, ...articleLines(), "", ...f.tail];
      const classes = classifyLines(lines);
      const body = articleLines();
      for (let i = 0; i < lines.length; i++) {
        const inArticle = i >= f.head.length && i < f.head.length + body.length;
        const c = classes[i];
        if (!lines[i].trim()) expect(c.kind).toBe("blank");
        else if (inArticle) expect(c, lines[i]).toMatchObject({ chrome: false, kind: "content" });
        else {
          expect(c.chrome, lines[i]).toBe(true);
          expect(f.reasons).toContain(c.reason);
        }
      }
    });
  }

  it("should keep the title, dateline, caption, byline and credit as content", () => {
    const classes = classifyLines(articleLines());
    for (const c of classes) if (c.line) expect(c.kind, c.line).toBe("content");
    expect(classes.map((c) => c.line)).toContain(ARTICLE.credit);
  });

  it("should keep a pen name that follows a share bar", () => {
    const lines = [...articleLines().slice(0, 9), "", "Chia sẻ", "Facebook", "Zalo", "Minh Anh"];
    const c = classifyLines(lines);
    expect(c[c.length - 1]).toMatchObject({ kind: "content" });
    expect(c[c.length - 2]).toMatchObject({ reason: "share-bar" });
  });

  it("should keep a body paragraph that mentions a hotline or comments", () => {
    const a = ARTICLE;
    const mid =
      "Người dân có thể gọi tổng đài 1022 hoặc đường dây nóng của tỉnh để phản ánh, bình luận về các vấn đề bức xúc.";
    const lines = [a.title, a.dateline, mid, a.body1, a.body2];
    expect(classifyLines(lines).every((c) => !c.chrome)).toBe(true);
  });

  it("should keep a line repeated inside the page when nothing else says it is chrome", () => {
    const a = ARTICLE;
    const lines = [
      "Chúng tôi luôn sẵn sàng hỗ trợ",
      a.body1,
      "",
      "Gọi tổng đài",
      a.body1,
      a.body2,
      "Chúng tôi luôn sẵn sàng hỗ trợ",
    ];
    const c = classifyLines(lines);
    // repetition is evidence, not a verdict: both copies of the paragraph and of the slogan stay,
    // and a hotline button's words inside the body are not enough either
    expect(c.map((x) => x.chrome)).toEqual([false, false, false, false, false, false, false]);
  });

  it("should keep a quoted document's signature block and repeated table cells", () => {
    const a = ARTICLE;
    const lines = [
      a.title,
      a.dateline,
      "Đạt",
      a.body1,
      "Đạt",
      a.body2,
      "Nơi nhận:",
      "KT. BỘ TRƯỞNG",
      "THỨ TRƯỞNG",
      "(Đã ký)",
      "Nguyễn Văn Nam",
      "Địa chỉ: số 1 Hoàng Hoa Thám, Hà Nội",
    ];
    expect(classifyLines(lines).filter((c) => c.chrome)).toEqual([]);
  });

  it("should keep a Wikipedia section heading that carries an edit link, and drop the navbox", () => {
    const a = ARTICLE;
    const lines = [
      "Bước tới nội dung",
      a.title,
      "Lịch sử[sửa | sửa mã nguồn]",
      a.body1,
      a.body2,
      "x t s",
      "Bài viết này còn sơ khai. Bạn có thể giúp Wikipedia mở rộng nội dung để bài được hoàn chỉnh hơn.",
      "Lấy từ “https://vi.wikipedia.org/w/index.php?title=Tỉnh_ủy&oldid=1”",
    ];
    expect(classifyLines(lines).map((c) => c.chrome)).toEqual([
      true,
      false,
      false,
      false,
      false,
      true,
      true,
      true,
    ]);
  });

  it("should read markdown buttons by their label and never take the title after a related header above it", () => {
    const lines = [
      "**Tin liên quan**",
      "[Chia sẻ](https://facebook.com/sharer?u=x)",
      "[Xem thêm](https://example.vn/abc.htm)",
      ...articleLines(),
      "[Tải ứng dụng](https://apps.example.com/vn/app/x)",
      "Nguồn: https://example.vn/x.htm",
    ];
    const c = classifyLines(lines);
    expect(c.slice(0, 3).map((x) => x.reason)).toEqual(["related", "share-bar", "related"]);
    for (let i = 3; i < 3 + articleLines().length; i++) expect(c[i].chrome, lines[i]).toBe(false);
    expect(c[c.length - 2].reason).toBe("app-banner");
    expect(c[c.length - 1].kind).toBe("content");
  });

  it("should remove related teasers that repeat the dateline form after the body", () => {
    const a = ARTICLE;
    const teaser =
      "(NDO) – Ngày 5/3/2024, Ủy ban nhân dân tỉnh tổ chức hội nghị tổng kết công tác năm 2023 và triển khai nhiệm vụ.";
    const lines = [
      a.title,
      a.dateline,
      a.body1,
      a.body2,
      a.byline,
      teaser,
      teaser.replace("5/3", "6/3"),
      "Xem thêm",
    ];
    const c = classifyLines(lines);
    expect(c.map((x) => x.reason)).toEqual([
      "content",
      "content",
      "content",
      "content",
      "content",
      "related",
      "related",
      "related",
    ]);
  });

  it("should call a line of only punctuation blank unless it sits inside a chrome block", () => {
    const c = classifyLines([
      ARTICLE.body1,
      "-----",
      ARTICLE.body2,
      "Trang chủ",
      "/",
      "Thời sự",
      "/",
      "Kinh tế",
      "Xã hội",
    ]);
    expect(c[1]).toMatchObject({ kind: "blank", chrome: false, reason: "blank" });
    expect(c[4]).toMatchObject({ kind: "blank", reason: "blank" });
    expect(
      c
        .slice(3)
        .filter((x) => x.kind !== "blank")
        .map((x) => x.reason),
    ).toEqual(["menu", "menu", "menu", "menu"]);
  });

  it("should throw a TypeError naming the argument", () => {
    expect(() => classifyLines("abc" as unknown as string[])).toThrow(/classifyLines: expected lines/);
    expect(() => classifyLines([1 as unknown as string])).toThrow(TypeError);
  });
});

describe("stripChrome", () => {
  it("should remove the eight chrome lines of the seed's tail with their reasons", () => {
    const r = stripChrome(SEED);
    const chrome = r.removed.filter((x) => x.reason !== "blank");
    expect(chrome.map((x) => x.text)).toEqual(SEED_TAIL);
    expect(chrome.map((x) => x.reason)).toEqual([
      "go-top",
      "poll",
      "visitor-stats",
      "visitor-stats",
      "visitor-stats",
      "visitor-stats",
      "visitor-stats",
      "visitor-stats",
    ]);
    expect(r.text).toContain("Hồ Nguyên Kha");
    expect(r.text.startsWith("Triển khai nhiệm vụ")).toBe(true);
  });

  it("should list lines of only punctuation with reason blank and drop empty lines silently", () => {
    const r = stripChrome(`${ARTICLE.body1}\n\n\n-----\n|\n${ARTICLE.body2}`);
    expect(r.removed).toEqual([
      { text: "-----", reason: "blank" },
      { text: "|", reason: "blank" },
    ]);
    expect(r.text).toBe(`${ARTICLE.body1}\n\n${ARTICLE.body2}`);
  });

  it("should return empty results for empty text", () => {
    expect(stripChrome("")).toEqual({ text: "", removed: [] });
  });

  it("should throw a TypeError naming the argument", () => {
    expect(() => stripChrome(42 as unknown as string)).toThrow(
      "vietnews.stripChrome: expected text to be a string or an array of lines or { text } blocks, got a number",
    );
  });

  it("should never throw and account for every line", () => {
    const line = fc.oneof(
      fc.string({ maxLength: 80 }),
      fc.constantFrom(...SEED_TAIL, ...articleLines(), "Tin liên quan", "{title}", "Khách Khách 1", "/"),
    );
    fc.assert(
      fc.property(fc.array(line, { maxLength: 30 }), (lines) => {
        const text = lines.join("\n");
        const r = stripChrome(text);
        const nonSpace = (s: string) => s.replace(/\s+/g, "");
        const kept = nonSpace(r.text) + r.removed.map((x) => nonSpace(x.text)).join("");
        expect([...kept].sort().join("")).toBe([...nonSpace(text)].sort().join(""));
        expect(stripChrome(text)).toEqual(r);
      }),
      { numRuns: 300 },
    );
  });

  it("should not mutate its input array", () => {
    const lines = [...articleLines()];
    const copy = [...lines];
    classifyLines(lines);
    expect(lines).toEqual(copy);
  });
});

describe("chrome stripping is linear on adversarial input", () => {
  const cases: [string, (n: number) => string][] = [
    ["doubled labels", (n) => "Khách ".repeat(n / 6)],
    ["digits and slashes", (n) => "1/2/".repeat(n / 4)],
    ["many short lines", (n) => "Trang chủ\n".repeat(n / 10)],
    ["one repeated line", (n) => "Chia sẻ bài viết này\n".repeat(n / 21)],
    ["unclosed braces", (n) => "{titl".repeat(n / 5)],
    ["datelines", (n) => "(QTO) – a\n".repeat(n / 10)],
    ["hashtags", (n) => "#a ".repeat(n / 3)],
  ];
  // min of 3 runs; each run calls the function `reps` times and reports the time per call, so a
  // short input is timed over a span as long as the large one's (a loaded machine slices both alike)
  const time = (s: string, reps: number) => timeCall(() => stripChrome(s), { calls: reps }).wall;
  for (const [name, make] of cases) {
    it(`should scale linearly on ${name}`, () => {
      time(make(100_000), 1);
      let small = time(make(10_000), 10);
      let large = time(make(100_000), 1);
      // One retry absorbs a collection or a busy neighbour in one of the runs (seen once in CI:
      // 20.9 ms where min-of-ten runs give 4.1 ms); non-linear code fails both rounds.
      if (large >= Math.max(small, 0.1) * 30) {
        small = time(make(10_000), 10);
        large = time(make(100_000), 1);
      }
      expect(large, `${name}: 10 kB ${small.toFixed(3)} ms, 100 kB ${large.toFixed(3)} ms`).toBeLessThan(
        Math.max(small, 0.1) * 30,
      );
    });
  }
});

describe.skipIf(!hasShared)("chrome on the gold dev set", () => {
  // The shipped model is trained on these pages among others: this guards against regressions; the
  // cross-validated figures are npm run bench:accuracy's. Two of the 39 lines (a sapo shown twice in
  // a header box) are not found.
  it("should lose no content line and find at least 94% of the chrome lines", async () => {
    const { readdirSync } = await import("node:fs");
    const dir = sharedPath("dev");
    let gold = 0;
    let found = 0;
    for (const f of readdirSync(dir).filter((x) => x.endsWith(".json"))) {
      const g = JSON.parse(readFileSync(resolve(dir, f), "utf8")) as { text: string; chrome: string[] };
      const want = new Set(g.chrome);
      const c = classifyLines(g.text.split("\n"));
      for (const x of c) {
        if (x.chrome && /[\p{L}\p{N}]/u.test(x.line)) expect(want.has(x.line), `${f}: ${x.line}`).toBe(true);
      }
      gold += g.chrome.length;
      found += c.filter((x) => x.chrome && want.has(x.line)).length;
    }
    expect(found / gold).toBeGreaterThanOrEqual(0.94);
  });
});
