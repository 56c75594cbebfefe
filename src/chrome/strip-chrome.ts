import type { RemovedBlock } from "../core/types";
import { describe } from "../core/validate";
import type { ChromeBlock } from "./_lib/line-features";
import { type ClassifyOptions, classifyLines } from "./classify-lines";

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
  /**
   * Every chrome line removed, trimmed, in input order, with its reason; chrome cut out of a content
   * line ("[sửa | sửa mã nguồn]") with its own reason; punctuation-only lines with "blank".
   */
  removed: RemovedBlock[];
}

const LINE_BREAK = /\r\n|\r|\n|\u2028|\u2029/;

/**
 * Removes site chrome (menus, app banners, share bars, related lists, tag lines, comment boxes,
 * log-in pop-ups, copyright footers, template placeholders, Wikipedia navigation and categories,
 * polls, visitor statistics) from scraped text, line by line; see {@link classifyLines} for how
 * lines are judged. Edit links glued to a content line are cut from it and listed. Lines of only
 * punctuation or symbols ("-----", "|") are neither content nor chrome: they leave the text and
 * are listed with reason "blank"; empty lines are kept only as single separators.
 *
 * @param text - the scraped text, lines separated by newlines; or its lines, or an HTML page's
 *   blocks (`{ text, linkShare?, heading?, listItem?, tableCell? }`)
 * @param options - `boilerplate`: a corpus profile from {@link learnBoilerplate} (optional)
 * @returns the text without chrome, and the removed lines with their reasons
 * @throws TypeError when text is not a string or an array of blocks
 * @example
 * ```ts
 * import { stripChrome } from "vietnews";
 * stripChrome("Bài viết có nội dung thật, dài hơn mười chữ để được coi là thân bài.\n182 Go top").removed;
 * //=> [{ text: "182 Go top", reason: "go-top" }]
 * stripChrome("[sửa | sửa mã nguồn]## Tham khảo\nNội dung của mục, đủ dài để là một đoạn văn thật sự của bài.");
 * //=> { text: "## Tham khảo\nNội dung của mục, đủ dài để là một đoạn văn thật sự của bài.", removed: [{ text: "[sửa | sửa mã nguồn]", reason: "edit-link" }] }
 * ```
 */
export function stripChrome(
  text: string | readonly (string | ChromeBlock)[],
  options?: ClassifyOptions,
): StripChromeResult {
  const lines = Array.isArray(text) ? checkBlocks(text) : splitText(text as string);
  const classes = classifyLines(lines, options);
  const kept: string[] = [];
  const removed: RemovedBlock[] = [];
  let pendingGap = false;
  for (const c of classes) {
    if (c.kind === "content") {
      if (pendingGap && kept.length) kept.push("");
      pendingGap = false;
      for (const cut of c.cuts ?? []) removed.push({ text: cut.text, reason: cut.reason });
      kept.push(c.rest ?? c.line);
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

function splitText(text: unknown): string[] {
  if (typeof text !== "string") {
    throw new TypeError(
      `vietnews.stripChrome: expected text to be a string or an array of lines or { text } blocks, got ${describe(text)}`,
    );
  }
  return text.split(LINE_BREAK);
}

function checkBlocks(blocks: readonly unknown[]): readonly (string | ChromeBlock)[] {
  blocks.forEach((b, i) => {
    const ok =
      typeof b === "string" ||
      (b !== null && typeof b === "object" && typeof (b as { text?: unknown }).text === "string");
    if (!ok) {
      throw new TypeError(
        `vietnews.stripChrome: expected text to be a string or an array of lines or { text } blocks, got ${describe(b)} at [${i}]`,
      );
    }
  });
  return blocks as readonly (string | ChromeBlock)[];
}
