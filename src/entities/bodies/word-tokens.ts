import { toneKey } from "../../normalize/tone-key";

/**
 * One token of a text for gazetteer matching: a run of letters/digits or a single other visible
 * character. `key` is the lower-cased style-insensitive key ("Ủy" and "Uỷ" share it), prefixed by
 * " " when whitespace precedes the token and by "\n" when a line break does, so phrases match word
 * sequences with the same spacing.
 */
export interface WordToken {
  /** Offset of the first code unit in the text. */
  start: number;
  /** Offset after the last code unit. */
  end: number;
  /** Lower-cased tone key, with the gap marker in front (see above). */
  key: string;
  /** The key without the gap marker. */
  bare: string;
  /** 0 no gap before, 1 spaces, 2 a line break. */
  gap: 0 | 1 | 2;
  /** True for letter/digit runs. */
  word: boolean;
  /** True when the first character is an upper-case letter. */
  cap: boolean;
  /** True when the token has two or more letters, all upper-case. */
  upper: boolean;
}

const TOKEN = /[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]/gu;
const KEY_CACHE = new Map<string, string>();
const MAX_CACHE = 50_000;

/**
 * The lower-cased tone key of one word, cached (news vocabulary is small, so most look-ups hit).
 *
 * @param word - a letter/digit run or a single character
 * @returns the lower-cased style-insensitive key
 * @example
 * ```ts
 * wordKey("Uỷ") === wordKey("ủy");
 * //=> true
 * ```
 */
export function wordKey(word: string): string {
  let k = KEY_CACHE.get(word);
  if (k !== undefined) return k;
  if (/^[\x00-\x7f]*$/.test(word)) k = word.toLowerCase();
  else if (word === "–" || word === "—" || word === "‑") k = "-";
  else k = toneKey(word).toLowerCase();
  if (KEY_CACHE.size >= MAX_CACHE) KEY_CACHE.clear();
  KEY_CACHE.set(word, k);
  return k;
}

let lastText: string | null = null;
let lastTokens: WordToken[] = [];

/**
 * Splits a text into word and punctuation tokens with offsets and lookup keys. The last result is
 * memoised, so the body and official finders share one pass over the same text.
 *
 * @param text - any string
 * @returns the tokens in order
 * @example
 * ```ts
 * wordTokens("Uỷ ban, TW").map((t) => t.key);
 * //=> ["uy3", " ban", ",", " tw"]
 * ```
 */
export function wordTokens(text: string): WordToken[] {
  if (text === lastText) return lastTokens;
  const out: WordToken[] = [];
  let prevEnd = 0;
  for (const m of text.matchAll(TOKEN)) {
    const raw = m[0];
    const start = m.index;
    let gap: 0 | 1 | 2 = 0;
    if (start > prevEnd) gap = /[\n\r\u2028\u2029]/.test(text.slice(prevEnd, start)) ? 2 : 1;
    const bare = wordKey(raw);
    const first = raw.charAt(0);
    const word = /[\p{L}\p{M}\p{N}]/u.test(first);
    const cap = first !== first.toLowerCase();
    const upper = word && raw.length > 1 && raw === raw.toUpperCase() && raw !== raw.toLowerCase();
    out.push({
      start,
      end: start + raw.length,
      key: gap === 0 ? bare : gap === 1 ? ` ${bare}` : `\n${bare}`,
      bare,
      gap,
      word,
      cap,
      upper,
    });
    prevEnd = start + raw.length;
  }
  lastText = text;
  lastTokens = out;
  return out;
}

/**
 * The keys of a gazetteer phrase as `wordTokens` would give them, first key without a gap marker.
 *
 * @param phrase - a phrase from a data file
 * @returns its token keys
 * @example
 * ```ts
 * phraseKeys("T.Ư Đảng");
 * //=> ["t", ".", "ư", " đang3"]
 * ```
 */
export function phraseKeys(phrase: string): string[] {
  const keys: string[] = [];
  let prevEnd = -1;
  for (const m of phrase.matchAll(TOKEN)) {
    const bare = wordKey(m[0]);
    keys.push(prevEnd === -1 || m.index === prevEnd ? bare : ` ${bare}`);
    prevEnd = m.index + m[0].length;
  }
  return keys;
}
