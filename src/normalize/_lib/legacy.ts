/**
 * Decoders for the legacy Vietnamese encodings. Every decoder takes the text as it shows when the
 * legacy bytes are read as Windows-1252 (what old pages and mis-declared files look like); bytes
 * are first turned into that reading by {@link read1252}. Tables load lazily, once per process.
 */
import { CP1258, TCVN3, TCVN3_IN_WORDS, VIQR, VISCII, VNI, WINDOWS_1252_HIGH } from "../_data/legacy-tables";
import { vowelInfo } from "./letters";
import { isWellFormedSyllable } from "./syllable-check";

interface Tables {
  tcvn3: Map<number, string>;
  tcvn3InWords: Map<number, string>;
  viscii: Map<number, string>;
  cp1258: Map<number, string>;
  /** VNI by (first code << 16 | second code), or the code of a one-character sequence. */
  vni: Map<number, string>;
  viqr: Map<string, string>;
  byteOf: Map<number, number>;
}
let tables: Tables | null = null;

function load(): Tables {
  const single = (pairs: readonly (readonly [string, string])[]) =>
    new Map(pairs.filter(([l]) => l.length === 1).map(([l, u]) => [l.charCodeAt(0), u] as [number, string]));
  const byteOf = new Map<number, number>();
  for (let b = 0; b < 0x20; b++) byteOf.set(WINDOWS_1252_HIGH.charCodeAt(b), 0x80 + b);
  tables = {
    tcvn3: single(TCVN3),
    tcvn3InWords: single(TCVN3_IN_WORDS),
    viscii: single(VISCII),
    cp1258: single(CP1258),
    vni: new Map(
      VNI.map(([l, u]) => [
        l.length === 1 ? l.charCodeAt(0) : l.charCodeAt(0) * 0x10000 + l.charCodeAt(1),
        u,
      ]),
    ),
    viqr: new Map(VIQR.map(([l, u]) => [l, u])),
    byteOf,
  };
  return tables;
}

/**
 * Reads bytes as Windows-1252 (the five undefined bytes as C1 controls, as browsers do).
 *
 * @param bytes - the bytes
 * @returns one character per byte
 * @example
 * ```ts
 * read1252(new Uint8Array([0x56, 0x69, 0xd6, 0x74]));
 * //=> "ViÖt"
 * ```
 */
export function read1252(bytes: Uint8Array): string {
  let out = "";
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    let s = "";
    for (let j = 0; j < chunk.length; j++) {
      const b = chunk[j];
      s += b >= 0x80 && b < 0xa0 ? WINDOWS_1252_HIGH[b - 0x80] : String.fromCharCode(b);
    }
    out += s;
  }
  return out;
}

/**
 * The byte a character stands for in the Windows-1252 (or Latin-1) reading.
 *
 * @param code - a UTF-16 code
 * @returns the byte, or -1 when no byte reads as that character
 * @example
 * ```ts
 * byteOfChar("‰".charCodeAt(0));
 * //=> 0x89
 * ```
 */
export function byteOfChar(code: number): number {
  if (code < 0x100) return code;
  const t = tables ?? load();
  return t.byteOf.get(code) ?? -1;
}

function decodeSingle(text: string, map: Map<number, string>): string {
  let out = "";
  let copied = 0;
  let marks = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80 && c >= 0x20) continue;
    const u = map.get(c);
    if (u === undefined) continue;
    out += text.slice(copied, i) + u;
    copied = i + 1;
    if (u.charCodeAt(0) >= 0x300 && u.charCodeAt(0) <= 0x36f) marks = true;
  }
  if (copied === 0) return text;
  out += text.slice(copied);
  return marks ? out.normalize("NFC") : out;
}

/**
 * TCVN3 (ABC): toned capitals share the lowercase codes, so they come out lowercase; the TCVN 5712
 * capitals are read too, those on Windows-1252 quote and dash codes only inside a word that then
 * reads as a Vietnamese syllable ("“Hà" keeps its quote).
 *
 * @param text - TCVN3 bytes read as Windows-1252
 * @returns the Unicode text
 * @example
 * ```ts
 * decodeTcvn3("Vi\u00d6t Nam");
 * //=> "Việt Nam"
 * ```
 */
export function decodeTcvn3(text: string): string {
  const t = tables ?? load();
  const map = t.tcvn3;
  const inWords = t.tcvn3InWords;
  let out = "";
  let copied = 0;
  let marks = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80 && c >= 0x20) continue;
    let u = map.get(c);
    if (u === undefined) {
      const cap = inWords.get(c);
      if (cap === undefined || !inWord(text, i, cap, map)) continue;
      u = cap;
    }
    out += text.slice(copied, i) + u;
    copied = i + 1;
    if (u.charCodeAt(0) >= 0x300 && u.charCodeAt(0) <= 0x36f) marks = true;
  }
  if (copied === 0) return text;
  out += text.slice(copied);
  return marks ? out.normalize("NFC") : out;
}

