import { alternation, escapeRegExp } from "../../core/alternation";
import { readReferenceDate } from "../../core/reference-date";
import type { DateEntity } from "../../core/types";
import { expectOptions, expectString } from "../../core/validate";
import { weekdaySource } from "../../core/weekdays";
import { CARDINAL_WORDS, DATE_WORDS } from "../_data/words";
import { matchesNear, wordStarts } from "../_lib/near-words";
import { keyedRegExp, matchKey } from "../match-key";
import { numberWordPattern, readNumeral } from "../numerals";
import { dayDistance, daysIn, isoDay, isoMonth, monthsInterval, validDay } from "./iso";

/**
 * Options of {@link findDates}.
 *
 * @example
 * ```ts
 * import { findDates } from "vietnews";
 * findDates("hôm qua", { referenceDate: new Date(2020, 6, 1) })[0].value;
 * //=> "2020-06-30"
 * ```
 */
export interface FindDatesOptions {
  /** The article's own date: yearless dates, quarters and relative words resolve against it. */
  referenceDate?: string | Date | null;
}

/** A candidate before overlap resolution. */
interface Cand {
  start: number;
  end: number;
  value: string | null;
  /** Why the value may still need the article's year. */
  need?: "dm" | "year" | "month";
  /** Day and month of a yearless day-month date. */
  dm?: [number, number];
  /** Month of a yearless month ("đến tháng 5"), kept only where the sentence gives its year. */
  mo?: number;
  /** Builds the value once a year is known. */
  withYear?: (y: number) => string;
  /** A full day (for year inference and "cùng ngày"). */
  day?: [number, number, number];
  relative?: "today" | "yesterday" | "tomorrow" | "dayBefore" | "same" | "thisYear" | "lastYear";
  lunar?: boolean;
}

const D = "(\\d{1,2})";
const Y = "((?:1[89]|2[01])\\d\\d)";
// a year written after "năm" ("năm 1776", "ngày 4 tháng 7 năm 1776") or after a day and month
// ("4/8/1790"): these make any year from 1000 a date, where a number alone or after a month is
// read as a year only from 1800
const YN = "((?:1\\d|2[01])\\d\\d)";

/** Whether the year that ends at `end` is marked as before Christ ("năm 2070 TCN"). */
function beforeChrist(key: string, end: number): boolean {
  return vocab().bcAfter.test(key.slice(end, end + 24));
}

let res: Record<string, RegExp> | null = null;
type Relative = NonNullable<Cand["relative"]>;

let words: {
  part: string;
  stems: string;
  branches: string;
  decades: Map<string, [number, number]>;
  /** Relative words by their match key in lower case ("năm ngóai"), and what each names. */
  relative: Map<string, Relative>;
  /** Their pattern: each word not after a letter, either case on its first letter. */
  relativePattern: string;
  /** Each word's last syllable (match key): a cheap test before the pattern runs. */
  relativeHints: string[];
  /** A unit or classifier right after a number: a count, not a year ("2000 người"). */
  quantityAfter: RegExp;
  /** A number or quantity word right before "năm nay": a duration ("ba năm nay"). */
  durationBefore: RegExp;
  /** The lunar markers ("âm lịch", "AL") and the every-year words ("hằng năm") as alternations. */
  lunar: string;
  yearly: string;
  /** The occasion words ("lễ", "dịp") as an alternation, either case on the first letter. */
  occasion: string;
  /** A marker of a year before Christ right after it ("TCN"). */
  bcAfter: RegExp;
  /** A lunar marker right after a date, perhaps in brackets: "14/02 âm lịch", "15/8 (AL)". */
  lunarAfter: RegExp;
  /** An every-year word right after a yearless day, or before it ("hằng năm, vào ngày 2/9"). */
  yearlyAfter: RegExp;
  yearlyBefore: RegExp;
} | null = null;

function vocab(): NonNullable<typeof words> {
  if (words) return words;
  const by = (c: string) => DATE_WORDS.filter(([k]) => k === c).map(([, w, v]) => [w, v] as const);
  const alt = (c: string) => keyedAlternation(by(c).flatMap(([w]) => [w, w[0].toUpperCase() + w.slice(1)]));
  words = {
    part: alt("part"),
    stems: alt("stem"),
    branches: alt("branch"),
    decades: new Map(
      by("decade").map(([w, v]) => {
        const [a, b] = v.split("-").map(Number);
        return [matchKey(w).toLowerCase(), [a, b] as [number, number]];
      }),
    ),
    relative: new Map(by("relative").map(([w, v]) => [matchKey(w).toLowerCase(), v as Relative])),
    relativePattern: by("relative")
      .map(([w]) => lead(w))
      .join("|"),
    relativeHints: [...new Set(by("relative").map(([w]) => matchKey(w).split(" ").at(-1) as string))],
    // a number followed by a unit or classifier counts things ("từ 1944 bức ảnh", "đến 2000 người");
    // TCN is BC
    quantityAfter: new RegExp(
      `^\\s{0,2}(?:%|‰|\\$|(?:${keyedAlternation(by("unit").map(([w]) => w))})(?!\\p{L}))`,
      "u",
    ),
    // "ba năm nay", "mấy năm nay": a duration ("for three years now"), not this year
    durationBefore: new RegExp(
      `(?:^|[^\\p{L}])(?:\\d+|${keyedAlternation([...CARDINAL_WORDS, ...by("count").map(([w]) => w)])})\\s+$`,
      "iu",
    ),
    lunar: alt("lunar"),
    yearly: alt("yearly"),
    occasion: alt("occasion"),
    bcAfter: new RegExp(`^\\s{1,2}(?:${keyedAlternation(by("bc").map(([w]) => w))})(?!\\p{L})`, "u"),
    lunarAfter: new RegExp(`^\\s{0,2}\\(?\\s{0,2}(?:${alt("lunar")})(?![\\p{L}\\d])`, "u"),
    yearlyAfter: new RegExp(`^\\s{1,2}(?:${alt("yearly")})(?!\\p{L})`, "u"),
    yearlyBefore: new RegExp(
      `(?<!\\p{L})(?:${alt("yearly")})\\s{0,2},?\\s{0,2}(?:vào\\s{1,2})?(?:ngày\\s{1,2})?$`,
      "u",
    ),
  };
  return words;
}

/** Words as an alternation in match-key form, longest first, their spaces any run of spaces. */
function keyedAlternation(words: readonly string[]): string {
  return alternation(words, { form: (w) => escapeRegExp(matchKey(w)).replace(/ /g, "\\s+") });
}

/** "[Tt]" for a letter with case, escaped otherwise. */
function cls(c: string): string {
  const lo = c.toLowerCase();
  const up = c.toUpperCase();
  return lo === up ? c : `[${up}${lo}]`;
}

/**
 * A word that must not follow a letter, either case on its first letter. The lookbehind sits after the
 * first characters so the regex engine can scan for them quickly.
 */
