import { fold } from "../../normalize/fold";

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const COMBINING = /\p{M}/u;

/**
 * Folded lower-case form of each non-ASCII code unit met so far: a code unit, DROP (a combining
 * mark), SEP (a separator), or a string when folding gives several units.
 */
const table = new Map<number, number | string>();
const DROP = -1;
const SEP = -2;

function foldUnit(c: number): number | string {
  let out = table.get(c);
  if (out !== undefined) return out;
  const ch = String.fromCharCode(c);
  if (c >= 0xd800 && c <= 0xdfff) out = SEP;
  else if (COMBINING.test(ch)) out = DROP;
  else if (LETTER_OR_DIGIT.test(ch)) {
    const f = fold(ch).toLowerCase();
    out = f.length === 1 ? f.charCodeAt(0) : f;
  } else if (c === 0xa9) out = 0xa9;
  else out = SEP;
  table.set(c, out);
  return out;
}

let buffer = new Uint16Array(512);

function put(at: number, unit: number): number {
  if (at >= buffer.length) {
    const bigger = new Uint16Array(buffer.length * 2);
    bigger.set(buffer);
    buffer = bigger;
  }
  buffer[at] = unit;
  return at + 1;
}

/**
 * The matching key of a line: lower case, diacritics folded, every run of characters other than
 * letters, digits, ":", "{", "}", "©" and "#" turned into one space, no space before ":", "©" set
 * apart as a word, trimmed.
 * Chrome phrases in `data/chrome/phrases.tsv` are compiled to the same form. One pass over the
 * line, with a per-character table.
 *
 * @param line - one line of text
 * @returns the key
 * For example `lineKey("  Tải ứng dụng : ")` is `"tai ung dung:"`.
 */
export function lineKey(line: string): string {
  let n = 0;
  let space = false;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    let unit: number | string;
    if (c < 128) {
      if (c >= 65 && c <= 90) unit = c + 32;
      else if (
        (c >= 97 && c <= 122) ||
        (c >= 48 && c <= 57) ||
        c === 58 ||
        c === 123 ||
        c === 125 ||
        c === 35
      )
        unit = c;
      else unit = SEP;
    } else unit = foldUnit(c);
    if (unit === DROP) continue;
    if (unit === SEP) {
      space = n > 0;
      continue;
    }
    const first = typeof unit === "number" ? unit : unit.charCodeAt(0);
    if (space) {
      if (first !== 58) n = put(n, 32);
      space = false;
    }
    if (typeof unit === "number") n = put(n, unit);
    else for (let k = 0; k < unit.length; k++) n = put(n, unit.charCodeAt(k));
    // "©" is a word of its own ("©2024" -> "© 2024")
    if (c === 0xa9) space = true;
  }
  let out = "";
  for (let k = 0; k < n; k += 1024) {
    out += String.fromCharCode.apply(null, buffer.subarray(k, Math.min(n, k + 1024)) as unknown as number[]);
  }
  return out;
}
