// Header of an article: title, dateline (source and date), byline. Regexes are anchored and bounded.

import { BYLINE_LABEL, CREDIT_PREFIX } from "../../chrome/_lib/credit-patterns";
import {
  countWords,
  datelineCode,
  isCredit,
  isEnumerated,
  isNameLike,
  readDatelinePrefix,
} from "../../chrome/_lib/features";
import { decodeHTML } from "../../core/lazy-deps";
import { weekdaySource } from "../../core/weekdays";
import { findOutlet } from "./outlets";

const LEAD =
  "(?:(?:hôm nay|sáng nay|trưa nay|chiều nay|tối nay|đêm nay|sáng sớm nay|sáng|trưa|chiều|tối|đêm|hôm|ngày|cập nhật|đăng lúc|ngày đăng|xuất bản|thời gian)\\s{0,3}:?\\s{1,3})?";
const TIME_FIRST = "(?:\\d{1,2}[:h]\\d{2}(?::\\d{2})?\\s{0,3}(?:[,|-]\\s{0,3})?)?";
const WEEKDAY = `(?:(?:${weekdaySource()})\\s{0,3},?\\s{0,3})?`;
const NUMERIC = "(?:ngày\\s{1,3})?(\\d{1,2})\\s{0,2}[/.-]\\s{0,2}(\\d{1,2})\\s{0,2}[/.-]\\s{0,2}(\\d{4})";
const WORDS = "ngày\\s{1,3}(\\d{1,2})\\s{1,3}tháng\\s{1,3}(\\d{1,2})\\s{1,3}năm\\s{1,3}(\\d{4})";
const DATE_AT_START = new RegExp(`^${LEAD}${TIME_FIRST}${WEEKDAY}(?:${NUMERIC}|${WORDS})(?!\\d)`, "iu");
/** A dateline without brackets, "TTO - ", "VOV.VN – ": taken only when the code is a known outlet. */
const BARE_DATELINE = /^([\p{L}][\p{L}\p{N}.&+ ]{1,24}?)\s{1,3}[-–—]\s{1,3}/u;
const STAMP_LINE = /^[\p{L} ,:]{0,40}?\d/u;
const NAME_SEPARATORS = /\s*(?:[-–,;/&]|\s(?:và|and)\s)\s*/u;

/** A lead that opens with a time of day: "Sáng", "Chiều nay", "Hôm nay", "Tối qua" ... */
const TIME_OF_DAY_LEAD =
  /^(?:sáng|trưa|chiều|tối|đêm|hôm nay|sáng sớm)(?:\s{1,3}(?:nay|qua))?\s{1,3}(?:ngày\s{1,3})?\d/iu;

/** A date found in the header: ISO date and the words it came from. */
export interface FoundDate {
  date: string;
  text: string;
}

