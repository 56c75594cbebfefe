// Features of each line of a page for the chrome classifier, in the spirit of jusText and
// boilerpipe: how long a line is and how much of it is function words, digits, punctuation, links
// and markup; what the chrome phrase list says of it; where it sits (before, inside or after the
// body, in which section, in a run of short lines); how its neighbours look; and, given a corpus
// profile, in how many documents of the crawl it occurs. Everything is linear in the page.

import { FUNCTION_WORDS } from "../_data/function-words";
import { SURNAMES } from "../_data/surnames";
import type { BoilerplateProfile } from "../boilerplate";
import {
  datelineCode,
  endsSentence,
  hasTemplateField,
  isCaptionOrRoleCredit,
  isCredit,
  isDateTimeLine,
  isHashtagLine,
  isLabelDoubled,
  isNameLike,
} from "./features";
import { fingerprint } from "./fingerprint";
import { LINE_COUNTS, lineKeys, type WordSet, wordSet } from "./line-key";
import { type LineShape, lineShape } from "./line-shape";
import { matchPhrases, type PhraseRule } from "./phrases";

/** A block of a page as the classifier takes it: a line of text, or an HTML block with its DOM facts. */
export interface ChromeBlock {
  /** The block's text. */
  text: string;
  /** Share of its characters inside links (from the DOM); computed from Markdown links when absent. */
  linkShare?: number;
  /** Heading level (1–6) from the DOM; read from Markdown "#" when absent. */
  heading?: number;
  /** True for a list item (from the DOM). */
  listItem?: boolean;
  /** True for a table cell or row (from the DOM). */
  tableCell?: boolean;
}

/** What the classifier knows of one line before looking at its neighbours: its shape, and more. */
export interface LineInfo
  extends Pick<
    LineShape,
    "visible" | "heading" | "bullet" | "table" | "emphasis" | "teaser" | "linkShare" | "url"
  > {
  /** The line, trimmed. */
  text: string;
  /** True when the line has no letter and no digit. */
  blank: boolean;
  words: number;
  chrome: PhraseRule | null;
  content: PhraseRule | null;
  /** Looks like a paragraph of running text. */
  prose: boolean;
  /** A wiki reference (opens with a back-link caret or letters). */
  reference: boolean;
  /** A credit, caption, date stamp, dateline or name: content a chrome context must not swallow. */
  guarded: boolean;
  fp: number;
  df: number;
  x: Float64Array;
}

const ENDS_WITH_DATE = /\(\s?\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\s?\)\s?$/;
const ONLY_NUMBER = /^[\d\s.,:/()%+-]{1,40}$/;

let functionWords: WordSet | null = null;
let surnames: Set<string> | null = null;

/** Feature names, in the order of the vectors; the model stores the list it was trained with. */
export const FEATURES: readonly string[] = [
  "words",
  "chars",
  "letterShare",
  "digitShare",
  "upperShare",
  "capWordShare",
  "functionShare",
  "unmarkedShare",
  "endSentence",
  "endColon",
  "endComma",
  "question",
  "heading",
  "bullet",
  "table",
  "emphasis",
  "teaser",
  "linkShare",
  "url",
  "dateOnly",
  "numberOnly",
  "credit",
  "caption",
  "nameLike",
  "dateline",
  "labelDoubled",
  "templateField",
  "templateParam",
  "hashtags",
  "chromePhrase",
  "chromePhraseEdge",
  "phraseWords",
  "phraseCover",
  "contentPhrase",
  "endsWithDate",
  "cut",
  "repeats",
  "laterCopy",
  "prose",
  "relPos",
  "lines",
  "beforeBody",
  "afterBody",
  "noBody",
  "distBodyStart",
  "distBodyEnd",
  "proseAfter",
  "proseBefore",
  "sectionChrome",
  "sectionContent",
  "sectionDist",
  "runLen",
  "runPhraseShare",
  "runAtEnd",
  "runBullets",
  "runPunct",
  "runAnchor",
  "runAfterChrome",
  "laterDateline",
  "pipeCell",
  "prevWords",
  "nextWords",
  "prevPhrase",
  "nextPhrase",
  "prevProse",
  "nextProse",
  "prevBullet",
  "nextBullet",
  "prevTable",
  "nextTable",
  "prevHeading",
  "nextHeading",
  "profile",
  "df",
  "dfShare",
  "prevDf",
  "nextDf",
  "windowDf",
];

