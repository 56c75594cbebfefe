import type { ChromeReason } from "../core/reasons";
import { MODEL } from "./_data/model";
import { MODEL_CODE } from "./_data/model-code";
import { decideLines, mergeBoilerplate } from "./_lib/decide";
import { cutInlineChrome, type InlinePart } from "./_lib/inline-chrome";
import {
  type ChromeBlock,
  CONTEXT_FEATURES,
  contextFeatures,
  describeLines,
  FEATURES,
  type LineInfo,
} from "./_lib/line-features";
import { type ChromeModel, logistic, score } from "./_lib/model";
import { BoilerplateProfile, type BoilerplateProfileJSON } from "./boilerplate";

/**
 * What the classifier decided for one line.
 *
 * @example
 * ```ts
 * import { classifyLines } from "vietnews";
 * classifyLines(["---"])[0].kind;
 * //=> "blank"
 * ```
 */
export type LineKind = "content" | "chrome" | "blank";

/**
 * One classified line.
 *
 * @example
 * ```ts
 * import { classifyLines } from "vietnews";
 * const c = classifyLines(["Bài viết có nội dung thật, dài hơn mười chữ để được coi là thân bài.", "Thống kê truy cập"])[1];
 * [c.kind, c.reason];
 * //=> ["chrome", "visitor-stats"]
 * ```
 */
export interface LineClass {
  /** The line (or block text) as given. */
  line: string;
  /** True when the line is site chrome. */
  chrome: boolean;
  /** "content", "chrome", or "blank" (only spaces, punctuation or symbols once inline chrome is cut). */
  kind: LineKind;
  /** The chrome family (see CHROME_REASONS) for a chrome line, else "content" or "blank". */
  reason: ChromeReason | "content" | "blank";
  /** The classifier's probability that the line is chrome (0 for blank lines). */
  score: number;
  /**
   * Chrome cut out of a content line ("[sửa | sửa mã nguồn]" glued to a heading, a citation-error
   * message glued to a reference), in order, with its reason; the rest of the line is `rest`.
   * Absent when nothing was cut.
   */
  cuts?: { text: string; reason: ChromeReason }[];
  /** The line without its cuts (present when `cuts` is). */
  rest?: string;
}

/**
 * Options of {@link classifyLines} and {@link stripChrome}.
 *
 * @example
 * ```ts
 * import { classifyLines, learnBoilerplate } from "vietnews";
 * const boilerplate = learnBoilerplate(["Trang chủ\nMột.", "Trang chủ\nHai."]);
 * classifyLines(["Trang chủ"], { boilerplate }).length;
 * //=> 1
 * ```
 */
export interface ClassifyOptions {
  /**
   * A corpus boilerplate profile ({@link learnBoilerplate}), or its JSON form: how often each line
   * occurs across the crawl, one more feature of the classifier.
   */
  boilerplate?: BoilerplateProfile | BoilerplateProfileJSON;
}

const decoded = new WeakMap<object, BoilerplateProfile>();

/** @internal reads the boilerplate option (a profile or its JSON form). */
export function readProfile(value: unknown, fn: string): BoilerplateProfile | undefined {
  if (value === undefined || value === null) return undefined;
  if (value instanceof BoilerplateProfile) return value;
  if (typeof value !== "object") {
    throw new TypeError(
      `vietnews.${fn}: expected options.boilerplate to be a BoilerplateProfile or its JSON form, got ${typeof value}`,
    );
  }
  let p = decoded.get(value);
  if (!p) {
    p = BoilerplateProfile.fromJSON(value);
    decoded.set(value, p);
  }
  return p;
}

let checked: ChromeModel | null = null;

function model(): ChromeModel | null {
  if (checked || !MODEL) return checked;
  if (
    MODEL.features.join(",") !== FEATURES.join(",") ||
    MODEL.contextFeatures.join(",") !== CONTEXT_FEATURES.join(",")
  ) {
    throw new Error(
      "vietnews: the chrome model was trained on other features than the code computes; retrain it",
    );
  }
  checked = MODEL;
  return checked;
}

