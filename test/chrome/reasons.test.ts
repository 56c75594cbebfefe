import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PHRASES } from "../../src/chrome/_data/phrases";
import { CHROME_REASONS, classifyLines, isChromeReason } from "../../src/index";

const root = join(__dirname, "..", "..");

describe("the list of chrome reasons", () => {
  it("should be what the README's reason table lists, in the same order", () => {
    const readme = readFileSync(join(root, "README.md"), "utf8");
    // the table alone: from its header to the first line that is not a row (other tables follow)
    const from = readme.indexOf("| reason | what |");
    const end = readme.indexOf("\n\n", from);
    const table = readme.slice(from, end < 0 ? undefined : end);
    const rows = [...table.matchAll(/^\| `([a-z-]+)` \| (.+) \|$/gm)].map((m) => [m[1], m[2]]);
    expect(rows).toEqual(Object.entries(CHROME_REASONS));
  });

  it("should name every family the phrase list gives evidence for", () => {
    const unknown = [...new Set(PHRASES.map((p) => p[0]))].filter(
      (r) => r !== "content" && !isChromeReason(r),
    );
    expect(unknown).toEqual([]);
  });

  it("should hold every reason the classifier gives a chrome line", () => {
    const lines = [
      "Trang chủ / Thời sự / Chính trị",
      "# Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 12",
      "Sáng 1/7, Ban Thường vụ Tỉnh ủy tổ chức hội nghị sơ kết công tác 6 tháng đầu năm.",
      "Chia sẻ",
      "Tải ứng dụng",
      "182 Go top",
      "Bản quyền thuộc về Báo Quảng Trị",
    ];
    const chrome = classifyLines(lines).filter((c) => c.chrome);
    expect(chrome.length).toBeGreaterThanOrEqual(4);
    for (const c of chrome) expect(isChromeReason(c.reason), c.reason).toBe(true);
  });
});