function lead(word: string): string {
  const first = cls(word[0]);
  // the lookbehind goes after two characters so it never splits "uý" (which the match key would rewrite)
  const head = `${first}${word[1]}`;
  return `${head}(?<!\\p{L}${head})${word.slice(2).replace(/ /g, "\\s{1,2}")}`;
}

// a day or month number that does not continue another number, code or decimal
const ND = "(\\d(?<![\\d/.,-]\\d)\\d?)";
const NY = "((?:1(?<![\\d/.,-]1)[89]|2(?<![\\d/.,-]2)[01])\\d\\d)";

/**
 * Where the matches of the "tháng" patterns start, from the "tháng" each contains: `formal`,
 * `formalDm` and `half` one or two digits and one or two spaces before it, `month` and `monthAlone`
 * at it. They run only there (see `matchesNear`).
 *
 * @example
 * ```ts
 * import { NEAR_THANG } from "./find-dates";
 * NEAR_THANG.formal;
 * //=> [-4, -2]
 * ```
 */
export const NEAR_THANG = {
  formal: [-4, -2],
  formalDm: [-4, -2],
  half: [-4, -2],
  month: [0, 0],
  monthAlone: [0, 0],
} as const;

/** The "tháng" pattern `name`'s matches over the key (see NEAR_THANG). */
function thangMatches(c: Numeric, name: keyof typeof NEAR_THANG): RegExpExecArray[] {
  const [lo, hi] = NEAR_THANG[name];
  return matchesNear(c.key, c.r[name], c.thang, lo, hi);
}

/**
 * The date patterns, built on first use (their vocabulary comes from the data files), in match-key
 * form. The patterns of "tháng" run only where the word is (see NEAR_THANG).
 *
 * @returns the patterns by name
 * @example
 * ```ts
 * import { dateRegexes } from "./find-dates";
 * [..."ngày 5 tháng 3 năm 2020".matchAll(dateRegexes().formal)].map((m) => m[0]);
 * //=> ["5 tháng 3 năm 2020"]
 * ```
 */
export function dateRegexes(): Record<string, RegExp> {
  if (res) return res;
  const v = vocab();
  const MW = `(\\d{1,2}|${numberWordPattern()}|Giêng|Chạp)`;
  const TRIGGER = `(?:ngày|Ngày|mùng|${v.part}|[Hh]ôm\\s{1,2}(?:nay|qua)|nay\\s{0,2}\\(|${weekdaySource({ caseSensitive: true, abbreviation: false })})\\s{0,2},?\\s{0,2}\\(?\\s{0,2}`;
  const THANG = "[Tt]háng";
  const NAM = "[Nn]ăm";
  res = {
    range: keyedRegExp(`${ND}([/.-])${D}\\2${Y}\\s{0,2}[-–]\\s{0,2}${D}([/.-])${D}\\6${Y}(?![\\d/])`, "g"),
    // "17/5-23/5/2025", "25/12 - 2/1/2025": a range whose first day takes the year written last
    // "28/3 - 1/4 năm 2015": the year after "năm"
    rangeDm: keyedRegExp(
      `${ND}([/.])${D}\\s{0,2}[-–]\\s{0,2}${D}\\2${D}(?:\\2|\\s{1,2}${NAM}\\s{1,2})${Y}(?![\\d/])`,
      "g",
    ),
    // a day and month before it make a four-digit number a year from 1000 on ("ngày 4/8/1790")
    full: keyedRegExp(`${ND}([/.-])${D}\\2${YN}(?![\\d/]|-\\d)`, "g"),
    // "17 - 3 – 2004": hyphens or dashes with spaces around them
    fullSpaced: keyedRegExp(`${ND} ?[-–] ?${D} ?[-–] ?${Y}(?![\\d/]|\\s?[-–]\\s?\\d)`, "g"),
    // "24 tháng 4, 1939" (encyclopedia style) and "4 tháng 5, năm 2015" read like "24 tháng 4 năm 1939"
    formal: keyedRegExp(
      `${ND}\\s{1,2}${THANG}\\s{1,2}${MW}(?:\\s{1,2}${NAM}\\s{1,2}(?:${YN}|((?:${v.stems})\\s{1,2}(?:${v.branches})))|,\\s{1,2}(?:${NAM}\\s{1,2})?${Y}(?![.,]\\d))(?!\\p{L}|\\d)`,
      "gu",
    ),
    formalDm: keyedRegExp(`${ND}\\s{1,2}${THANG}\\s{1,2}${MW}(?!\\s{0,2}${NAM}|\\p{L}|\\d)`, "gu"),
    // "tháng 10/2020", "tháng 02 năm 1955", "tháng 5.2010"; a thượng/trung/hạ tuần or đầu/cuối before it
    // is read from the text before
    month: keyedRegExp(
      `${lead("tháng")}\\s{1,2}${MW}(?:\\s{1,2}${NAM}\\s{1,2}${YN}|(?:\\s{0,2}[/–-]\\s{0,2}|\\.)${Y})(?![\\d/]|[.,]\\d)`,
      "gu",
    ),
    // "cuối tháng 9.2011": đầu/cuối stay in the span, the value stays the month
    monthEdge: keyedRegExp("(?:^|[^\\p{L}])((?:[Đđ]ầu|[Cc]uối)\\s{1,2})$", "u"),
    // a yearless month after a preposition ("đến tháng 5"); kept only where the sentence gives its year
    monthAlone: keyedRegExp(
      `${lead("tháng")}\\s{1,2}(\\d{1,2})(?![\\d/.-]|\\s?[/.-]\\s?\\d|\\s{0,2},\\s{0,2}\\d|\\s{1,2}(?:${NAM}|âm|${v.lunar}|${v.yearly})(?!\\p{L})|\\p{L})`,
      "gu",
    ),
    monthAloneBefore: keyedRegExp(
      "(?:^|[^\\p{L}])(?:[Tt]ừ|[Đđ]ến|[Tt]ới|[Vv]ào|[Tt]rước|[Ss]au|[Tt]rong|[Hh]ết|[Cc]uối|[Đđ]ầu|[Gg]iữa|và)\\s{1,2}$",
      "u",
    ),
    // ISO 8601 "2024-03-18"
    iso: keyedRegExp(`${NY}-(\\d\\d)-(\\d\\d)(?![\\d/-]|[.,]\\d)`, "g"),
    decade: keyedRegExp("(?:^|[^\\p{L}])((?:[Tt]hượng|[Tt]rung|[Hh]ạ)\\s{1,2}tuần\\s{1,2})$", "u"),
    monthBare: keyedRegExp(`(\\d(?<![\\d/.,-]\\d|\\d\\s\\d)\\d?)([/-])${Y}(?![\\d/]|-\\d)`, "g"),
    year: keyedRegExp(`${lead("năm")}\\s{1,2}${YN}(?![\\d/]|\\s?[-–~]\\s?\\d)`, "gu"),
    // a year written without "năm"; the text around it decides whether it is a date (see isBareYearDate)
    bareYear: keyedRegExp(`(?<![\\d/.,~–-])${Y}(?![\\d/]|[.,]\\d|\\s?[-–~]\\s?\\d)`, "g"),
    // "2020-2025"; nhiệm kỳ, giai đoạn, năm học before it are read from the text before
    years: keyedRegExp(`${NY}\\s{0,2}[-–~]\\s{0,2}${Y}(?![\\d/])`, "g"),
    yearsPrefix: keyedRegExp(
      "(?:^|[^\\p{L}])((?:[Nn]hiệm\\s{1,2}k[ỳì]|[Gg]iai\\s{1,2}đoạn|[Nn]ăm\\s{1,2}học|[Nn]iên\\s{1,2}khóa|[Nn]ăm)\\s{1,2})$",
      "u",
    ),
    quarter: keyedRegExp(
      `${lead("quý")}\\s{1,2}(IV|I{1,3}|[1-4])(?!\\p{L}|\\d)(?:\\s{0,2}(?:[/-]|${NAM})\\s{0,2}${Y}(?![\\d/]))?`,
      "gu",
    ),
    half: keyedRegExp(
      `(\\d(?<![\\p{L}\\d]\\d)\\d?)\\s{1,2}${THANG}\\s{1,2}(?:(đầu|cuối)\\s{1,2}năm(?:\\s{1,2}(?:${Y}|(nay)))?|năm\\s{1,2}${Y})(?![\\d/])`,
      "gu",
    ),
    // a full stop after it ends the sentence ("vào ngày 2/9."), unless a letter or digit follows
    // and "năm" with the year may follow it ("ngày 21/02 năm 1977")
    dm: keyedRegExp(
      `${ND}\\s?([/.-])\\s?${D}(?:(\\s{1,2}${NAM}\\s{1,2}${YN})(?![\\d/]|[.,]\\d|\\s?[-–~]\\s?\\d)|(?![\\d/-]|\\.[\\p{L}\\d]|\\s?[/.-]\\s?\\d))`,
      "gu",
    ),
    // what must come right before a yearless day-month: ngày, a part of the day, a weekday, "nay ("
    trigger: keyedRegExp(`(?:^|[^\\p{L}])${TRIGGER}$`, "u"),
    // a holiday or an occasion announces a day and month in slash form ("nghỉ lễ 30/4", "nhân dịp
    // 2/9"); a second day listed after it is read as any listed day is ("lễ 30/4 và 1/5")
    occasion: keyedRegExp(`(?:^|[^\\p{L}])(?:${v.occasion})\\s{1,2}$`, "u"),
    // prepositions announce a date only in slash form ("từ 1/7"; "từ 7 - 9 đồng chí" is a count)
    weakTrigger: keyedRegExp(
      "(?:^|[^\\p{L}])(?:[Tt]ừ|[Đđ]ến|[Tt]rước|[Ss]au|[Vv]ào|[Hh]ết|[Tt]ới)\\s{1,2}$",
      "u",
    ),
    // "ngày 24 và 25/5", "sáng 8 và chiều 9.3": each day takes the month written last
    dayList: keyedRegExp(
      `${ND}((?:\\s{0,2},\\s{0,2}\\d{1,2}){0,5}\\s{1,2}và\\s{1,2}(?:(?:${v.part})\\s{1,2})?(?:ngày\\s{1,2})?)${D}([/.-])${D}(?:\\4${Y})?(?![\\d/]|[.,]\\d)`,
      "gu",
    ),
    relative: keyedRegExp(`(?:${v.relativePattern})(?!\\p{L})`, "gu"),
  };
  return res;
}