function isoDate(d: number, m: number, y: number): string | null {
  if (m < 1 || m > 12 || d < 1 || y < 1900 || y > 2200) return null;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d > days) return null;
  return `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

/** A date at the start of `s` ("Hôm nay 1/7/2020", "Thứ Hai, 15/7/2024", "ngày 1 tháng 7 năm 2020"). */
export function dateAtStart(s: string): FoundDate | null {
  const m = DATE_AT_START.exec(s.slice(0, 120));
  if (!m) return null;
  const d = Number(m[1] ?? m[4]);
  const mo = Number(m[2] ?? m[5]);
  const y = Number(m[3] ?? m[6]);
  const date = isoDate(d, mo, y);
  return date ? { date, text: m[0].trim() } : null;
}

/** The dateline of a line "(QTO) – Hôm nay 1/7/2020, ...": the outlet code and the date after it. */
export function readDateline(line: string): { code: string; date: FoundDate | null } | null {
  const prefix = readDatelinePrefix(line);
  if (prefix) return { code: prefix.code, date: dateAtStart(line.slice(prefix.end)) };
  const bare = BARE_DATELINE.exec(line);
  if (bare && findOutlet(bare[1].trim())) {
    return { code: bare[1].trim(), date: dateAtStart(line.slice(bare[0].length)) };
  }
  return null;
}

/** A line that is only a publication stamp ("07/08/2025", "Thứ Hai, 15/7/2024 10:30", "Cập nhật: ..."). */
export function readStampLine(line: string): FoundDate | null {
  if (line.length > 80 || countWords(line) > 12 || !STAMP_LINE.test(line)) return null;
  const found = dateAtStart(line);
  if (!found) return null;
  // the rest of the line may only hold a time and a zone
  const rest = line.slice(line.indexOf(found.text) + found.text.length);
  return /^[\s,|-]{0,4}(?:\d{1,2}[:h]\d{2}(?::\d{2})?)?\s{0,3}(?:\(?\s{0,3}GMT\s{0,3}\+\s{0,3}7\s{0,3}\)?)?\s*$/iu.test(
    rest,
  )
    ? found
    : null;
}

/**
 * The date a news lead opens with, after a time of day ("Sáng 1/7/2020, Ban Tổ chức ...", "Chiều
 * nay 15/3/2024, ..."): a full date at the very start, followed by a comma or the sentence. A lead
 * opening "Ngày 21/11/2007, Quốc hội ban hành ..." is not taken: on legal and explainer pages that
 * is a document's date, not the article's.
 */
export function leadDate(line: string): FoundDate | null {
  if (countWords(line) < 6 || !TIME_OF_DAY_LEAD.test(line)) return null;
  const found = dateAtStart(line);
  if (!found) return null;
  const rest = line.slice(line.indexOf(found.text) + found.text.length);
  return /^\s{0,3}(?:,|\s\p{L})/u.test(rest) ? found : null;
}

/** True when the first content line reads as a title: short, not a sentence, not a dateline, not a list item. */
export function looksLikeTitle(line: string): boolean {
  const words = countWords(line);
  if (words < 1 || words > 35 || line.length > 260) return false;
  if (datelineCode(line) || isEnumerated(line)) return false;
  if (/[.;,:]$/.test(line)) return false;
  return true;
}

function titleCaseIfShouting(name: string): string {
  if (name !== name.toUpperCase() || name.length <= 3 || !/\s/.test(name)) return name;
  return name
    .toLowerCase()
    .split(" ")
    .map((w) => (w ? w[0].toUpperCase() + w.slice(1) : w))
    .join(" ");
}

function splitNames(s: string): string[] {
  return s
    .split(NAME_SEPARATORS)
    .map((x) => titleCaseIfShouting(x.trim()))
    .filter((x) => x.length > 0 && /\p{L}/u.test(x));
}

/**
 * The authors a byline line gives: "Hồ Nguyên Kha", "Tác giả: Thu Hà", "Bài và ảnh: A - B".
 * Returns null when the line is not a byline.
 */
export function readByline(line: string): string[] | null {
  if (line.length > 120) return null;
  const label = BYLINE_LABEL.exec(line);
  if (label) {
    const names = splitNames(line.slice(label[0].length).replace(/[.]$/, ""));
    return names.length && names.every((n) => countWords(n) <= 6) ? names : null;
  }
  // "(Thu Hà)", "Thu Hà (TTXVN)": the name without brackets or a trailing outlet in brackets
  let plain = line.trim();
  if (plain.startsWith("(") && plain.endsWith(")")) plain = plain.slice(1, -1).trim();
  plain = plain.replace(/\s{0,3}\([^()]{1,40}\)$/u, "").trim();
  const words = countWords(plain);
  if (isCredit(plain, words) || findOutlet(plain)) return null;
  if (words < 2 && !/^[\p{Lu}]{2,6}$/u.test(plain)) return null;
  if (!isNameLike(plain, words)) return null;
  const names = splitNames(plain);
  return names.length ? names : null;
}

/** A page's or an outlet's name where an author should be ("Báo Quảng Trị", "VnExpress.net"). */
const SITE_NAME =
  /^(?:báo|tạp chí|cổng thông tin|cổng ttđt|trang thông tin|trang tin|đài|website|thông tấn|ban biên tập|tòa soạn)\b|\.(?:vn|com|net|org)$|[/@]/iu;

/**
 * A person's name from a page's author metadata, or null when it names no person: character
 * references decoded ("NH&#7852;T XUÂN" -> "Nhật Xuân"), a leading "Theo" / "Nguồn:" dropped, a
 * name in capitals in normal capitalisation, an outlet or site name ("Báo Quảng Trị", "TTXVN") refused.
 */
export function authorName(raw: string): string | null {
  let name = decodeHTML(raw).normalize("NFC").replace(/\s+/gu, " ").trim();
  const credit = CREDIT_PREFIX.exec(name);
  if (credit) name = name.slice(credit[0].length).trim();
  name = name.replace(/^[(]|[).]$/gu, "").trim();
  if (!name || name.length > 60 || !/\p{L}/u.test(name)) return null;
  if (SITE_NAME.test(name) || findOutlet(name)) return null;
  return titleCaseIfShouting(name);
}

/** The name after "Theo" / "Nguồn:" in a credit line ("Theo TTXVN" -> "TTXVN"), or null. */
export function creditName(line: string): string | null {
  if (line.length > 100) return null;
  const m = CREDIT_PREFIX.exec(line);
  if (!m) return null;
  const rest = line
    .slice(m[0].length)
    .replace(/\)\s*$/, "")
    .replace(/[.]$/, "")
    .trim();
  return rest || null;
}
