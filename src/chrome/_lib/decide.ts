// From the classifier's probabilities to decisions, with the page-level rules a line-by-line model
// cannot learn from a few dozen labelled pages (as jusText revises its paragraph classes by their
// neighbours). Each step is a named function over the page's non-blank lines:
// - template strings (strong phrases) and ">>" teaser arrows are chrome wherever they stand;
// - what the phrase list names as content (a "Tham khảo" heading, "Nơi nhận:"), names, credits,
//   captions and headings no chrome phrase names stay content, and so does a section under a
//   content heading unless a line of it carries evidence of its own;
// - a list of short unpunctuated items goes whole when one of its items, or the heading right
//   above it, is chrome and it ends the page or sits under that heading (categories, "Xem thêm");
//   a run of very short lines outside the body goes whole when one of them is chrome (menus);
// - the page's head and tail blocks (where chrome lines are the majority) absorb short gaps
//   between chrome lines, and a label ("Ngày hiệu lực:") goes with the placeholder after it;
// - a block of chrome lines with no evidence of chrome in it stays content.

import { readRoman } from "../../core/roman";
import { FEATURES, type LineInfo } from "./line-features";
import { Match, type PhraseRule } from "./phrases";

const F = Object.fromEntries(FEATURES.map((n, i) => [n, i])) as Record<string, number>;

/** Longest gap (non-blank lines) filled between two chrome lines in the head and in the tail block. */
const MAX_HEAD_GAP = 4;
/** A paragraph scored below this is body for certain: no head or tail block reaches past it. */
const SURE_CONTENT = 0.3;
/** Words of a line that is a paragraph for certain, not a legend's or a form's sentence. */
const PARAGRAPH_WORDS = 15;
/** A paragraph in a head gap goes with the chrome around it only when scored at least this. */
const HEAD_GAP_PROSE = 0.5;
const MAX_TAIL_GAP = 10;
/** Longest list item (in words) a list's chrome spreads to. */
const LIST_ITEM_WORDS = 20;
/** Longest item of a list that ends the page inside a content section (a category). */
const CATEGORY_WORDS = 16;
/** Most headlines a related heading takes. */
const MAX_HEADED = 15;
/** A menu item: at most this many words; a menu run needs this many items. */
const MENU_WORDS = 4;
const MENU_RUN = 3;
/** Head and tail blocks: chrome is at least this share of their lines, and at least this many. */
const BLOCK_SHARE = 0.6;
const BLOCK_LINES = 3;
/** With a profile: a line in at least this share of the crawl's documents (and 3) is evidence. */
const FREQUENT_SHARE = 0.002;
/** With a profile: outside the body, a line in at least this share of the documents (and 5) is chrome. */
const BOILERPLATE_SHARE = 0.005;
const BOILERPLATE_DOCS = 5;

function strength(r: PhraseRule | null): number {
  return r ? 3 - r.match : 0;
}

/** The page's non-blank lines and the decisions so far. */
interface Page {
  info: LineInfo[];
  /** Indices of the non-blank lines. */
  idx: number[];
  p: Float64Array;
  c: Uint8Array;
  docs: number;
  /** Head block: lines before this position (in idx) ; tail block: from tailStart. */
  headEnd: number;
  tailStart: number;
  /** Per non-blank line: it lies in a section under a content heading ("Tham khảo"). */
  contentSection: Uint8Array;
  /** Per non-blank line: content that no later step may turn into chrome. */
  keep: Uint8Array;
}

const at = (pg: Page, k: number) => pg.info[pg.idx[k]];
const chromeAt = (pg: Page, k: number) => pg.c[pg.idx[k]] === 1;
const set = (pg: Page, k: number, v: 0 | 1) => {
  if (v === 1 && pg.keep[k]) return;
  pg.c[pg.idx[k]] = v;
};
const keep = (pg: Page, k: number) => {
  pg.keep[k] = 1;
  pg.c[pg.idx[k]] = 0;
};

/** A name (a byline, at most five words), a credit or a caption: content no context takes. */
function guardedShape(x: LineInfo): boolean {
  const v = x.x;
  return Boolean((v[F.nameLike] && x.words <= 5) || v[F.credit] || v[F.caption]);
}

/** True when the line carries evidence of chrome of its own. */
function evidence(x: LineInfo, edge: boolean, docs: number): boolean {
  const v = x.x;
  if (x.chrome && (!x.chrome.edgeOnly || edge) && !isQuestionLike(x)) return true;
  if (v[F.labelDoubled] || v[F.templateField] || v[F.hashtags] || v[F.teaser] || v[F.laterDateline])
    return true;
  if (x.linkShare >= 0.5) return true;
  return docs > 0 && x.df >= 3 && x.df >= FREQUENT_SHARE * docs;
}

function listItem(x: LineInfo): boolean {
  if (x.bullet !== 1 || x.words > LIST_ITEM_WORDS || x.prose) return false;
  const v = x.x;
  return !v[F.endComma] && !(v[F.endSentence] && !v[F.question]) && !x.url;
}