/** @internal per-line probabilities of the two stages for described lines. */
export function scoreLines(info: LineInfo[], m: ChromeModel): Float64Array {
  const n = info.length;
  const p1 = new Float64Array(n);
  // the shipped model's trees compiled to code (build:data); any other model walks its arrays
  const code = m === MODEL ? MODEL_CODE : null;
  const stage1 = code ? code.stage1 : (x: ArrayLike<number>) => score(m.stage1, x);
  for (let i = 0; i < n; i++) if (!info[i].blank) p1[i] = logistic(stage1(info[i].x));
  const stage2 = m.stage2;
  if (!stage2) return p1;
  const code2 = code?.stage2 ?? ((x: ArrayLike<number>) => score(stage2, x));
  const ctx = contextFeatures(info, p1);
  const p2 = new Float64Array(n);
  for (let i = 0; i < n; i++) p2[i] = info[i].blank ? 0 : logistic(code2(ctx[i]));
  return p2;
}

/**
 * Classifies each line of a scraped page (or each block of an HTML page) as content, chrome or
 * blank. A learned classifier (two stages of boosted trees, `data/chrome/model.json`) weighs what
 * the line says (the phrase list in `data/chrome/phrases.tsv`), how it looks (length, share of
 * function words, digits, links and markup), where it sits (before, inside or after the body, in a
 * section under a "Xem thêm" heading, in a run of short lines at the end of the page), its
 * neighbours and, given a corpus profile, how often it repeats across the crawl. Repetition inside
 * one page is evidence, not a verdict: repeated legal clauses and table cells stay. Precision comes
 * first. Edit links and citation-error messages glued to a content line are cut from it (`cuts`),
 * and the rest is classified.
 *
 * @param lines - the lines (or HTML blocks) of one page, in order
 * @param options - `boilerplate`: a corpus profile (optional)
 * @returns one {@link LineClass} per line, in order
 * @throws TypeError when lines is not an array of strings or blocks
 * @example
 * ```ts
 * import { classifyLines } from "vietnews";
 * classifyLines(["Tiêu đề bài", "Nội dung chính của bài viết, dài hơn mười chữ một chút ở đây.", "182 Go top"]).map((c) => c.reason);
 * //=> ["content", "content", "go-top"]
 * ```
 */
export function classifyLines(
  lines: readonly (string | ChromeBlock)[],
  options?: ClassifyOptions,
): LineClass[] {
  const page = classifyPage(lines, options);
  const out: LineClass[] = new Array(lines.length);
  for (let i = 0; i < lines.length; i++) out[i] = lineClassAt(page, i);
  return out;
}

/**
 * @internal a page's lines classified, as columns: what {@link classifyLines} makes its objects
 * of, one line at a time (a caller that needs no object for an empty line makes none).
 */
export interface ClassifiedPage {
  lines: readonly (string | ChromeBlock)[];
  /** the lines with their inline chrome cut out */
  blocks: (string | ChromeBlock)[];
  info: LineInfo[];
  /** the inline chrome cut out of each line, or null */
  cuts: (InlinePart[] | null)[];
  chrome: Uint8Array;
  reasons: (ChromeReason | null)[];
  p: Float64Array;
}

/** @internal classifies a page's lines (see {@link classifyLines}), as columns. */
export function classifyPage(
  lines: readonly (string | ChromeBlock)[],
  options?: ClassifyOptions,
): ClassifiedPage {
  if (!Array.isArray(lines)) {
    throw new TypeError(
      `vietnews.classifyLines: expected lines to be an array of strings, got ${lines === null ? "null" : typeof lines}`,
    );
  }
  if (options !== undefined && (options === null || typeof options !== "object")) {
    throw new TypeError("vietnews.classifyLines: expected options to be an object");
  }
  const profile = readProfile(options?.boilerplate, "classifyLines");
  const n = lines.length;
  const blocks: (string | ChromeBlock)[] = new Array(n);
  const cutFlags: boolean[] = new Array(n);
  const cuts: (InlinePart[] | null)[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const b = lines[i];
    const text = typeof b === "string" ? b : b !== null && typeof b === "object" ? b.text : undefined;
    if (typeof text !== "string") {
      throw new TypeError(
        `vietnews.classifyLines: expected lines[${i}] to be a string or a { text } block, got ${b === null ? "null" : typeof b}`,
      );
    }
    const c = cutInlineChrome(text);
    cutFlags[i] = c.cuts.length > 0;
    cuts[i] = c.parts.length ? c.parts : null;
    blocks[i] = c.cuts.length ? (typeof b === "string" ? c.text : { ...b, text: c.text }) : b;
  }
  const info = describeLines(blocks, cutFlags, profile);
  const m = model();
  const p = m ? scoreLines(info, m) : new Float64Array(n);
  const threshold = m ? m.threshold : 2;
  let chrome = decideLines(info, p, threshold, profile ? profile.documents : 0);
  // with a profile: lines that are chrome only because of it get the reason "boilerplate"
  let withoutProfile: Uint8Array | null = null;
  if (profile && m) {
    const plain = describeLines(blocks, cutFlags);
    const q = scoreLines(plain, m);
    withoutProfile = decideLines(plain, q, threshold, 0);
    chrome = mergeBoilerplate(info, chrome, withoutProfile);
  }
  const reasons = assignReasons(info, chrome, withoutProfile);
  return { lines, blocks, info, cuts, chrome, reasons, p };
}

