import type { Span } from "../core/types";
import { expectOptions, expectString } from "../core/validate";
import { dottedAbbreviation, isHonorific } from "./_lib/abbreviations";
import { C_DIGIT, C_LOWER, C_MARK, C_UPPER, classOf } from "./_lib/char-class";
import { K_ABBR, K_NUMBER, K_PUNCT, K_SYLLABLE, K_SYMBOL, wholeTokens } from "./_lib/scan-tokens";
import { scanText, type TokenTable, tokensOption } from "./token-table";

/**
 * Options of {@link splitSentences}.
 *
 * @example
 * ```ts
 * import { splitSentences, tokenTable } from "vietnews";
 * const text = "Ông về. Bà đi.";
 * splitSentences(text, { tokens: tokenTable(text) }).length;
 * //=> 2
 * ```
 */
export interface SplitSentencesOptions {
  /**
   * The text's token table ({@link tokenTable}) when the caller has it, so the text is scanned once
   * for the sentences, the words and the entities; made here otherwise.
   */
  tokens?: TokenTable;
}

const QUOTE = 34; // "
const APOSTROPHE = 39; // '
const OPEN_CURLY = new Set([0x201c, 0x2018, 0xab, 0x201e]); // “ ‘ « „
const CLOSE_CURLY = new Set([0x201d, 0x2019, 0xbb]); // ” ’ »
const OPEN_BRACKET = new Set([40, 91, 123]); // ( [ {
const CLOSE_BRACKET = new Set([41, 93, 125]); // ) ] }
const DASHES = new Set([45, 0x2013, 0x2014]); // - – —
const CONTINUERS = new Set([44, 59, 58]); // , ; :

function isTerminalChar(c: number): boolean {
  return c === 46 || c === 63 || c === 33 || c === 0x2026;
}

function isLineBreak(c: number): boolean {
  return c === 10 || c === 13 || c === 0x2028 || c === 0x2029 || c === 0x85;
}

/**
 * Splits text into sentences, each a trimmed span with exact offsets. A line break always ends a
 * sentence (headings, bylines and list items carry no final stop in scraped news). Within a line,
 * a sentence ends at ".", "?", "!", "…" or "..." (with any closing quotes, brackets and further
 * stops after it) when the next word opens a new sentence: a capital letter, a digit, an opening
 * quote or bracket. It does not end at a lower-case word or a comma, nor at: abbreviations
 * ("TP.", "ThS.", "PGS.TS.", also spaced "TP . HCM"; listed in `data/segment/abbreviations.tsv`,
 * where "v.v." and "etc." may end a sentence before a capital); initials after a sentence start,
 * an honorific or another initial ("J. Smith", "ông V. Putin", "N. V. A"); numbers, dates and
 * codes ("29.621.682", "1.7.2020", "138/2020/NĐ-CP", spaced "596 . 094"); URLs and e-mail
 * addresses; list markers ("1.", "a.", "II."); an ellipsis before a number or a bracket, or inside
 * brackets "(...)"; "?"/"!" inside a quotation that closes within a few words ("Mẹ! Bố!"), or
 * later on the line before a dialogue tag ("Anh hỏi: “Đi đâu? Về nhà à?” rồi cười."), or in
 * brackets; a dash after a closing quote ("Đi đâu?" - tôi hỏi).
 *
 * @param text - the text to split (any string)
 * @param options - (optional) `tokens`: the text's {@link tokenTable}
 * @returns the sentences, in order, trimmed of surrounding whitespace
 * @throws TypeError when `text` is not a string or `options.tokens` is not a token table;
 *   RangeError when `options.tokens` is the table of another text
 * @example
 * ```ts
 * splitSentences("TS. Lê Văn A về TP.HCM ngày 1.7.2020. Ông nói: “Tốt!” Rồi đi.").map((s) => s.text);
 * //=> ["TS. Lê Văn A về TP.HCM ngày 1.7.2020.", "Ông nói: “Tốt!”", "Rồi đi."]
 * ```
 */