/** A headline under a "Tin liên quan" heading: no sentence punctuation, not a name, credit or date. */
function headline(x: LineInfo): boolean {
  const v = x.x;
  return (
    x.words >= 3 &&
    x.words <= LIST_ITEM_WORDS &&
    !v[F.endSentence] &&
    !v[F.endComma] &&
    !v[F.endColon] &&
    !x.heading &&
    !guardedShape(x) &&
    !v[F.dateOnly] &&
    !x.content
  );
}

function menuItem(x: LineInfo, head: boolean): boolean {
  const v = x.x;
  return (
    x.words <= MENU_WORDS &&
    !x.prose &&
    !v[F.endSentence] &&
    !v[F.endComma] &&
    (head || !v[F.nameLike]) &&
    !v[F.dateOnly] &&
    !v[F.credit] &&
    !v[F.numberOnly] &&
    !x.emphasis &&
    !x.content
  );
}

/** A heading (or a bold or colon-ended label) the phrase list names as content: "## Tham khảo", "Nơi nhận:". */
function isContentHeading(x: LineInfo): boolean {
  return x.content?.section === true && strength(x.content) >= strength(x.chrome);
}

/**
 * A template string the line only starts with, on a line that asks a question ("Tải về quyết định
 * …?": a heading of a Q&A article) or that starts in lower case ("tải về để xác nhận …": the
 * wrapped rest of a sentence), not the button it starts like.
 */
function isQuestionLike(x: LineInfo): boolean {
  return (
    x.chrome?.match === Match.Prefix &&
    (/\?\s*$/.test(x.visible) || /^\p{Ll}/u.test(x.visible) || pointerSentence(x))
  );
}

/**
 * A "see more" pointer written as a sentence of the article ("Xem chi tiết thêm tại Thông tư
 * 105/2025/TT-BTC ban hành ngày 31/10/2025."): eight words or more, a full stop at the end and no
 * colon, so it is not a link list's label ("Xem chi tiết: …") nor its button.
 */
function pointerSentence(x: LineInfo): boolean {
  const v = x.x;
  return (
    x.chrome?.reason === "related" &&
    !x.chrome.strong &&
    x.words >= 8 &&
    Boolean(v[F.endSentence]) &&
    !v[F.question] &&
    !x.visible.includes(":")
  );
}

/**
 * A ">>" line that is a sentence of the article, not a teaser's headline: it ends in ":" (it opens
 * a quotation) or in a full stop.
 */
function teaserSentence(x: LineInfo): boolean {
  const v = x.x;
  return Boolean(v[F.endColon] || (v[F.endSentence] && !v[F.question]));
}

/** Template strings, teaser arrows, unfilled template fields and hashtag lines: chrome wherever they stand. */
function isStrong(x: LineInfo): boolean {
  const v = x.x;
  return Boolean(
    (x.chrome?.strong && !isQuestionLike(x)) ||
      (x.teaser && x.words <= 40 && !teaserSentence(x)) ||
      v[F.templateField] ||
      v[F.hashtags] ||
      (v[F.templateParam] && x.words <= 12),
  );
}

function markStrong(pg: Page): void {
  for (let k = 0; k < pg.idx.length; k++) if (isStrong(at(pg, k))) set(pg, k, 1);
}

/**
 * The page's title (its first line when it is a level-1 heading) and the lines that repeat it (a
 * legal portal prints its question title again in bold; a list item that names the page, as a
 * category can, is not such a repeat) are content, whatever phrase they hold.
 */
function keepTitle(pg: Page): void {
  if (!pg.idx.length) return;
  const first = at(pg, 0);
  if (first.heading !== 1) return;
  const title = first.visible;
  for (let k = 0; k < pg.idx.length; k++) if (at(pg, k).visible === title && !at(pg, k).bullet) keep(pg, k);
}

/**
 * A line that starts in lower case right after a content line that did not end a sentence is the
 * rest of that line, hard-wrapped ("đăng ký." after "... theo quy định của pháp luật về nhà ở nội
 * dung đã"): content, whatever word it holds.
 */
function keepContinuations(pg: Page): void {
  for (let k = 1; k < pg.idx.length; k++) {
    const x = at(pg, k);
    const prev = at(pg, k - 1);
    if (!chromeAt(pg, k) || isStrong(x) || chromeAt(pg, k - 1) || prev.x[F.endSentence] || prev.heading)
      continue;
    const c = x.visible.charAt(0);
    if (c && c.toLowerCase() === c && c.toUpperCase() !== c) set(pg, k, 0);
  }
}

