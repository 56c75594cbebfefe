import { expectString } from "../../core/validate";
import type { DocumentEntity } from "../../core/types";
import { keyedRegExp, matchKey } from "../match-key";
import { documentTables, nounKey } from "./document-tables";

// One code group: an upper-case letter, then letters, then an optional term number ("QH14", "TTg", "QĐi").
const GROUP = "[A-ZĐƯ][A-Za-zĐđƯư]{0,11}\\d{0,3}";
// Party: NUMBER - TYPE / ISSUER(-PART)*; spaces around separators tolerated ("367 - QĐ/TWĐTN-VP").
const PARTY = `(?<![\\d/])(\\d{1,5})( ?- ?)(${GROUP}) ?/ ?(${GROUP}(?:-${GROUP}){0,3})`;
// State: NUMBER[/YEAR]/TYPE-ISSUER... ("138/2020/NĐ-CP", "1234/QĐ-TTg", "59/2020/QH14", "10/2016/QĐ- TTg").
const STATE = `(?<![\\d/])(\\d{1,5}) ?/ ?(?:((?:19|20)\\d\\d) ?[/-] ?)?(${GROUP}(?:- ?${GROUP}){0,4})`;

let formalRe: RegExp | null = null;
let nounBeforeRe: RegExp | null = null;
let informalRe: RegExp | null = null;
let issuerAfterRe: RegExp | null = null;

function regexes(): void {
  if (formalRe) return;
  const t = documentTables();
  formalRe = keyedRegExp(`${PARTY}|${STATE}`, "g");
  // the type noun right before a number: "Nghị định số 138/...", "Chỉ thị số: 35-...", "Quy định 301-..."
  nounBeforeRe = keyedRegExp(`(?:^|[^\\p{L}])(${t.nounSource})\\s{0,2}(?:số\\s{0,2}:?\\s{0,2})?$`, "iu");
  // informal citations: "Chỉ thị 35", "Nghị quyết số 18", "Chỉ thị 35 và 45", "Nghị quyết Trung ương 4 khóa XII"
  informalRe = keyedRegExp(
    `(?<![\\p{L}\\d])(${t.nounSource})(?:\\s{1,2}(số)\\s{0,2}:?\\s{0,2}|\\s{1,2})(?:((?:Hội\\s+nghị\\s+)?(?:Trung\\s+ương|T\\.\\s?Ư|TƯ|TW)\\s?)(\\d{1,2})((?:\\s{0,2}[,(]?\\s{0,2}khóa\\s+[IVXLC\\d]{1,6}\\)?)?)|(\\d{1,5})(?![\\d/]|\\s?-\\s?[A-ZĐ\\d]|\\.\\d|,\\d))`,
    "giu",
  );
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
  const taken: [number, number][] = [];
  if (/\d ?[/-] ?[A-ZĐƯ]|\d ?\/ ?(?:19|20)\d\d/.test(key)) findFormal(text, key, out, taken);
  findInformal(text, key, out, taken);
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  resolveReferences(out);
  return out;
}

function findFormal(text: string, key: string, out: DocumentEntity[], taken: [number, number][]): void {
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
    if (m[1] !== undefined) {
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
    const before = key.slice(Math.max(0, codeStart - 40), codeStart);
    const nb = nounBeforeRe!.exec(before);
    if (nb) {
      // nb[0] may begin with one non-letter char; find where the noun itself begins
      start = codeStart - before.length + nb.index + nb[0].indexOf(nb[1]);
      docType = t.nounByKey.get(nounKey(nb[1])) ?? null;
    }
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
    taken.push([start, codeEnd]);
  }
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
      const k = nounKey(part);
      return t.names.find(([n]) => nounKey(n) === k)?.[0] ?? part.replace(/\s+/g, " ");
    })
    .join(", ");
}

function overlaps(taken: [number, number][], s: number, e: number): boolean {
  for (const [a, b] of taken) if (s < b && a < e) return true;
  return false;
}

const CORE =
  /^(Nghị quyết|Chỉ thị|Kết luận|Quy định|Nghị định|Quyết định|Thông tư|Hướng dẫn|Thông báo kết luận|Thông tri)$/;
const UNIT_AFTER = keyedRegExp(
  String.raw`^\s{0,2}(?:%|phần|năm(?!\s+\d{4})|tháng|tuần|quý|ngày(?!\s+\d)|giờ|phút|lần|người|tỷ|triệu|nghìn|ngàn|đồng|điểm|tuổi|km|ha|điều|khoản|mục|chương|trang|bước|nội dung|nhiệm vụ|giải pháp|nhóm|vấn đề)(?!\p{L})`,
  "iu",
);

function findInformal(text: string, key: string, out: DocumentEntity[], taken: [number, number][]): void {
  const t = documentTables();
  const re = informalRe!;
  re.lastIndex = 0;
  for (let m = re.exec(key); m; m = re.exec(key)) {
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
      taken.push([start, end]);
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
    taken.push([start, end]);
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
  for (const d of docs) {
    if (d.code || (d.issuer && d.system)) continue;
    const formal = docs.find((f) => f.code && f.docType === d.docType && f.number === d.number);
    if (!formal) continue;
    if (!d.issuer) d.issuer = formal.issuer;
    if (!d.system) d.system = formal.system;
  }
}
