/**
 * Words from the model's word starts that keep `tokenize`'s whole tokens whole (a URL, an e-mail, a
 * code, a number, a date, a time, a percentage, an abbreviation), each with its kind.
 */
import type { Word, WordKind } from "../../core/types";
import {
  K_ABBR,
  K_CODE,
  K_DATE,
  K_EMAIL,
  K_NUMBER,
  K_PERCENT,
  K_SYLLABLE,
  K_TIME,
  K_URL,
  KIND_NAMES,
  scanTokens as scanFullTokens,
  type TokenBuffer,
} from "../_lib/scan-tokens";
import { NUM, PUNCT, type Scan, SYL, SYM } from "./scan";

// the kinds tokenize keeps whole, which a word never splits
const WHOLE = new Set([K_NUMBER, K_URL, K_EMAIL, K_CODE, K_ABBR, K_DATE, K_TIME, K_PERCENT]);
// punctuation that ends a clause after a word, never part of a whole token at its end
const TRAILING = new Set([..."),;:!?]}\"'”’»"].map((c) => c.charCodeAt(0)));
// a lower-case syllable of five letters or more, after which a "." ends a sentence
const LONG_LOWER = /^[\p{Ll}\p{M}]{5,}$/u;

/**
 * Builds the words from the word scanner's tokens and the model's start flags. A whole token of
 * `tokenize` can only run across words that touch (no space between them), so `tokenize`'s scanner
 * reads only those stretches, and a stretch's words that one whole token runs across are merged.
 * Every word gets its kind: the kind of the one `tokenize` token it is ("word" for a syllable),
 * else "word".
 *
 * @param text - the scanned text
 * @param scan - the word scanner's tokens
 * @param starts - 1 where a token starts a word
 * @returns the words, in order
 * @example
 * ```ts
 * import { segmentWords } from "vietnews";
 * segmentWords("Xem https://vi.wikipedia.org/wiki/Hà_Nội, v.v.").map((w) => `${w.text}:${w.kind}`);
 * //=> ["Xem:word", "https://vi.wikipedia.org/wiki/Hà_Nội:url", ",:punctuation", "v.v.:abbreviation"]
 * ```
 */
export function wordsFromStarts(text: string, scan: Scan, starts: Uint8Array): Word[] {
  const out: Word[] = [];
  const n = scan.n;
  // words as token ranges [first, last)
  const first = new Int32Array(n + 1);
  let words = 0;
  for (let i = 0; i < n; i++) if (i === 0 || starts[i]) first[words++] = i;
  first[words] = n;
  const touches = (w: number): boolean => {
    if (w + 1 >= words) return false;
    const at = first[w + 1];
    if (scan.end[at - 1] !== scan.start[at]) return false;
    // a sentence's punctuation after a word ("họp,", "bế mạc.") ends no whole token: it is one
    // character, touches nothing after it, and follows letters (a "." only after a long
    // lower-case syllable: "TP.", "tr.", "v.v." are abbreviations)
    const next = first[w + 2];
    if (next - at !== 1 || scan.kind[at] !== PUNCT || scan.end[at] - scan.start[at] !== 1) return true;
    if (w + 2 < words && scan.end[at] === scan.start[next]) return true;
    const c = text.charCodeAt(scan.start[at]);
    if (c === 46) return !LONG_LOWER.test(text.slice(scan.start[at - 1], scan.end[at - 1]));
    return !TRAILING.has(c) || !/\p{L}/u.test(text[scan.end[at - 1] - 1]);
  };
  for (let w = 0; w < words; ) {
    if (!touches(w)) {
      out.push(alone(text, scan, first[w], first[w + 1]));
      w++;
      continue;
    }
    // a stretch of touching words, read by tokenize's scanner
    let last = w + 1;
    while (touches(last)) last++;
    const from = scan.start[first[w]];
    const tokens = scanFullTokens(text.slice(from, scan.end[first[last + 1] - 1]));
    const spans: [number, number][] = [];
    for (let k = w; k <= last; k++)
      spans.push([scan.start[first[k]] - from, scan.end[first[k + 1] - 1] - from]);
    // each word's kind: the token that starts where it starts, when it also ends where it ends
    let k = 0;
    for (const [s, e] of mergeAcross(spans, tokens)) {
      while (k < tokens.length && tokens.starts[k] < s) k++;
      const exact = k < tokens.length && tokens.starts[k] === s && tokens.ends[k] === e;
      const kind =
        exact && tokens.kinds[k] !== K_SYLLABLE ? (KIND_NAMES[tokens.kinds[k]] as WordKind) : "word";
      out.push({ start: from + s, end: from + e, text: text.slice(from + s, from + e), kind });
    }
    w = last + 1;
  }
  return out;
}

/**
 * A word that touches no other: a single token of the word scanner names its kind (punctuation,
 * symbol, digits, a syllable of letters with no capital second); anything else without a space (a
 * number with separators, "14h30", an initialism, a Roman numeral) is read by tokenize's scanner.
 */
function alone(text: string, scan: Scan, i: number, j: number): Word {
  const start = scan.start[i];
  const end = scan.end[j - 1];
  const t = text.slice(start, end);
  const k = j - i === 1 ? scan.kind[i] : 0;
  let kind: WordKind = "word";
  if (k === PUNCT) kind = "punctuation";
  else if (k === SYM) kind = "symbol";
  else if (k === NUM && !/\D/.test(t)) kind = "number";
  else if ((k !== SYL || mayBeOtherToken(t)) && !/\s/.test(t)) {
    const tokens = scanFullTokens(t);
    if (tokens.length === 1 && tokens.kinds[0] !== K_SYLLABLE) kind = KIND_NAMES[tokens.kinds[0]] as WordKind;
  }
  return { start, end, text: t, kind };
}

/** Whether a syllable may be other than a syllable to tokenize: a digit in it, or a capital second. */
function mayBeOtherToken(t: string): boolean {
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  if (t.length < 2) return false;
  const c1 = t.charCodeAt(1);
  return (c1 >= 65 && c1 <= 90) || (c1 > 127 && t[1] !== t[1].toLowerCase());
}

/** Merges neighbouring spans wherever a whole token runs across the boundary between them. */
function mergeAcross(spans: [number, number][], tokens: TokenBuffer): [number, number][] {
  const { starts, ends, kinds, length } = tokens;
  const out: [number, number][] = [];
  let t = 0;
  let [start, end] = spans[0];
  for (let w = 1; w < spans.length; w++) {
    // the token that holds the current span's last character
    while (t < length && ends[t] < end) t++;
    if (t < length && starts[t] < end && ends[t] > spans[w][0] && WHOLE.has(kinds[t])) {
      if (spans[w][1] > end) end = spans[w][1];
      continue;
    }
    out.push([start, end]);
    [start, end] = spans[w];
  }
  out.push([start, end]);
  return out;
}
