import { alternation } from "../../core/alternation";
import type { EventEntity } from "../../core/types";
import { expectString } from "../../core/validate";
import { NUMBER_WORDS } from "../_data/words";
import { FOREIGN_TXT } from "../bodies/_data/bodies";
import { longestSpans } from "../longest-spans";
import { keyedRegExp, matchKey } from "../match-key";
import { readNumeral } from "../numerals";
import { eventWords } from "./event-words";

const ROMAN = "[IVXLC]{1,7}";
const NUM = `(?:\\d{1,3}|${ROMAN})`;
const TW = `(?:${eventWords("central")})`;
const LEVEL = `(?:${eventWords("level")})`;
const ASSEMBLY = `(?:${eventWords("assembly")})`;
// "Ban Chấp hành Trung ương Đảng", "Ban Chấp hành Đảng bộ tỉnh Quảng Trị", "Ban chấp hành Đảng bộ", "BCH";
// the Party's earlier names ("Đảng Cộng sản Đông Dương", "Đảng Lao động Việt Nam") too
const BCH = `(?:Ban\\s{1,2}[Cc]hấp\\s{1,2}[Hh]ành|BCH)(?:\\s{1,2}${TW})?(?:\\s{1,2}Đảng(?!\\s{1,2}bộ)(?:\\s{1,2}(?:Cộng\\s{1,2}sản\\s{1,2}(?:Việt\\s{1,2}Nam|Đông\\s{1,2}Dương)|Lao\\s{1,2}động\\s{1,2}Việt\\s{1,2}Nam))?)?(?:\\s{1,2}(?:Đảng\\s{1,2}bộ\\s{1,2})?${LEVEL}(?:\\s{1,2}\\p{Lu}\\p{Ll}{0,8}){0,3})?`;
const KHOA = `[Kk]hóa\\s{1,2}(${NUM})`;
const CPV = "Đảng\\s{1,2}Cộng\\s{1,2}sản\\s{1,2}Việt\\s{1,2}Nam";
const LAN = "[Ll]ần";

let res: {
  plenumTw: RegExp;
  plenumBch: RegExp;
  plenumBare: RegExp;
  congress: RegExp;
  session: RegExp;
  khoaBefore: RegExp;
  khoaAfter: RegExp;
  khoaLater: RegExp;
  bchBefore: RegExp;
  holderBefore: RegExp;
  holderAfter: RegExp;
  foreignAfter: RegExp;
  foreignBefore: RegExp;
  sessionHolderAfter: RegExp;
  foreignEarlier: RegExp;
} | null = null;

// Bodies that hold congresses but are not Party or state bodies: the Front and its member organisations,
// associations, churches and the Buddhist Sangha ("Đại hội Mặt trận …", "Hội đồng Giám mục … bế mạc Đại hội
// lần thứ XIII", "Phật sự Đại hội IX", "Đại hội XII Công đoàn Việt Nam"). Capitalised forms only: "đoàn" is a
// delegation ("Đoàn Chủ tịch", "tại Đoàn"), so only the Youth Union's names count; "thanh niên" is the young.
const OTHER_HOLDER = eventWords("other-holder");
// Foreign states (data/entities/foreign-states.txt) as a regex alternation, longest first.
const FOREIGN = alternation(
  FOREIGN_TXT.split("\n").filter((l) => l.trim()),
  { space: "\\s{1,2}" },
);
// "Đảng", "Đảng Cộng sản", "Đảng Xã hội" before a country's name
const PARTY_KIND = eventWords("party-kind");
const FOREIGN_PARTY = `Đảng(?:\\s{1,2}(?:${PARTY_KIND}))?`;
// another country's party by name, or the Comintern
const FOREIGN_NAMED = `${FOREIGN_PARTY}\\s{1,2}(?:${FOREIGN})|${eventWords("foreign-party")}`;
// Party bodies named before a congress: the holder is the Party
const PARTY_HOLDER = eventWords("party-holder");