/** Content the phrase list names, names and credits, headings no chrome phrase names. */
function keepNamedContent(pg: Page): void {
  for (let k = 0; k < pg.idx.length; k++) {
    const x = at(pg, k);
    if (isStrong(x)) continue;
    if (x.content && strength(x.content) >= strength(x.chrome) && x.content.match !== 2) keep(pg, k);
    // a table row's footer words are an infobox field ("| Giấy phép | ... |")
    else if (x.table) keep(pg, k);
    // a wiki reference ("**^**Tác giả (2010). ...") is the article's, wherever it stands
    else if (x.reference) keep(pg, k);
    // a form's blank to fill in ("Tel: ............ Fax:") belongs to the document's form
    else if (FORM_BLANK.test(x.text)) keep(pg, k);
    else if (x.heading && !x.chrome) keep(pg, k);
    else if (chromeAt(pg, k) && !x.chrome && guardedShape(x)) set(pg, k, 0);
  }
}

/**
 * Document metadata: a short label ending in ":" and the value on the next line ("Số hiệu:" /
 * "17986/BTC-CT") stay content, unless the value is a placeholder a phrase names ("Đã biết") or
 * they sit in a list under a chrome heading ("## Văn bản liên quan").
 */
function keepFields(pg: Page): void {
  for (let k = 0; k + 1 < pg.idx.length; k++) {
    const label = at(pg, k);
    const value = at(pg, k + 1);
    // a field's label is capitalised ("Số hiệu:"); "các màu sắc:" continues a wrapped sentence
    if (label.words > 5 || !label.x[F.endColon] || label.chrome || !startsUpper(label.visible)) continue;
    if (value.words > 12 || value.chrome || value.x[F.endColon] || value.x[F.endComma] || value.heading)
      continue;
    if (label.x[F.sectionChrome] || value.x[F.sectionChrome]) continue;
    keep(pg, k);
    keep(pg, k + 1);
  }
}

/**
 * A heading that carried a wiki edit link ("[sửa | sửa mã nguồn]## Nội dung chính") is a section
 * heading of the page's own text: only a phrase that is chrome wherever it stands takes it.
 */
function keepEditedHeadings(pg: Page): void {
  for (let k = 0; k < pg.idx.length; k++) {
    const x = at(pg, k);
    if (x.heading && x.x[F.cut] && !isStrong(x)) keep(pg, k);
  }
}

/** A section under a content heading ("Tham khảo", "Liên kết ngoài") keeps lines without evidence. */
function keepContentSections(pg: Page): void {
  let inContent = false;
  let level = 0;
  for (let k = 0; k < pg.idx.length; k++) {
    const x = at(pg, k);
    // a deeper heading inside the section ("### Tiếng Anh" under "## Đọc thêm") stays in it
    const subheading = inContent && level > 0 && x.heading > level && (!x.chrome || x.chrome.edgeOnly);
    if ((x.heading && !subheading) || isContentHeading(x)) {
      inContent = isContentHeading(x);
      level = x.heading;
      continue;
    }
    if (!inContent) continue;
    pg.contentSection[k] = 1;
    // a list item ending in ";" or "," continues the section's text ("- Cổng Thông tin điện tử Chính phủ;")
    if (chromeAt(pg, k) && !isStrong(x) && (!evidence(x, false, pg.docs) || x.x[F.endComma])) set(pg, k, 0);
  }
}

/**
 * Lists whose item or heading is chrome, ending the page or under that heading, go whole. Inside a
 * section under a content heading only a list that ends the page and has an item a chrome phrase
 * names spreads, and only over short items (categories after "Liên kết ngoài", not the links).
 */
function spreadLists(pg: Page): void {
  const m = pg.idx.length;
  let proseSeen = false;
  for (let k = 0; k < m; ) {
    const before = k > 0 ? at(pg, k - 1) : null;
    const headed = before !== null && chromeAt(pg, k - 1) && before.words <= 8 && before.chrome !== null;
    // unbulleted headlines only under a related heading after some of the body (above the body a
    // headline cannot be told from the article's own title)
    const headlines = headed && proseSeen && before?.chrome?.reason === "related";
    const item = (j: number) => listItem(at(pg, j)) || (headlines && headline(at(pg, j)));
    if (at(pg, k).prose && !chromeAt(pg, k)) proseSeen = true;
    if (!item(k)) {
      k++;
      continue;
    }
    let e = k;
    while (e < m && item(e) && (listItem(at(pg, e)) || e - k < MAX_HEADED)) e++;
    let named = false;
    for (let j = k; j < e && !named; j++) named = chromeAt(pg, j) && at(pg, j).chrome !== null;
    let terminal = true;
    for (let j = e; j < m && terminal; j++) if (!chromeAt(pg, j)) terminal = false;
    if ((headed || named) && (terminal || headed)) {
      for (let j = k; j < e; j++) {
        const y = at(pg, j);
        if (!pg.contentSection[j] || evidence(y, true, pg.docs)) set(pg, j, 1);
        else if (named && terminal && y.words <= CATEGORY_WORDS && !y.content) set(pg, j, 1);
      }
    }
    k = e;
  }
}