// a law's name right before a year ("Luật Đất đai 2024", "Bộ luật Lao động 2019", "Hiến pháp 2013"); words
// only between them, and "Luật sư" (lawyer) is not a law unless it follows "Luật"
const LAW_BEFORE =
  /(?<!\p{L})(?:Bộ\s{1,2}luật|Luật(?!\s{1,2}sư(?!\p{L}))|Hiến\s{1,2}pháp|Pháp\s{1,2}lệnh)(?:\s{1,2}\p{L}+){0,12}\s{1,2}$/u;
const LAW_HINT = /uật|pháp|lệnh/;
// "(sinh 1939", "ông sinh 1950": born in
const BORN_BEFORE = /(?:[(,\n]|(?<!\p{L})(?:[Ôô]ng|[Bb]à))\s{0,2}sinh\s{1,2}$/u;
// a line of a timeline: "- 1984: Tốt nghiệp ..."
const TIMELINE_BEFORE = /\n[ \t]{0,3}(?:[-*+•][ \t]{0,2})?$/;
const TIMELINE_AFTER = /^[ \t]{0,2}:/;
// time prepositions and nouns that take a year: "từ 1976 đến nay", "trước 1945", "tầm nhìn 2030", "Ngân sách 2024"
const YEAR_WORD_BEFORE =
  /(?<!\p{L})(?:[Tt]ừ|[Đđ]ến|[Tt]ới|[Tt]rước|[Ss]au|[Tt]ầm\s{1,2}nhìn|[Nn]gân\s{1,2}sách|[Tt]ài\s{1,2}khóa|[Nn]iên\s{1,2}độ)\s{0,2}$/u;

/** Whether the year at key[start, end), written without "năm", reads as a date from the words around it. */
function isBareYearDate(key: string, start: number, end: number): boolean {
  const near = (start <= 16 ? "\n" : "") + key.slice(Math.max(0, start - 16), start);
  const after = key.slice(end, end + 24);
  if (TIMELINE_BEFORE.test(near) && TIMELINE_AFTER.test(after)) return true;
  if (vocab().quantityAfter.test(after)) return false;
  if (BORN_BEFORE.test(near) || YEAR_WORD_BEFORE.test(near)) return true;
  const before = key.slice(Math.max(0, start - 80), start);
  return LAW_HINT.test(before) && LAW_BEFORE.test(before);
}

const FRACTION_AFTER = /^\s{0,2}(?:số|tổng|dân|diện|giá|lượng|trong|phần|%)(?!\p{L})/u;

/** Days from the reference date that a relative day word names. */
const DAY_SHIFT = { today: 0, yesterday: -1, dayBefore: -2, tomorrow: 1 } as const;

/**
 * Finds calendar references and resolves them to ISO 8601 values (annotation convention 4): days
 * ("1/7/2020", "1-7-2020", "ngày 01 tháng 7 năm 2020"), months ("tháng 10/2020"), years ("năm
 * 2025"), quarters ("quý II/2020"), half-years ("6 tháng đầu năm 2020"), terms and ranges ("nhiệm
 * kỳ 2020-2025", "16/4/2025 - 31/10/2025", "17/5-23/5/2025", "11/2006 - 5/2008", "2008 - 9/2012"),
 * ISO days ("2024-03-18"), encyclopedia days ("24 tháng 4, 1939"), years written bare where the
 * words around make them dates ("Luật Đất đai 2024", "(sinh 1939)", "từ 1976 đến nay"), yearless
 * months whose sentence gives the year ("đến tháng 5"), part of day + date ("sáng 1/7", "sáng 8 và
 * chiều 9.3"), day-months after a holiday or an occasion ("lễ 30/4 và 1/5") or listed after a date
 * ("ngày 29/5 và 30/5") and relative words ("hôm nay") against the reference date. Spans leave
 * out "ngày" and time-of-day words. Document numbers are not dates: pass the text with documents
 * masked (as `extractEntities` does).
 *
 * @param text - the text to search.
 * @param options - `referenceDate`: the article's date.
 * @returns the dates in text order.
 * @example
 * ```ts
 * import { findDates } from "vietnews";
 * findDates("Trong 6 tháng đầu năm 2020, nhiệm kỳ 2020-2025, quý II/2020").map((d) => d.value);
 * //=> ["2020-01-01/2020-06-30", "2020/2025", "2020-04-01/2020-06-30"]
 * ```
 */
export function findDates(text: string, options?: FindDatesOptions): DateEntity[] {
  expectString(text, "findDates", "text");
  expectOptions(options, "findDates");
  const referenceDate = readReferenceDate(options?.referenceDate, "findDates");
  return datesIn(text, matchKey(text), referenceDate);
}

/**
 * The dates of a text whose match key the caller has ({@link findDates} for checked arguments).
 *
 * @param text - the text (each date's `text` is cut from it)
 * @param key - `matchKey(text)`, where the dates are read, or a copy of it of the same length with
 *   stretches masked (extractEntities masks its documents)
 * @param referenceDate - the reference day as read by `readReferenceDate`
 * @returns the dates in text order
 * @example
 * ```ts
 * import { datesIn } from "./find-dates";
 * datesIn("ngày 1/7/2020", "ngày 1/7/2020", null).map((d) => d.value);
 * //=> ["2020-07-01"]
 * ```
 */
export function datesIn(text: string, key: string, referenceDate: Date | null): DateEntity[] {
  const hasDigit = /\d/.test(key);
  if (!hasDigit && !/hôm|ngày|năm/i.test(key)) return [];
  const r = dateRegexes();
  const cands: Cand[] = [];
  if (hasDigit) collectNumeric(key, r, cands);
  const v = vocab();
  if (v.relativeHints.some((h) => key.includes(h)))
    for (const m of key.matchAll(r.relative)) {
      const relative = v.relative.get(m[0].toLowerCase().replace(/\s+/g, " "));
      if (!relative) continue;
      // "năm nay" inside "6 tháng đầu năm nay" is part of the half-year
      // "ba năm nay", "mấy năm nay" are durations ("for three years now"), not this year
      if (
        relative === "thisYear" &&
        vocab().durationBefore.test(key.slice(Math.max(0, m.index - 12), m.index))
      )
        continue;
      cands.push({ start: m.index, end: m.index + m[0].length, value: null, relative });
    }
  let kept = resolveOverlaps(cands);
  resolveValues(key, kept, referenceDate);
  // a yearless month is a date only where its sentence gives the year
  if (kept.some((c) => c.need === "month")) kept = kept.filter((c) => c.need !== "month" || c.value !== null);
  kept = joinRanges(key, kept);
  return kept.map((c) => ({
    kind: "date",
    start: c.start,
    end: c.end,
    text: text.slice(c.start, c.end),
    value: c.value,
  }));
}

/**
 * The numeric date candidates of a text: each pattern runs only where a cheap test of the text says
 * it can match (a separator between digits, "tháng", "năm", "quý", a four-digit year ...).
 */
function collectNumeric(key: string, r: Record<string, RegExp>, out: Cand[]): void {
  const c: Numeric = { key, r, out, thang: wordStarts(key, "tháng") };
  const sep = /\d[/.-]\d/.test(key);
  const thang = c.thang.length > 0;
  if (sep && /\d{4}\s{0,2}[-–]\s{0,2}\d/.test(key)) dayRanges(c);
  const nam = /[Nn]ăm/.test(key);
  if (sep && /[-–]\s{0,2}\d{1,2}[/.]\d{1,2}(?:[/.]|\s{1,2}[Nn]ăm\s{1,2})\d{4}/.test(key))
    yearlessStartRanges(c);
  if (sep) numericDays(c, r.full, 4, 3, 1);
  if (/\d ?[-–] ?\d{1,2} ?[-–] ?\d{4}/.test(key)) numericDays(c, r.fullSpaced, 3, 2, 1);
  if (thang) formalDays(c);
  if (sep) isoDays(c);
  if (thang) formalDayMonths(c);
  if (thang) months(c);
  if (thang) yearlessMonths(c);
  if (sep) bareMonths(c);
  if (nam) namedYears(c);
  if (/(?:1[89]|2[01])\d\d/.test(key)) bareYears(c);
  if (/\d{4}\s{0,2}[-–~]\s{0,2}\d{4}/.test(key)) yearRanges(c);
  if (/[Qq]uý/.test(key)) quarters(c);
  if (thang) halfYears(c);
  if (/\d\s?[/.-]\s?\d/.test(key)) dayMonths(c);
  if (DAY_LIST_NEAR.test(key)) dayLists(c);
}

/**
 * What a list of days needs after its "và": at most three words (a part of the day such as "rạng
 * sáng", "ngày") and then a day and month ("và sáng 9.3"). A cheap test before the list's own
 * pattern, which tries every digit of the text; "và" alone is in nearly every text.
 *
 * @example
 * ```ts
 * import { DAY_LIST_NEAR } from "./find-dates";
 * [DAY_LIST_NEAR.test("ngày 8 và sáng 9.3"), DAY_LIST_NEAR.test("8 và 9 người")];
 * //=> [true, false]
 * ```
 */
export const DAY_LIST_NEAR = /và\s{1,2}(?:[^\s\d]+\s+){0,3}\d{1,2}[/.-]\d/;

/** What the numeric collectors share: the text's match key, the patterns, the candidates found. */
interface Numeric {
  key: string;
  r: Record<string, RegExp>;
  out: Cand[];
  /** Where each "tháng" or "Tháng" of the key starts, in order. */
  thang: number[];
}

/** A trigger word ("ngày", "từ", "đến" ...) in the 24 characters before `at`. */
function triggered(c: Numeric, at: number): boolean {
  return c.r.trigger.test(c.key.slice(Math.max(0, at - 24), at));
}

/** "16/4/2025 - 31/10/2025": a range of two full days, forward. */
function dayRanges({ key, r, out }: Numeric): void {
  for (const m of key.matchAll(r.range)) {
    const a = [Number(m[4]), Number(m[3]), Number(m[1])] as [number, number, number];
    const b = [Number(m[8]), Number(m[7]), Number(m[5])] as [number, number, number];
    if (!validDay(a[0], a[1], a[2]) || !validDay(b[0], b[1], b[2])) continue;
    // an interval runs forward; a backward pair is left to the single-date rules
    if (isoDay(...a) > isoDay(...b)) continue;
    out.push({ start: m.index, end: m.index + m[0].length, value: `${isoDay(...a)}/${isoDay(...b)}` });
  }
}

/** The longest range of days written over a new year with the year once ("25/12 - 2/1/2025"). */
const CROSS_YEAR_DAYS = 62;

/**
 * "17/5-23/5/2025": a range of two days with the year written once, after the second; a first day
 * after the second in the calendar is in the year before ("25/12 - 2/1/2025").
 */
function yearlessStartRanges({ key, r, out }: Numeric): void {
  for (const m of key.matchAll(r.rangeDm)) {
    const y = Number(m[6]);
    const b = [y, Number(m[5]), Number(m[4])] as [number, number, number];
    let a = [y, Number(m[3]), Number(m[1])] as [number, number, number];
    if (!validDay(...b) || !validDay(null, a[1], a[2])) continue;
    if (isoDay(...a) > isoDay(...b)) {
      // over a new year only a short stretch ("25/12 - 2/1/2025"), not a backward pair of days
      a = [y - 1, a[1], a[2]];
      if (!validDay(...a) || dayDistance(a, b) > CROSS_YEAR_DAYS) continue;
    }
    out.push({ start: m.index, end: m.index + m[0].length, value: `${isoDay(...a)}/${isoDay(...b)}` });
  }
}

/**
 * Full days written with numbers: "1/7/2020", "1-7-2020", "1.7.2020", and spaced "1 - 7 - 2020";
 * `y`, `mo` and `d` are the pattern's groups of the year, month and day.
 */
function numericDays({ key, out }: Numeric, re: RegExp, y: number, mo: number, d: number): void {
  for (const m of key.matchAll(re)) {
    const day = [Number(m[y]), Number(m[mo]), Number(m[d])] as [number, number, number];
    if (!validDay(...day)) continue;
    out.push({ start: m.index, end: m.index + m[0].length, value: isoDay(...day), day });
  }
}

/** "01 tháng 7 năm 2020", "24 tháng 4, 1939"; a day of a can-chi (lunar) year is marked, with no value. */
function formalDays(c: Numeric): void {
  const { key, out } = c;
  for (const m of thangMatches(c, "formal")) {
    const month = readMonth(m[2]);
    if (month === null) continue;
    if (m[4]) {
      out.push({ start: m.index, end: m.index + m[0].length, value: null, lunar: true });
      continue;
    }
    const end = m.index + m[0].length;
    // "ngày 5 tháng 3, 2000 người": a count, not a year; "năm 1000 TCN": before Christ
    if (m[5] && vocab().quantityAfter.test(key.slice(end, end + 24))) continue;
    if (beforeChrist(key, end)) continue;
    const day = [Number(m[3] ?? m[5]), month, Number(m[1])] as [number, number, number];
    if (!validDay(...day)) continue;
    out.push({ start: m.index, end: m.index + m[0].length, value: isoDay(...day), day });
  }
}

/** "2024-03-18". */
function isoDays({ key, r, out }: Numeric): void {
  for (const m of key.matchAll(r.iso)) {
    const day = [Number(m[1]), Number(m[2]), Number(m[3])] as [number, number, number];
    if (!validDay(...day)) continue;
    // no `day`: ISO dates fill data tables and citations, so they give no year to the prose around them
    out.push({ start: m.index, end: m.index + m[0].length, value: isoDay(...day) });
  }
}

/** "ngày 5 tháng 3" after a trigger word: a day whose year the sentence gives. */
function formalDayMonths(c: Numeric): void {
  const { out } = c;
  for (const m of thangMatches(c, "formalDm")) {
    if (!triggered(c, m.index)) continue;
    const month = readMonth(m[2]);
    const d = Number(m[1]);
    if (month === null || !validDay(null, month, d)) continue;
    out.push(dayMonth(m.index, m.index + m[0].length, d, month));
  }
}

/** "tháng 10/2020", with a part of the month before it ("đầu tháng 10/2020"). */
function months(c: Numeric): void {
  const { key, r, out } = c;
  const dec = vocab().decades;
  for (const m of thangMatches(c, "month")) {
    const month = readMonth(m[1]);
    const y = Number(m[2] ?? m[3]);
    if (month === null || month < 1 || month > 12) continue;
    if (beforeChrist(key, m.index + m[0].length)) continue;
    let value = isoMonth(y, month);
    let start = m.index;
    const dm = r.decade.exec(key.slice(Math.max(0, start - 20), start));
    if (dm) {
      const [a, b] = dec.get(dm[1].trim().toLowerCase().replace(/\s+/g, " ")) ?? [1, 31];
      value = `${isoDay(y, month, a)}/${isoDay(y, month, Math.min(b, daysIn(y, month)))}`;
      start -= dm[1].length;
    } else {
      const em = r.monthEdge.exec(key.slice(Math.max(0, start - 8), start));
      if (em) start -= em[1].length;
    }
    out.push({ start, end: m.index + m[0].length, value });
  }
}

/** "đến tháng 5": a month whose year the sentence gives. */
function yearlessMonths(c: Numeric): void {
  const { key, r, out } = c;
  for (const m of thangMatches(c, "monthAlone")) {
    const mo = Number(m[1]);
    if (mo < 1 || mo > 12) continue;
    const before = key.slice(Math.max(0, m.index - 12), m.index);
    if (!r.monthAloneBefore.test(before)) continue;
    const em = r.monthEdge.exec(before);
    const start = em ? m.index - em[1].length : m.index;
    out.push({ start, end: m.index + m[0].length, value: null, need: "month", mo });
  }
}

/** "10/2020": a month and year. */
function bareMonths({ key, r, out }: Numeric): void {
  for (const m of key.matchAll(r.monthBare)) {
    const month = Number(m[1]);
    if (month < 1 || month > 12) continue;
    out.push({ start: m.index, end: m.index + m[0].length, value: isoMonth(Number(m[3]), month) });
  }
}

/** "năm 2025". */
function namedYears({ key, r, out }: Numeric): void {
  for (const m of key.matchAll(r.year)) {
    if (beforeChrist(key, m.index + m[0].length)) continue;
    out.push({ start: m.index, end: m.index + m[0].length, value: m[1] });
  }
}

/** "Luật Đất đai 2024", "(sinh 1939)": a year without "năm" that the words around make a date. */
function bareYears({ key, r, out }: Numeric): void {
  for (const m of key.matchAll(r.bareYear)) {
    if (!isBareYearDate(key, m.index, m.index + m[0].length)) continue;
    out.push({ start: m.index, end: m.index + m[0].length, value: m[1] });
  }
}

/** "nhiệm kỳ 2020-2025", "1960 - 1965": a forward range of at most 30 years. */
function yearRanges({ key, r, out }: Numeric): void {
  for (const m of key.matchAll(r.years)) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    if (b <= a || b - a > 30) continue;
    let start = m.index;
    const before = key.slice(Math.max(0, start - 24), start);
    const pm = r.yearsPrefix.exec(before);
    // "các năm 1960 - 1965": the plural "năm" is not part of the date
    if (pm && !(/^năm/i.test(pm[1]) && /(?:các|những)\s+năm\s+$/i.test(before))) start -= pm[1].length;
    out.push({ start, end: m.index + m[0].length, value: `${a}/${b}` });
  }
}