/** @internal true when line i of a classified page is empty (or spaces) and nothing was cut from it. */
export function emptyAt(page: ClassifiedPage, i: number): boolean {
  const x = page.info[i];
  return x.blank && x.text === "" && page.cuts[i] === null;
}

/** @internal the {@link LineClass} of line i of a classified page. */
export function lineClassAt(page: ClassifiedPage, i: number): LineClass {
  const { lines, info, cuts, chrome, reasons, p, blocks } = page;
  const b = lines[i];
  const line = typeof b === "string" ? b : b.text;
  const cut = cuts[i];
  if (info[i].blank) {
    // a line that was only an edit link (and punctuation) is the edit link's chrome
    if (cut) return { line, chrome: true, kind: "chrome", reason: cut[0].reason, score: 1 };
    return { line, chrome: false, kind: "blank", reason: "blank", score: 0 };
  }
  if (chrome[i]) return { line, chrome: true, kind: "chrome", reason: reasons[i] ?? FALLBACK, score: p[i] };
  const c: LineClass = { line, chrome: false, kind: "content", reason: "content", score: p[i] };
  if (cut) {
    c.cuts = cut.map((part) => ({ text: part.text, reason: part.reason }));
    const rest = blocks[i];
    c.rest = typeof rest === "string" ? rest : rest.text;
  }
  return c;
}

const FALLBACK: ChromeReason = "widget";

/**
 * The family of each chrome line: its own phrase's, else that of the chrome block it belongs to
 * (the nearest phrase-matched chrome line with no content line between), else its section
 * heading's, else one read from its shape.
 */
function assignReasons(
  info: LineInfo[],
  chrome: Uint8Array,
  withoutProfile: Uint8Array | null,
): (ChromeReason | null)[] {
  const n = info.length;
  const out: (ChromeReason | null)[] = new Array(n).fill(null);
  const own = (i: number): ChromeReason | null => {
    const r = info[i].chrome?.reason;
    return r && r !== "content" ? (r as ChromeReason) : null;
  };
  for (let i = 0; i < n; i++) if (chrome[i]) out[i] = own(i);
  // inherit along contiguous chrome blocks: first downwards (a heading names its list), then upwards
  let current: ChromeReason | null = null;
  for (let i = 0; i < n; i++) {
    if (info[i].blank) continue;
    if (!chrome[i]) {
      current = null;
      continue;
    }
    if (out[i]) current = out[i];
    else if (current) out[i] = current;
  }
  current = null;
  for (let i = n - 1; i >= 0; i--) {
    if (info[i].blank) continue;
    if (!chrome[i]) {
      current = null;
      continue;
    }
    if (out[i]) current = out[i];
    else if (current) out[i] = current;
  }
  for (let i = 0; i < n; i++) {
    if (!chrome[i] || out[i]) continue;
    const x = info[i].x;
    const v = (name: string) => x[FEATURES.indexOf(name)];
    if (withoutProfile && !withoutProfile[i]) out[i] = "boilerplate";
    else if (v("labelDoubled") || v("numberOnly")) out[i] = "visitor-stats";
    else if (v("templateField")) out[i] = "template";
    else if (v("templateParam")) out[i] = "wikipedia-nav";
    else if (v("hashtags")) out[i] = "tags";
    else if (v("bullet") || v("endsWithDate") || v("teaser") || info[i].linkShare > 0.5) out[i] = "related";
    else if (v("repeats")) out[i] = "duplicate";
    else out[i] = FALLBACK;
  }
  // the profile's own lines: chrome with it, content without it
  if (withoutProfile) for (let i = 0; i < n; i++) if (chrome[i] && !withoutProfile[i]) out[i] = "boilerplate";
  return out;
}