const NO_FEATURES = new Float64Array(0);

/** Features the second stage adds: the first stage's scores around the line. */
export const CONTEXT_FEATURES: readonly string[] = [
  "p",
  "prevP",
  "nextP",
  "prev2P",
  "next2P",
  "windowMax",
  "windowMean",
  "sectionMean",
  "tailMean",
  "runMean",
];

const F = Object.fromEntries(FEATURES.map((n, i) => [n, i])) as Record<string, number>;

function strength(rule: PhraseRule | null): number {
  return rule ? 3 - rule.match : 0;
}

function log1p2(n: number): number {
  return Math.log2(1 + n);
}

/** What lineKeys counts of a line (see LINE_COUNTS): words, letters, digits, upper, nonSpace, cap, lettered, unmarked. */
const COUNTS = new Int32Array(LINE_COUNTS.length);

/** The buffers of describeLines' matrices, whose rows have room for the context features. */
const WIDE_ROWS = new WeakSet<ArrayBufferLike>();
/**
 * The rows of one of describeLines' matrices (360 kB): a page of more lines gets several. One
 * matrix of a page of 50,000 lines (35 MB) cost three times as much a line: above 32 MB, malloc
 * maps fresh pages for every such buffer, and the first write to each page faults.
 */
const BLOCK_ROWS = 512;

let EMPTY_LINE: LineInfo | null = null;

/**
 * The description of an empty line (what describe gives for "" or spaces), made once and frozen:
 * nothing reads or writes a blank line's features, and a page of many empty lines then keeps two
 * objects a line fewer alive until it is classified (objects its collections would copy).
 */
function emptyLine(): LineInfo {
  EMPTY_LINE ??= Object.freeze(describe("", false, undefined, new Float64Array(FEATURES.length)));
  return EMPTY_LINE;
}

