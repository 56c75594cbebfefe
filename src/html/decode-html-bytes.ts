import type { Warning } from "../core/types";
import { describe } from "../core/validate";
// Turns the bytes of a saved page into a string: BOM, then <meta charset>/http-equiv, then UTF-8 with a
// Windows-1252 fallback; Vietnamese legacy encodings go through normalize's decodeLegacy.
import { read1252 } from "../normalize/_lib/legacy";
import { decodeLegacy, detectEncoding, type LegacyEncoding } from "../normalize/index";

/** The decoded page and the encoding it was read in. */
export interface DecodedHtml {
  text: string;
  /** "utf-8", "utf-16le", "windows-1252", or a legacy Vietnamese encoding ("tcvn3", "vni", ...). */
  encoding: string;
  /** Non-fatal problems met while decoding. */
  warnings: Warning[];
}

type LegacyFrom = Exclude<LegacyEncoding, "mojibake">;

const LEGACY_LABELS: Record<string, LegacyFrom> = {
  "windows-1258": "cp1258",
  cp1258: "cp1258",
  "x-cp1258": "cp1258",
  tcvn: "tcvn3",
  tcvn3: "tcvn3",
  "tcvn-3": "tcvn3",
  tcvn5712: "tcvn3",
  "tcvn-5712": "tcvn3",
  vn3: "tcvn3",
  abc: "tcvn3",
  vni: "vni",
  "vni-windows": "vni",
  viscii: "viscii",
  "x-viet-viscii": "viscii",
  viqr: "viqr",
};

const LATIN1_LABELS = new Set([
  "windows-1252",
  "cp1252",
  "iso-8859-1",
  "iso8859-1",
  "latin1",
  "latin-1",
  "l1",
  "us-ascii",
  "ascii",
  "x-user-defined",
]);

/**
 * Finds the charset a page declares in its first 4 kB (`<meta charset>` or `http-equiv` Content-Type).
 *
 * @param bytes - the raw page
 * @returns the lower-cased label, or null when none is declared
 * @example
 * ```ts
 * sniffCharset(new TextEncoder().encode('<meta charset="windows-1252">'));
 * //=> "windows-1252"
 * ```
 */
export function sniffCharset(bytes: Uint8Array): string | null {
  expectBytes(bytes, "sniffCharset");
  const head = latin1(bytes.subarray(0, 4096)).toLowerCase();
  let from = 0;
  while (from < head.length) {
    const at = head.indexOf("<meta", from);
    if (at < 0) return null;
    const end = head.indexOf(">", at);
    const tag = head.slice(at, end < 0 ? head.length : end);
    const m = /charset\s*=\s*["']?\s*([a-z0-9_.:-]{1,40})/.exec(tag);
    if (m) return m[1];
    from = at + 5;
  }
  return null;
}

/**
 * Decodes page bytes to a string, honouring a BOM or a declared charset, else UTF-8 (falling back to
 * Windows-1252 when the bytes are not valid UTF-8). Pages in TCVN3, VNI, VISCII or Windows-1258 are
 * converted to Unicode with `decodeLegacy`.
 *
 * @param bytes - the raw page
 * @returns the text, the encoding used and any warnings
 * @example
 * ```ts
 * decodeHtmlBytes(new TextEncoder().encode("<p>Đảng</p>")).encoding;
 * //=> "utf-8"
 * ```
 */
export function decodeHtmlBytes(bytes: Uint8Array): DecodedHtml {
  expectBytes(bytes, "decodeHtmlBytes");
  const warnings: Warning[] = [];
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder("utf-8").decode(bytes.subarray(3)), encoding: "utf-8", warnings };
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), encoding: "utf-16le", warnings };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder("utf-16be").decode(bytes.subarray(2)), encoding: "utf-16be", warnings };
  }
  const label = sniffCharset(bytes);
  if (label && label in LEGACY_LABELS) {
    const from = LEGACY_LABELS[label];
    const res = safeLegacy(bytes, from, warnings);
    return { text: res, encoding: from, warnings };
  }
  if (label && LATIN1_LABELS.has(label)) {
    // Old Vietnamese pages often declare a Western charset while using a TCVN3 or VNI font.
    return legacyOrPlain(read1252(bytes), "windows-1252", warnings);
  }
  if (label && label !== "utf-8" && label !== "utf8") {
    try {
      return { text: new TextDecoder(label).decode(bytes), encoding: label, warnings };
    } catch {
      warnings.push({
        code: "unknown-charset",
        message: `unknown charset "${label}" declared; read as UTF-8`,
        stage: "html",
      });
    }
  }
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "utf-8", warnings };
  } catch {
    if (label === "utf-8" || label === "utf8") {
      warnings.push({
        code: "invalid-utf8",
        message: "page declares UTF-8 but holds invalid UTF-8 bytes; read as Windows-1252",
        stage: "html",
      });
    }
    return legacyOrPlain(read1252(bytes), "windows-1252", warnings);
  }
}

function legacyOrPlain(text: string, encoding: string, warnings: Warning[]): DecodedHtml {
  let guess: { encoding: string; confidence: number };
  try {
    guess = detectEncoding(text);
  } catch {
    return { text, encoding, warnings };
  }
  if (
    guess.confidence >= 0.6 &&
    (guess.encoding === "tcvn3" ||
      guess.encoding === "vni" ||
      guess.encoding === "viscii" ||
      guess.encoding === "cp1258")
  ) {
    const from = guess.encoding as LegacyFrom;
    return { text: safeLegacy(text, from, warnings), encoding: from, warnings };
  }
  return { text, encoding, warnings };
}

function safeLegacy(input: string | Uint8Array, from: LegacyFrom, warnings: Warning[]): string {
  try {
    return decodeLegacy(input, { from }).text;
  } catch (e) {
    warnings.push({
      code: "decode-failed",
      message: `could not decode ${from}: ${(e as Error).message}; read as Windows-1252`,
      stage: "html",
    });
    return typeof input === "string" ? input : read1252(input);
  }
}

function latin1(bytes: Uint8Array): string {
  let s = "";
  for (let i = 0; i < bytes.length; i++) s += String.fromCharCode(bytes[i]);
  return s;
}

function expectBytes(bytes: unknown, fn: string): asserts bytes is Uint8Array {
  if (!(bytes instanceof Uint8Array)) {
    throw new TypeError(`vietnews.${fn}: expected bytes to be a Uint8Array, got ${describe(bytes)}`);
  }
}
