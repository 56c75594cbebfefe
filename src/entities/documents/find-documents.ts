import { expectString } from "../../core/validate";
import type { DocumentEntity } from "../../core/types";
import { keyedRegExp, matchKey } from "../match-key";
import { documentTables, nounKey } from "./document-tables";

// One code group: an upper-case letter, then letters, then an optional term number ("QH14", "TTg", "QĐi").
const GROUP = "[A-ZĐƯ][A-Za-zĐđƯư]{0,11}\\d{0,3}";
// Party: NUMBER - TYPE / ISSUER(-PART)*; spaces around separators tolerated ("367 - QĐ/TWĐTN-VP").
// (a number's first digit carries the lookbehind, so the engine scans for digits fast)
const LEAD_NUM = "(\\d(?<![\\d/]\\d)\\d{0,4})";
const PARTY = `${LEAD_NUM}( ?- ?)(${GROUP}) ?/ ?(${GROUP}(?:-${GROUP}){0,3})`;
// State: NUMBER[/YEAR]/TYPE-ISSUER... ("138/2020/NĐ-CP", "1234/QĐ-TTg", "59/2020/QH14", "10/2016/QĐ- TTg").
const STATE = `${LEAD_NUM} ?/ ?(?:((?:19|20)\\d\\d) ?[/-] ?)?(${GROUP}(?:- ?${GROUP}){0,4})`;

// Party number without the issuer, as news often writes it ("Thông báo Kết luận số 159-TB"); only after a noun.
const SHORT = `${LEAD_NUM}-([A-ZĐ][A-Za-zĐđ]{0,4})(?![\\p{L}\\d/-])`;

let formalRe: RegExp | null = null;
let headRe: RegExp | null = null;
let plenumTailRe: RegExp | null = null;
const NUMBER_RE = /\d(?<!\d\d)\d{0,4}/g;
const NOT_CODE_AFTER = /^(?:[\d/]|\s?-\s?[A-ZĐ\d]|\.\d|,\d)/;
let issuerAfterRe: RegExp | null = null;

function regexes(): void {
  if (formalRe) return;
  const t = documentTables();
  formalRe = keyedRegExp(`${PARTY}|${STATE}|${SHORT}`, "gu");
  // the type noun right before a number: "Nghị định số 138/...", "Chỉ thị số: 35-...", "Quy định 301-..."
  // informal citations, read backwards from each number: "Chỉ thị 35", "Nghị quyết số 18",
  // "Nghị quyết Trung ương 4 khóa XII" (the number itself is checked by the caller)
  headRe = keyedRegExp(
    `(?:^|[^\\p{L}\\d])(${t.nounSourceCased})(?:\\s{1,2}([Ss]ố)\\s{0,2}:?\\s{0,2}|\\s{1,2})((?:[Hh]ội\\s{1,2}nghị\\s{1,2})?(?:[Tt]rung\\s{1,2}ương|T\\.\\s?Ư|TƯ|TW)\\s?)?$`,
    "u",
  );
  plenumTailRe = keyedRegExp("^(?:\\s{0,2}[,(–-]?\\s{0,2}khóa\\s{1,2}[IVXLC\\d]{1,6}\\)?)?", "u");
  issuerAfterRe = keyedRegExp(
    `^(?:\\*\\*)?\\s{0,2}\\)?(?:,?\\s{0,2}\\(?ngày\\s{1,2}[\\d/.-]{3,10}\\)?|,?\\s{0,2}\\(?ngày\\s{1,2}\\d{1,2}\\s+tháng\\s+\\d{1,2}\\s+năm\\s+\\d{4}\\)?)?\\s{0,2},?\\s{0,2}(?:\\*\\*)?\\s{0,2}của\\s{1,2}(?:Bộ\\s+trưởng\\s+)?((?:${t.nameSource})(?:\\s{0,2},\\s{0,2}(?:${t.nameSource}))?)`,
    "u",
  );
}

