import { U_SPACE, unicodeClass } from "../../core/char-class";
import type { DocumentEntity } from "../../core/types";
import { expectString } from "../../core/validate";
import { keyedRegExp, matchKey } from "../match-key";
import { documentTables, nounKey } from "./document-tables";

// One code group: an upper-case letter, then letters, then an optional term number ("QH14", "TTg", "QĐi").
const GROUP = "[A-ZĐƯ][A-Za-zĐđƯư]{0,11}\\d{0,3}";
// A number's first digit carries the lookbehind, so the engine scans for digits fast; a digit, a slash or
// a "digit:" before it means it is the tail of something else ("26:2025" in a QCVN code).
// A dotted number ("Nghị quyết 66.10/2025/NQ-CP") is one number; its tail after the dot is no start.
const num = (name: string) => `(?<${name}>\\d(?<![\\d/]\\d|\\d:\\d|\\d\\.\\d)\\d{0,4}(?:\\.\\d{1,3})?)`;
// Party: NUMBER - TYPE / ISSUER(-PART)*; spaces around separators tolerated ("367 - QĐ/TWĐTN-VP"), an en dash
// for the hyphen ("89–QĐ/TW"), and a hyphen where the slash belongs ("102-QĐ-TW"; the issuer is then checked).
const PARTY = `${num("pn")} ?[-–] ?(?<pt>${GROUP})(?: ?/ ?|(?<ph>-))(?<pi>${GROUP}(?:-${GROUP}){0,3})`;
// State: NUMBER[/YEAR]/TYPE-ISSUER... ("138/2020/NĐ-CP", "1234/QĐ-TTg", "59/2020/QH14", "10/2016/QĐ- TTg");
// a short unit code may follow a spaced hyphen ("10/VKSTC - V1", "…/NĐ - CP").
const STATE = `${num("sn")} ?/ ?(?:(?<sy>(?:19|20)\\d\\d) ?[/-] ?)?(?<sg>${GROUP}(?:- ?${GROUP}){0,4}(?: - ?[A-ZĐ]{1,3}\\d{0,2}(?![\\p{L}\\d/-]))?)`;
// Party number without the issuer, as news often writes it ("Thông báo Kết luận số 159-TB"); only after a noun.
const SHORT = `${num("hn")}-(?<ht>[A-ZĐ][A-Za-zĐđ]{0,4})(?![\\p{L}\\d/-])`;
// National technical regulation: "QCVN 26:2025/BNNMT", "QCVN 01-1:2018/BYT".
const QCVN = `QCVN ?(?<qn>\\d{1,3}(?:-\\d{1,3}){0,2}) ?: ?(?<qy>(?:19|20)\\d\\d)(?: ?/ ?(?<qi>${GROUP}(?:-${GROUP}){0,2}))?(?![\\p{L}\\d])`;

