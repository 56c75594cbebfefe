// Line features for the chrome classifier. Every function runs in time linear in the line length;
// the regexes have no nested or adjacent overlapping quantifiers.

import { weekdaySource } from "../../core/weekdays";
import { CAPTION, CAPTION_START, CREDIT, CREDIT_LOWER, ROLE_CREDIT } from "./credit-patterns";

const HAS_WORD_CHAR = /[\p{L}\p{N}]/u;
const TEMPLATE_FIELD = /\{\{?[\p{L}_][\p{L}\p{N}_.-]{0,40}\}\}?/u;
const DATELINE = /^(?:[\p{Lu}][^()\n]{0,30})?\((?<code>[^()\n]{1,40})\)\s{0,3}[-–—]\s{0,3}/u;
const HASHTAGS = /^#[^\s#]+(?:\s+#[^\s#]+)*$/u;
const DATE_TIME = new RegExp(
  `^(?:(?:${weekdaySource()})\\s{0,3},?\\s{0,3})?(?:ngày\\s+)?\\d{1,4}[/.-]\\d{1,2}(?:[/.-]\\d{2,4})?(?:\\s{0,3}[-|,]?\\s{0,3}\\d{1,2}[:h]\\d{2}(?::\\d{2})?)?(?:\\s{0,3}\\(?\\s{0,3}gmt\\s{0,3}\\+\\s{0,3}7\\s{0,3}\\)?)?$|^\\d{1,2}[:h]\\d{2}(?::\\d{2})?$`,
  "iu",
);
const NAME_WORD = /^[\p{Lu}][\p{Ll}\p{M}]*\.?$|^[\p{Lu}][\p{Lu}\p{M}.]*$/u;

const LINK_TARGET = /\]\([^()\s]{0,800}\)/g;
const URL = /(?:https?:\/\/|www\.)[^\s)\]]{1,800}/g;

/**
 * The line's visible words: markdown link targets "[Chia sẻ](https://...)" and bare URLs removed,
 * so a scraped button reads as its label.
 */
export function stripLinks(line: string): string {
  if (!line.includes("](") && !line.includes("://") && !line.includes("www.")) return line;
  return line.replace(LINK_TARGET, "]").replace(URL, " ");
}

/** True when the line has no letter and no digit (only blanks, punctuation or symbols). */
export function isBlankLine(line: string): boolean {
  return !HAS_WORD_CHAR.test(line);
}

function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x3000 || (c >= 0x2000 && c <= 0x200a);
}

/** Number of whitespace-separated words. */
export function countWords(line: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < line.length; i++) {
    const sp = isSpace(line.charCodeAt(i));
    if (!sp && !inWord) n++;
    inWord = !sp;
  }
  return n;
}

/** True when the line carries an unfilled template field such as "{title}". */
export function hasTemplateField(line: string): boolean {
  return line.includes("{") && TEMPLATE_FIELD.test(line);
}

/**
 * The dateline "(QTO) – " or "Hà Nội (TTXVN) – " at the start of the line: the outlet code and where
 * the text after it (and the spaces after the dash) starts; null when the line opens with none.
 */
export function readDatelinePrefix(line: string): { code: string; end: number } | null {
  const open = line.indexOf("(");
  if (open < 0 || open > 32) return null;
  const m = DATELINE.exec(line);
  const code = m?.groups?.code?.trim();
  return m && code ? { code, end: m[0].length } : null;
}

/** The outlet code of a dateline "(QTO) –" at the start of the line, or null. */
export function datelineCode(line: string): string | null {
  return readDatelinePrefix(line)?.code ?? null;
}

/** True when the line is only hashtags. */
export function isHashtagLine(line: string): boolean {
  return line.length <= 400 && line.charCodeAt(0) === 35 && HASHTAGS.test(line);
}

function isBulletChar(c: number): boolean {
  // space, tab, •, ·, -, *, +, –, —, ▪, ►, »
  return (
    c === 32 ||
    c === 9 ||
    c === 0x2022 ||
    c === 0xb7 ||
    c === 45 ||
    c === 42 ||
    c === 43 ||
    c === 0x2013 ||
    c === 0x2014 ||
    c === 0x25aa ||
    c === 0x25ba ||
    c === 0xbb
  );
}

function isCountChar(c: number): boolean {
  // digits, space, ".", ",", ":"
  return (c >= 48 && c <= 57) || c === 32 || c === 46 || c === 44 || c === 58 || c === 9;
}