export function splitSentences(text: string, options?: SplitSentencesOptions): Span[] {
  expectString(text, "splitSentences", "text");
  expectOptions(options, "splitSentences");
  const table =
    options?.tokens === undefined
      ? scanText(text, false)
      : tokensOption(options.tokens, text, "splitSentences");
  const { starts, ends, kinds, length: n } = wholeTokens(table);
  const doc: Tokens = { text, starts, ends, kinds, n };
  const out: Span[] = [];
  const st: State = { sStart: 0, quoteOpen: false, curly: 0, paren: 0 };
  for (let i = 0; i < n; i++) {
    if (i > st.sStart && breakBetween(doc, ends[i - 1], starts[i])) {
      emit(doc, out, st.sStart, i - 1);
      st.sStart = i;
      st.quoteOpen = false;
      st.curly = 0;
      st.paren = 0;
    }
    if (!isStop(doc, st, i)) continue;
    const { last, closed } = takeClosers(doc, st, i);
    const j = last + 1;
    if (
      j < n &&
      !breakBetween(doc, ends[last], starts[j]) &&
      endsHere(doc, st, { i, last, j, inQuote: st.quoteOpen || st.curly > 0, inParen: st.paren > 0, closed })
    ) {
      emit(doc, out, st.sStart, last);
      st.sStart = j;
    }
    i = last;
  }
  if (st.sStart < n) emit(doc, out, st.sStart, n - 1);
  return out;
}

/** The scanned tokens of the text being split. */
interface Tokens {
  text: string;
  starts: ArrayLike<number>;
  ends: ArrayLike<number>;
  kinds: ArrayLike<number>;
  n: number;
}

/** Where the open sentence starts, and the quotations and brackets open in it. */
interface State {
  sStart: number;
  quoteOpen: boolean;
  curly: number;
  paren: number;
}

/** A stop and what follows it: the stop token `i`, the last closer `last`, the next token `j`. */
interface StopAt {
  i: number;
  last: number;
  j: number;
  inQuote: boolean;
  inParen: boolean;
  /** True when a closing quote or bracket follows the stop. */
  closed: boolean;
}

function emit(d: Tokens, out: Span[], a: number, b: number): void {
  const s = d.starts[a];
  const e = d.ends[b];
  out.push({ start: s, end: e, text: d.text.slice(s, e) });
}

function breakBetween(d: Tokens, a: number, b: number): boolean {
  for (let p = a; p < b; p++) if (isLineBreak(d.text.charCodeAt(p))) return true;
  return false;
}

const tokenLength = (d: Tokens, t: number): number => d.ends[t] - d.starts[t];
const firstClass = (d: Tokens, t: number): number => classOf(d.text.charCodeAt(d.starts[t]));
const tokenText = (d: Tokens, t: number): string => d.text.slice(d.starts[t], d.ends[t]);

/**
 * Whether token `i` can end a sentence ("." "?" "!" "…", or an abbreviation that may end one,
 * "v.v."); keeps count of the quotations and brackets opened and closed on the way.
 */
function isStop(d: Tokens, st: State, i: number): boolean {
  const c = d.text.charCodeAt(d.starts[i]);
  if (d.kinds[i] === K_PUNCT) {
    if (c === QUOTE) st.quoteOpen = !st.quoteOpen;
    else if (OPEN_CURLY.has(c)) st.curly++;
    else if (CLOSE_CURLY.has(c)) st.curly = st.curly > 0 ? st.curly - 1 : 0;
    else if (OPEN_BRACKET.has(c)) st.paren++;
    else if (CLOSE_BRACKET.has(c)) st.paren = st.paren > 0 ? st.paren - 1 : 0;
    return isTerminalChar(c);
  }
  return d.kinds[i] === K_ABBR && dottedAbbreviation(tokenText(d, i)) === "final";
}

/** The closing quotes, brackets and further stops that follow the stop at `i`, on its line. */
function takeClosers(d: Tokens, st: State, i: number): { last: number; closed: boolean } {
  let j = i + 1;
  let closed = false;
  while (j < d.n && d.kinds[j] === K_PUNCT && !breakBetween(d, d.ends[j - 1], d.starts[j])) {
    const c = d.text.charCodeAt(d.starts[j]);
    if (isTerminalChar(c)) {
      closed = false;
      j++;
      continue;
    }
    if (c === QUOTE) {
      if (!straightCloses(d, st, j)) break;
      st.quoteOpen = false;
    } else if (CLOSE_CURLY.has(c)) st.curly = st.curly > 0 ? st.curly - 1 : 0;
    else if (CLOSE_BRACKET.has(c)) st.paren = st.paren > 0 ? st.paren - 1 : 0;
    else if (!(c === APOSTROPHE && d.starts[j] === d.ends[j - 1])) break;
    closed = true;
    j++;
  }
  return { last: j - 1, closed };
}

/** A single letter (with its marks) written as a word: an initial ("K.", "h."). */
function isSingleLetter(d: Tokens, t: number): boolean {
  if (d.kinds[t] !== K_SYLLABLE) return false;
  for (let p = d.starts[t] + 1; p < d.ends[t]; p++)
    if (classOf(d.text.charCodeAt(p)) !== C_MARK) return false;
  return true;
}