/**
 * A related heading ("Tham khảo thêm", "Tin liên quan": a short line the phrase list names) right
 * above links (lines mostly link text, from the DOM or Markdown links) takes them, wherever it stands.
 */
function markLinkedLists(pg: Page): void {
  const m = pg.idx.length;
  for (let k = 0; k + 1 < m; k++) {
    const h = at(pg, k);
    if (h.chrome?.reason !== "related" || h.chrome.match !== 0 || h.words > 6) continue;
    let e = k + 1;
    while (e < m && at(pg, e).linkShare >= 0.5 && !at(pg, e).prose && at(pg, e).words <= LIST_ITEM_WORDS) e++;
    if (e === k + 1) continue;
    set(pg, k, 1);
    for (let j = k + 1; j < e; j++) set(pg, j, 1);
  }
}

/** Where the page's body starts and ends: the first and last prose line kept as content that no chrome phrase names. */
function bodyBounds(pg: Page, from: number, to: number): [number, number] {
  let start = -1;
  let end = -1;
  for (let k = from; k < to; k++) {
    if (!at(pg, k).prose || chromeAt(pg, k) || at(pg, k).chrome) continue;
    if (start < 0) start = k;
    end = k;
  }
  return [start, end];
}

/**
 * A full paragraph the classifier is sure of and no phrase names: the head block stops at it (the
 * lead after a breadcrumb and a few teasers). The tail block does not: a pop-up's letter there can
 * read like prose.
 */
function surelyBody(pg: Page, k: number): boolean {
  const x = at(pg, k);
  return (
    x.prose &&
    x.words >= PARAGRAPH_WORDS &&
    !chromeAt(pg, k) &&
    x.chrome === null &&
    pg.p[pg.idx[k]] < SURE_CONTENT
  );
}

/**
 * The head block ends after the last chrome line of the longest prefix where chrome is the
 * majority (and before the first line that is surely body); the tail block starts at the first
 * chrome line of the longest such suffix.
 */
function findBlocks(pg: Page): void {
  const m = pg.idx.length;
  let chrome = 0;
  pg.headEnd = 0;
  for (let k = 0; k < m; k++) {
    if (surelyBody(pg, k)) break;
    if (chromeAt(pg, k)) {
      chrome++;
      if (chrome >= BLOCK_LINES && chrome >= BLOCK_SHARE * (k + 1)) pg.headEnd = k + 1;
    }
  }
  chrome = 0;
  pg.tailStart = m;
  for (let k = m - 1; k >= pg.headEnd; k--) {
    if (chromeAt(pg, k)) {
      chrome++;
      if (chrome >= BLOCK_LINES && chrome >= BLOCK_SHARE * (m - k)) pg.tailStart = k;
    }
  }
}

const SEPARATOR = /^[/·•|–-]$/;

/** True when only a one-character separator line ("/", "|") may stand between two non-blank lines. */
function adjacent(pg: Page, a: number, b: number): boolean {
  const gap = pg.idx[b] - pg.idx[a] - 1;
  return gap === 0 || (gap === 1 && SEPARATOR.test(pg.info[pg.idx[a] + 1].text));
}

/**
 * Outside the body, a line an edge phrase names ("Gọi tổng đài") next to a chrome line is chrome,
 * and so is a label written twice ("Khách Khách 748", a widget scraped with its tooltip).
 */
function markEdgePhrases(pg: Page, edge: (k: number) => boolean, bodyStart: number): void {
  const m = pg.idx.length;
  const onlyChromeAfter = (k: number) => {
    for (let j = k + 1; j < m; j++) if (!chromeAt(pg, j)) return false;
    return true;
  };
  for (let k = 0; k < m; k++) if (edge(k) && at(pg, k).x[F.labelDoubled] && !at(pg, k).table) set(pg, k, 1);
  for (let pass = 0; pass < 2; pass++) {
    for (let k = 0; k < m; k++) {
      const x = at(pg, k);
      if (chromeAt(pg, k) || !x.chrome?.edgeOnly || pg.contentSection[k]) continue;
      // outside the body next to any chrome line; inside it, a short line next to a widget line
      // that a phrase names wherever it stands ("Gọi tổng đài" beside "Chúng tôi luôn lắng nghe")
      const named = (j: number) =>
        j >= 0 && j < m && chromeAt(pg, j) && at(pg, j).chrome !== null && !at(pg, j).chrome?.edgeOnly;
      const near = (j: number) => j >= 0 && j < m && chromeAt(pg, j);
      // before the body (not the title), after it next to chrome or with only chrome after it, and
      // inside it short and next to a line a phrase names
      const head = bodyStart >= 0 && k < bodyStart && k > 0 && !x.prose;
      // a list's item after a content item of the same list continues the list
      const listGoesOn = x.bullet > 0 && k > 0 && at(pg, k - 1).bullet > 0 && !chromeAt(pg, k - 1);
      const tail = edge(k) && !listGoesOn && (near(k - 1) || near(k + 1) || onlyChromeAfter(k));
      const inside = !edge(k) && !x.prose && x.words <= 20 && (named(k - 1) || named(k + 1));
      if (head || tail || inside) set(pg, k, 1);
    }
  }
}

