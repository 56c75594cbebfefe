// The credit, byline and caption patterns, built from data/chrome/credit-words.tsv: the chrome
// classifier and the header reader match the same words. Every pattern is anchored or bounded and
// is an alternation of fixed words, so it runs in linear time.
import { alternation as anyOf, escapeRegExp } from "../../core/alternation";
import { CREDIT_WORDS, SOURCE_LOWER } from "../_data/credit-words";

/** A source word as written, capitalised ("Theo") or in capitals ("THEO"), never in mixed case. */
function asWritten(words: readonly string[]): string {
  return anyOf(words, {
    form: (w) => `[${w[0]}${w[0].toUpperCase()}]${escapeRegExp(w.slice(1))}|${escapeRegExp(w.toUpperCase())}`,
  });
}

const SOURCE = asWritten(CREDIT_WORDS.source);
const LABEL = anyOf([...CREDIT_WORDS.byline, ...CREDIT_WORDS.role]);

/** "Theo TTXVN", "Nguồn: VOV", "(Nguồn ảnh: Internet)": a source credit naming a capitalised outlet. */
export const CREDIT = new RegExp(`^\\(?\\s{0,3}(?:${SOURCE})\\s{0,3}:?\\s{0,3}[\\p{Lu}\\p{N}]`, "u");
/** "Nguồn: internet": a source credit with a lower-case name after a colon. */
export const CREDIT_LOWER = new RegExp(
  `^\\(?\\s{0,3}(?:${asWritten(SOURCE_LOWER)})\\s{0,3}:\\s{0,3}[\\p{L}\\p{N}]`,
  "u",
);
/** "Ảnh: ...", "Bài và ảnh: ...", "Đồ họa: ...": a label of who did what. */
export const ROLE_CREDIT = new RegExp(`^\\(?\\s{0,3}(?:${LABEL})\\s{0,3}:`, "iu");
/** "... (Ảnh: TTXVN)", "Ảnh minh họa: ...": a photo credit or a caption label inside a line. */
export const CAPTION = new RegExp(
  `(?:^|[\\s(])(?:${anyOf([...CREDIT_WORDS.photo, ...CREDIT_WORDS.caption])})\\s{0,3}:`,
  "iu",
);
/** "Ảnh minh họa", "(Ảnh tư liệu)": a line that opens as a photo caption. */
export const CAPTION_START = new RegExp(`^\\(?\\s{0,3}(?:${anyOf(CREDIT_WORDS.caption)})`, "iu");
/** "Bài và ảnh: ": the label of a byline, up to the name. */
export const BYLINE_LABEL = new RegExp(`^(?:${anyOf(CREDIT_WORDS.byline)})\\s{0,3}:\\s{0,3}`, "iu");
/** "Theo ", "Nguồn: ": the opening of a source credit, up to the name. */
export const CREDIT_PREFIX = new RegExp(`^\\(?\\s{0,3}(?:${SOURCE})\\s{0,3}:?\\s{0,3}`, "u");
