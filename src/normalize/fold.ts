import { mapChunks } from "./_lib/chunks";

const COMBINING = /[\u0300-\u036f]/g;

/**
 * Removes every diacritic, mapping "đ"/"Đ" (and the look-alike "ð"/"Ð") to "d"/"D". For search keys
 * and fuzzy matching, never for output. Length in code points is kept for Vietnamese letters.
 *
 * @param text - any string
 * @returns the text without diacritics
 * @example
 * ```ts
 * fold("Đảng Cộng sản Việt Nam");
 * //=> "Dang Cong san Viet Nam"
 * ```
 */
export function fold(text: string): string {
  if (typeof text !== "string") {
    throw new TypeError(
      `vietnews.fold: expected text to be a string, got ${text === null ? "null" : typeof text}`,
    );
  }
  return mapChunks(text, foldChunk);
}

function foldChunk(text: string): string {
  return text
    .normalize("NFD")
    .replace(COMBINING, "")
    .replace(/[đð]/g, "d")
    .replace(/[ĐÐ]/g, "D")
    .normalize("NFC");
}
