import {
  countWords,
  datelineCode,
  endsSentence,
  hasTemplateField,
  isBlankLine,
  isCaptionOrRoleCredit,
  isCredit,
  isDateTimeLine,
  isEnumerated,
  isHashtagLine,
  isLabelDoubled,
  isNameLike,
  stripLinks,
} from "./_lib/features";
import { lineKey } from "./_lib/line-key";
import { matchPhrase } from "./_lib/phrases";

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
 * classifyLines(["Thống kê truy cập"])[0];
 * //=> { line: "Thống kê truy cập", chrome: true, kind: "chrome", reason: "visitor-stats" }
 * ```
 */
export interface LineClass {
  /** The line as given. */
  line: string;
  /** True when the line is site chrome. */
  chrome: boolean;
  /** "content", or "blank" (only spaces, punctuation or symbols), or the chrome family. */
  kind: LineKind;
  /**
   * Why: the chrome family ("app-banner", "share-bar", "related", "tags", "comments", "copyright",
   * "menu", "site-header", "template", "wikipedia-nav", "poll", "visitor-stats", "go-top", "hotline",
   * "advert", "duplicate"), or "content" / "blank".
   */
  reason: string;
}

/** Longest line (in UTF-16 units) that phrase rules look at; longer lines are prose. */
const MAX_PHRASE_LINE = 400;
/** Longest line (in words) that phrase rules look at. */
const MAX_PHRASE_WORDS = 60;
/** A body paragraph: at least this many words and some punctuation. */
const BODY_WORDS = 10;
const BODY_PUNCT = /[.,;:!?…]/;
const BODY_LONG = 20;
/** Short repeated lines up to this many words are chrome in every copy. */
const SHORT_REPEAT_WORDS = 10;
/** Menu items: at most this many words / characters; a run needs this many items. */
const MENU_WORDS = 4;
const MENU_CHARS = 32;
const MENU_RUN = 4;
/** Lines after the body taken into a neighbouring chrome block: at most this many words. */
const TAIL_WORDS = 6;
/** A contact field of a footer ("Địa chỉ: ...", "Điện thoại: ...", "Email: ..."). */
const CONTACT_LABEL = /^[\p{L}]+(?: [\p{L}]+){0,3}\s?:/u;

interface Info {
  t: string;
  words: number;
  blank: boolean;
  key: string | null;
  /** Words of the line with links removed (what phrase limits count). */
  keyWords: number;
  /** credit, caption, date/time stamp: never removed by context rules, nor by weak phrases. */
  guarded: boolean;
  /** looks like a (pen) name: not removed by context rules. */
  nameLike: boolean;
  dateline: string | null;
  reason: string | null;
  /** The reason an edge-only phrase gives, should the line lie in the head or tail. */
  edge: string | null;
}

/**
 * Classifies each line of a scraped page as content, chrome or blank, from what it says (the phrase
 * list in `data/chrome/phrases.tsv`) and how it looks (length, doubled labels, template fields,
 * hashtags, repetition across the page, menus of short items, blocks after the body, related-article
 * teasers). Precision comes first: titles, datelines, bylines, photo captions and source credits
 * ("Theo TTXVN", "Nguồn: ...") stay content.
 *
 * @param lines - the lines (or HTML blocks) of one page, in order
 * @returns one {@link LineClass} per line, in order
 * @example
 * ```ts
 * import { classifyLines } from "vietnews";
 * classifyLines(["Tiêu đề bài", "Nội dung chính của bài viết, dài hơn mười chữ một chút ở đây.", "182 Go top"]).map((c) => c.reason);
 * //=> ["content", "content", "go-top"]
 * ```
 */
export function classifyLines(lines: readonly string[]): LineClass[] {
  if (!Array.isArray(lines)) {
    throw new TypeError(
      `vietnews.classifyLines: expected lines to be an array of strings, got ${lines === null ? "null" : typeof lines}`,
    );
  }
  const n = lines.length;
  const info: Info[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const raw = lines[i];
    if (typeof raw !== "string") {
      throw new TypeError(`vietnews.classifyLines: expected lines[${i}] to be a string, got ${typeof raw}`);
    }
    info[i] = describeLine(raw);
  }

  strongRules(info);
  edgeCandidates(info);
  const repeats = repeatedLines(info);
  markRepeatedLong(info, repeats);
  markTeasers(info);
  const [bodyStart, bodyEnd] = bodyBounds(info);
  const isEdge = (i: number) => bodyStart < 0 || i < bodyStart || i > bodyEnd;
  for (let i = 0; i < n; i++) if (info[i].edge && isEdge(i) && !info[i].reason) info[i].reason = info[i].edge;
  markRepeatedShort(info, repeats, isEdge);
  if (bodyStart >= 0) markRelatedLists(info, bodyStart);
  markMenuRuns(info, bodyStart, isEdge);
  if (bodyEnd >= 0) markTail(info, bodyEnd);
  markPunctuationInChrome(info);

  const out: LineClass[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const x = info[i];
    if (x.reason) out[i] = { line: lines[i], chrome: true, kind: "chrome", reason: x.reason };
    else if (x.blank) out[i] = { line: lines[i], chrome: false, kind: "blank", reason: "blank" };
    else out[i] = { line: lines[i], chrome: false, kind: "content", reason: "content" };
  }
  return out;
}

function describeLine(raw: string): Info {
  const t = raw.trim();
  const blank = isBlankLine(t);
  const words = blank ? 0 : countWords(t);
  // phrases are matched on the visible words (links removed)
  const visible = !blank && t.length <= 3 * MAX_PHRASE_LINE ? stripLinks(t) : t;
  const keyWords = visible === t ? words : countWords(visible);
  const keyable = !blank && visible.length <= MAX_PHRASE_LINE && keyWords <= MAX_PHRASE_WORDS;
  const short = t.length <= MAX_PHRASE_LINE && words <= MAX_PHRASE_WORDS;
  const guarded =
    !blank && short && (isCredit(t, words) || isCaptionOrRoleCredit(t, words) || isDateTimeLine(t));
  return {
    t,
    words,
    blank,
    key: keyable ? lineKey(visible) : null,
    keyWords,
    guarded,
    nameLike: !blank && short && isNameLike(t, words),
    dateline: !blank && short ? datelineCode(t) : null,
    reason: null,
    edge: null,
  };
}

/** Phrase rules valid anywhere, doubled labels, template fields, hashtag lines. */
function strongRules(info: Info[]): void {
  for (const x of info) {
    if (x.blank || x.key === null) continue;
    if (hasTemplateField(x.t)) x.reason = "template";
    else if (x.guarded) continue;
    else if (isLabelDoubled(x.t)) x.reason = "visitor-stats";
    else if (isHashtagLine(x.t)) x.reason = "tags";
    else {
      const rule = matchPhrase(x.key, x.keyWords, false);
      if (rule) x.reason = rule.reason;
    }
  }
}

/** Nearest non-blank line index in direction `dir`, or -1. */
function neighbour(info: Info[], i: number, dir: 1 | -1): number {
  for (let j = i + dir; j >= 0 && j < info.length; j += dir) if (!info[j].blank) return j;
  return -1;
}

/** Groups of identical lines (two or more copies) that no rule has claimed yet. */
function repeatedLines(info: Info[]): number[][] {
  const groups = new Map<string, number[]>();
  for (let i = 0; i < info.length; i++) {
    const x = info[i];
    if (x.blank || x.reason || x.guarded || x.nameLike) continue;
    const g = groups.get(x.t);
    if (g) g.push(i);
    else groups.set(x.t, [i]);
  }
  return [...groups.values()].filter((g) => g.length > 1);
}

function chromeish(info: Info[], j: number): boolean {
  return j < 0 || info[j].reason !== null || info[j].edge !== null;
}

/**
 * A long repeated line (the sapo shown again by a header or teaser box) keeps one copy: the one
 * followed by content (the body follows the real sapo), then the one with less chrome before it.
 */
function markRepeatedLong(info: Info[], groups: number[][]): void {
  for (const g of groups) {
    if (info[g[0]].words <= SHORT_REPEAT_WORDS) continue;
    let keep = g[0];
    let best = Number.POSITIVE_INFINITY;
    for (const i of g) {
      const score =
        (chromeish(info, neighbour(info, i, 1)) ? 2 : 0) + (chromeish(info, neighbour(info, i, -1)) ? 1 : 0);
      if (score < best) {
        best = score;
        keep = i;
      }
    }
    for (const i of g) if (i !== keep) info[i].reason = "duplicate";
  }
}

/**
 * A short line repeated in the page's head or tail (a widget heading shown twice) is chrome in
 * every copy; repeated short lines inside the body (table cells, list items) stay.
 */
function markRepeatedShort(info: Info[], groups: number[][], isEdge: (i: number) => boolean): void {
  for (const g of groups) {
    const first = info[g[0]];
    if (first.words > SHORT_REPEAT_WORDS || isEnumerated(first.t)) continue;
    if (!g.every(isEdge)) continue;
    for (const i of g) if (!info[i].reason) info[i].reason = "duplicate";
  }
}

/**
 * Related-article teasers: lines that open with a dateline "(Chinhphu.vn) -" after the article's own
 * dateline, in the block at the end of the page where nothing but chrome follows.
 */
function markTeasers(info: Info[]): void {
  let first = -1;
  for (let i = 0; i < info.length; i++) {
    if (info[i].dateline && !info[i].reason) {
      first = i;
      break;
    }
  }
  if (first < 0) return;
  for (let i = info.length - 1; i > first; i--) {
    const x = info[i];
    if (x.blank || x.reason || x.edge) continue;
    if (x.dateline) x.reason = "related";
    else break;
  }
}

/**
 * First and last body paragraph, or [-1, -1]: a line of at least ten words with punctuation that
 * ends a sentence (or a clause with ":" / ";") or runs to twenty words.
 */
function bodyBounds(info: Info[]): [number, number] {
  let start = -1;
  let end = -1;
  for (let i = 0; i < info.length; i++) {
    const x = info[i];
    if (x.blank || x.reason || x.edge || x.words < BODY_WORDS) continue;
    if (!BODY_PUNCT.test(x.t)) continue;
    // a prose line ends a sentence or runs long; a footer's "Địa chỉ: ..., Đông Hà" does neither
    if (x.words < BODY_LONG && !endsSentence(x.t) && !/[:;]$/.test(x.t)) continue;
    if (start < 0) start = i;
    end = i;
  }
  return [start, end];
}

/** Phrase rules valid only in the page's head or tail: noted, applied once the body is known. */
function edgeCandidates(info: Info[]): void {
  for (const x of info) {
    if (x.blank || x.reason || x.key === null || x.guarded) continue;
    const rule = matchPhrase(x.key, x.keyWords, true);
    if (rule) x.edge = rule.reason;
  }
}

/**
 * The headlines listed under a "Tin liên quan" / "Xem thêm" header inside or after the body (above
 * the body, a headline cannot be told from the article's own title, so none is taken there).
 */
function markRelatedLists(info: Info[], bodyStart: number): void {
  for (let i = bodyStart + 1; i < info.length; i++) {
    const head = info[i];
    if (head.reason !== "related" || head.words > 4) continue;
    let taken = 0;
    // bounded look-ahead: at most 12 headlines within the next 40 lines
    for (let j = i + 1; j < info.length && j <= i + 40 && taken < 12; j++) {
      const x = info[j];
      if (x.blank) continue;
      if (x.reason) {
        if (x.reason === "related") continue;
        break;
      }
      if (x.guarded || x.words > 40 || x.dateline) break;
      if (endsSentence(x.t)) break;
      x.reason = "related";
      taken++;
    }
  }
}

function isMenuItem(x: Info, tail: boolean): boolean {
  if (x.reason) return x.words <= MENU_WORDS;
  if (x.blank) return x.t.length > 0 && x.t.length <= 3;
  if (x.guarded || x.words > MENU_WORDS || x.t.length > MENU_CHARS) return false;
  if (isEnumerated(x.t) || /[.;,!?]$/.test(x.t)) return false;
  // after the body a name is a byline, never a menu item
  if (tail && x.nameLike) return false;
  return true;
}

/**
 * Runs of at least four short items (menus, breadcrumbs, language switches) in the head or tail,
 * with at least one known chrome phrase among them.
 */
function markMenuRuns(info: Info[], bodyStart: number, isEdge: (i: number) => boolean): void {
  let i = 0;
  while (i < info.length) {
    const x = info[i];
    if (!isEdge(i) || !x.t || !isMenuItem(x, bodyStart >= 0 && i > bodyStart)) {
      i++;
      continue;
    }
    // a run: consecutive lines (empty lines end it) that are menu items or short chrome
    let j = i;
    let items = 0;
    while (j < info.length && isEdge(j)) {
      const y = info[j];
      if (!y.t || !isMenuItem(y, bodyStart >= 0 && j > bodyStart)) break;
      if (!y.blank) items++;
      j++;
    }
    // evidence: at least one item is a known chrome phrase; a signature block or a list of names is not
    let known = 0;
    for (let k = i; k < j; k++) if (info[k].reason || info[k].edge) known++;
    if (items >= MENU_RUN && known > 0) {
      for (let k = i; k < j; k++) if (!info[k].reason) info[k].reason = "menu";
    }
    i = Math.max(j, i + 1);
  }
}

/**
 * After the last body paragraph: short lines following a chrome line join its block (a widget's
 * values), and a bare label ending in ":" just before one joins it too (a form field). Credits,
 * captions, date stamps and names stay content.
 */
function markTail(info: Info[], bodyEnd: number): void {
  let current: string | null = null;
  for (let i = bodyEnd + 1; i < info.length; i++) {
    const x = info[i];
    if (x.blank) continue;
    if (x.reason) {
      current = x.reason;
      continue;
    }
    const contact = current === "copyright" && x.words <= 20 && CONTACT_LABEL.test(x.t);
    if (current && (x.words <= TAIL_WORDS || contact) && !x.guarded && !x.nameLike) x.reason = current;
    else current = null;
  }
  for (let i = info.length - 1; i > bodyEnd; i--) {
    const x = info[i];
    if (x.blank || x.reason) continue;
    if (x.words > 4 || !x.t.endsWith(":") || x.guarded) continue;
    const j = neighbour(info, i, 1);
    if (j >= 0 && info[j].reason) x.reason = info[j].reason;
  }
}

/** A line of only punctuation directly between two chrome lines belongs to them. */
function markPunctuationInChrome(info: Info[]): void {
  for (let i = 1; i + 1 < info.length; i++) {
    const x = info[i];
    if (!x.blank || !x.t || x.reason) continue;
    const a = info[i - 1];
    const b = info[i + 1];
    if (a.reason && b.reason && a.t && b.t) x.reason = a.reason;
  }
}