/** "quý II/2020", or a quarter whose year the sentence gives. */
function quarters({ key, r, out }: Numeric): void {
  for (const m of key.matchAll(r.quarter)) {
    const q = readNumeral(m[1]);
    if (!q || q > 4) continue;
    const withYear = (y: number) => monthsInterval(y, q * 3 - 2, q * 3);
    const c: Cand = { start: m.index, end: m.index + m[0].length, value: null, withYear };
    if (m[2]) c.value = withYear(Number(m[2]));
    else c.need = "year";
    out.push(c);
  }
}

/** "6 tháng đầu năm 2020", "6 tháng cuối năm". */
function halfYears(c: Numeric): void {
  const { out } = c;
  for (const m of thangMatches(c, "half")) {
    const n = Number(m[1]);
    if (n < 1 || n > 11) continue;
    const last = m[2]?.toLowerCase() === "cuối";
    const withYear = (y: number) => (last ? monthsInterval(y, 13 - n, 12) : monthsInterval(y, 1, n));
    const y = m[3] ?? m[5];
    const c: Cand = { start: m.index, end: m.index + m[0].length, value: null, withYear };
    if (y) c.value = withYear(Number(y));
    else c.need = "year";
    out.push(c);
  }
}

/**
 * "1/7" after a trigger word, "từ 1/7" after a preposition, "lễ 30/4 và 1/5" after an occasion,
 * "ngày 29/5 và 30/5" listed after a date: a day whose year the sentence gives (not a fraction "1/3
 * số"), or that "năm" and a year follow ("ngày 21/02 năm 1977", "Quốc khánh 2/9 năm 2025").
 */