/** A list marker token: a number of one or two digits, a roman numeral or a single letter. */
function isMarker(d: Tokens, t: number): boolean {
  if (d.kinds[t] === K_NUMBER) {
    if (firstClass(d, t) !== C_DIGIT) return true; // Roman numeral
    return /^\d{1,2}(?:\.\d{1,2}){0,3}$/.test(tokenText(d, t)); // "1", "2.3"
  }
  if (d.kinds[t] !== K_SYLLABLE) return false;
  const s = tokenText(d, t);
  return s.length === 1 || /^[IVXLC]{1,5}$/.test(s);
}

/** True when the tokens from the sentence start up to `t` are punctuation, symbols or markers. */
function onlyMarkersBefore(d: Tokens, st: State, t: number): boolean {
  if (t - st.sStart > 8) return false;
  for (let p = st.sStart; p < t; p++) {
    if (d.kinds[p] !== K_PUNCT && d.kinds[p] !== K_SYMBOL && !isMarker(d, p)) return false;
  }
  return true;
}

function isPlainNumber(d: Tokens, t: number, min: number, max: number): boolean {
  if (d.kinds[t] !== K_NUMBER) return false;
  const len = tokenLength(d, t);
  if (len < min || len > max) return false;
  for (let p = d.starts[t]; p < d.ends[t]; p++) if (classOf(d.text.charCodeAt(p)) !== C_DIGIT) return false;
  return true;
}

/** Whether the straight quote at token `q`, right after a stop, closes a quotation. */
function straightCloses(d: Tokens, st: State, q: number): boolean {
  const { starts, ends, kinds } = d;
  if (starts[q] === ends[q - 1]) return true; // attached to the stop: Tốt."
  const after = q + 1 < d.n ? d.text.charCodeAt(starts[q + 1]) : -1;
  if (after < 0 || breakBetween(d, ends[q], starts[q + 1])) return true;
  if (kinds[q + 1] === K_PUNCT && (isTerminalChar(after) || CONTINUERS.has(after) || DASHES.has(after))) {
    return true;
  }
  if (starts[q + 1] === ends[q]) return false; // attached to the next word: "Lần sau
  return st.quoteOpen;
}

/**
 * Whether a "?" or "!" inside the open quotation leaves the sentence open: the quotation closes
 * within a few tokens ("Mẹ! Bố!"), or it closes later on the line and a dialogue tag follows it (a
 * lower-case word, a comma or a dash: "Anh hỏi: “Đi đâu? Về nhà à?” rồi cười."). A quotation of
 * several sentences that closes with nothing after it is split at them, as UD-VTB splits it
 * (reading every such quotation as one lost 5 of the treebank's train boundaries and gained none).
 * Looked for within QUOTE_REACH tokens, so the scan stays linear.
 */
function quoteClosesSoon(d: Tokens, st: State, from: number): boolean {
  for (let t = from; t < d.n && t < from + QUOTE_REACH; t++) {
    if (t > from && breakBetween(d, d.ends[t - 1], d.starts[t])) return false;
    if (d.kinds[t] !== K_PUNCT) continue;
    const c = d.text.charCodeAt(d.starts[t]);
    if (OPEN_CURLY.has(c)) return false;
    if (!((c === QUOTE && st.quoteOpen) || CLOSE_CURLY.has(c))) continue;
    if (t < from + 4) return true;
    const n = t + 1;
    if (n >= d.n || breakBetween(d, d.ends[t], d.starts[n])) return false;
    const after = d.text.charCodeAt(d.starts[n]);
    return classOf(after) === C_LOWER || after === 44 || DASHES.has(after);
  }
  return false;
}

/** How many tokens ahead a quotation's closing quote is looked for. */
const QUOTE_REACH = 40;

/** "TP . HCM": a spaced stop after a word that is a listed title or place abbreviation. */
function spacedAbbreviation(d: Tokens, t: number): boolean {
  if (t < 0 || (d.kinds[t] !== K_SYLLABLE && d.kinds[t] !== K_ABBR) || tokenLength(d, t) < 2) return false;
  const cls2 = dottedAbbreviation(`${tokenText(d, t)}.`);
  return cls2 === "title" || cls2 === "place";
}

/** A word starting right after a space or punctuation (not glued to a digit: "1A"). */
function startsWord(d: Tokens, t: number): boolean {
  const p = d.starts[t] - 1;
  if (p < 0) return true;
  const q = classOf(d.text.charCodeAt(p));
  return q !== C_DIGIT && q !== C_UPPER && q !== C_LOWER && q !== C_MARK;
}