/**
 * With a profile: past the body, a line that many documents of the crawl share, next to a chrome
 * line, is chrome too (a widget's unnamed lines, the rest of a category list) unless something
 * names it content (a table row, a heading, a name, a number, a "Tham khảo" heading).
 */
function markFrequent(pg: Page, bodyEnd: number): void {
  if (!pg.docs || bodyEnd < 0) return;
  const min = Math.max(BOILERPLATE_DOCS, BOILERPLATE_SHARE * pg.docs);
  const m = pg.idx.length;
  const frequent = (k: number) => {
    const x = at(pg, k);
    return (
      x.df >= min &&
      !pg.keep[k] &&
      !x.table &&
      !x.heading &&
      !guardedShape(x) &&
      !x.content &&
      !x.x[F.numberOnly] &&
      !x.x[F.dateOnly]
    );
  };
  // outwards from each chrome line, both ways
  for (let k = bodyEnd + 1; k < m; k++)
    if (!chromeAt(pg, k) && chromeAt(pg, k - 1) && frequent(k)) set(pg, k, 1);
  for (let k = m - 2; k > bodyEnd; k--)
    if (!chromeAt(pg, k) && chromeAt(pg, k + 1) && frequent(k)) set(pg, k, 1);
}

const PIPES_ONLY = /^[|\s]+$/;
/** A line of dashes, underscores or equals signs. */
const RULE_LINE = /^\s*[-_=–—]{3,}\s*$/;
/** Dots or ellipses left for a form's blank. */
const FORM_BLANK = /\.{5}|…{3}|(?:…\.|\.…){2}/;
/** Longest cell (in non-blank lines) between two pipe lines. */
const CELL_LINES = 10;

/**
 * The cells of a table whose cells the crawler wrote one a line between "|" lines are content
 * ("Đường bộ (Bộ Xây dựng)" between pipes, repeated down a column), whatever the classifier says,
 * unless a phrase names them: a template string, a label a chrome phrase names ("Địa chỉ:" of a
 * site's contact block) and the value after it, a label whose value is a placeholder.
 */
function keepCells(pg: Page): void {
  const info = pg.info;
  const m = pg.idx.length;
  const pipeLine = (i: number) => i >= 0 && i < info.length && PIPES_ONLY.test(info[i].text);
  // a rule line ("--------") under a cell's text still belongs to the cell
  const rule = (i: number) => i >= 0 && i < info.length && RULE_LINE.test(info[i].text);
  const pipe = (i: number, step: 1 | -1) => pipeLine(i) || (rule(i) && pipeLine(i + step));
  let afterNamedLabel = false;
  let k = 0;
  while (k < m) {
    // a run of non-blank lines with a pipe line right before it and one right after it
    let e = k;
    while (e + 1 < m && !hasPipeBetween(pg, e, e + 1)) e++;
    const first = pg.idx[k];
    const last = pg.idx[e];
    const cell = e - k + 1 <= CELL_LINES && pipe(first - 1, -1) && pipe(last + 1, 1);
    const label = isLabel(at(pg, e));
    const namedLabel = label && at(pg, e).chrome !== null;
    if (cell && !afterNamedLabel && !namedLabel) {
      const placeholderLabel = label && e + 1 < m && isStrong(at(pg, e + 1));
      for (let j = k; j <= e; j++) if (!isStrong(at(pg, j)) && !placeholderLabel) keep(pg, j);
    }
    afterNamedLabel = cell && namedLabel;
    k = e + 1;
  }
}

/** True when a pipe-only line stands between two non-blank lines. */
function hasPipeBetween(pg: Page, a: number, b: number): boolean {
  for (let i = pg.idx[a] + 1; i < pg.idx[b]; i++) if (PIPES_ONLY.test(pg.info[i].text)) return true;
  return false;
}

/** Runs of very short lines outside the body with a chrome item among them are menus. */
function spreadMenus(pg: Page, edge: (k: number) => boolean, bodyStart: number): void {
  const m = pg.idx.length;
  const head = (k: number) => bodyStart < 0 || k < bodyStart;
  for (let k = 0; k < m; ) {
    if (!menuItem(at(pg, k), head(k)) || !edge(k)) {
      k++;
      continue;
    }
    let e = k;
    let anchored = false;
    // a menu's items stand on consecutive lines (a separator such as "/" may stand between)
    while (e < m && edge(e) && menuItem(at(pg, e), head(e)) && (e === k || adjacent(pg, e - 1, e))) {
      if (chromeAt(pg, e) && at(pg, e).chrome) anchored = true;
      e++;
    }
    if (anchored && e - k >= MENU_RUN) for (let j = k; j < e; j++) set(pg, j, 1);
    k = e;
  }
}

