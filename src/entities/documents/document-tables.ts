import { DOCUMENT_COMPOUNDS, DOCUMENT_TYPES, ISSUER_CODES, ISSUER_NAMES } from "../_data/documents";
import { keyedRegExp, matchKey } from "../match-key";

/**
 * Lookup tables over the generated document data, built once on first use.
 *
 * @example
 * ```ts
 * import { findDocuments } from "vietnews";
 * findDocuments("Quyết định 1234/QĐ-TTg")[0].issuer;
 * //=> "Thủ tướng Chính phủ"
 * ```
 */
export interface DocumentTables {
  /** Type nouns, longest first, as written in the table. */
  nouns: string[];
  /** Regex source matching any type noun (spaces inside a noun may be missing). */
  nounSource: string;
  /** The same with either case on the first letter, for regexes without the `i` flag. */
  nounSourceCased: string;
  /** Key (lower-case, no spaces) of each noun. */
  nounKeys: Map<string, string>;
  /** Canonical noun by its key (lower-case, no spaces). */
  nounByKey: Map<string, string>;
  /** Type noun for a code abbreviation in one system, or "" when ambiguous. */
  typeByAbbr: Map<string, string>;
  /** Every known type abbreviation. */
  abbrs: Set<string>;
  /** Issuer code -> [issuer or "", system, term flag]. */
  issuers: Map<string, [string, string, number]>;
  /** Issuer names, longest first, with their system. */
  names: [string, string][];
  /** Regex source matching any issuer name. */
  nameSource: string;
  /** Issuer name by its key. */
  nameByKey: Map<string, string>;
  /** Lower-case letters that can end the words before a cited number (a noun, "số", "TW", "Trung ương", ":"). */
  headFinals: Set<string>;
  /** System of an issuer name by its key. */
  systemByName: Map<string, string>;
  /**
   * By a type noun's key, the words that make a compound with it when written right before it
   * ("pháp luật", "quản lý dự án"): a pattern over the text before the noun, either case.
   */
  compoundsBefore: Map<string, RegExp>;
}

let tables: DocumentTables | null = null;

/**
 * The key under which nouns and issuer names are compared: match key, lower case, no spaces.
 *
 * @param s - a noun or name as written.
 * @returns its key.
 * @example
 * ```ts
 * import { findDocuments } from "vietnews";
 * findDocuments("Nghịđịnh số 45/2012/NĐ-CP")[0].docType;
 * //=> "Nghị định"
 * ```
 */
export function nounKey(s: string): string {
  return matchKey(s).toLowerCase().replace(/\s+/g, "");
}

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * The document lookup tables (type nouns, abbreviations, issuer codes and names), built lazily once.
 *
 * @returns the tables.
 * @example
 * ```ts
 * import { findDocuments } from "vietnews";
 * findDocuments("Nghị định số 138/2020/NĐ-CP")[0].issuer;
 * //=> "Chính phủ"
 * ```
 */
export function documentTables(): DocumentTables {
  if (tables) return tables;
  const nouns = [...new Set(DOCUMENT_TYPES.map(([t]) => t))].sort((a, b) => b.length - a.length);
  const nounSource = nouns.map((n) => matchKey(n).split(" ").map(escapeRegex).join("\\s*")).join("|");
  const nounSourceCased = nouns
    .map((n) => {
      const lo = n[0].toLowerCase();
      const up = n[0].toUpperCase();
      return `[${up}${lo}]${matchKey(n.slice(1)).split(" ").map(escapeRegex).join("\\s*")}`;
    })
    .join("|");
  const nounByKey = new Map(nouns.map((n) => [nounKey(n), n]));
  const nounKeys = new Map(nouns.map((n) => [n, nounKey(n)]));
  const typeByAbbr = new Map<string, string>();
  const abbrs = new Set<string>();
  for (const [type, list, systems] of DOCUMENT_TYPES) {
    for (const a of list) {
      abbrs.add(a);
      for (const sys of systems === "both" ? ["party", "state"] : [systems]) {
        const key = `${sys}:${a}`;
        const prev = typeByAbbr.get(key);
        // the first row that uses an abbreviation is its plain reading; a later distinct type makes it ambiguous
        if (prev === undefined) typeByAbbr.set(key, type);
        else if (prev !== type && !type.startsWith(prev)) typeByAbbr.set(key, "");
      }
    }
  }
  const issuers = new Map<string, [string, string, number]>();
  for (const [code, issuer, system, term] of ISSUER_CODES) issuers.set(code, [issuer, system, term]);
  const names = new Map<string, string>();
  for (const [n, s] of ISSUER_NAMES) names.set(n, s);
  for (const [, issuer, system] of ISSUER_CODES) if (issuer && !names.has(issuer)) names.set(issuer, system);
  const nameList = [...names].sort((a, b) => b[0].length - a[0].length);
  const nameSource = nameList.map(([n]) => escapeRegex(matchKey(n)).replace(/ /g, "\\s+")).join("|");
  const systemByName = new Map(nameList.map(([n, s]) => [nounKey(n), s]));
  const nameByKey = new Map(nameList.map(([n]) => [nounKey(n), n]));
  const headFinals = new Set([
    ...nouns.map((n) => matchKey(n).slice(-1).toLowerCase()),
    "ố",
    "w",
    "ư",
    "g",
    ":",
  ]);
  const wordsBefore = new Map<string, string[]>();
  for (const [before, noun] of DOCUMENT_COMPOUNDS) {
    const k = nounKey(noun);
    wordsBefore.set(k, [...(wordsBefore.get(k) ?? []), escapeRegex(before).replace(/ /g, "\\s{1,2}")]);
  }
  const compoundsBefore = new Map(
    [...wordsBefore].map(([k, words]) => [
      k,
      keyedRegExp(`(?:^|[^\\p{L}])(?:${words.join("|")})\\s{1,2}$`, "iu"),
    ]),
  );
  tables = {
    nouns,
    nounSource,
    nounSourceCased,
    nounKeys,
    nounByKey,
    compoundsBefore,
    typeByAbbr,
    abbrs,
    issuers,
    names: nameList,
    nameSource,
    systemByName,
    nameByKey,
    headFinals,
  };
  return tables;
}
