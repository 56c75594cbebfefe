// The public surface: the sorted list of exported names, and a TSDoc example on every function.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import * as lib from "../src/index";

const src = resolve(dirname(fileURLToPath(import.meta.url)), "..", "src");

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) return f === "_data" ? [] : walk(p);
    return p.endsWith(".ts") ? [p] : [];
  });
}

describe("the public API", () => {
  it("should export exactly these names", () => {
    expect(Object.keys(lib).sort()).toEqual([
      "BoilerplateLearner",
      "BoilerplateProfile",
      "CHROME_REASONS",
      "classifyLines",
      "decodeHtmlBytes",
      "decodeLegacy",
      "detectEncoding",
      "detectMarkdown",
      "entitiesIn",
      "extractEntities",
      "extractHtml",
      "findBodies",
      "findDates",
      "findDocuments",
      "findEvents",
      "findOfficials",
      "fold",
      "groupPeople",
      "inputOffset",
      "inputSpan",
      "isChromeReason",
      "learnBoilerplate",
      "loadWordModel",
      "markdownLines",
      "markdownLinesByRun",
      "normalize",
      "normalizeWithReport",
      "parseArticle",
      "parseFeed",
      "readWordModel",
      "segmentWords",
      "sentenceOf",
      "sniffCharset",
      "splitParagraphs",
      "splitSentences",
      "stripChrome",
      "stripChromeLines",
      "toHTML",
      "toXML",
      "tokenTable",
      "tokenize",
      "toneKey",
      "wordsIn",
    ]);
  });

  it("should document every exported function, class and constant with a TSDoc @example", () => {
    const code = walk(src)
      .map((f) => readFileSync(f, "utf8"))
      .join("\n");
    const undocumented = Object.keys(lib).filter((name) => {
      const at = code.search(new RegExp(`export (?:function|class|const) ${name}\\b`));
      if (at < 0) return true;
      const before = code.slice(0, at);
      const open = before.lastIndexOf("/**");
      const close = before.lastIndexOf("*/");
      const between = before.slice(close + 2);
      return (
        open < 0 || close < open || between.trim() !== "" || !before.slice(open, close).includes("@example")
      );
    });
    expect(undocumented).toEqual([]);
  });
});