function inWord(text: string, i: number, cap: string, map: Map<number, string>): boolean {
  const legacyLetter = (code: number): boolean => isAsciiLetter(code) || /^\p{L}/u.test(map.get(code) ?? "");
  let s = i;
  while (s > 0 && s > i - 8 && legacyLetter(text.charCodeAt(s - 1))) s--;
  let e = i + 1;
  while (e < text.length && e < i + 8 && legacyLetter(text.charCodeAt(e))) e++;
  if (e - s < 2) return false;
  let word = "";
  for (let k = s; k < e; k++) word += k === i ? cap : (map.get(text.charCodeAt(k)) ?? text[k]);
  return isWellFormedSyllable(word.normalize("NFC"));
}

/**
 * VISCII (RFC 1456).
 *
 * @param text - VISCII bytes read as Windows-1252
 * @returns the Unicode text
 * @example
 * ```ts
 * decodeViscii("Vi\u00aet");
 * //=> "Việt"
 * ```
 */
export const decodeViscii = (text: string): string => decodeSingle(text, (tables ?? load()).viscii);
/**
 * Windows-1258: base letters plus combining tone bytes, composed to NFC.
 *
 * @param text - Windows-1258 bytes read as Windows-1252
 * @returns the Unicode text
 * @example
 * ```ts
 * decodeCp1258("Vi\u00ea\u00f2t");
 * //=> "Việt"
 * ```
 */
export const decodeCp1258 = (text: string): string => decodeSingle(text, (tables ?? load()).cp1258);

/**
 * VNI Windows: a letter plus a mark byte, or one byte for ơ ư đ and some toned i/y; longest match.
 *
 * @param text - VNI bytes read as Windows-1252
 * @returns the Unicode text
 * @example
 * ```ts
 * decodeVni("Vieät Nam");
 * //=> "Việt Nam"
 * ```
 */
export function decodeVni(text: string): string {
  const map = (tables ?? load()).vni;
  let out = "";
  let copied = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x41) continue;
    let len = 0;
    let u: string | undefined;
    if (i + 1 < text.length && text.charCodeAt(i + 1) >= 0xc0) {
      u = map.get(c * 0x10000 + text.charCodeAt(i + 1));
      if (u !== undefined) len = 2;
    }
    if (len === 0 && c >= 0xc0) {
      u = map.get(c);
      if (u !== undefined) len = 1;
    }
    if (len === 0) continue;
    out += text.slice(copied, i) + u;
    i += len - 1;
    copied = i + 1;
  }
  if (copied === 0) return text;
  return out + text.slice(copied);
}

// Windows-1252 has no character for 0x81, 0x8D, 0x8F, 0x90, 0x9D; copied mojibake often loses
// them ("Äáº£ng" for "Đảng": U+0090 gone). A lead sequence left undecoded gets the one of
// them that makes a Vietnamese letter, and a well-formed word where several do.
const DROPPED = [0x81, 0x8d, 0x8f, 0x90, 0x9d];
const RESIDUE = /\u00c3|\u00c4|\u00c6|\u00e1[\u00ba\u00bb]/g;
const RESIDUE_TEST = /[\u00c3\u00c4\u00c6]|\u00e1[\u00ba\u00bb]/;
const isLetterAt = (s: string, i: number): boolean => i >= 0 && i < s.length && /\p{L}/u.test(s[i]);

function restoreDropped(text: string): string {
  return text.replace(RESIDUE, (m: string, at: number) => {
    const bytes = [...m].map((c) => byteOfChar(c.charCodeAt(0)));
    const options: string[] = [];
    for (const b of DROPPED) {
      const cp =
        bytes.length === 1
          ? ((bytes[0] & 0x1f) << 6) | (b & 0x3f)
          : ((bytes[0] & 0x0f) << 12) | ((bytes[1] & 0x3f) << 6) | (b & 0x3f);
      if (vowelInfo(cp) !== 0 || cp === 0x110 || cp === 0x111) options.push(String.fromCharCode(cp));
    }
    if (options.length === 0) return m;
    let s = at;
    while (isLetterAt(text, s - 1) && s > at - 8) s--;
    let e = at + m.length;
    while (isLetterAt(text, e) && e < at + m.length + 8) e++;
    const good = options.filter((o) =>
      isWellFormedSyllable((text.slice(s, at) + o + text.slice(at + m.length, e)).normalize("NFC")),
    );
    if (good.length === 1) return good[0];
    return options.length === 1 && e - s > m.length ? options[0] : m;
  });
}

