import { fold } from "../../normalize/fold";

const SEPARATORS = /[^\p{L}\p{N}:{}©#]+/gu;
const SPACE_COLON = / :/g;

/**
 * The matching key of a line: lower case, diacritics folded, every run of characters other than
 * letters, digits, ":", "{", "}", "©" and "#" turned into one space, trimmed. Chrome phrases in
 * `data/chrome/phrases.tsv` are compiled to the same form.
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
  return fold(line).toLowerCase().replace(SEPARATORS, " ").replace(SPACE_COLON, ":").trim();
}
