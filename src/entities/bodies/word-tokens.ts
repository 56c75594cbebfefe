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
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const SPACE_CHAR = /\s/u;

interface WordInfo {
  key: string;
  cap: boolean;
  upper: boolean;
}

const INFO_CACHE = new Map<string, WordInfo>();
const MAX_CACHE = 50_000;

/**
 * The lower-cased tone key of one word ("Ð" read as "Đ", dashes as "-").
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
  return wordInfo(word).key;
}

function wordInfo(word: string): WordInfo {
  let info = INFO_CACHE.get(word);
  if (info !== undefined) return info;
  let key: string;
  if (/^[\x00-\x7f]*$/.test(word)) key = word.toLowerCase();
  else if (word === "–" || word === "—" || word === "‑") key = "-";
  else key = toneKey(word).toLowerCase();
  const first = word.charAt(0);
  const lower = word.toLowerCase();
  info = {
    key,
    cap: first !== first.toLowerCase(),
    upper: word.length > 1 && word === word.toUpperCase() && word !== lower,
  };
  if (INFO_CACHE.size >= MAX_CACHE) INFO_CACHE.clear();
  INFO_CACHE.set(word, info);
  return info;
}

/** 1 for a letter/digit/mark code unit, 2 for whitespace (3 for a line break), 0 otherwise. */
function charClass(code: number, text: string, at: number): number {
  if (code < 0x80) {
    if ((code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39))
      return 1;
    if (code === 0x0a || code === 0x0d) return 3;
    if (code === 0x20 || code === 0x09 || code === 0x0b || code === 0x0c) return 2;
    return 0;
  }
  // Latin letters with diacritics, combining marks and Vietnamese letters: the common case.
  if ((code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7) || (code >= 0x300 && code <= 0x36f))
    return 1;
  if (code >= 0x1e00 && code <= 0x1eff) return 1;
  if (code === 0x2028 || code === 0x2029 || code === 0x85) return 3;
  if (code >= 0xd800 && code <= 0xdfff) return 0;
  const ch = text.charAt(at);
  if (SPACE_CHAR.test(ch)) return 2;
  return WORD_CHAR.test(ch) ? 1 : 0;
}

let lastText: string | null = null;
let lastTokens: WordToken[] = [];

/**
 * Splits a text into word and punctuation tokens with offsets and lookup keys, in one pass over the
 * code units (per-word facts are cached). The last result is memoised, so the body and official
 * finders share one pass over the same text.
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
  const n = text.length;
  let gap: 0 | 1 | 2 = 0;
  let i = 0;
  while (i < n) {
    const code = text.charCodeAt(i);
    const cls = charClass(code, text, i);
    if (cls === 2 || cls === 3) {
      if (cls === 3) gap = 2;
      else if (gap === 0) gap = 1;
      i++;
      continue;
    }
    let j = i + 1;
    if (cls === 1) while (j < n && charClass(text.charCodeAt(j), text, j) === 1) j++;
    const raw = text.slice(i, j);
    const info = wordInfo(raw);
    out.push({
      start: i,
      end: j,
      key: gap === 0 ? info.key : gap === 1 ? ` ${info.key}` : `\n${info.key}`,
      bare: info.key,
      gap,
      word: cls === 1,
      cap: info.cap,
      upper: cls === 1 && info.upper,
    });
    gap = 0;
    i = j;
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