function dayMonths(c: Numeric): void {
  const { key, r, out } = c;
  // where each date found so far ends: a day-month listed right after one is a date too
  const ends = new Set(out.map((d) => d.end));
  for (const m of key.matchAll(r.dm)) {
    // the day and month written without spaces (the year after "năm" left out)
    const tight = !/\s/.test(m[4] ? m[0].slice(0, -m[4].length) : m[0]);
    const slash = m[2] === "/" && tight;
    if (
      !triggered(c, m.index) &&
      // or with its year ("đến 20-11 năm 1987"): a count or a fraction has none
      !((slash || (m[4] && tight)) && r.weakTrigger.test(key.slice(Math.max(0, m.index - 8), m.index))) &&
      !(slash && r.occasion.test(key.slice(Math.max(0, m.index - 8), m.index))) &&
      !listedAfter(key, m.index, ends)
    ) {
      continue;
    }
    // "từ 1/3 đến 1/2 số ..." are fractions, not days
    if (FRACTION_AFTER.test(key.slice(m.index + m[0].length, m.index + m[0].length + 12))) continue;
    const d = Number(m[1]);
    const mo = Number(m[3]);
    const end = m.index + m[0].length;
    if (m[4]) {
      const day = [Number(m[5]), mo, d] as [number, number, number];
      if (!validDay(...day) || beforeChrist(key, end)) continue;
      out.push({ start: m.index, end, value: isoDay(...day), day });
    } else {
      if (!validDay(null, mo, d)) continue;
      out.push(dayMonth(m.index, end, d, mo));
    }
    ends.add(end);
  }
}

