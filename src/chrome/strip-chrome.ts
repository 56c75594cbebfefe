import type { RemovedBlock } from "../core/types";
import { expectString } from "../core/validate";
import { classifyLines } from "./classify-lines";

/**
 * The result of {@link stripChrome}.
 *
 * @example
 * ```ts
 * import { stripChrome } from "vietnews";
 * stripChrome("Tải ứng dụng\nBài viết có nội dung thật, dài hơn mười chữ để được coi là thân bài.");
 * //=> { text: "Bài viết có nội dung thật, dài hơn mười chữ để được coi là thân bài.", removed: [{ text: "Tải ứng dụng", reason: "app-banner" }] }
 * ```
 */
export interface StripChromeResult {
  /** The content lines, in order, joined by "\n" (blank lines between paragraphs kept, runs folded to one). */
  text: string;
  /** Every chrome line removed, trimmed, in input order, with its reason; punctuation-only lines with "blank". */
  removed: RemovedBlock[];
}

const LINE_BREAK = /\r\n|\r|\n|\u2028|\u2029/;

/**
 * Removes site chrome (menus, app banners, share bars, related lists, tag lines, comment boxes,
 * copyright footers, template fields, Wikipedia navigation, polls, visitor statistics) from scraped
 * text, line by line; see {@link classifyLines} for how lines are judged. Lines of only punctuation
 * or symbols ("-----", "|") are neither content nor chrome: they leave the text and are listed with
 * reason "blank"; empty lines are kept only as single separators.
 *
 * @param text - the scraped text, lines separated by newlines
 * @returns the text without chrome, and the removed lines with their reasons
 * @throws TypeError when text is not a string
 * @example
 * ```ts
 * import { stripChrome } from "vietnews";
 * stripChrome("Bài viết có nội dung thật, dài hơn mười chữ để được coi là thân bài.\n182 Go top").removed;
 * //=> [{ text: "182 Go top", reason: "go-top" }]
 * ```
 */
export function stripChrome(text: string): StripChromeResult {
  expectString(text, "stripChrome", "text");
  const lines = text.split(LINE_BREAK);
  const classes = classifyLines(lines);
  const kept: string[] = [];
  const removed: RemovedBlock[] = [];
  let pendingGap = false;
  for (const c of classes) {
    if (c.kind === "content") {
      if (pendingGap && kept.length) kept.push("");
      pendingGap = false;
      kept.push(c.line);
      continue;
    }
    const t = c.line.trim();
    if (c.kind === "blank") {
      if (!t) pendingGap = true;
      else removed.push({ text: t, reason: "blank" });
      continue;
    }
    removed.push({ text: t, reason: c.reason });
  }
  return { text: kept.join("\n"), removed };
}