/**
 * Finds cited Party and state documents: formal numbers ("35-CT/TW", "138/2020/NĐ-CP", "2457/UBND-VX"),
 * with the type noun in front where written ("Nghị định số 138/2020/NĐ-CP"), and informal citations
 * that carry a number ("Chỉ thị 35 và 45 của Bộ Chính trị" gives two). Fields follow annotation
 * convention 5: docType as written, number as written, code verbatim, issuer from the text, else from
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
  if (!/\d/.test(text)) return [];
  regexes();
  const key = matchKey(text);
  const out: DocumentEntity[] = [];
  // Positions of the key already covered by a citation: checking a short span costs its length, so
  // the whole pass stays linear however many citations there are.
  const taken = new Uint8Array(key.length + 1);
  if (/\d ?[/-] ?[A-ZĐƯ]|\d ?\/ ?(?:19|20)\d\d/.test(key)) findFormal(text, key, out, taken);
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
    const codeStart = m.index;
    const codeEnd = m.index + m[0].length;
    let system: "party" | "state";
    let number: string;
    let typeAbbr: string | null = null;
    let issuerCodes: string[] = [];
    let year: number | null = null;
    if (m[8] !== undefined) {
      if (!t.abbrs.has(m[9])) continue;
      system = "party";
      number = m[8];
      typeAbbr = m[9];
    } else if (m[1] !== undefined) {
      // party: the type must be a known abbreviation
      if (!t.abbrs.has(m[3])) {
        re.lastIndex = m.index + m[1].length;
        continue;
      }
      system = "party";
      number = m[1];
      typeAbbr = m[3];
      issuerCodes = [m[4].split("-")[0]];
    } else {
      system = "state";
      number = m[5];
      year = m[6] ? Number(m[6]) : null;
      const groups = m[7].split(/- ?/);
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
            re.lastIndex = m.index + m[5].length;
            continue;
          }
        }
      }
    }
    const code = text.slice(codeStart, codeEnd);
    // the noun in front
    let start = codeStart;
    let docType: string | null = null;
    const nb = nounBefore(key, codeStart);
    if (nb) [start, docType] = nb;
    if (!nb && m[8] !== undefined) continue;
    if (!docType && typeAbbr) docType = t.typeByAbbr.get(`${system}:${typeAbbr}`) || null;
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
 * The type noun written right before a number ("Nghị định số 138/...", "Thông báo Kết luận số 159-TB",
 * "Nghịđịnh số 45/..."): compares the letters before `at` (case and spaces ignored) with each noun, so no
 * regex runs over the window. Returns the noun's start and its table form.
 */