// a list's separator before a day-month: a comma, a semicolon or "và" ("ngày 29/5 và 30/5")
const LIST_BEFORE = /\s{0,2}(?:[,;]|và)\s{0,2}$/;

/** Whether the text before `at` is a list's separator right after a date that ends in `ends`. */
function listedAfter(key: string, at: number, ends: Set<number>): boolean {
  const m = LIST_BEFORE.exec(key.slice(Math.max(0, at - 8), at));
  return m !== null && ends.has(at - m[0].length);
}

/** "ngày 8, 9 và 10/3/2020": each day of a list. */
function dayLists(c: Numeric): void {
  const { key, r, out } = c;
  for (const m of key.matchAll(r.dayList)) {
    if (!triggered(c, m.index)) continue;
    const mo = Number(m[5]);
    const y = m[6] ? Number(m[6]) : null;
    const firsts = [m[1], ...(m[2].match(/\d{1,2}/g) ?? [])];
    let at = m.index;
    for (const f of firsts) {
      const s = key.indexOf(f, at);
      at = s + f.length;
      const d = Number(f);
      if (!validDay(y, mo, d)) continue;
      if (y) out.push({ start: s, end: s + f.length, value: isoDay(y, mo, d), day: [y, mo, d] });
      else out.push(dayMonth(s, s + f.length, d, mo));
    }
    const lastStart = m.index + m[1].length + m[2].length;
    const ld = Number(m[3]);
    if (validDay(y, mo, ld)) {
      if (y)
        out.push({
          start: lastStart,
          end: m.index + m[0].length,
          value: isoDay(y, mo, ld),
          day: [y, mo, ld],
        });
      else out.push(dayMonth(lastStart, m.index + m[0].length, ld, mo));
    }
  }
}

function dayMonth(start: number, end: number, d: number, m: number): Cand {
  return { start, end, value: null, need: "dm", dm: [d, m], withYear: (y) => isoDay(y, m, d) };
}

function readMonth(raw: string): number | null {
  const w = raw.toLowerCase();
  if (w === "giêng") return 1;
  if (w === "chạp") return 12;
  const n = readNumeral(raw);
  return n !== null && n >= 1 && n <= 12 ? n : null;
}

function resolveOverlaps(cands: Cand[]): Cand[] {
  cands.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Cand[] = [];
  for (const c of cands) {
    const prev = out[out.length - 1];
    if (prev && c.start < prev.end) {
      if (c.end - c.start > prev.end - prev.start) out[out.length - 1] = c;
      continue;
    }
    out.push(c);
  }
  return out;
}