/** Reads one line (or block) into its intrinsic facts and features (written into `x`). */
function describe(
  block: string | ChromeBlock,
  cut: boolean,
  profile: BoilerplateProfile | undefined,
  x: Float64Array,
): LineInfo {
  const raw = typeof block === "string" ? block : block.text;
  const text = raw.trim();
  const shape = lineShape(text);
  const visible = shape.visible;
  // a line that is only a URL ("https://…", a reference's or an external link's) is not blank
  const blank = !/[\p{L}\p{N}]/u.test(visible) && !shape.url;
  let heading = shape.heading;
  let linkShare = shape.linkShare;
  let bullet = shape.bullet;
  let table = shape.table;
  if (typeof block !== "string") {
    if (block.heading) heading = block.heading;
    if (typeof block.linkShare === "number") linkShare = block.linkShare;
    if (block.listItem && !bullet) bullet = 1;
    if (block.tableCell) table = true;
  }
  const info: LineInfo = {
    text,
    blank,
    visible,
    words: 0,
    heading,
    bullet,
    table,
    emphasis: shape.emphasis,
    teaser: shape.teaser,
    linkShare,
    url: shape.url,
    chrome: null,
    content: null,
    prose: false,
    reference: shape.reference,
    guarded: false,
    fp: 0,
    df: 0,
    x,
  };
  if (blank) return info;
  functionWords ??= wordSet(FUNCTION_WORDS);
  const keys = lineKeys(visible, functionWords, COUNTS);
  const words = COUNTS[0];
  const letters = COUNTS[1];
  const digits = COUNTS[2];
  const upper = COUNTS[3];
  const nonSpace = COUNTS[4];
  const cap = COUNTS[5];
  const lettered = COUNTS[6];
  const unmarked = COUNTS[7];
  info.words = words;
  const fn = keys.counted;
  const ev = matchPhrases(
    keys,
    words,
    heading > 0 || shape.emphasis || visible.charCodeAt(visible.length - 1) === 58,
  );
  info.chrome = ev.chrome;
  info.content = ev.content;
  const short = text.length <= 400 && words <= 60;
  const credit = short && isCredit(visible, words);
  const caption = short && isCaptionOrRoleCredit(visible, words);
  const dateOnly = short && isDateTimeLine(visible);
  // an all-capitals line ("THÔNG BÁO") is a name only when it starts with a surname ("NGUYỄN VĂN A")
  surnames ??= new Set(SURNAMES);
  const caps = letters >= 4 && upper >= 0.9 * letters;
  const space = keys.key.indexOf(" ");
  const firstWord = space < 0 ? keys.key : keys.key.slice(0, space);
  const nameLike = short && isNameLike(visible, words) && (!caps || surnames.has(firstWord));
  const dateline = short ? datelineCode(visible) !== null : false;
  const endS = endsSentence(visible);
  const last = visible.charCodeAt(visible.length - 1);
  const fnShare = lettered ? fn / lettered : 0;
  info.prose = words >= 10 && (endS || words >= 20 || last === 58 || last === 59) && fnShare >= 0.08;
  info.guarded = credit || caption || dateOnly || dateline;

  x[F.words] = words;
  x[F.chars] = visible.length;
  x[F.letterShare] = nonSpace ? letters / nonSpace : 0;
  x[F.digitShare] = nonSpace ? digits / nonSpace : 0;
  x[F.upperShare] = letters ? upper / letters : 0;
  x[F.capWordShare] = lettered ? cap / lettered : 0;
  x[F.functionShare] = fnShare;
  x[F.unmarkedShare] = lettered ? unmarked / lettered : 0;
  x[F.endSentence] = endS ? 1 : 0;
  x[F.endColon] = last === 58 ? 1 : 0;
  x[F.endComma] = last === 59 || last === 44 ? 1 : 0;
  x[F.question] = last === 63 ? 1 : 0;
  x[F.heading] = heading;
  x[F.bullet] = bullet;
  x[F.table] = table ? 1 : 0;
  x[F.emphasis] = shape.emphasis ? 1 : 0;
  x[F.teaser] = shape.teaser ? 1 : 0;
  x[F.linkShare] = linkShare;
  x[F.url] = shape.url ? 1 : 0;
  x[F.dateOnly] = dateOnly ? 1 : 0;
  x[F.numberOnly] = ONLY_NUMBER.test(visible) ? 1 : 0;
  x[F.credit] = credit ? 1 : 0;
  x[F.caption] = caption ? 1 : 0;
  x[F.nameLike] = nameLike ? 1 : 0;
  x[F.dateline] = dateline ? 1 : 0;
  x[F.labelDoubled] = isLabelDoubled(visible) ? 1 : 0;
  x[F.templateField] = hasTemplateField(visible) ? 1 : 0;
  x[F.templateParam] = shape.templateParam ? 1 : 0;
  x[F.hashtags] = isHashtagLine(visible) ? 1 : 0;
  x[F.chromePhrase] = ev.chrome && !ev.chrome.edgeOnly ? strength(ev.chrome) + (ev.chrome.strong ? 1 : 0) : 0;
  x[F.chromePhraseEdge] = ev.chrome?.edgeOnly ? strength(ev.chrome) : 0;
  x[F.contentPhrase] = strength(ev.content);
  if (ev.chrome) {
    const pw = ev.chrome.key.split(" ").length;
    x[F.phraseWords] = pw;
    x[F.phraseCover] = Math.min(1, pw / Math.max(1, words));
  }
  x[F.endsWithDate] = ENDS_WITH_DATE.test(visible) ? 1 : 0;
  x[F.cut] = cut ? 1 : 0;
  x[F.prose] = info.prose ? 1 : 0;
  if (profile) {
    info.fp = fingerprint(text);
    info.df = profile.frequencyOf(info.fp);
  }
  return info;
}