let formalRe: RegExp | null = null;
let headRe: RegExp | null = null;
let plenumTailRe: RegExp | null = null;
// where a number starts (a digit after no digit): its first five digits are the number
const NUMBER_START = /\d(?<!\d\d)/g;
const NOT_CODE_AFTER = /^(?:[\d/]|\s?[-–]\s?[A-ZĐ\d]|\.\d|,\d)/;
// "Nghị định 86/2024": a number and a year with no type or issuer after them
const YEAR_AFTER = /^ ?\/ ?((?:19|20)\d\d)(?![\p{L}\d/]|\s?[-–]\s?[A-ZĐ\d]|\.\d|,\d)/u;
let issuerAfterRe: RegExp | null = null;
// the issue date written right after a citation: "… ngày 20/11/2025", "(ngày 17 tháng 11 năm 2025)", "…
// năm 2021"; a line break may follow "ngày" (parseArticle makes a hard wrap a blank line)
const DATE_AFTER =
  /^(?:\*\*)?\s{0,2}\)?\s{0,2},?\s{0,2}(?:\*\*)?\s{0,2}\(?(?:(?:ngày\s{1,3}){1,2}(?:(\d{1,2}) ?[/.-] ?(\d{1,2}) ?[/.-] ?((?:19|20)\d\d)|(\d{1,2})\s{1,3}tháng\s{1,3}(\d{1,2})\s{1,3}năm\s{1,3}((?:19|20)\d\d))|(?<=^ {0,2})năm\s((?:19|20)\d\d))(?![\d/])/u;
// the place after a local people's council or committee named as issuer ("của UBND tỉnh Bắc Ninh")
const LEVEL_END = /(?:tỉnh|[Tt]hành phố|huyện|quận|thị xã|xã|phường)$/u;
// words that start what follows the name, not a place ("của UBND tỉnh Quy định về …", "… Ban hành …")
const NOT_PLACE =
  "(?!(?:Về|V|Quy|Ban|Phê|Công|Sửa|Thông|Hướng|Tại|Theo|Trong|Khi|Đã|Sẽ|Nay|Do|Với|Cho|Và|Tải|Thực|Hiện|Kế|Quyết|Nghị|Chỉ|Văn|Điều|Khoản|Căn|Bãi|Ngày|Năm|Số|Tháng|Phụ lục|Danh|Mục|Bổ|Được|Các|Những|Một|Giao|Triển|Tổ|Thành|Tỉnh|Huyện|Xã|Phường|Chương|Phần|Mẫu|Biểu|Bảng)(?!\\p{L}))";
// the place: up to five capitalised words, joined by spaces, a dash ("Bà Rịa - Vũng Tàu") or a hard wrap
const PLACE_AFTER = new RegExp(
  `^ {1,2}(${NOT_PLACE}\\p{Lu}\\p{Ll}{1,7}(?:(?: {1,2}| ?\\n{1,2} ?| ?[–-] ?)${NOT_PLACE}\\p{Lu}\\p{Ll}{1,7}){0,4})(?![\\p{L}\\d])`,
  "u",
);
let namedRe: RegExp | null = null;
let nameRe: RegExp | null = null;
let amendRe: RegExp | null = null;

function regexes(): void {
  if (formalRe) return;
  const t = documentTables();
  formalRe = keyedRegExp(`${PARTY}|${STATE}|${SHORT}|${QCVN}`, "gu");
  // the type noun right before a number: "Nghị định số 138/...", "Chỉ thị số: 35-...", "Quy định 301-..."
  // informal citations, read backwards from each number: "Chỉ thị 35", "Nghị quyết số 18",
  // "Nghị quyết Trung ương 4 khóa XII" (the number itself is checked by the caller)
  headRe = keyedRegExp(
    `(?:^|[^\\p{L}\\d])(${t.nounSourceCased})(?:\\s{1,2}([Ss]ố)\\s{0,2}:?\\s{0,2}|\\s{1,2})((?:[Hh]ội\\s{1,2}nghị\\s{1,2})?(?:[Tt]rung\\s{1,2}ương|T\\.\\s?Ư|TƯ|TW)\\s?)?$`,
    "u",
  );
  plenumTailRe = keyedRegExp("^(?:\\s{0,2}[,(–-]?\\s{0,2}[Kk]hóa\\s{1,2}[IVXLC\\d]{1,6}\\)?)?", "u");
  issuerAfterRe = keyedRegExp(
    `^(?:\\*\\*)?\\s{0,2}\\)?(?:,?\\s{0,2}\\(?(?:ngày\\s{1,3}){1,2}[\\d/.-]{3,10}\\)?|,?\\s{0,2}\\(?(?:ngày\\s{1,3}){1,2}\\d{1,2}\\s{1,3}tháng\\s{1,3}\\d{1,2}\\s{1,3}năm\\s{1,3}\\d{4}\\)?)?\\s{0,2},?\\s{0,2}(?:\\*\\*)?\\s{0,2}của\\s{1,2}(?:Bộ\\s{1,3}trưởng\\s{1,3}|Chủ\\s{1,3}tịch\\s{1,3}(?=UBND|Ủy\\s{1,2}ban\\s{1,2}nhân))?((?:${t.nameSource})(?:\\s{0,2},\\s{0,2}(?:${t.nameSource}))?)`,
    "u",
  );
  // the type nouns that carry a name before their number ("Luật Phí và lệ phí số 97/2015/QH13"), capitalised
  namedRe = keyedRegExp(
    "(?<![\\p{L}\\d])(?:Bộ\\s{1,2}luật|Luật|Pháp\\s{1,2}lệnh|Quy\\s{1,2}chuẩn|Nghị\\s{1,2}quyết)(?=\\s{1,2}\\p{Lu})",
    "gu",
  );
  // the name: a capitalised word, then up to 15 words joined by spaces (one line break: legal texts are
  // hard-wrapped), hyphens, or a comma before a lower-case word ("Phòng, chống tham nhũng"); no digits or
  // other punctuation
  nameRe = /^(?: {1,2}| ?\n ?)\p{Lu}\p{L}*(?:(?: {1,2}| ?\n ?| ?- ?|, ?\n?(?=\p{Ll}))\p{L}+){0,15}$/u;
  // an amending law's name wraps the name of the law it amends ("Luật sửa đổi, bổ sung một số điều của Luật …")
  amendRe = keyedRegExp(
    "(?<![\\p{L}\\d])(Bộ\\s{1,2}luật|Luật|Pháp\\s{1,2}lệnh)\\s{1,2}[Ss]ửa\\s{1,2}đổi,?\\s{1,2}[Bb]ổ\\s{1,2}sung(?:\\s{1,2}một\\s{1,2}số\\s{1,2}[Đđ]iều)?(?:\\s{1,2}của)?(?:\\s{1,2}các)?\\s{1,2}$",
    "u",
  );
}

/**
 * Finds cited Party and state documents: formal numbers ("35-CT/TW", "138/2020/NĐ-CP", "2457/UBND-VX",
 * "QCVN 26:2025/BNNMT"), with the type noun in front where written ("Nghị định số 138/2020/NĐ-CP") or
 * a law's name ("Luật Quy hoạch số 21/2017/QH14"), and informal citations that carry a number ("Chỉ thị
 * 35 và 45 của Bộ Chính trị" gives two; "Nghị định 86/2024"). Fields follow annotation convention 5:
 * docType as written (its case too), number as written, code verbatim, issuer from the text, else from
 * an unambiguous code, else null.
 *
 * @param text - the text to search.
 * @returns the documents in text order.
 * @example
 * ```ts
 * import { findDocuments } from "vietnews";
 * findDocuments("Thực hiện Chỉ thị số 35-CT/TW của Bộ Chính trị").map((d) => [d.text, d.code, d.issuer, d.system]);
 * //=> [["Chỉ thị số 35-CT/TW", "35-CT/TW", "Bộ Chính trị", "party"]]
 * ```
 */
export function findDocuments(text: string): DocumentEntity[] {
  expectString(text, "findDocuments", "text");
  return documentsIn(text, /\d/.test(text) ? matchKey(text) : text);
}

/** {@link findDocuments} on a text whose match key (`matchKey(text)`) the caller has. */
export function documentsIn(text: string, key: string): DocumentEntity[] {
  if (!/\d/.test(text)) return [];
  regexes();
  const out: DocumentEntity[] = [];
  // Positions of the key already covered by a citation: checking a short span costs its length, so
  // the whole pass stays linear however many citations there are.
  const taken = new Uint8Array(key.length + 1);
  if (/\d ?[/–-] ?[A-ZĐƯ]|\d ?\/ ?(?:19|20)\d\d/.test(key) || key.includes("QCVN"))
    findFormal(text, key, out, taken);
  findInformal(text, key, out, taken);
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  resolveReferences(out);
  return out;
}

function findFormal(text: string, key: string, out: DocumentEntity[], taken: Uint8Array): void {
  const t = documentTables();
  const re = formalRe!;
  re.lastIndex = 0;
  for (let m = re.exec(key); m; m = re.exec(key)) {
    const g = m.groups!;
    const codeStart = m.index;
    const codeEnd = m.index + m[0].length;
    let system: "party" | "state";
    let number: string;
    let typeAbbr: string | null = null;
    let issuerCodes: string[] = [];
    let year: number | null = null;
    if (g.qn !== undefined) {
      // "QCVN 26:2025/BNNMT": the regulation's number, its year, the issuing ministry
      system = "state";
      number = g.qn;
      year = Number(g.qy);
      typeAbbr = "QCVN";
      issuerCodes = g.qi ? [g.qi.split("-")[0]] : [];
    } else if (g.hn !== undefined) {
      if (!t.abbrs.has(g.ht)) continue;
      system = "party";
      number = g.hn;
      typeAbbr = g.ht;
    } else if (g.pn !== undefined) {
      // party: the type must be a known abbreviation, and a hyphen before the issuer only counts for a
      // Party issuer code ("102-QĐ-TW")
      const issuer = g.pi.split("-")[0];
      if (!t.abbrs.has(g.pt) || (g.ph && t.issuers.get(issuer)?.[1] !== "party")) {
        re.lastIndex = m.index + g.pn.length;
        continue;
      }
      system = "party";
      number = g.pn;
      typeAbbr = g.pt;
      issuerCodes = [issuer];
    } else {
      system = "state";
      number = g.sn;
      year = g.sy ? Number(g.sy) : null;
      const groups = g.sg.split(/ ?- ?/);
      if (t.abbrs.has(groups[0]) && groups.length > 1) {
        typeAbbr = groups[0];
        issuerCodes = groups.slice(1);
      } else if (groups.length === 1 && termCode(groups[0])) {
        issuerCodes = [groups[0]];
      } else {
        // công văn: ISSUER-UNIT; only the issuer is mapped
        issuerCodes = [groups[0]];
        if (!t.issuers.has(stripTerm(groups[0]))) {
          // a lone unknown word after a slash ("1/Hà Nội") is not a code unless it looks like one
          if (groups.length === 1 && !/^[A-ZĐƯ]{2,}\d*$/.test(groups[0])) {
            re.lastIndex = m.index + g.sn.length;
            continue;
          }
        }
      }
    }
    const code = text.slice(codeStart, codeEnd);
    // the noun in front: written right before the number, or a named law before "số" ("Luật Quy hoạch số …")
    let start = codeStart;
    let docType: string | null = null;
    const nb = nounBefore(key, codeStart) ?? namedBefore(key, codeStart, typeAbbr, issuerCodes);
    const ab = nb ? null : abbrBefore(key, codeStart, typeAbbr, system);
    if (nb) {
      start = nb[0];
      docType = asWritten(key, nb[0], nb[1]);
    } else if (ab) {
      // the abbreviation stands for its type ("QĐ" -> "Quyết định")
      start = ab[0];
      docType = ab[1];
    }
    if (!nb && g.hn !== undefined) continue;
    if (!docType && typeAbbr) docType = t.typeByAbbr.get(`${system}:${typeAbbr}`) || null;
    if (year === null) year = yearAfter(key, codeEnd);
    let issuer = issuerFromText(text, key, codeEnd);
    if (!issuer) issuer = issuerFromCodes(issuerCodes, typeAbbr !== null || system === "party");
    const doc: DocumentEntity = {
      kind: "document",
      start,
      end: codeEnd,
      text: text.slice(start, codeEnd),
      docType,
      number,
      code,
      year,
      issuer,
      system,
    };
    out.push(doc);
    taken.fill(1, start, codeEnd);
  }
}

/**
 * The type noun as written at `at` in the key: the table form (its spacing) with the case of each letter
 * as the text has it ("thông tư 02" -> "thông tư", "Nghịđịnh" -> "Nghị định"), per annotation convention 5.
 */
function asWritten(key: string, at: number, noun: string): string {
  let out = "";
  let j = at;
  for (const c of noun) {
    if (c === " ") {
      while (key[j] === " ") j++;
      out += " ";
      continue;
    }
    const w = key[j++] ?? "";
    out += w !== w.toLowerCase() ? c.toUpperCase() : c.toLowerCase();
  }
  return out;
}

/**
 * A type noun with a name, written before "số" and a code whose issuer fits the type: a law or code of the
 * National Assembly ("Luật Phí và lệ phí số 97/2015/QH13", "Bộ luật Hình sự số 100/2015/QH13"), an ordinance
 * of its Standing Committee, a national technical regulation ("Quy chuẩn Quy hoạch xây dựng QCVN
 * 01:2021/BXD"). The name runs from the capitalised word after the noun to "số" (or the code) with only
 * letters between; an amending law's name takes in the law it amends. Returns the noun's start and type.
 */
function namedBefore(
  key: string,
  at: number,
  typeAbbr: string | null,
  issuerCodes: string[],
): [number, string] | null {
  // the nouns that fit the code; a resolution of the National Assembly or its Standing Committee carries
  // no type in its code ("Nghị quyết Ban hành nội quy kỳ họp Quốc hội số 102/2015/QH13")
  let want: string[];
  if (typeAbbr === "QCVN") want = ["Quy chuẩn"];
  else if (typeAbbr === null && issuerCodes.length === 1 && /^QH\d/.test(issuerCodes[0]))
    want = ["Luật", "Bộ luật", "Nghị quyết"];
  else if (typeAbbr === null && issuerCodes.length === 1 && /^UBTVQH\d/.test(issuerCodes[0]))
    want = ["Pháp lệnh", "Nghị quyết"];
  else return null;
  // back over "số" (and a comma before it) to the end of the name
  let i = at;
  while (i > 0 && (key[i - 1] === " " || key[i - 1] === "\n")) i--;
  if (i >= 2 && /^[Ss]ố$/.test(key.slice(i - 2, i)) && (i === 2 || !/\p{L}/u.test(key[i - 3]))) {
    i -= 2;
    while (i > 0 && (key[i - 1] === " " || key[i - 1] === "\n")) i--;
    if (i > 0 && key[i - 1] === ",") i--;
  }
  const from = Math.max(0, i - 120);
  const win = key.slice(from, i);
  const re = namedRe!;
  re.lastIndex = 0;
  let last: RegExpExecArray | null = null;
  for (let m = re.exec(win); m; m = re.exec(win)) last = m;
  if (!last) return null;
  const noun = last[0].replace(/\s+/g, " ");
  if (!want.includes(noun)) return null;
  if (!nameRe!.test(win.slice(last.index + last[0].length))) return null;
  const s = from + last.index;
  const outer = amendRe!.exec(key.slice(Math.max(0, s - 70), s));
  const t = documentTables();
  if (outer) return [s - outer[0].length, t.nounByKey.get(nounKey(outer[1]))!];
  return [s, t.nounByKey.get(nounKey(noun))!];
}

/**
 * The code's own type abbreviation written as the type before the number: "QĐ số 270/QĐ-TTg", "NQ
 * 18-NQ/TW". Returns its start and the type it stands for.
 */
function abbrBefore(
  key: string,
  at: number,
  typeAbbr: string | null,
  system: "party" | "state",
): [number, string] | null {
  if (!typeAbbr || typeAbbr === "QCVN") return null;
  const type = documentTables().typeByAbbr.get(`${system}:${typeAbbr}`);
  if (!type) return null;
  let i = at;
  while (i > 0 && key[i - 1] === " ") i--;
  if (i > 0 && key[i - 1] === ":") i--;
  while (i > 0 && key[i - 1] === " ") i--;
  if (i >= 2 && key.slice(i - 2, i) === "số" && i - 2 > 0 && key[i - 3] === " ") {
    i -= 2;
    while (i > 0 && key[i - 1] === " ") i--;
  }
  const s = i - typeAbbr.length;
  if (s < 0 || key.slice(s, i) !== typeAbbr || i === at) return null;
  if (s > 0 && /[\p{L}\d/-]/u.test(key[s - 1])) return null;
  return [s, type];
}

/**
 * The type noun written right before a number ("Nghị định số 138/...", "Thông báo Kết luận số 159-TB",
 * "Nghịđịnh số 45/..."): compares the letters before `at` (case and spaces ignored) with each noun, so no
 * regex runs over the window. Returns the noun's start and its table form.
 */
function nounBefore(key: string, at: number): [number, string] | null {
  const t = documentTables();
  // one hard line break may sit anywhere between the noun's first letter and the number ("Nghị định
  // số\n85/2021/NĐ-CP", "Nghị\nđịnh số 85/…"); parseArticle turns such a break into a blank line, so
  // "\n\n" counts as one too
  let breaks = 1;
  const back = (i: number): number => {
    while (i > 0 && key[i - 1] === " ") i--;
    if (breaks > 0 && i > 0 && key[i - 1] === "\n") {
      breaks--;
      i--;
      if (i > 0 && key[i - 1] === "\n") i--;
      while (i > 0 && key[i - 1] === " ") i--;
    }
    return i;
  };
  let i = back(at);
  if (i > 0 && key[i - 1] === ":") i = back(i - 1);
  const tail = key.slice(Math.max(0, i - 3), i).toLowerCase();
  if (tail.endsWith("số") && (i - 2 === 0 || !/\p{L}/u.test(key[i - 3]))) i = back(i - 2);
  // up to 30 letters before, spaces (and the one line break) dropped, with the offset of each letter kept
  const letters: string[] = [];
  const offsets: number[] = [];
  for (let j = i - 1; j >= 0 && letters.length < 30 && i - j < 45; j--) {
    const c = key[j];
    if (c === " ") continue;
    if (c === "\n") {
      if (letters.length === 0 || breaks === 0) break;
      j = back(j + 1);
      continue;
    }
    if (!/\p{L}/u.test(c)) break;
    letters.push(c.toLowerCase());
    offsets.push(j);
  }
  const joined = letters.reverse().join("");
  offsets.reverse();
  for (const noun of t.nouns) {
    const k = t.nounKeys.get(noun)!;
    if (!joined.endsWith(k)) continue;
    const s = offsets[joined.length - k.length];
    if (s > 0 && /[\p{L}\d]/u.test(key[s - 1])) continue;
    if (compoundBefore(key, s, k)) continue;
    return [s, noun];
  }
  return null;
}

/** How far before a type noun the words of a compound are looked for (document-compounds.tsv). */
const COMPOUND_REACH = 24;

/**
 * Whether the type noun starting at `s`, of key `noun` (see `nounKey`), is part of a compound that
 * cites nothing: "pháp luật" (the law in general, a newspaper's name), "mệnh lệnh" (an order),
 * "(Ban) quản lý dự án" (a project management board); the compounds are in
 * data/entities/document-compounds.tsv.
 */
function compoundBefore(key: string, s: number, noun: string): boolean {
  const re = documentTables().compoundsBefore.get(noun);
  return re?.test(key.slice(Math.max(0, s - COMPOUND_REACH), s)) === true;
}

function stripTerm(code: string): string {
  return code.replace(/\d+$/, "");
}

function termCode(code: string): boolean {
  const hit = documentTables().issuers.get(stripTerm(code));
  return !!hit && hit[2] === 1 && /\d$/.test(code);
}

function issuerFromCodes(codes: string[], all: boolean): string | null {
  const t = documentTables();
  const names: string[] = [];
  for (const c of all ? codes : codes.slice(0, 1)) {
    let hit = t.issuers.get(c);
    if (!hit) {
      const bare = t.issuers.get(stripTerm(c));
      if (bare && bare[2] === 1 && c !== stripTerm(c)) hit = bare;
    }
    if (!hit?.[0]) return null;
    if (!names.includes(hit[0])) names.push(hit[0]);
  }
  return names.length ? names.join(", ") : null;
}

/** The year of an issue date written right after a citation ("… 3782/QĐ-UBND ngày 20/11/2025"), or null. */
function yearAfter(key: string, end: number): number | null {
  const m = DATE_AFTER.exec(key.slice(end, end + 60));
  if (!m) return null;
  const day = Number(m[1] ?? m[4] ?? 1);
  const month = Number(m[2] ?? m[5] ?? 1);
  if (day < 1 || day > 31 || month < 1 || month > 12) return null;
  return Number(m[3] ?? m[6] ?? m[7]);
}

/**
 * The issuer named right after a citation: "... ngày 30/5/2019 của Bộ Chính trị"; a local council or
 * committee takes the place written after it, spelled out ("của UBND tỉnh Bắc Ninh" -> "Ủy ban nhân dân
 * tỉnh Bắc Ninh"), and "Chủ tịch UBND tỉnh" gives the committee, as "Bộ trưởng Bộ X" gives the ministry.
 */
function issuerFromText(text: string, key: string, end: number): string | null {
  const m = issuerAfterRe!.exec(key.slice(end, end + 160));
  if (!m) return null;
  const at = end + m.index + m[0].length - m[1].length;
  let raw = text.slice(at, at + m[1].length);
  const nameEnd = at + m[1].length;
  if (LEVEL_END.test(raw)) {
    const p = PLACE_AFTER.exec(key.slice(nameEnd, nameEnd + 60));
    if (p) raw = `${raw} ${text.slice(nameEnd + p[0].length - p[1].length, nameEnd + p[0].length)}`;
  }
  return canonicalIssuer(raw);
}

function canonicalIssuer(raw: string): string {
  const t = documentTables();
  return raw
    .split(/\s*,\s*/)
    .map((part) => {
      const named = t.nameByKey.get(nounKey(part)) ?? part.replace(/\s+/g, " ");
      // a local council or committee is spelled out (annotation: canonical forms spell out abbreviations)
      return named.replace(/^UBND(?= )/u, "Ủy ban nhân dân").replace(/^HĐND(?= )/u, "Hội đồng nhân dân");
    })
    .join(", ");
}

function overlaps(taken: Uint8Array, s: number, e: number): boolean {
  for (let i = s; i < e; i++) if (taken[i]) return true;
  return false;
}

// types cited by bare number ("Chỉ thị 35", "công văn 999"); the others need "số" ("Kế hoạch số 47")
const CORE =
  /^(Nghị quyết|Chỉ thị|Kết luận|Quy định|Nghị định|Quyết định|Thông tư|Thông tư liên tịch|Hướng dẫn|Thông báo kết luận|Thông tri|Công văn|Tờ trình|Công điện)$/;
// nouns that are also verbs: written in lower case before a bare number they are the verb ("Nghị định
// quy định 14 đối tượng", "Điều 5 quyết định 3 việc", "kết luận 2 vấn đề")
const VERB = /^(?:quy\s*định|quyết\s*định|hướng\s*dẫn|kết\s*luận)$/;
const UNIT_AFTER = keyedRegExp(
  String.raw`^\s{0,2}(?:%|phần|năm(?!\s+\d{4})|tháng|tuần|quý|ngày(?!\s+\d)|giờ|phút|lần|người|tỷ|triệu|nghìn|ngàn|đồng|điểm|tuổi|km|ha|điều(?!\s{1,2}(?:chỉnh|hành|tra|kiện|động|phối|trị|hòa|tiết|khiển|lệ|độ)(?!\p{L}))|khoản|mục|chương|trang|bước|nội dung|nhiệm vụ|giải pháp|nhóm|vấn đề)(?!\p{L})`,
  "iu",
);

/** One informal citation head, found from a number backwards. */
interface InformalHead {
  /** Start of the type noun. */
  start: number;
  /** The noun as written. */
  noun: string;
  /** Its key (see `nounKey`). */
  nounKey: string;
  /** "số" written between noun and number. */
  hasSo: boolean;
  /** The number as written. */
  num: string;
  /** End of the citation (past a "/YEAR" or a plenum's "khóa X"). */
  end: number;
  /** A plenum resolution ("Nghị quyết Trung ương 4 khóa XII"). */
  plenum: boolean;
  /** The year of a "NUMBER/YEAR" citation ("Nghị định 86/2024"). */
  year: number | null;
}

function findInformal(text: string, key: string, out: DocumentEntity[], taken: Uint8Array): void {
  const t = documentTables();
  for (const h of informalHeads(key)) {
    const start = h.start;
    const table = t.nounByKey.get(h.nounKey);
    if (!table) continue;
    if (h.plenum) {
      // plenum resolution: "Nghị quyết Trung ương 4 khóa XII"
      if (!/^Nghị\s*quyết$/i.test(h.noun)) continue;
      if (overlaps(taken, start, h.end)) continue;
      const docType = asWritten(key, start, table);
      out.push({
        kind: "document",
        start,
        end: h.end,
        text: text.slice(start, h.end),
        docType,
        number: h.num,
        issuer: "Ban Chấp hành Trung ương Đảng",
        system: "party",
      });
      taken.fill(1, start, h.end);
      continue;
    }
    let end = h.end;
    if (overlaps(taken, start, end)) continue;
    if (!h.hasSo) {
      if (!CORE.test(table) || VERB.test(h.noun)) continue;
      if (/^(19|20)\d\d$/.test(h.num)) continue;
    }
    if (UNIT_AFTER.test(key.slice(end, end + 20))) continue;
    const items: [number, number][] = [[start, end]];
    // "35 và 45", "35, 36 và 45"
    const listRe = /^(?:\s{0,2},\s{0,2}|\s{1,2}và\s{1,2})(\d{1,5})(?![\d/]|\s?-\s?[A-ZĐ\d])/u;
    for (;;) {
      if (h.year !== null) break;
      const lm = listRe.exec(key.slice(end, end + 20));
      if (!lm) break;
      const s = end + lm[0].length - lm[1].length;
      const e = s + lm[1].length;
      if (UNIT_AFTER.test(key.slice(e, e + 20))) break;
      items.push([s, e]);
      end = e;
    }
    const issuer = issuerFromText(text, key, end);
    if (items.length > 1 && !issuer && !h.hasSo && !CORE.test(table)) continue;
    const docType = asWritten(key, start, table);
    for (const [s, e] of items) {
      const doc: DocumentEntity = {
        kind: "document",
        start: s,
        end: e,
        text: text.slice(s, e),
        docType,
        number: s === start ? h.num : text.slice(s, e),
        issuer,
        system: issuer ? systemOf(issuer) : null,
      };
      if (h.year !== null) doc.year = h.year;
      out.push(doc);
    }
    taken.fill(1, start, end);
  }
}

/** By code unit: 0 not asked yet, 1 a letter a type noun, "số" or "TW" can end with (any case) or ":", 2 not. */
const HEAD_FINAL = new Uint8Array(65536);

function endsHead(c: number): boolean {
  if (HEAD_FINAL[c] === 0)
    HEAD_FINAL[c] = documentTables().headFinals.has(String.fromCharCode(c).toLowerCase()) ? 1 : 2;
  return HEAD_FINAL[c] === 1;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** A horizontal space (the class table's U_SPACE: a space, a tab, a no-break space, …; no line break). */
function isInlineSpace(c: number): boolean {
  return c === 32 || unicodeClass(c) === U_SPACE;
}

/**
 * The words a head can end with right before its number, in lower case and match-key form: each
 * type noun's last word, "số", and the last word of "Trung ương", "TW", "T.Ư" and "TƯ" ("ư" ends
 * "TƯ" too); with the lengths among them.
 */
let headWords: { words: Set<string>; lengths: number[] } | null = null;

/**
 * Whether the text that ends at `j` ends with a word a head ends with (see headWords): a test
 * before the head's regex, which most numbers ("tháng 3", "năm 2024") fail. Type nouns may be
 * written without their spaces ("Nghịquyết"), so only the text's end is compared.
 */
function endsHeadWord(key: string, j: number): boolean {
  if (!headWords) {
    const words = new Set(
      [...documentTables().nouns, "số", "Trung ương", "TƯ", "TW", "ư"].map(
        (n) => matchKey(n).toLowerCase().split(" ").at(-1) as string,
      ),
    );
    headWords = { words, lengths: [...new Set([...words].map((w) => w.length))] };
  }
  for (const n of headWords.lengths) {
    if (n <= j + 1 && headWords.words.has(key.slice(j + 1 - n, j + 1).toLowerCase())) return true;
  }
  return false;
}

/** How far before its number a head is looked for, in code units. */
const HEAD_WINDOW = 56;

/**
 * Whether a head can end right before the number at `at`, by cheap tests: past up to four spaces
 * (tabs and no-break spaces count, line breaks do not), a ":" or a letter a type noun, "số" or "TW"
 * can end with, and the word there one a head ends with. Every head {@link headBefore} finds with no
 * line break before its number passes them (a property test holds them to it; one the regex would
 * find across a line break does not, as it never did);
 * most numbers fail them, and the head's regex is not run for those.
 *
 * @param key - the text's match key
 * @param at - where a number starts
 * @returns false when no head ends there
 * @example
 * ```ts
 * import { mayEndHead } from "./find-documents";
 * [mayEndHead("Nghị quyết số 18", 14), mayEndHead("tháng 3", 6)];
 * //=> [true, false]
 * ```
 */
export function mayEndHead(key: string, at: number): boolean {
  let j = at - 1;
  // the head's regex allows up to four: "số", two, no ":", two
  for (let n = 0; n < 4 && j >= 0 && isInlineSpace(key.charCodeAt(j)); n++) j--;
  if (j < 0 || !endsHead(key.charCodeAt(j))) return false;
  return key.charCodeAt(j) === 58 || endsHeadWord(key, j);
}

/**
 * The informal citation head (type noun, "số", "Trung ương") that ends right before the number
 * at `at`, read from the HEAD_WINDOW code units before it: the match of the head's regex in that
 * window (its index counted from the window's start), or null.
 *
 * @param key - the text's match key
 * @param at - where a number starts
 * @returns the match, or null
 * @example
 * ```ts
 * import { headBefore } from "./find-documents";
 * headBefore("theo Nghị quyết số 18", 19)?.[1];
 * //=> "Nghị quyết"
 * ```
 */
export function headBefore(key: string, at: number): RegExpExecArray | null {
  regexes();
  return headRe!.exec(key.slice(Math.max(0, at - HEAD_WINDOW), at));
}

/** Informal citation heads, found from the numbers backwards. */
function* informalHeads(key: string): Generator<InformalHead> {
  // test, not exec: most numbers fail the gate below, and test makes no match array
  NUMBER_START.lastIndex = 0;
  while (NUMBER_START.test(key)) {
    const at = NUMBER_START.lastIndex - 1;
    if (!mayEndHead(key, at)) continue;
    let numEnd = at + 1;
    while (numEnd < at + 5 && isDigit(key.charCodeAt(numEnd))) numEnd++;
    const from = Math.max(0, at - HEAD_WINDOW);
    const hm = headBefore(key, at);
    if (!hm) continue;
    const start = from + hm.index + hm[0].indexOf(hm[1]);
    const noun = hm[1];
    const nk = nounKey(noun);
    if (compoundBefore(key, start, nk)) continue;
    const num = key.slice(at, numEnd);
    const after = key.slice(numEnd, numEnd + 24);
    const hasSo = !!hm[2];
    if (hm[3] !== undefined) {
      if (num.length > 2 || /^\d/.test(after)) continue;
      const tail = plenumTailRe!.exec(after)![0];
      yield { start, noun, nounKey: nk, hasSo, num, end: numEnd + tail.length, plenum: true, year: null };
      continue;
    }
    const ym = YEAR_AFTER.exec(after);
    if (ym) {
      yield {
        start,
        noun,
        nounKey: nk,
        hasSo,
        num,
        end: numEnd + ym[0].length,
        plenum: false,
        year: Number(ym[1]),
      };
      continue;
    }
    if (NOT_CODE_AFTER.test(after)) continue;
    yield { start, noun, nounKey: nk, hasSo, num, end: numEnd, plenum: false, year: null };
  }
}

function systemOf(issuer: string): "party" | "state" | null {
  const t = documentTables();
  const first = issuer.split(", ")[0];
  const s =
    t.systemByName.get(nounKey(first)) ??
    (/^(?:Ủy ban nhân dân|Hội đồng nhân dân) /u.test(first) ? "state" : undefined);
  return s === "party" || s === "state" ? s : null;
}

/** Informal citations take the issuer and system of a formal citation of the same type and number. */
function resolveReferences(docs: DocumentEntity[]): void {
  // the first formal citation of each type and number, looked up once per document (linear)
  const formals = new Map<string, DocumentEntity>();
  for (const f of docs) {
    const k = `${nounKey(f.docType ?? "")}\u0000${f.number}`;
    if (f.code && !formals.has(k)) formals.set(k, f);
  }
  for (const d of docs) {
    if (d.code || (d.issuer && d.system)) continue;
    const formal = formals.get(`${nounKey(d.docType ?? "")}\u0000${d.number}`);
    if (!formal || (d.year && formal.year && d.year !== formal.year)) continue;
    if (!d.issuer) d.issuer = formal.issuer;
    if (!d.system) d.system = formal.system;
  }
}