function nounBefore(key: string, at: number): [number, string] | null {
  const t = documentTables();
  let i = at;
  while (i > 0 && key[i - 1] === " ") i--;
  if (i > 0 && key[i - 1] === ":") i--;
  while (i > 0 && key[i - 1] === " ") i--;
  const tail = key.slice(Math.max(0, i - 3), i).toLowerCase();
  if (tail.endsWith("số") && (i - 2 === 0 || !/\p{L}/u.test(key[i - 3]))) {
    i -= 2;
    while (i > 0 && key[i - 1] === " ") i--;
  }
  // up to 30 letters before, spaces dropped, with the offset of each letter kept
  const letters: string[] = [];
  const offsets: number[] = [];
  for (let j = i - 1; j >= 0 && letters.length < 30 && i - j < 45; j--) {
    const c = key[j];
    if (c === " ") continue;
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
    return [s, noun];
  }
  return null;
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

/** The issuer named right after a citation: "... ngày 30/5/2019 của Bộ Chính trị". */
function issuerFromText(text: string, key: string, end: number): string | null {
  const m = issuerAfterRe!.exec(key.slice(end, end + 160));
  if (!m) return null;
  const at = end + m.index + m[0].length - m[1].length;
  return canonicalIssuer(text.slice(at, at + m[1].length));
}

function canonicalIssuer(raw: string): string {
  const t = documentTables();
  return raw
    .split(/\s*,\s*/)
    .map((part) => {
      return t.nameByKey.get(nounKey(part)) ?? part.replace(/\s+/g, " ");
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
const UNIT_AFTER = keyedRegExp(
  String.raw`^\s{0,2}(?:%|phần|năm(?!\s+\d{4})|tháng|tuần|quý|ngày(?!\s+\d)|giờ|phút|lần|người|tỷ|triệu|nghìn|ngàn|đồng|điểm|tuổi|km|ha|điều|khoản|mục|chương|trang|bước|nội dung|nhiệm vụ|giải pháp|nhóm|vấn đề)(?!\p{L})`,
  "iu",
);

function findInformal(text: string, key: string, out: DocumentEntity[], taken: Uint8Array): void {
  const t = documentTables();
  for (const m of informalMatches(key)) {
    const start = m.index;
    const nounRaw = m[1];
    const docType = t.nounByKey.get(nounKey(nounRaw)) ?? null;
    if (!docType) continue;
    const hasSo = !!m[2];
    if (m[4] !== undefined) {
      // plenum resolution: "Nghị quyết Trung ương 4 khóa XII"
      if (!/^Nghị\s*quyết$/i.test(nounRaw)) continue;
      const end = start + m[0].length;
      if (overlaps(taken, start, end)) continue;
      out.push({
        kind: "document",
        start,
        end,
        text: text.slice(start, end),
        docType,
        number: m[4],
        issuer: "Ban Chấp hành Trung ương Đảng",
        system: "party",
      });
      taken.fill(1, start, end);
      continue;
    }
    const num = m[6];
    const numStart = start + m[0].length - num.length;
    let end = numStart + num.length;
    if (overlaps(taken, start, end)) continue;
    if (!hasSo) {
      if (!CORE.test(docType)) continue;
      if (/^(19|20)\d\d$/.test(num)) continue;
    }
    if (UNIT_AFTER.test(key.slice(end, end + 20))) continue;
    const items: [number, number][] = [[start, end]];
    // "35 và 45", "35, 36 và 45"
    const listRe = /^(?:\s{0,2},\s{0,2}|\s{1,2}và\s{1,2})(\d{1,5})(?![\d/]|\s?-\s?[A-ZĐ\d])/u;
    for (;;) {
      const lm = listRe.exec(key.slice(end, end + 20));
      if (!lm) break;
      const s = end + lm[0].length - lm[1].length;
      const e = s + lm[1].length;
      if (UNIT_AFTER.test(key.slice(e, e + 20))) break;
      items.push([s, e]);
      end = e;
    }
    const issuer = issuerFromText(text, key, end);
    if (items.length > 1 && !issuer && !hasSo && !CORE.test(docType)) continue;
    for (const [s, e] of items) {
      const number = text.slice(s === start ? numStart : s, e);
      out.push({
        kind: "document",
        start: s,
        end: e,
        text: text.slice(s, e),
        docType,
        number,
        issuer,
        system: issuer ? systemOf(issuer) : null,
      });
    }
    taken.fill(1, start, end);
  }
}

/** Informal citation heads, found from the numbers backwards; shaped like the match of one regex. */
function* informalMatches(key: string): Generator<RegExpExecArray> {
  NUMBER_RE.lastIndex = 0;
  for (let n = NUMBER_RE.exec(key); n; n = NUMBER_RE.exec(key)) {
    const at = n.index;
    // cheap gate: the letter before the number (past up to two spaces) must end a noun, "số" or "TW"
    let j = at - 1;
    if (j >= 0 && key[j] === " ") j--;
    if (j >= 0 && key[j] === " ") j--;
    if (j < 0 || !documentTables().headFinals.has(key[j].toLowerCase())) continue;
    const from = Math.max(0, at - 56);
    const hm = headRe!.exec(key.slice(from, at));
    if (!hm) continue;
    const start = from + hm.index + hm[0].indexOf(hm[1]);
    const num = n[0];
    const after = key.slice(at + num.length, at + num.length + 24);
    let full: string;
    let parts: (string | undefined)[];
    if (hm[3] !== undefined) {
      if (num.length > 2 || /^\d/.test(after)) continue;
      const tail = plenumTailRe!.exec(after)![0];
      full = key.slice(start, at + num.length + tail.length);
      parts = [full, hm[1], hm[2], hm[3], num, tail, undefined];
    } else {
      if (NOT_CODE_AFTER.test(after)) continue;
      full = key.slice(start, at + num.length);
      parts = [full, hm[1], hm[2], undefined, undefined, undefined, num];
    }
    const m = parts as unknown as RegExpExecArray;
    m.index = start;
    yield m;
  }
}

function systemOf(issuer: string): "party" | "state" | null {
  const t = documentTables();
  const first = issuer.split(", ")[0];
  const s = t.systemByName.get(nounKey(first));
  return s === "party" || s === "state" ? s : null;
}

/** Informal citations take the issuer and system of a formal citation of the same type and number. */
function resolveReferences(docs: DocumentEntity[]): void {
  // the first formal citation of each type and number, looked up once per document (linear)
  const formals = new Map<string, DocumentEntity>();
  for (const f of docs) {
    const k = `${f.docType}\u0000${f.number}`;
    if (f.code && !formals.has(k)) formals.set(k, f);
  }
  for (const d of docs) {
    if (d.code || (d.issuer && d.system)) continue;
    const formal = formals.get(`${d.docType}\u0000${d.number}`);
    if (!formal) continue;
    if (!d.issuer) d.issuer = formal.issuer;
    if (!d.system) d.system = formal.system;
  }
}