/**
 * The number words ("hai", "mười một") as a regex source that takes each letter in either case, so an
 * ordinal reads however it is capitalised ("lần thứ Hai", "Kỳ họp thứ Chín"); longest first.
 */
function numberWordsAnyCase(): string {
  return NUMBER_WORDS.map(([w]) => w)
    .sort((a, b) => b.length - a.length)
    .map((w) => [...w].map((c) => (c === " " ? "\\s{1,2}" : `[${c}${c.toUpperCase()}]`)).join(""))
    .join("|");
}

function regexes(): NonNullable<typeof res> {
  if (res) return res;
  const WORDS = numberWordsAnyCase();
  // a word numeral before a year is "năm 2024" (the year), not an ordinal
  const ORD = `(?:[Tt]hứ\\s{1,2})?(${NUM}|(?:${WORDS})(?!\\s{1,2}\\d))`;
  res = {
    // "Hội nghị Trung ương 12, khóa XII"; "Hội nghị Trung ương lần thứ 4"; "Hội nghị Trung ương 4, 6, 7, 8 khóa XII"
    plenumTw: keyedRegExp(
      `Hộ(?<!\\p{L}Hộ)i\\s{1,2}nghị\\s{1,2}${TW}\\s{1,2}(?:Đảng\\s{1,2})?(?:${LAN}\\s{1,2})?${ORD}(?!\\p{L}|\\d)((?:\\s{0,2},\\s{0,2}\\d{1,2}(?!\\d)){0,8}(?:\\s{0,2}(?:,|và)\\s{0,2}\\d{1,2}(?!\\d))?)`,
      "gu",
    ),
    // "Hội nghị lần thứ 14 Ban Chấp hành Trung ương Đảng khóa XII"; "Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 15, khóa XVII"
    plenumBch: keyedRegExp(
      `Hộ(?<!\\p{L}Hộ)i\\s{1,2}nghị\\s{1,2}(?:${LAN}\\s{1,2}${ORD}\\s{0,2},?\\s{0,2}(?:của\\s{1,2})?${BCH}|(?:của\\s{1,2})?${BCH}\\s{0,2},?\\s{0,2}${LAN}\\s{1,2}${ORD})(?!\\p{L})`,
      "gu",
    ),
    // "Hội nghị lần thứ 14", "Hội nghị đầu tiên" (ordinal 1) when a Ban Chấp hành is named earlier in the clause
    plenumBare: keyedRegExp(
      `Hộ(?<!\\p{L}Hộ)i\\s{1,2}nghị\\s{1,2}(?:${LAN}\\s{1,2}${ORD}|(?:${LAN}\\s{1,2})?đầu\\s{1,2}tiên)(?!\\p{L}|\\d)`,
      "gu",
    ),
    // "Đại hội XIII của Đảng", "Đại hội đại biểu toàn quốc lần thứ XIII", "ĐHĐB toàn quốc lần thứ 13", "Đại hội 12";
    // a Party congress named by the term it elects: "Đại hội Đại biểu toàn quốc Đảng Cộng sản Việt Nam khóa XIII"
    congress: keyedRegExp(
      `(?:Đạ(?<!\\p{L}Đạ)i\\s{1,2}hội|ĐH(?<!\\p{L}ĐH))(?:\\s{1,2}(?:[Đđ]ại\\s{1,2}[Bb]iểu|ĐB)|(?<=ĐH)ĐB)?((?:\\s{1,2}(?:toàn\\s{1,2}quốc(?:\\s{1,2}(?:của\\s{1,2})?${CPV})?|Đảng\\s{1,2}bộ(?:\\s{1,2}(?:${LEVEL}|[\\p{Lu}][\\p{Ll}]{0,8})){0,4}|Đảng\\s{1,2}toàn\\s{1,2}quốc|${CPV}|Đảng))?)(?:\\s{1,2}${LAN}\\s{1,2}${ORD}|\\s{1,2}(${ROMAN}|\\d{1,2})|\\s{0,2},?\\s{1,2}${KHOA})(?!\\p{L}|\\d|\\/)((?:\\s{1,2}của\\s{1,2}Đảng(?:\\s{1,2}Cộng\\s{1,2}sản\\s{1,2}Việt\\s{1,2}Nam)?)?)`,
      "gu",
    ),
    // "kỳ họp thứ 9, Quốc hội khóa XIV", "Kỳ họp thứ 10", "Phiên họp thứ 42", "kỳ họp thứ 12 HĐND tỉnh khóa XIV"
    session: keyedRegExp(
      `(?:[Kk]ỳ(?<!\\p{L}[Kk]ỳ)|[Pp]h(?<!\\p{L}[Pp]h)iên)\\s{1,2}họp\\s{1,2}(?:(?:${eventWords("session-kind")})\\s{1,2})?(?:[Tt]hứ\\s{1,2}|${LAN}\\s{1,2}(?:[Tt]hứ\\s{1,2})?)(${NUM}|${WORDS})(?!\\p{L}|\\d)((?:\\s{0,2},?\\s{0,2}(?:(?:của\\s{1,2})?${ASSEMBLY}(?:\\s{1,2}${LEVEL}(?:\\s{1,2}\\p{Lu}\\p{Ll}{0,8}){0,3})?)?\\s{0,2},?\\s{0,2}${KHOA})?)`,
      "gu",
    ),
    khoaAfter: keyedRegExp(`^\\s{0,2}[,(]?\\s{0,2}${KHOA}\\)?((?:\\s{1,2}của\\s{1,2}Đảng)?)`, "u"),
    khoaBefore: keyedRegExp(`${KHOA}[^.;!?\\n]{0,40}$`, "u"),
    // the assembly's term named later in the same clause, outside the span: "tại kỳ họp thứ 11 ông được
    // Quốc hội Việt Nam khóa XIV bầu" (no comma between, except after a parenthesis right after the session:
    // "Tại kỳ họp thứ 11 (tháng 4/2021), Quốc hội khóa XIV"; a deputy's "đại biểu Quốc hội khóa X" does not count)
    khoaLater: keyedRegExp(
      `^(?: {0,2}\\([^()\\n]{1,40}\\) {0,2},?)?[^.;!?\\n,]{0,45}?(?<!biểu\\s{1,2})${ASSEMBLY}[^.;!?\\n,]{0,25}?${KHOA}(?!\\p{L})`,
      "u",
    ),
    bchBefore: keyedRegExp(`(?:Ban\\s{1,2}[Cc]hấp\\s{1,2}[Hh]ành|BCH)[^.;!?\\n]{0,80}$`, "u"),
    // the holder named last before a congress in its sentence: group 1 when it is not a Party body
    holderBefore: keyedRegExp(
      `(?<![\\p{L}\\d])(?:(${OTHER_HOLDER})|(?:${PARTY_HOLDER}))(?![\\p{L}\\d])(?:(?!(?:${OTHER_HOLDER}|${PARTY_HOLDER})(?![\\p{L}\\d]))[^.;!?\\n]){0,150}$`,
      "u",
    ),
    // a holder named right after the congress: "Đại hội XII Công đoàn Việt Nam"
    holderAfter: keyedRegExp(`^\\s{0,2}[,(]?\\s{0,2}(?:của\\s{1,2})?(?:${OTHER_HOLDER})(?![\\p{L}\\d])`, "u"),
    // another country's party right after the congress: "Đại hội lần thứ 7 của Đảng Cộng sản Trung Quốc"
    foreignAfter: keyedRegExp(
      `^\\s{0,2}[,(]?\\s{0,2}(?:của\\s{1,2})?(?:Đảng\\s{1,2})?(?:(?:${PARTY_KIND})\\s{1,2})?(?:${FOREIGN})(?![\\p{L}\\d])`,
      "u",
    ),
    // ... or named before it in its sentence: "Quốc tế Cộng sản", "Đảng Cộng sản Liên Xô"
    foreignBefore: keyedRegExp(
      `(?:${FOREIGN_NAMED}|Bolshevik|Bôn-sê-vích)(?![\\p{L}\\d])[^.;!?\\n]{0,150}$`,
      "u",
    ),
    // ... or the last party named earlier in its paragraph, with no "Việt Nam", "Đông Dương", "Đảng ta"
    // or "Trung ương Đảng" between: "thành lập Đảng Cộng sản Trung Quốc tại Thượng Hải. Hai năm sau,
    // tại Đại hội lần thứ ba (1923)" (read only for a congress that names no party of its own)
    foreignEarlier: keyedRegExp(
      `(?:${FOREIGN_NAMED})(?![\\p{L}\\d])(?:(?!Việt\\s{1,2}Nam|Đông\\s{1,2}Dương|Đảng\\s{1,2}ta|Trung\\s{1,2}ương\\s{1,2}Đảng)[^\\n]){0,300}$`,
      "u",
    ),
    // a session of a body that is not a Party or state body, named right after it: "Phiên họp thứ 75
    // của Ủy ban Olympic Quốc tế", "kỳ họp thứ 44 của Ủy ban Di sản Thế giới", "… của Hội đồng Giám mục"
    sessionHolderAfter: keyedRegExp(
      `^\\s{0,2},?\\s{0,2}của\\s{1,2}(?:${OTHER_HOLDER}|${eventWords("international")}|${FOREIGN})(?![\\p{L}\\d])`,
      "u",
    ),
  };
  return res;
}