/**
 * Describes every line of a page and fills in the features that depend on the page: position
 * relative to the body, sections, runs of short lines, neighbours, repetition and the profile.
 *
 * @param blocks - the page's lines or blocks, in order
 * @param cuts - per line, whether inline chrome was cut from it
 * @param profile - an optional corpus profile
 * @returns one LineInfo per line
 */
export function describeLines(
  blocks: readonly (string | ChromeBlock)[],
  cuts: readonly boolean[],
  profile?: BoilerplateProfile,
): LineInfo[] {
  const n = blocks.length;
  const info: LineInfo[] = new Array(n);
  // the features go into rows of matrices of BLOCK_ROWS rows (a typed array of its own per line
  // costs several times more), each row with room for the context features after them; an empty
  // line has no row (a page of many would otherwise allocate and zero 88 numbers for each)
  const width = FEATURES.length;
  const empty = new Uint8Array(n);
  let rows = 0;
  for (let i = 0; i < n; i++) {
    const b = blocks[i];
    if (typeof b === "string" && b.trim() === "") empty[i] = 1;
    else rows++;
  }
  const stride = width + CONTEXT_FEATURES.length;
  let matrix = new Float64Array(0);
  for (let i = 0, r = 0; i < n; i++) {
    if (empty[i]) {
      info[i] = emptyLine();
      continue;
    }
    if (r * stride === matrix.length) {
      matrix = new Float64Array(Math.min(rows, BLOCK_ROWS) * stride);
      WIDE_ROWS.add(matrix.buffer);
      rows -= BLOCK_ROWS;
      r = 0;
    }
    info[i] = describe(
      blocks[i],
      cuts[i] ?? false,
      profile,
      matrix.subarray(r * stride, r++ * stride + width),
    );
  }
  // the non-blank lines, in order; context is taken over them
  const idx: number[] = [];
  for (let i = 0; i < n; i++) if (!info[i].blank) idx.push(i);
  const m = idx.length;
  if (m === 0) return info;

  // repetition inside the page: each line's first copy (by position among the non-blank lines)
  // and how many copies that one has, from one lookup a line
  const firstAt = new Map<string, number>();
  const firstOf = new Int32Array(m);
  const copies = new Int32Array(m);
  for (let k = 0; k < m; k++) {
    const v = info[idx[k]].visible;
    const f = firstAt.get(v);
    if (f === undefined) firstAt.set(v, k);
    firstOf[k] = f ?? k;
    copies[firstOf[k]]++;
  }
  // body: first and last prose lines that no chrome phrase claims
  let bodyStart = -1;
  let bodyEnd = -1;
  for (let k = 0; k < m; k++) {
    const x = info[idx[k]];
    if (!x.prose || x.chrome) continue;
    if (bodyStart < 0) bodyStart = k;
    bodyEnd = k;
  }
  const proseBefore = new Int32Array(m + 1);
  for (let k = 0; k < m; k++) proseBefore[k + 1] = proseBefore[k] + (info[idx[k]].prose ? 1 : 0);
  const totalProse = proseBefore[m];

  // runs of short lines (not prose, at most 12 words)
  const runId = new Int32Array(m).fill(-1);
  const runs: {
    from: number;
    to: number;
    phrases: number;
    bullets: number;
    punct: number;
    anchor: number;
  }[] = [];
  for (let k = 0; k < m; ) {
    const x = info[idx[k]];
    if (x.prose || x.words > 12) {
      k++;
      continue;
    }
    let e = k;
    let phrases = 0;
    let bullets = 0;
    let punct = 0;
    let anchor = 0;
    while (e < m && !info[idx[e]].prose && info[idx[e]].words <= 12) {
      const y = info[idx[e]];
      if (y.chrome) {
        phrases++;
        const edgeOk = !y.chrome.edgeOnly || e < bodyStart || e > bodyEnd || bodyStart < 0;
        if (edgeOk) anchor = Math.max(anchor, strength(y.chrome));
      }
      if (y.bullet) bullets++;
      if (y.x[F.endSentence] || y.x[F.endComma]) punct++;
      runId[e] = runs.length;
      e++;
    }
    runs.push({ from: k, to: e, phrases, bullets, punct, anchor });
    k = e;
  }

  // sections: the nearest heading above
  let heading = -1;
  let datelines = 0;
  const present = profile ? 1 : 0;
  const docs = profile ? Math.max(1, profile.documents) : 1;
  for (let k = 0; k < m; k++) {
    const i = idx[k];
    const x = info[i];
    const v = x.x;
    v[F.repeats] = Math.min(copies[firstOf[k]] - 1, 10);
    v[F.laterCopy] = firstOf[k] < k ? 1 : 0;
    v[F.relPos] = m > 1 ? k / (m - 1) : 0;
    v[F.lines] = log1p2(m);
    v[F.noBody] = bodyStart < 0 ? 1 : 0;
    v[F.beforeBody] = bodyStart >= 0 && k < bodyStart ? 1 : 0;
    v[F.afterBody] = bodyEnd >= 0 && k > bodyEnd ? 1 : 0;
    v[F.distBodyStart] = bodyStart < 0 ? 50 : Math.min(50, Math.abs(k - bodyStart));
    v[F.distBodyEnd] = bodyEnd < 0 ? 50 : Math.min(50, Math.abs(k - bodyEnd));
    v[F.proseBefore] = Math.min(20, proseBefore[k]);
    v[F.proseAfter] = Math.min(20, totalProse - proseBefore[k + 1]);
    if (x.heading) heading = k;
    else if (x.prose) heading = -1;
    else if (heading >= 0) {
      const h = info[idx[heading]];
      v[F.sectionChrome] = strength(h.chrome);
      v[F.sectionContent] = strength(h.content);
      v[F.sectionDist] = Math.min(50, k - heading);
    }
    if (!x.heading && heading < 0) v[F.sectionDist] = 50;
    // a table cell written between pipe lines ("|" right before and right after)
    const pipeAt = (j: number) => j >= 0 && j < n && info[j].blank && info[j].text.startsWith("|");
    if (pipeAt(i - 1) && pipeAt(i + 1)) v[F.pipeCell] = 1;
    if (x.x[F.dateline]) {
      if (datelines > 0) v[F.laterDateline] = 1;
      datelines++;
    }
    const r = runId[k] >= 0 ? runs[runId[k]] : null;
    if (r) {
      const len = r.to - r.from;
      v[F.runLen] = Math.min(len, 50);
      v[F.runPhraseShare] = r.phrases / len;
      v[F.runAtEnd] = totalProse - proseBefore[r.to] === 0 ? 1 : 0;
      v[F.runBullets] = r.bullets / len;
      v[F.runPunct] = r.punct / len;
      v[F.runAnchor] = r.anchor;
      const before = r.from > 0 ? info[idx[r.from - 1]] : null;
      v[F.runAfterChrome] = before ? strength(before.chrome) : 0;
    }
    const p = k > 0 ? info[idx[k - 1]] : null;
    const q = k + 1 < m ? info[idx[k + 1]] : null;
    v[F.prevWords] = p ? p.words : -1;
    v[F.nextWords] = q ? q.words : -1;
    v[F.prevPhrase] = p ? strength(p.chrome) : 0;
    v[F.nextPhrase] = q ? strength(q.chrome) : 0;
    v[F.prevProse] = p?.prose ? 1 : 0;
    v[F.nextProse] = q?.prose ? 1 : 0;
    v[F.prevBullet] = p ? p.bullet : -1;
    v[F.nextBullet] = q ? q.bullet : -1;
    v[F.prevTable] = p?.table ? 1 : 0;
    v[F.nextTable] = q?.table ? 1 : 0;
    v[F.prevHeading] = p ? p.heading : 0;
    v[F.nextHeading] = q ? q.heading : 0;
    v[F.profile] = present;
    if (profile) {
      v[F.df] = log1p2(x.df);
      v[F.dfShare] = x.df / docs;
      v[F.prevDf] = p ? log1p2(p.df) : 0;
      v[F.nextDf] = q ? log1p2(q.df) : 0;
      let s = 0;
      let cnt = 0;
      for (let d = -2; d <= 2; d++) {
        if (d === 0 || k + d < 0 || k + d >= m) continue;
        s += log1p2(info[idx[k + d]].df);
        cnt++;
      }
      v[F.windowDf] = cnt ? s / cnt : 0;
    }
  }
  return info;
}

