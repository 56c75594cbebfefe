import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { contextFeatures, describeLines } from "../../src/chrome/_lib/line-features";
import { stripChrome, stripChromeLines, strippedPage } from "../../src/chrome/strip-chrome";
import { markdownLines, markdownPage } from "../../src/markdown/markdown-lines";
import { SEED_TEXT } from "../_shared";
import { articleLines, FAMILIES } from "./fixtures";

const SEED = SEED_TEXT;

const LINES = [
  "",
  "",
  " ",
  "   ",
  "Chia sẻ bài viết",
  "Thống kê truy cập",
  "-----",
  "|",
  "[sửa]",
  "[sửa | sửa mã nguồn]## Tiểu sử",
  "Bộ Chính trị họp sáng nay tại Hà Nội, bàn về công tác cán bộ và nhiều việc khác.",
  "Ông sinh năm 1963 tại Quảng Trị, từng giữ nhiều chức vụ trong tỉnh.",
  "## Tham khảo",
  "- mục một",
  "| a | b |",
  "|---|---|",
  "**Ông** sinh năm 1963.",
  "[Quảng Trị](https://vi.wikipedia.org/wiki/Quảng_Trị)",
];

const page = fc.array(fc.constantFrom(...LINES), { maxLength: 60 }).map((l) => l.join("\n"));

/** stripChrome as it was: stripChromeLines folded (kept lines joined, runs of gaps as one). */
function folded(text: string): { text: string; removed: unknown[] } {
  const kept: string[] = [];
  const removed: unknown[] = [];
  let gap = false;
  for (const line of stripChromeLines(text)) {
    removed.push(...line.removed);
    if (line.kept !== null) {
      if (gap && kept.length) kept.push("");
      gap = false;
      kept.push(line.kept);
    } else if (line.kind === "blank" && !line.removed.length) gap = true;
  }
  return { text: kept.join("\n"), removed };
}

describe("a page's columns", () => {
  const pages = [
    SEED,
    ...FAMILIES.map((f) => [...f.head, ...articleLines(), "", "", " ", ...f.tail].join("\n")),
  ];

  it("strippedPage and stripChrome give what stripChromeLines gives, one frozen entry for every empty line", () => {
    const check = (text: string) => {
      const lines = text.split("\n");
      const general = stripChromeLines(lines);
      const shared = strippedPage(lines);
      expect(shared).toEqual(general);
      expect(stripChrome(text)).toEqual(folded(text));
      const empties = shared.filter((_, i) => lines[i].trim() === "");
      for (const e of empties) {
        expect(e).toBe(empties[0]);
        expect(Object.isFrozen(e) && Object.isFrozen(e.removed)).toBe(true);
      }
    };
    for (const p of pages) check(p);
    fc.assert(fc.property(page, check), { numRuns: 300, seed: 15 });
  });

  it("markdownPage gives what markdownLines gives, one frozen line for every blank one", () => {
    const check = (text: string) => {
      const shared = markdownPage(text);
      expect(shared).toEqual(markdownLines(text));
      const blanks = shared.filter((_, i) => text.split("\n")[i].trim() === "");
      for (const b of blanks) expect(b).toBe(blanks[0]);
      if (blanks.length) expect(Object.isFrozen(blanks[0]) && Object.isFrozen(blanks[0].links)).toBe(true);
    };
    for (const p of pages) check(p);
    fc.assert(fc.property(page, check), { numRuns: 300, seed: 15 });
  });

  it("writes the context features into each row's room as a copy of the row would get them", () => {
    // 2,000 lines, about 1,200 with letters: three of describeLines' blocks of rows, the last one partly filled
    const lines = Array.from({ length: 2000 }, (_, i) => LINES[(i * 7) % LINES.length]);
    const info = describeLines(lines, new Array(lines.length).fill(false));
    const copies = info.map((x) => ({ ...x, x: Float64Array.from(x.x) }));
    const p1 = Float64Array.from(info, (_, i) => ((i * 37) % 100) / 100);
    const inRows = contextFeatures(info, p1).map((v) => Array.from(v));
    const inCopies = contextFeatures(copies, p1).map((v) => Array.from(v));
    expect(inRows).toEqual(inCopies);
    // and the features themselves are untouched by it
    expect(info.map((x) => Array.from(x.x))).toEqual(copies.map((x) => Array.from(x.x)));
    expect(inRows.filter((v) => v.length > 0).length).toBeGreaterThan(1024);
  });
});