/** Short gaps between chrome lines with evidence, inside the head block or the tail block. */
function fillGaps(pg: Page, byModel: Uint8Array): void {
  const m = pg.idx.length;
  const copy = contentCopies(pg);
  // a list item only the classifier calls chrome, after an item of the same list that is content,
  // may yet be given back (see requireEvidence): it must not take its neighbours with it
  const anchor = (k: number) => chromeAt(pg, k) && !(byModel[k] && continuesList(pg, k));
  let last = -1;
  for (let k = 0; k < m; k++) {
    if (!anchor(k)) continue;
    const gap = k - last - 1;
    const head = k <= pg.headEnd;
    const tail = last >= pg.tailStart;
    if (last >= 0 && gap > 0 && ((head && gap <= MAX_HEAD_GAP) || (tail && gap <= MAX_TAIL_GAP))) {
      let ok = true;
      for (let j = last + 1; j < k && ok; j++) if (at(pg, j).heading || pg.contentSection[j]) ok = false;
      // names, credits, captions and named content inside the gap stay, and in the head a paragraph
      // the classifier does not call chrome (the article's lead between a breadcrumb and a button);
      // a pop-up's sentences go in the tail
      for (let j = last + 1; ok && j < k; j++) {
        const y = at(pg, j);
        const lead = head && y.prose && pg.p[pg.idx[j]] < HEAD_GAP_PROSE;
        if (guardedShape(y) || (y.content && y.content.match !== 2) || lead || copy(j)) continue;
        set(pg, j, 1);
      }
    }
    last = k;
  }
}

/** Words that make a line's text long enough to be recognised when printed again. */
const COPY_WORDS = 6;
/** Words a copy starts with, as the original does ("Quyết định 2744/QĐ-UBND"). */
const COPY_START = 3;
/** Share of the shorter line's words the longer one holds for a copy ("năm 2025" for "ngày 21/11/2025"). */
const COPY_SHARE = 0.8;

/** Words both lines need before a few changed words still make a copy (a title, not a clause). */
const COPY_LONG_WORDS = 12;

/**
 * The first `n` words of a visible line (whose words are one space apart), as
 * `line.split(" ", n).join(" ")` gives them, without the array.
 *
 * @param line - a line's visible text
 * @param n - how many words
 * @returns its start
 */
function firstWords(line: string, n: number): string {
  let end = -1;
  for (let w = 0; w < n; w++) {
    end = line.indexOf(" ", end + 1);
    if (end < 0) return line;
  }
  return line.slice(0, end);
}

/**
 * True when two long lines of about the same length hold the same words but for a few
 * (COPY_SHARE of the shorter one's words, in any order).
 */
function sameWords(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  const words = short.split(" ");
  const longWords = long.split(" ");
  if (words.length < COPY_LONG_WORDS || words.length < COPY_SHARE * longWords.length) return false;
  const counts = new Map<string, number>();
  for (const w of longWords) counts.set(w, (counts.get(w) ?? 0) + 1);
  let held = 0;
  for (const w of words) {
    const c = counts.get(w) ?? 0;
    if (c > 0) {
      held++;
      counts.set(w, c - 1);
    }
  }
  return held >= COPY_SHARE * words.length;
}

/**
 * Whether a line repeats a content line of the page, whole, in part or with a few words changed (a
 * legal portal prints a document's title again, with a trailing note or its date written another
 * way): such a copy is content too.
 */
function contentCopies(pg: Page): (k: number) => boolean {
  const start = (x: LineInfo) => (x.words >= COPY_WORDS ? firstWords(x.visible, COPY_START) : "");
  // the content lines by their start, made on the first question (most pages ask none) from the
  // decisions as they were when this was called
  const chrome = pg.c.slice();
  let byStart: Map<string, number[]> | null = null;
  const made = (): Map<string, number[]> => {
    const map = new Map<string, number[]>();
    for (let k = 0; k < pg.idx.length; k++) {
      const key = start(at(pg, k));
      if (!key || chrome[pg.idx[k]] === 1) continue;
      const list = map.get(key);
      if (list) list.push(k);
      else map.set(key, [k]);
    }
    return map;
  };
  return (k: number) => {
    const x = at(pg, k);
    // a short line is nobody's copy (no start is kept for one)
    const key = start(x);
    if (!key) return false;
    byStart ??= made();
    const list = byStart.get(key);
    if (!list) return false;
    for (const j of list) {
      const y = at(pg, j);
      if (j === k) continue;
      if (
        y.visible.startsWith(x.visible) ||
        x.visible.startsWith(y.visible) ||
        sameWords(x.visible, y.visible)
      )
        return true;
    }
    return false;
  };
}

/**
 * Related teasers: lines that open with a dateline ("(Chinhphu.vn) -") after the article's own one,
 * in the run at the end of the page where nothing but chrome and such lines follow.
 */