/**
 * The second stage's features of each non-blank line: its own features followed by the first
 * stage's scores around it (neighbours, window, section, the rest of the page, its run).
 *
 * @param info - the page's lines, described
 * @param p1 - the first stage's score per line (NaN for blank lines)
 * @returns one vector per line (blank lines get an empty one): for lines of describeLines, views of
 *   their rows, the features followed by the context written into the room after them (so a second
 *   call on the same lines overwrites what the first returned)
 */
export function contextFeatures(info: LineInfo[], p1: Float64Array): Float64Array[] {
  const n = info.length;
  const out: Float64Array[] = new Array(n);
  const idx: number[] = [];
  for (let i = 0; i < n; i++) if (!info[i].blank) idx.push(i);
  const m = idx.length;
  const p = new Float64Array(m);
  for (let k = 0; k < m; k++) p[k] = p1[idx[k]];
  const suffix = new Float64Array(m + 1);
  for (let k = m - 1; k >= 0; k--) suffix[k] = suffix[k + 1] + p[k];
  // section means: from a heading to the next
  const sectionMean = new Float64Array(m);
  for (let k = 0; k < m; ) {
    let e = k + 1;
    while (e < m && !info[idx[e]].heading) e++;
    let s = 0;
    for (let j = k; j < e; j++) s += p[j];
    for (let j = k; j < e; j++) sectionMean[j] = s / (e - k);
    k = e;
  }
  // run means: runs of short lines as in describeLines
  const runMean = new Float64Array(m);
  for (let k = 0; k < m; ) {
    const short = (j: number) => !info[idx[j]].prose && info[idx[j]].words <= 12;
    if (!short(k)) {
      runMean[k] = p[k];
      k++;
      continue;
    }
    let e = k;
    let s = 0;
    while (e < m && short(e)) s += p[e++];
    for (let j = k; j < e; j++) runMean[j] = s / (e - k);
    k = e;
  }
  const width = FEATURES.length + CONTEXT_FEATURES.length;
  // the context goes into the room describeLines left after each line's features (a copy of the
  // features into a matrix of its own for the page, for lines described elsewhere)
  let matrix: Float64Array | null = null;
  for (let i = 0; i < n; i++) if (info[i].blank) out[i] = NO_FEATURES;
  for (let k = 0; k < m; k++) {
    const x = info[idx[k]].x;
    let v: Float64Array;
    if (WIDE_ROWS.has(x.buffer)) v = new Float64Array(x.buffer, x.byteOffset, width);
    else {
      matrix ??= new Float64Array(m * width);
      v = matrix.subarray(k * width, (k + 1) * width);
      v.set(x);
    }
    let o = FEATURES.length;
    v[o++] = p[k];
    v[o++] = k > 0 ? p[k - 1] : -1;
    v[o++] = k + 1 < m ? p[k + 1] : -1;
    v[o++] = k > 1 ? p[k - 2] : -1;
    v[o++] = k + 2 < m ? p[k + 2] : -1;
    let max = 0;
    let sum = 0;
    let cnt = 0;
    for (let d = -3; d <= 3; d++) {
      if (d === 0 || k + d < 0 || k + d >= m) continue;
      const q = p[k + d];
      if (q > max) max = q;
      sum += q;
      cnt++;
    }
    v[o++] = max;
    v[o++] = cnt ? sum / cnt : 0;
    v[o++] = sectionMean[k];
    v[o++] = k + 1 < m ? suffix[k + 1] / (m - k - 1) : 0;
    v[o++] = runMean[k];
    out[idx[k]] = v;
  }
  return out;
}