/** Fills values that need a year, a lunar equivalence or a reference date. */
function resolveValues(key: string, list: Cand[], ref: Date | null): void {
  const anchor = ref ? [ref.getFullYear(), ref.getMonth() + 1, ref.getDate()] : datelineOf(key, list);
  const fullDays = list.filter((c) => c.day);
  const v = vocab();
  // the paragraphs' years, read only when a yearless day needs them
  const years = list.some((c) => c.need === "dm") ? paragraphYears(key, list) : [];
  // the first full day that can still be near the current date (both lists are in text order)
  let lo = 0;
  for (let i = 0; i < list.length; i++) {
    const c = list[i];
    // a day written in the lunar calendar ("14/02 âm lịch", "15/8 (AL)") is no solar day
    if (!c.lunar && v.lunarAfter.test(key.slice(c.end, c.end + 14))) c.lunar = true;
    if (c.lunar) {
      c.value = lunarEquivalent(key, list, i);
      continue;
    }
    if (c.need === "dm" && c.dm) {
      const [d, m] = c.dm;
      // a day that comes back every year ("ngày 20 tháng 11 hằng năm") has no one year
      if (
        v.yearlyAfter.test(key.slice(c.end, c.end + 16)) ||
        v.yearlyBefore.test(key.slice(Math.max(0, c.start - 20), c.start))
      )
        continue;
      const listed = listYear(key, list, i);
      if (listed !== null) {
        c.value = c.withYear!(listed);
        c.day = [listed, m, d];
        continue;
      }
      let year: number | null = null;
      const told = years[i] ?? null;
      if (anchor && (told === null || Math.abs(told - anchor[0]) < 2)) {
        year = anchor[0];
        // a date more than half a year after the reference belongs to the year before, and vice versa
        const diff = (m - anchor[1]) * 31 + (d - anchor[2]);
        if (diff > 183) year--;
        else if (diff < -183) year++;
      } else if (anchor) {
        // a paragraph that tells of another time ("Năm 1963, … Ngày 13 tháng 8, …"): its year
        year = told;
      } else {
        // a full day written near it (within DAY_NEAR characters) and within ten days of it gives its year
        let best = 11;
        while (lo < fullDays.length && c.start - fullDays[lo].end > DAY_NEAR) lo++;
        for (let j = lo; j < fullDays.length && fullDays[j].start - c.end <= DAY_NEAR; j++) {
          const f = fullDays[j].day!;
          if (!validDay(f[0], m, d)) continue;
          const dist = dayDistance([f[0], m, d], f);
          if (dist < best) {
            best = dist;
            year = f[0];
          }
        }
      }
      if (year !== null && validDay(year, m, d)) {
        c.value = c.withYear!(year);
        c.day = [year, m, d];
      }
      continue;
    }
    if (c.need === "year" && anchor) c.value = c.withYear!(anchor[0]);
    if (c.need === "month" && c.mo) c.value = monthOfSentence(key, list, i, c.mo);
  }
  // relative words last: they may take the value of the (now resolved) date written after them
  for (let i = 0; i < list.length; i++) {
    const c = list[i];
    if (c.relative) c.value = relativeValue(key, list, i, anchor);
  }
}

// what stands between two days of a list or a pair: a comma, a semicolon, "và", "đến" or "tới"
// ("từ ngày 20-10 đến ngày 20-11 năm 1987")
const LIST_GAP = /^\s{0,2}(?:[,;]|và|đến|tới)\s{0,2}(?:ngày\s{1,2})?$/;

/**
 * The year of the full day that ends a list the yearless day `list[i]` opens ("lễ 30/4 và 1/5 năm
 * 2024", "ngày 7/5, 9/5, 10/5/2025"), or null: the list's days run forward in that year.
 */
function listYear(key: string, list: Cand[], i: number): number | null {
  let at = list[i];
  for (let j = i + 1; j < list.length; j++) {
    const next = list[j];
    if (next.start - at.end > 16 || !LIST_GAP.test(key.slice(at.end, next.start))) return null;
    if (next.day && next.need === undefined) {
      if (next.lunar) return null;
      const [y] = next.day;
      const [d, m] = list[i].dm!;
      return validDay(y, m, d) && isoDay(y, m, d) <= isoDay(...next.day) ? y : null;
    }
    if (next.need !== "dm") return null;
    at = next;
  }
  return null;
}

/**
 * For each candidate, the year its paragraph last wrote out before it ("Năm 1963", "tháng 6/1946",
 * "1/7/1963"), or null: the nearest earlier date of the same paragraph whose value starts with a year
 * it wrote. One pass: a line break between two candidates starts a new paragraph.
 */
function paragraphYears(key: string, list: Cand[]): (number | null)[] {
  const out: (number | null)[] = new Array(list.length).fill(null);
  let year: number | null = null;
  // the first line break at or after the previous candidate's start (-1: none); each search starts
  // past the last, so the pass stays linear
  let brk = key.indexOf("\n");
  for (let i = 0; i < list.length; i++) {
    const c = list[i];
    if (brk !== -1 && brk < c.start) {
      year = null;
      brk = key.indexOf("\n", c.start);
    }
    out[i] = year;
    if (c.need !== undefined || c.relative || c.lunar || c.value === null) continue;
    const m = ISO_POINT.exec(c.value);
    if (m) year = Number(m[1]);
  }
  return out;
}

/** How far (in characters) a full day may be from a yearless day-month to give it its year. */
const DAY_NEAR = 1500;