/**
 * True for a label written twice, optionally followed by a count: "Khách Khách 748",
 * "Tổng lượt truy cập: Tổng lượt truy cập: 29621682" (a widget scraped with its tooltip).
 */
export function isLabelDoubled(line: string): boolean {
  if (line.length > 200) return false;
  let s = 0;
  let e = line.length;
  while (s < e && isBulletChar(line.charCodeAt(s))) s++;
  while (e > s && isCountChar(line.charCodeAt(e - 1))) e--;
  // keep a trailing ":" that belongs to the label ("...truy cập: ...truy cập:")
  if (e < line.length && line.charCodeAt(e) === 58) e++;
  const body = line.slice(s, e).trim();
  const len = body.length;
  if (len < 3 || len % 2 === 0) return false;
  const mid = (len - 1) >> 1;
  if (body.charCodeAt(mid) !== 32) return false;
  const a = body.slice(0, mid);
  return HAS_WORD_CHAR.test(a) && a === body.slice(mid + 1);
}

/** True for a source credit: "Theo TTXVN", "Nguồn: Quochoi.vn", "(Theo VOV)". */
export function isCredit(line: string, words: number): boolean {
  if (words > 12) return false;
  const c = line.charCodeAt(0);
  // "(", "T", "t", "N", "n"
  if (c !== 40 && c !== 84 && c !== 116 && c !== 78 && c !== 110) return false;
  return CREDIT.test(line) || CREDIT_LOWER.test(line);
}

/** True for a role credit ("Ảnh: ...", "Thiết kế: ...", "Bài và ảnh: ...") or a photo caption. */
export function isCaptionOrRoleCredit(line: string, words: number): boolean {
  if (line.length > 600) return false;
  const colon = line.indexOf(":");
  if (colon >= 0 && words <= 20 && colon < 40 && ROLE_CREDIT.test(line)) return true;
  if (colon >= 0 && CAPTION.test(line)) return true;
  return CAPTION_START.test(line);
}

/** True for a line that is only a date and/or time ("07/08/2025", "14:53", "Thứ Hai, 15/7/2024 10:30"). */
export function isDateTimeLine(line: string): boolean {
  if (line.length > 60) return false;
  const c = line.charCodeAt(0);
  // a digit, or the first letter of "thứ", "chủ nhật", "cn", "ngày"
  if (!((c >= 48 && c <= 57) || c === 84 || c === 116 || c === 67 || c === 99 || c === 78 || c === 110))
    return false;
  return DATE_TIME.test(line);
}

/**
 * True when the line could be a person's name or a pen name: one to six words, each capitalised
 * (or all capitals, or an initial), no digits, separators "-", ",", "và" allowed between names.
 */
export function isNameLike(line: string, words: number): boolean {
  if (words < 1 || words > 8 || line.length > 60) return false;
  let names = 0;
  let i = 0;
  while (i < line.length) {
    while (i < line.length && isSpace(line.charCodeAt(i))) i++;
    if (i >= line.length) break;
    let e = i;
    while (e < line.length && !isSpace(line.charCodeAt(e))) e++;
    let w = line.slice(i, e);
    i = e;
    const lastChar = w.charCodeAt(w.length - 1);
    if (w.length > 1 && (lastChar === 44 || lastChar === 59)) w = w.slice(0, -1);
    if (w === "-" || w === "–" || w === "và" || w === "/" || w === "&") continue;
    if (!NAME_WORD.test(w)) return false;
    names++;
  }
  return names >= 1;
}

/** True when the line ends a sentence ("." "!" "?" "…", possibly inside closing quotes or brackets). */
export function endsSentence(line: string): boolean {
  let e = line.length;
  while (e > 0) {
    const c = line.charCodeAt(e - 1);
    if (c === 32 || c === 34 || c === 39 || c === 0x201d || c === 0x2019 || c === 41 || c === 0xbb) e--;
    else break;
  }
  if (e === 0) return false;
  const c = line.charCodeAt(e - 1);
  return c === 46 || c === 33 || c === 63 || c === 0x2026;
}

/** True when the line starts like a list item ("1.", "a)", "(2)", "-", "+", "•"). */
export function isEnumerated(line: string): boolean {
  return /^(?:\(?\d{1,3}[.)]|\(?[a-zđ][.)]|[-+•*–])\s?/iu.test(line);
}
