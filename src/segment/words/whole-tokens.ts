/**
 * Word spans that keep `tokenize`'s whole tokens whole (a URL, an e-mail, a code, a number, a date,
 * a time, a percentage, an abbreviation), each with its kind.
 */
import type { Span, Word, WordKind } from "../../core/types";
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
  type TokenBuffer,
} from "../_lib/scan-tokens";

// the kinds tokenize keeps whole, which a word never splits
const WHOLE = new Set([K_NUMBER, K_URL, K_EMAIL, K_CODE, K_ABBR, K_DATE, K_TIME, K_PERCENT]);

/**
 * Merges two neighbouring word spans wherever a whole token runs across the boundary between them,
 * and gives each word its kind: the kind of the one token it is ("word" for a syllable), else
 * "word" (several syllables, or a whole token with what the model joined to it).
 *
 * @param text - the text
 * @param spans - the word spans, in order, not overlapping
 * @param tokens - `tokenize`'s tokens of the same text
 * @returns the words, in order
 * @example
 * ```ts
 * import { segmentWords } from "vietnews";
 * segmentWords("Xem https://vi.wikipedia.org/wiki/Hà_Nội, v.v.").map((w) => `${w.text}:${w.kind}`);
 * //=> ["Xem:word", "https://vi.wikipedia.org/wiki/Hà_Nội:url", ",:punctuation", "v.v.:abbreviation"]
 * ```
 */
export function keepWholeTokens(text: string, spans: Span[], tokens: TokenBuffer): Word[] {
  const { starts, ends, kinds, length } = tokens;
  const out: Word[] = [];
  if (spans.length === 0) return out;
  let t = 0;
  let k = 0;
  const push = (start: number, end: number) => {
    while (k < length && ends[k] <= start) k++;
    const exact = k < length && starts[k] === start && ends[k] === end;
    const kind: WordKind = !exact || kinds[k] === K_SYLLABLE ? "word" : (KIND_NAMES[kinds[k]] as WordKind);
    out.push({ start, end, text: text.slice(start, end), kind });
  };
  let start = spans[0].start;
  let end = spans[0].end;
  for (let w = 1; w < spans.length; w++) {
    // the token that holds the current word's last character
    while (t < length && ends[t] < end) t++;
    if (t < length && starts[t] < end && ends[t] > spans[w].start && WHOLE.has(kinds[t])) {
      if (spans[w].end > end) end = spans[w].end;
      continue;
    }
    push(start, end);
    start = spans[w].start;
    end = spans[w].end;
  }
  push(start, end);
  return out;
}
