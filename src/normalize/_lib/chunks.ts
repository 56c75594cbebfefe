/**
 * Applies a string function chunk by chunk, cutting only before a space or an ASCII letter (never
 * between a letter and its marks). Native NFD/NFC slow down sharply on very long strings packed
 * with marks; chunks of a few kB keep the callers linear on any input.
 */
const CHUNK = 4096;

/**
 * Maps `fn` over chunks of `text` and joins the results.
 *
 * @param text - the text
 * @param fn - a function that is local to letter runs (its result on a concatenation is the concatenation of its results)
 * @returns the joined results
 * @example
 * ```ts
 * mapChunks("abc", (s) => s.toUpperCase());
 * //=> "ABC"
 * ```
 */
export function mapChunks(text: string, fn: (chunk: string) => string): string {
  if (text.length <= CHUNK) return fn(text);
  let out = "";
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + CHUNK);
    if (end < text.length) {
      let cut = end;
      while (cut > start + CHUNK / 2 && !isSpace(text.charCodeAt(cut))) cut--;
      if (cut === start + CHUNK / 2) {
        cut = end;
        while (cut > start + 1 && !isAsciiLetter(text.charCodeAt(cut))) cut--;
      }
      if (cut <= start + 1) {
        // No space or ASCII letter: cut before any character that is not a combining mark or a
        // low surrogate (only adversarial text gets here).
        cut = end;
        while (cut > start + 1 && isMarkOrLow(text.charCodeAt(cut))) cut--;
      }
      if (cut > start + 1) end = cut;
    }
    out += fn(text.slice(start, end));
    start = end;
  }
  return out;
}

const isSpace = (c: number): boolean => c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d;
const isMarkOrLow = (c: number): boolean =>
  (c >= 0x300 && c <= 0x36f) ||
  (c >= 0xdc00 && c <= 0xdfff) ||
  (c >= 0x1ab0 && c <= 0x1aff) ||
  (c >= 0x1dc0 && c <= 0x1dff) ||
  (c >= 0x20d0 && c <= 0x20ff) ||
  (c >= 0xfe20 && c <= 0xfe2f);
const isAsciiLetter = (c: number): boolean => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
