import { splitLines } from "../core/split-lines";
import type { RemovedBlock } from "../core/types";
import { describe } from "../core/validate";
import type { ChromeBlock } from "./_lib/line-features";
import {
  type ClassifiedPage,
  type ClassifyOptions,
  classifyPage,
  emptyAt,
  type LineClass,
  type LineKind,
  lineClassAt,
} from "./classify-lines";

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
  const kept: string[] = [];
  const removed: RemovedBlock[] = [];
  let pendingGap = false;
  const page = classifiedPage(text, options, "stripChrome");
  for (let i = 0; i < page.lines.length; i++) {
    // an empty line is only a gap: no object for it (a page of many keeps none alive)
    if (emptyAt(page, i)) {
      pendingGap = true;
      continue;
    }
    const line = strippedLine(lineClassAt(page, i));
    for (const r of line.removed) removed.push(r);
    if (line.kept !== null) {
      if (pendingGap && kept.length) kept.push("");
      pendingGap = false;
      kept.push(line.kept);
    } else if (line.kind === "blank" && !line.removed.length) pendingGap = true;
  }
  return { text: kept.join("\n"), removed };
}

/**
 * What {@link stripChromeLines} did to one input line.
 *
 * @example
 * ```ts
 * import { stripChromeLines } from "vietnews";
 * stripChromeLines(["Chia sẻ bài viết", "-----"]);
 * //=> [{ kind: "chrome", kept: null, removed: [{ text: "Chia sẻ bài viết", reason: "share-bar" }] }, { kind: "blank", kept: null, removed: [{ text: "-----", reason: "blank" }] }]
 * ```
 */
export interface StrippedLine {
  /** "content", "chrome", or "blank" (empty, or only punctuation and symbols), as classifyLines judged it. */
  kind: LineKind;
  /** A content line without the chrome cut out of it, untrimmed; null for a chrome or blank line. */
  kept: string | null;
  /**
   * In order: the chrome cut out of a content line, or the whole line (trimmed) when it is chrome
   * (its family as reason) or punctuation only (reason "blank"); empty for an empty line.
   */
  removed: RemovedBlock[];
}

/**
 * {@link stripChrome} line by line: one {@link StrippedLine} per input line or block, in order, so
 * a caller that keeps its own line structure (an HTML page's blocks, Markdown source lines, the
 * pipeline of {@link parseArticle}) sees what was kept and removed where. `stripChrome` is this,
 * joined.
 *
 * @param text - the scraped text, lines separated by newlines; or its lines, or an HTML page's blocks
 * @param options - `boilerplate`: a corpus profile from {@link learnBoilerplate} (optional)
 * @returns one entry per line
 * @throws TypeError when text is not a string or an array of blocks
 * @example
 * ```ts
 * import { stripChromeLines } from "vietnews";
 * stripChromeLines("[sửa | sửa mã nguồn]## Tham khảo\n\nNội dung của mục, đủ dài để là một đoạn văn thật sự của bài.").map((l) => l.kept);
 * //=> ["## Tham khảo", null, "Nội dung của mục, đủ dài để là một đoạn văn thật sự của bài."]
 * ```
 */
export function stripChromeLines(
  text: string | readonly (string | ChromeBlock)[],
  options?: ClassifyOptions,
): StrippedLine[] {
  return strippedLines(text, options, "stripChromeLines");
}

function classifiedPage(
  text: string | readonly (string | ChromeBlock)[],
  options: ClassifyOptions | undefined,
  fn: string,
): ClassifiedPage {
  const lines = Array.isArray(text) ? checkBlocks(text, fn) : splitText(text as string, fn);
  return classifyPage(lines, options);
}

/** What an empty line comes to in {@link strippedPage}: one entry, shared and frozen. */
const EMPTY: StrippedLine = Object.freeze({
  kind: "blank",
  kept: null,
  removed: Object.freeze([]) as never[],
});

function strippedLines(
  text: string | readonly (string | ChromeBlock)[],
  options: ClassifyOptions | undefined,
  fn: string,
  shareEmpty = false,
): StrippedLine[] {
  const page = classifiedPage(text, options, fn);
  const out: StrippedLine[] = new Array(page.lines.length);
  for (let i = 0; i < out.length; i++) {
    if (!emptyAt(page, i)) out[i] = strippedLine(lineClassAt(page, i));
    else out[i] = shareEmpty ? EMPTY : { kind: "blank", kept: null, removed: [] };
  }
  return out;
}

/**
 * @internal {@link stripChromeLines} for a caller that only reads the result (parseArticle): every
 * empty line is one shared, frozen entry, so a page of many keeps no object a line alive.
 */
export function strippedPage(
  text: readonly (string | ChromeBlock)[],
  options?: ClassifyOptions,
): readonly Readonly<StrippedLine>[] {
  return strippedLines(text, options, "parseArticle", true);
}

function strippedLine(c: LineClass): StrippedLine {
  if (c.kind === "content") {
    const removed = c.cuts ? c.cuts.map((cut) => ({ text: cut.text, reason: cut.reason })) : [];
    return { kind: c.kind, kept: c.rest ?? c.line, removed };
  }
  const t = c.line.trim();
  if (!t) return { kind: c.kind, kept: null, removed: [] };
  return {
    kind: c.kind,
    kept: null,
    // a chrome line's reason is its family; "content" never comes with a line that is not content
    removed: [{ text: t, reason: c.kind === "blank" || c.reason === "content" ? "blank" : c.reason }],
  };
}

function splitText(text: unknown, fn: string): string[] {
  if (typeof text !== "string") {
    throw new TypeError(
      `vietnews.${fn}: expected text to be a string or an array of lines or { text } blocks, got ${describe(text)}`,
    );
  }
  return splitLines(text);
}

function checkBlocks(blocks: readonly unknown[], fn: string): readonly (string | ChromeBlock)[] {
  blocks.forEach((b, i) => {
    const ok =
      typeof b === "string" ||
      (b !== null && typeof b === "object" && typeof (b as { text?: unknown }).text === "string");
    if (!ok) {
      throw new TypeError(
        `vietnews.${fn}: expected text to be a string or an array of lines or { text } blocks, got ${describe(b)} at [${i}]`,
      );
    }
  });
  return blocks as readonly (string | ChromeBlock)[];
}