// what joins a yearless month to a later date it shares a year with: "từ tháng 6 đến tháng 9.2011"
const MONTH_PAIR_GAP = /^\s{0,2},?\s{0,2}(?:(?:cho\s{1,2})?đến|tới|và|hoặc|[-–])\s{1,2}(?:hết\s{1,2})?$/;
// a sentence or line break between two dates
const SENTENCE_BREAK = /[.!?;](?:\s|\[)|\n/;
// "vào tháng 10 cùng năm": the year of the date before it, even in an earlier sentence
const SAME_YEAR_AFTER = /^\s{1,2}cùng\s{1,2}năm(?!\p{L})/u;
const ISO_POINT = /^(\d{4})(?:-(\d\d))?(?:-\d\d)?(?:\/|$)/;

/**
 * The ISO month of a yearless month, from a date of the same sentence: the later end of a pair
 * ("từ tháng 6 đến tháng 9.2011" gives 2011-06; "từ tháng 10 đến tháng 3/2012" gives 2011-10) or else the
 * date before it in the sentence ("Tháng 1 năm 2016 ... đến tháng 5" gives 2016-05). Null when none.
 */
function monthOfSentence(key: string, list: Cand[], i: number, mo: number): string | null {
  const c = list[i];
  const next = list[i + 1];
  const nm = next?.value ? ISO_POINT.exec(next.value) : null;
  if (nm?.[2] && MONTH_PAIR_GAP.test(key.slice(c.end, next.start))) {
    const y = Number(nm[1]);
    return isoMonth(mo > Number(nm[2]) ? y - 1 : y, mo);
  }
  const prev = list[i - 1];
  const pm = prev?.value ? ISO_POINT.exec(prev.value) : null;
  if (!pm) return null;
  if (SAME_YEAR_AFTER.test(key.slice(c.end, c.end + 12)) && c.start - prev.end <= DAY_NEAR) {
    return isoMonth(Number(pm[1]), mo);
  }
  if (SENTENCE_BREAK.test(key.slice(prev.end, c.start))) return null;
  // a month after a dated month of the same sentence; an earlier month would leave the year open
  if (pm[2] && mo < Number(pm[2])) return null;
  return isoMonth(Number(pm[1]), mo);
}

// what makes two dates one interval: a dash between them ("11/2006- 5/2008", "6 tháng 11 năm 1996 – 1 tháng 9
// năm 2002"); "từ A đến B" stays two dates
const RANGE_GAP = /^\s{0,2}[-–—~]\s{0,2}$/;
const POINT = /^\d{4}(?:-\d\d){0,2}$/;
const BARE_YEAR_BEFORE =
  /(?:(?<!\p{L})[Nn]ăm\s{1,2}|(?<![\p{L}\d/.,~–-]))((?:1[89]|2[01])\d\d)\s{0,2}[-–—~]\s{0,2}$/u;
const BARE_YEAR_AFTER = /^\s{0,2}[-–—~]\s{0,2}((?:1[89]|2[01])\d\d)(?![\d/]|[.,]\d|\s?[-–~]\s?\d)/;

/** Whether key[from, to) holds a dash or tilde (a cheap gate before the range regexes). */
function dashNear(key: string, from: number, to: number): boolean {
  for (let i = Math.max(0, from); i < to && i < key.length; i++) {
    const ch = key.charCodeAt(i);
    if (ch === 45 || ch === 0x2013 || ch === 0x2014 || ch === 126) return true;
  }
  return false;
}

/**
 * Joins dates written as one dash range into one interval (annotation convention 4), endpoints keeping
 * their precision: two dates ("tháng 5 năm 2008 – 19 tháng 9 năm 2012" -> 2008-05/2012-09-19) or a bare year
 * and a date ("2008 - 9/2012" -> 2008/2012-09). The start must come before the end.
 */
function joinRanges(key: string, list: Cand[]): Cand[] {
  const out: Cand[] = [];
  for (const c of list) {
    const prev = out[out.length - 1];
    const point = c.value !== null && !c.relative && POINT.test(c.value);
    if (
      point &&
      prev?.value &&
      !prev.relative &&
      POINT.test(prev.value) &&
      prev.value < c.value! &&
      c.start - prev.end <= 5 &&
      RANGE_GAP.test(key.slice(prev.end, c.start))
    ) {
      out[out.length - 1] = { start: prev.start, end: c.end, value: `${prev.value}/${c.value}` };
      continue;
    }
    if (point) {
      const bm = dashNear(key, c.start - 3, c.start)
        ? BARE_YEAR_BEFORE.exec(key.slice(Math.max(prev?.end ?? 0, c.start - 16), c.start))
        : null;
      if (bm && bm[1] < c.value!.slice(0, 4)) {
        out.push({ start: c.start - bm[0].length, end: c.end, value: `${bm[1]}/${c.value}` });
        continue;
      }
      const am = dashNear(key, c.end, c.end + 3) ? BARE_YEAR_AFTER.exec(key.slice(c.end, c.end + 12)) : null;
      if (am && am[1] > c.value!.slice(0, 4)) {
        out.push({ start: c.start, end: c.end + am[0].length, value: `${c.value}/${am[1]}` });
        continue;
      }
    }
    out.push(c);
  }
  return out;
}

/** "Hôm nay 1/7/2020" in the lead, or a line holding only a date, gives the article's date. */
function datelineOf(key: string, list: Cand[]): [number, number, number] | null {
  for (let i = 0; i < list.length; i++) {
    const c = list[i];
    if (!c.day) continue;
    const before = key.slice(Math.max(0, c.start - 12), c.start);
    if (/hôm\s+nay\s*,?\s*(?:ngày\s+)?$/i.test(before)) return c.day;
    // a dateline is a short line: look for its ends within 40 characters (a whole-line search per date
    // would be quadratic on a long line of dates)
    const from = Math.max(0, c.start - 40);
    const nl = key.slice(from, c.start).lastIndexOf("\n");
    if (nl < 0 && from > 0) continue;
    const lineStart = nl < 0 ? 0 : from + nl + 1;
    const nr = key.slice(c.end, c.end + 40).indexOf("\n");
    if (nr < 0 && c.end + 40 < key.length) continue;
    const line = key.slice(lineStart, nr < 0 ? key.length : c.end + nr);
    if (/^\s*(?:ngày\s+)?[\d/.-]+\s*(?:,?\s*\d{1,2}:\d\d)?\s*$/i.test(line)) return c.day;
  }
  return null;
}

function relativeValue(key: string, list: Cand[], i: number, anchor: number[] | null): string | null {
  const c = list[i];
  if (c.relative === "same") {
    // the nearest earlier day, if it is close and known; an unresolved day-month before it means unknown
    for (let j = i - 1; j >= 0; j--) {
      if (c.start - list[j].end > 2000) return null;
      if (list[j].day) return isoDay(...(list[j].day as [number, number, number]));
      if (list[j].dm) return null;
    }
    return null;
  }
  // "Hôm nay 1/7/2020", "hôm qua 23-3": the relative word takes the date written right after it
  const next = list[i + 1];
  if (
    (c.relative === "today" || c.relative === "yesterday" || c.relative === "tomorrow") &&
    (next?.day || next?.dm) &&
    /^\s*,?\s*(?:ngày\s+)?\(?$/i.test(key.slice(c.end, next.start))
  ) {
    return next.day ? isoDay(...next.day) : null;
  }
  if (!anchor) return null;
  const [y, m, d] = anchor as [number, number, number];
  if (c.relative === "thisYear") return String(y);
  if (c.relative === "lastYear") return String(y - 1);
  const shift = DAY_SHIFT[c.relative as keyof typeof DAY_SHIFT];
  if (shift === undefined) return null;
  // calendar arithmetic in UTC, so no time zone or daylight saving moves the day
  const at = new Date(Date.UTC(y, m - 1, d + shift));
  return isoDay(at.getUTCFullYear(), at.getUTCMonth() + 1, at.getUTCDate());
}

/** A lunar date takes the Gregorian day the text states beside it ("20/5/2025 (tức ngày 23 tháng 4 năm Ất Tỵ)"). */
function lunarEquivalent(key: string, list: Cand[], i: number): string | null {
  const c = list[i];
  const prev = list[i - 1];
  if (prev?.day && /^\s*\(\s*(?:tức\s+)?(?:ngày\s+|mùng\s+)?$/i.test(key.slice(prev.end, c.start))) {
    return isoDay(...prev.day);
  }
  const next = list[i + 1];
  if (
    next?.day &&
    /^\s*(?:âm\s+lịch)?\s*\(\s*(?:tức\s+|nhằm\s+)?(?:ngày\s+)?$/i.test(key.slice(c.end, next.start))
  ) {
    return isoDay(...next.day);
  }
  return null;
}
