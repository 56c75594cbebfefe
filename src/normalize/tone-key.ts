import { mapChunks } from "./_lib/chunks";

// Tone marks as combining characters: grave (huyền), acute (sắc), tilde (ngã), hook (hỏi), dot below (nặng).
const TONE_DIGIT: Record<string, string> = {
  "\u0300": "2",
  "\u0340": "2",
  "\u0301": "1",
  "\u0341": "1",
  "\u0303": "4",
  "\u0309": "3",
  "\u0323": "5",
};
// Runs are keyed in pieces of at most 64 letters (no word is longer), and the text in chunks (see
// mapChunks), which keeps toneKey linear on any input.
const LETTER_RUN = /[\p{L}\p{M}]{1,64}/gu;
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323\u0340\u0341]/g;

/**
 * A lookup key that is the same for the old- and new-style spellings of the same text: each
 * letter run loses its tone mark, which is appended after the run as a digit (1 sắc, 2 huyền,
 * 3 hỏi, 4 ngã, 5 nặng). "Ð" is read as "Đ". Case is kept; use `.toLowerCase()` on the key for
 * case-insensitive matching.
 *
 * @param text - any string
 * @returns the style-insensitive key
 * @example
 * ```ts
 * toneKey("Ủy ban") === toneKey("Uỷ ban");
 * //=> true
 * toneKey("hòa");
 * //=> "hoa2"
 * ```
 */
export function toneKey(text: string): string {
  if (typeof text !== "string") {
    throw new TypeError(
      `vietnews.toneKey: expected text to be a string, got ${text === null ? "null" : typeof text}`,
    );
  }
  return mapChunks(text, keyChunk);
}

function keyChunk(text: string): string {
  return text
    .normalize("NFD")
    .replace(/Ð/g, "Đ")
    .replace(/ð/g, "đ")
    .replace(LETTER_RUN, (run) => {
      let tone = "";
      const bare = run.replace(TONE_MARKS, (m) => {
        tone = TONE_DIGIT[m] ?? "";
        return "";
      });
      return bare.normalize("NFC") + tone;
    });
}