const VIQR_MARKS = "^(+'`?~.";
const isAsciiLetter = (c: number): boolean => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);

/**
 * VIQR (RFC 1456): marks typed after the vowel ("Vie^.t"), "dd" for đ, a backslash before a mark
 * (or second d) that is meant literally ("ddi\."). A "." or "?" after a vowel at the
 * end of a line is read as punctuation.
 *
 * @param text - VIQR text
 * @returns the Unicode text
 * @example
 * ```ts
 * decodeViqr("Vie^.t Nam ddi\\.");
 * //=> "Việt Nam đi."
 * ```
 */
export function decodeViqr(text: string): string {
  const map = (tables ?? load()).viqr;
  let out = "";
  let copied = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (
      c === 0x5c &&
      i + 1 < n &&
      (VIQR_MARKS.includes(text[i + 1]) || text[i + 1] === "d" || text[i + 1] === "D")
    ) {
      out += text.slice(copied, i);
      copied = i + 1;
      i++;
      continue;
    }
    if (!isAsciiLetter(c)) continue;
    // "dd" is đ anywhere ("QDD" is "QĐ"); a literal second d is written "d\\d".
    if (c === 0x64 || c === 0x44) {
      const d = text.charCodeAt(i + 1);
      if (d === 0x64 || d === 0x44) {
        out += `${text.slice(copied, i)}${c === 0x44 ? "Đ" : "đ"}`;
        i++;
        copied = i + 1;
        continue;
      }
    }
    if (!"aeiouyAEIOUY".includes(text[i]) || i + 1 >= n || !VIQR_MARKS.includes(text[i + 1])) continue;
    let len = 0;
    let u: string | undefined;
    for (let l = 3; l >= 2 && len === 0; l--) {
      if (i + l > n) continue;
      u = map.get(text.slice(i, i + l));
      if (u === undefined) continue;
      const last = text[i + l - 1];
      const after = i + l < n ? text.charCodeAt(i + l) : -1;
      if ((last === "." || last === "?") && (after === -1 || after === 0x0a || after === 0x0d)) {
        // Sentence punctuation at the end of a line; the shorter match (if any) is still a letter.
        continue;
      }
      len = l;
    }
    if (len === 0) continue;
    out += text.slice(copied, i) + u;
    i += len - 1;
    copied = i + 1;
  }
  if (copied === 0) return text;
  return out + text.slice(copied);
}

/**
 * UTF-8 read as Windows-1252 or Latin-1 ("Äáº£ng" → "Đảng"): runs of characters that stand for
 * bytes 0x80-0xFF are turned back into bytes and every valid UTF-8 sequence in them is decoded; the
 * rest stays as it is. A non-breaking space lost to a plain space after a lead byte ("Ã " for "à")
 * is restored when that yields a Vietnamese letter.
 *
 * @param text - UTF-8 bytes read as Windows-1252 or Latin-1
 * @returns the Unicode text
 * @example
 * ```ts
 * decodeMojibake("Viá»\u0087t");
 * //=> "Việt"
 * ```
 */
export function decodeMojibake(text: string): string {
  let out = "";
  let copied = 0;
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c < 0xc2 || c > 0xf4 || byteOfChar(c) < 0) {
      i++;
      continue;
    }
    const lead = c;
    const need = lead >= 0xf0 ? 3 : lead >= 0xe0 ? 2 : 1;
    let cp = lead & (need === 1 ? 0x1f : need === 2 ? 0x0f : 0x07);
    let j = i + 1;
    let ok = true;
    let usedSpace = false;
    for (let k = 0; k < need; k++, j++) {
      let b = j < n ? byteOfChar(text.charCodeAt(j)) : -1;
      if (b === 0x20 && k === need - 1) {
        b = 0xa0;
        usedSpace = true;
      }
      if (b < 0x80 || b > 0xbf) {
        ok = false;
        break;
      }
      cp = (cp << 6) | (b & 0x3f);
    }
    const min = need === 1 ? 0x80 : need === 2 ? 0x800 : 0x10000;
    if (!ok || cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) {
      i++;
      continue;
    }
    if (usedSpace && vowelInfo(cp) === 0 && cp !== 0x1a0) {
      i++;
      continue;
    }
    out += text.slice(copied, i) + String.fromCodePoint(cp);
    copied = j;
    i = j;
  }
  const decoded = copied === 0 ? text : out + text.slice(copied);
  return RESIDUE_TEST.test(decoded) ? restoreDropped(decoded) : decoded;
}
