// RemovedBlock.reason is a closed set (RemovalReason): a switch over it can be exhaustive, and
// every block parseArticle removes carries one of its values.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  CHROME_REASONS,
  type ChromeReason,
  isChromeReason,
  parseArticle,
  type RemovalReason,
  type RemovedBlock,
} from "../../src/index";

/** Exhaustive over the pipeline's own reasons; the rest must be exactly the chrome families (typecheck). */
function describeReason(r: RemovalReason): string {
  switch (r) {
    case "blank":
      return "punctuation only";
    case "markup":
      return "Markdown syntax";
    case "title":
    case "byline":
      return "moved to the header";
    case "truncated":
      return "past maxInputLength";
    case "html":
      return "dropped from the page";
    default: {
      const chrome: ChromeReason = r;
      return CHROME_REASONS[chrome];
    }
  }
}

const PIPELINE: readonly string[] = ["blank", "markup", "title", "byline", "truncated", "html"];
const FIXTURES = join(__dirname, "..", "fixtures", "html");

function check(removed: RemovedBlock[]): void {
  for (const b of removed) {
    expect(PIPELINE.includes(b.reason) || isChromeReason(b.reason), b.reason).toBe(true);
    expect(describeReason(b.reason).length).toBeGreaterThan(0);
    // an HTML page's dropped element says which it was; nothing else has a detail
    expect(typeof b.detail === "string", b.reason).toBe(b.reason === "html");
  }
}

describe("removal reasons", () => {
  it("should give every removed block of the HTML fixtures and the seed a reason RemovalReason lists", () => {
    const pages = readdirSync(FIXTURES).map((f) => readFileSync(join(FIXTURES, f), "utf8"));
    let html = 0;
    for (const page of pages) {
      const a = parseArticle({ html: page, url: "https://bao.vn/a" });
      check(a.removed);
      html += a.removed.filter((b) => b.reason === "html").length;
    }
    expect(html).toBeGreaterThan(0);
    const seed = readFileSync(
      join(__dirname, "..", "..", "examples", "quang-tri-party-building.txt"),
      "utf8",
    );
    check(parseArticle(seed).removed);
    check(
      parseArticle("# Tiêu đề\n\n|---|\n\nNội dung [bài](https://x.vn/a).", { maxInputLength: 20 }).removed,
    );
  });
});