/** Whether the sentence ends after the closers of the stop (the next token is `at.j`). */
function endsHere(d: Tokens, st: State, at: StopAt): boolean {
  const { i, last, j, closed } = at;
  const { text, starts, ends, kinds } = d;
  const stop = text.charCodeAt(starts[i]);
  const isDot = kinds[i] === K_PUNCT && stop === 46 && tokenLength(d, i) === 1;
  const isEllipsis = kinds[i] === K_PUNCT && (stop === 0x2026 || (stop === 46 && tokenLength(d, i) > 1));
  const isExclaim = stop === 63 || stop === 33;
  const spaceBefore = i > 0 && starts[i] > ends[i - 1];
  // the rules that read the token before the stop read it only within the sentence (after a line
  // break it is another sentence's)
  const wordBefore = i > st.sStart;
  const nc = text.charCodeAt(starts[j]);
  const ncls = classOf(nc);
  // "(...)": an omission mark, not a stop.
  if (
    isEllipsis &&
    wordBefore &&
    kinds[i - 1] === K_PUNCT &&
    OPEN_BRACKET.has(text.charCodeAt(starts[i - 1]))
  ) {
    return false;
  }
  // "1. Mở đầu", "a. ...", "II. ...", "2.3. ...", "### 1. ...", "**II. ...": a list marker opening
  // the sentence, after nothing but punctuation and other markers.
  if (isDot && !spaceBefore && wordBefore && isMarker(d, i - 1) && onlyMarkersBefore(d, st, i - 1))
    return false;
  if (starts[j] === ends[last]) return isDot && !closed && wordBefore && missingSpace(d, i, j);
  if (ncls === C_LOWER) return false;
  if (kinds[i] === K_ABBR) return ncls === C_UPPER;
  if (isDot && !closed && (spaceBefore ? wordBefore && spacedAbbreviation(d, i - 1) : isInitial(d, st, i, j)))
    return false;
  if (kinds[j] === K_PUNCT) {
    if (CONTINUERS.has(nc)) return false;
    // A dash after a closing quote names the speaker: "Đi đâu?" - tôi hỏi.
    if (DASHES.has(nc)) return !closed && !(isExclaim && last === i);
    // "... (số hai)": a bracket after an ellipsis goes on.
    if (isEllipsis && OPEN_BRACKET.has(nc)) return false;
    return true;
  }
  if (ncls === C_DIGIT) {
    if (isEllipsis) return false;
    // "596 . 094": a number written with spaces around its group separator.
    if (
      isDot &&
      spaceBefore &&
      !closed &&
      wordBefore &&
      isPlainNumber(d, i - 1, 1, 3) &&
      isPlainNumber(d, j, 3, 3)
    )
      return false;
    return true;
  }
  // "Mẹ! Bố!": short exclamations inside one quotation.
  if (isExclaim && !closed && ((at.inQuote && quoteClosesSoon(d, st, j)) || at.inParen)) return false;
  return true;
}

/** "tỉnh.Sáng nay": a missing space after a dot between two words ends the sentence. */
function missingSpace(d: Tokens, i: number, j: number): boolean {
  const { text, starts, ends, kinds } = d;
  return (
    i > 0 &&
    kinds[i - 1] === K_SYLLABLE &&
    tokenLength(d, i - 1) >= 2 &&
    classOf(text.charCodeAt(ends[i - 1] - 1)) === C_LOWER &&
    kinds[j] === K_SYLLABLE &&
    classOf(text.charCodeAt(starts[j])) === C_UPPER &&
    tokenLength(d, j) >= 2 &&
    classOf(text.charCodeAt(starts[j] + 1)) === C_LOWER
  );
}

/**
 * Whether the dot at `i` closes an initial rather than the sentence: "Q. 1", "anh K. (35 tuổi)" (a
 * single letter before a number or a bracket); "J. Smith", "ông V. Putin", "N. V. A" (an initial
 * after the sentence start, an honorific or another initial). After any other word ("Nguyễn Văn
 * A.", "phường K.") the dot ends the sentence.
 */
function isInitial(d: Tokens, st: State, i: number, j: number): boolean {
  if (!(i > st.sStart && isSingleLetter(d, i - 1) && startsWord(d, i - 1))) return false;
  const nc = d.text.charCodeAt(d.starts[j]);
  if (classOf(nc) === C_DIGIT || OPEN_BRACKET.has(nc)) return true;
  const before = i - 2;
  return (
    firstClass(d, i - 1) === C_UPPER &&
    (before < st.sStart ||
      (before === st.sStart && d.kinds[before] === K_SYLLABLE && firstClass(d, before) === C_UPPER) ||
      isSingleLetter(d, before) ||
      (before > st.sStart && d.text.charCodeAt(d.starts[before]) === 46 && isSingleLetter(d, before - 1)) ||
      (d.kinds[before] === K_SYLLABLE && isHonorific(tokenText(d, before))))
  );
}