function markTeasers(pg: Page): void {
  for (let k = pg.idx.length - 1; k >= 0; k--) {
    const x = at(pg, k);
    if (x.x[F.laterDateline]) set(pg, k, 1);
    else if (!chromeAt(pg, k)) break;
  }
}

function startsUpper(s: string): boolean {
  const m = /[\p{L}\p{N}]/u.exec(s);
  return m !== null && (m[0].toLowerCase() !== m[0] || /\p{N}/u.test(m[0]));
}

/** A short label ending in ":" right before a chrome line goes with it ("Ngày hiệu lực:" + "Đã biết"). */
function labelsOfChrome(pg: Page): void {
  for (let k = pg.idx.length - 2; k >= 0; k--) {
    const x = at(pg, k);
    if (chromeAt(pg, k) || !chromeAt(pg, k + 1) || x.words > 5 || !x.x[F.endColon] || x.content) continue;
    if (at(pg, k + 1).chrome?.reason === "template" || at(pg, k + 1).words <= 3) set(pg, k, 1);
  }
}

/** An enumerated item's ordinal ("3." 3, "c)" 3, "IV." 4), or 0. */
function ordinal(visible: string): number {
  const m = /^\(?(?:(\d{1,3})|([a-zđ])|([IVX]{1,5}))[.)]/u.exec(visible);
  if (m === null) return 0;
  if (m[1]) return Number(m[1]);
  // Vietnamese letters: a b c d đ e …
  if (m[2]) return m[2] === "đ" ? 5 : m[2].charCodeAt(0) - 96 + (m[2] > "d" ? 1 : 0);
  return readRoman(m[3]) ?? 0;
}

/**
 * A list item right after a content item of a list, or an enumerated item whose number follows
 * that of a content item a few lines above it ("3." after a kept "2.", with a widget between).
 */
function continuesList(pg: Page, k: number): boolean {
  const x = at(pg, k);
  if (x.bullet > 0 && k > 0 && at(pg, k - 1).bullet > 0 && !chromeAt(pg, k - 1)) return true;
  const n = x.bullet === 2 ? ordinal(x.visible) : 0;
  if (n < 2) return false;
  for (let j = k - 1; j >= 0 && j >= k - 6; j--) {
    const y = at(pg, j);
    if (y.bullet !== 2) continue;
    return !chromeAt(pg, j) && ordinal(y.visible) === n - 1;
  }
  return false;
}

/** A sentence of eight words or more: a full stop at its end, not a list's item. */
function sentence(x: LineInfo): boolean {
  const v = x.x;
  return x.words >= 8 && !x.bullet && !x.heading && Boolean(v[F.endSentence]) && !v[F.question];
}

/** A short label ending in ":" ("Ngày hiệu lực:"). */
function isLabel(x: LineInfo): boolean {
  return x.words <= 5 && x.x[F.endColon] === 1;
}

/**
 * Lines the classifier alone calls chrome need evidence of chrome above them in their block of
 * chrome lines (a widget's heading names what follows it), or, for a label, right below it (a label
 * before its placeholder); the rules' own lines carry theirs.
 */
function requireEvidence(pg: Page, edge: (k: number) => boolean, byModel: Uint8Array): void {
  const m = pg.idx.length;
  for (let k = 0; k < m; ) {
    if (!chromeAt(pg, k)) {
      k++;
      continue;
    }
    let e = k;
    while (e < m && chromeAt(pg, e)) e++;
    // a line a phrase names (even one that counts only outside the body) next to a line a phrase
    // names anywhere is a widget's line ("Gọi tổng đài" beside "Chúng tôi luôn lắng nghe")
    const named = (i: number) => i >= k && i < e && at(pg, i).chrome !== null && !at(pg, i).chrome?.edgeOnly;
    const ev = new Uint8Array(e - k);
    for (let j = k; j < e; j++)
      ev[j - k] = Number(
        evidence(at(pg, j), edge(j), pg.docs) ||
          !byModel[j] ||
          (at(pg, j).chrome !== null && (named(j - 1) || named(j + 1))),
      );
    let seen = false;
    const evidenceBelow = ev.lastIndexOf(1) + k;
    const drop: number[] = [];
    for (let j = k; j < e; j++) {
      // a list's item after a content item of the same list, named by no phrase or only by an edge
      // phrase, continues the list
      const y = at(pg, j);
      const listGoesOn = continuesList(pg, j) && (y.chrome === null || y.chrome.edgeOnly);
      if (listGoesOn && byModel[j]) drop.push(j);
      else if (ev[j - k]) seen = true;
      // a paragraph of running text, or a sentence, needs evidence of its own, not its block's,
      // unless it stands outside the body between lines with evidence (a pop-up's letter)
      else if (y.prose || sentence(y)) {
        if (!(edge(j) && seen && evidenceBelow > j)) drop.push(j);
      } else if (!seen && !(isLabel(at(pg, j)) && j + 1 < e && evidence(at(pg, j + 1), edge(j + 1), pg.docs)))
        drop.push(j);
    }
    for (const j of drop) set(pg, j, 0);
    k = e;
  }
}