/**
 * Finds numbered meetings: Central Committee and local plenums ("Hội nghị Trung ương 12, khóa XII";
 * "Hội nghị Trung ương 4, 6, 7, 8 khóa XII" gives four), congresses ("Đại hội XIII của Đảng",
 * "Đại hội đại biểu toàn quốc lần thứ XIII") and sessions ("kỳ họp thứ 9, Quốc hội khóa XIV",
 * "Phiên họp thứ 42"), with Roman, Arabic and word numerals read. `term` is set only where a `khóa`
 * is written in the same clause.
 *
 * @param text - the text to search.
 * @returns the events in text order.
 * @example
 * ```ts
 * import { findEvents } from "vietnews";
 * findEvents("trình Hội nghị Trung ương 12, khóa XII và kỳ họp thứ 9, Quốc hội khóa XIV").map((e) => [e.event, e.ordinal, e.term]);
 * //=> [["plenum", 12, 12], ["session", 9, 14]]
 * ```
 */
export function findEvents(text: string): EventEntity[] {
  expectString(text, "findEvents", "text");
  return eventsIn(text, matchKey(text));
}

/** {@link findEvents} on a text whose match key (`matchKey(text)`) the caller has. */
export function eventsIn(text: string, key: string): EventEntity[] {
  if (!/(?:nghị|hội|họp|ĐH)/.test(key)) return [];
  const r = regexes();
  const out: EventEntity[] = [];
  const push = (
    start: number,
    end: number,
    event: EventEntity["event"],
    ordinal: number | null,
    term: number | null,
  ) => {
    if (ordinal === null) return;
    out.push({ kind: "event", start, end, text: text.slice(start, end), event, ordinal, term });
  };
  const termBefore = (at: number): number | null => {
    const m = r.khoaBefore.exec(key.slice(Math.max(0, at - 60), at));
    return m ? readNumeral(m[1]) : null;
  };
  const termAfter = (at: number): [number | null, number] => {
    const m = r.khoaAfter.exec(key.slice(at, at + 40));
    if (!m) return [null, at];
    // a closing bracket stays in the span only when the opening one does
    const body = m[0].endsWith(")") && !m[0].includes("(") ? m[0].slice(0, -1) : m[0];
    return [readNumeral(m[1]), at + body.length];
  };

  for (const m of key.matchAll(r.plenumTw)) {
    const start = m.index;
    const list = m[2] ?? "";
    const headEnd = start + m[0].length - list.length;
    const items: [number, number, number | null][] = [[start, headEnd, readNumeral(m[1])]];
    for (const im of list.matchAll(/\d{1,2}/g)) {
      const s = headEnd + im.index;
      items.push([s, s + im[0].length, Number(im[0])]);
    }
    const last = items[items.length - 1];
    let [term, end] = termAfter(last[1]);
    if (term === null) term = termBefore(start);
    else last[1] = end;
    for (const [s, e, ord] of items) push(s, e, "plenum", ord, term);
    end = 0;
  }
  for (const m of key.matchAll(r.plenumBch)) {
    const ord = m[1] ?? m[2];
    if (!ord) continue;
    const start = m.index;
    // another country's Central Committee: "… Ban Chấp hành Trung ương Đảng Cộng sản Trung Quốc"
    const matchEnd = start + m[0].length;
    if (r.foreignAfter.test(key.slice(matchEnd, matchEnd + 60))) continue;
    const [after, end] = termAfter(matchEnd);
    push(start, end, "plenum", readNumeral(ord), after ?? termBefore(start));
  }
  for (const m of key.matchAll(r.plenumBare)) {
    const start = m.index;
    if (!r.bchBefore.test(key.slice(Math.max(0, start - 80), start))) continue;
    const [after, end] = termAfter(start + m[0].length);
    // "Hội nghị đầu tiên" is the first
    push(start, end, "plenum", m[1] ? readNumeral(m[1]) : 1, after ?? termBefore(start));
  }
  for (const m of key.matchAll(r.congress)) {
    const start = m.index;
    // a congress not named as the Party's is one of another body when that body is named: right
    // after it, or last before it in the sentence
    const matchEnd = start + m[0].length;
    // another country's congress: its party or state named right after it, or its party before it
    if (r.foreignAfter.test(key.slice(matchEnd, matchEnd + 60))) continue;
    if (r.foreignBefore.test(key.slice(Math.max(0, start - 200), start))) continue;
    // a congress that names no party of its own ("Đại hội lần thứ ba", "Đại hội Đảng lần V")
    const generic = !m[4] && !m[5] && /^(?:\s{1,2}(?:Đảng|toàn\s{1,2}quốc))?$/.test(m[1] ?? "");
    if (
      generic &&
      !/^\s{1,2}(?:của\s{1,2})?[Đđ]ảng/.test(key.slice(matchEnd, matchEnd + 12)) &&
      r.foreignEarlier.test(key.slice(Math.max(0, start - 400), start))
    )
      continue;
    if (
      !/Đảng/.test(m[1] ?? "") &&
      !m[5] &&
      !/^\s{1,2}(?:của\s{1,2})?[Đđ]ảng/.test(key.slice(matchEnd, matchEnd + 12))
    ) {
      if (r.holderAfter.test(key.slice(matchEnd, matchEnd + 40))) continue;
      const hb = r.holderBefore.exec(key.slice(Math.max(0, start - 150), start));
      if (hb?.[1]) continue;
    }
    if (m[4]) {
      // "Đại hội … Đảng Cộng sản Việt Nam khóa XIII": the congress that elects term N is the Nth
      if (!m[1]) continue;
      const n = readNumeral(m[4]);
      push(start, start + m[0].length, "congress", n, n);
      continue;
    }
    const [after, end] = termAfter(start + m[0].length);
    push(start, after === null ? start + m[0].length : end, "congress", readNumeral(m[2] ?? m[3]), after);
  }
  for (const m of key.matchAll(r.session)) {
    const start = m.index;
    const end = start + m[0].length;
    if (r.sessionHolderAfter.test(key.slice(end, end + 60))) continue;
    let term = m[3] ? readNumeral(m[3]) : termBefore(start);
    if (term === null) {
      const later = r.khoaLater.exec(key.slice(end, end + 80));
      if (later) term = readNumeral(later[1]);
    }
    push(start, end, "session", readNumeral(m[1]), term);
  }
  return longestSpans(out);
}
