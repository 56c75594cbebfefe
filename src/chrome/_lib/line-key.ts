import { fold } from "../../normalize/fold";

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const COMBINING = /\p{M}/u;

/** Folded lower-case form of each non-ASCII code unit met so far ("" = drop, " " = separator). */
const table = new Map<number, string>();

function foldUnit(c: number): string {
  let out = table.get(c);
  if (out !== undefined) return out;
  const ch = String.fromCharCode(c);
  if (c >= 0xd800 && c <= 0xdfff) out = " ";
  else if (COMBINING.test(ch)) out = "";
  else if (LETTER_OR_DIGIT.test(ch)) out = fold(ch).toLowerCase();
  else if (c === 0xa9) out = "©";
  else out = " ";
  table.set(c, out);
  return out;
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
 * @example
 * ```ts
 * lineKey("  Tải ứng dụng : ");
 * //=> "tai ung dung:"
 * ```
 */
export function lineKey(line: string): string {
  let out = "";
  let space = false;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    let piece: string;
    if (c < 128) {
      if (c >= 65 && c <= 90) piece = String.fromCharCode(c + 32);
      else if (
        (c >= 97 && c <= 122) ||
        (c >= 48 && c <= 57) ||
        c === 58 ||
        c === 123 ||
        c === 125 ||
        c === 35
      )
        piece = line[i];
      else piece = " ";
    } else piece = foldUnit(c);
    if (piece === "") continue;
    if (piece === " ") {
      space = out.length > 0;
      continue;
    }
    if (space) {
      if (piece !== ":") out += " ";
      space = false;
    }
    out += piece;
    // "©" is a word of its own ("©2024" -> "© 2024")
    if (c === 0xa9) space = true;
  }
  return out;
}