/**
 * A heading that only an edge phrase names ("## Bình luận", a comment box's title) is chrome only
 * when chrome or nothing follows it: followed by text, it is the article's own section heading.
 */
function headingsBeforeChrome(pg: Page): void {
  const m = pg.idx.length;
  for (let k = 0; k < m; k++) {
    const x = at(pg, k);
    if (!chromeAt(pg, k) || !x.heading || !x.chrome?.edgeOnly || isStrong(x)) continue;
    if (k + 1 < m && !chromeAt(pg, k + 1)) set(pg, k, 0);
  }
}

/**
 * Decides which lines are chrome.
 *
 * @param info - the page's lines, described
 * @param p - the classifier's probability per line
 * @param threshold - the probability at which a line is chrome
 * @param docs - documents of the profile used (0 without one)
 * @returns 1 for chrome, per line
 */
export function decideLines(info: LineInfo[], p: Float64Array, threshold: number, docs = 0): Uint8Array {
  const n = info.length;
  const idx: number[] = [];
  for (let i = 0; i < n; i++) if (!info[i].blank) idx.push(i);
  const pg: Page = {
    info,
    idx,
    p,
    c: new Uint8Array(n),
    docs,
    headEnd: 0,
    tailStart: idx.length,
    contentSection: new Uint8Array(idx.length),
    keep: new Uint8Array(idx.length),
  };
  for (const i of idx) if (p[i] >= threshold) pg.c[i] = 1;
  // which lines the classifier alone called chrome (before any rule)
  const byModel = new Uint8Array(idx.length);
  for (let k = 0; k < idx.length; k++) byModel[k] = pg.c[idx[k]];
  markStrong(pg);
  keepTitle(pg);
  keepNamedContent(pg);
  keepFields(pg);
  keepEditedHeadings(pg);
  keepContentSections(pg);
  markLinkedLists(pg);
  spreadLists(pg);
  findBlocks(pg);
  const [bodyStart, bodyEnd] = bodyBounds(pg, pg.headEnd, pg.tailStart);
  const edge = (k: number) => bodyStart < 0 || k < bodyStart || k > bodyEnd;
  keepCells(pg);
  spreadMenus(pg, edge, bodyStart);
  markFrequent(pg, bodyEnd);
  markEdgePhrases(pg, edge, bodyStart);
  markTeasers(pg);
  labelsOfChrome(pg);
  fillGaps(pg, byModel);
  keepContinuations(pg);
  for (let k = 0; k < idx.length; k++) if (byModel[k] && isStrong(at(pg, k))) byModel[k] = 0;
  requireEvidence(pg, edge, byModel);
  headingsBeforeChrome(pg);
  return pg.c;
}

/**
 * What a profile may add to the decisions made without it: lines past or before the body (as those
 * decisions place it) that look like a widget's lines, not like the article's (no paragraph, table
 * row, heading, number, name, line in italics or bold, reference mark, wrapped rest of a line or
 * line a phrase names as content); a list item goes only with the rest of its list. The profile
 * never takes a line the decisions without it keep for a paragraph of the body, and never gives one
 * back.
 *
 * @param info - the page's lines described with the profile
 * @param withProfile - the decisions with the profile
 * @param without - the decisions without it
 * @returns the merged decisions
 */
export function mergeBoilerplate(info: LineInfo[], withProfile: Uint8Array, without: Uint8Array): Uint8Array {
  const n = info.length;
  let first = -1;
  let last = -1;
  for (let i = 0; i < n; i++) {
    if (info[i].blank || !info[i].prose || without[i] || info[i].chrome) continue;
    if (first < 0) first = i;
    last = i;
  }
  const out = Uint8Array.from(without);
  for (let i = 0; i < n; i++) {
    if (!withProfile[i] || without[i]) continue;
    const x = info[i];
    const v = x.x;
    const inBody = first >= 0 && i >= first && i <= last;
    // an italic or bold line is a book's title or a caption
    if (inBody || x.prose || x.table || x.heading || x.content || x.emphasis || guardedShape(x)) continue;
    // "[2]" is a reference mark; ", tỉnh" the wrapped rest of the line above
    if (/^\[\d{1,3}\]$|^[,;]/.test(x.visible)) continue;
    if (v[F.numberOnly] || v[F.dateOnly] || v[F.endComma] || x.words > 20) continue;
    // a list's item goes only with the rest of its list: the next line is chrome too, or there is none
    if (x.bullet > 0) {
      let j = i + 1;
      while (j < n && info[j].blank) j++;
      if (j < n && !withProfile[j]) continue;
    }
    out[i] = 1;
  }
  return out;
}
