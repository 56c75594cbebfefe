import type { Span } from "../core/types";
import { expectString } from "../core/validate";
import { dottedAbbreviation, isHonorific } from "./_lib/abbreviations";
import { C_DIGIT, C_LOWER, C_MARK, C_UPPER, classOf } from "./_lib/char-class";
import { K_ABBR, K_NUMBER, K_PUNCT, K_SYLLABLE, K_SYMBOL, scanTokens } from "./_lib/scan-tokens";

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
 * brackets "(...)"; "?"/"!" inside a quotation that closes within a few words ("Mẹ! Bố!") or in
 * brackets; a dash after a closing quote ("Đi đâu?" - tôi hỏi).
 *
 * @param text - the text to split (any string)
 * @returns the sentences, in order, trimmed of surrounding whitespace
 * @throws TypeError when `text` is not a string
 * @example
 * ```ts
 * splitSentences("TS. Lê Văn A về TP.HCM ngày 1.7.2020. Ông nói: “Tốt!” Rồi đi.").map((s) => s.text);
 * //=> ["TS. Lê Văn A về TP.HCM ngày 1.7.2020.", "Ông nói: “Tốt!”", "Rồi đi."]
 * ```
 */
export function splitSentences(text: string): Span[] {
  expectString(text, "splitSentences", "text");
  const { starts, ends, kinds, length: n } = scanTokens(text);
  const out: Span[] = [];
  const emit = (a: number, b: number): void => {
    const s = starts[a];
    const e = ends[b];
    out.push({ start: s, end: e, text: text.slice(s, e) });
  };
  const breakBetween = (a: number, b: number): boolean => {
    for (let p = a; p < b; p++) if (isLineBreak(text.charCodeAt(p))) return true;
    return false;
  };
  const tokenLength = (t: number): number => ends[t] - starts[t];
  const firstClass = (t: number): number => classOf(text.charCodeAt(starts[t]));
  /** A single letter (with its marks) written as a word: an initial ("K.", "h."). */
  const isSingleLetter = (t: number): boolean => {
    if (kinds[t] !== K_SYLLABLE) return false;
    for (let p = starts[t] + 1; p < ends[t]; p++) if (classOf(text.charCodeAt(p)) !== C_MARK) return false;
    return true;
  };
  /** A list marker token: a number of one or two digits, a roman numeral or a single letter. */
  const isMarker = (t: number): boolean => {
    if (kinds[t] === K_NUMBER) {
      if (firstClass(t) !== C_DIGIT) return true; // Roman numeral
      return /^\d{1,2}(?:\.\d{1,2}){0,3}$/.test(text.slice(starts[t], ends[t])); // "1", "2.3"
    }
    if (kinds[t] !== K_SYLLABLE) return false;
    const s = text.slice(starts[t], ends[t]);
    return s.length === 1 || /^[IVXLC]{1,5}$/.test(s);
  };
  /** True when the tokens from the sentence start up to `t` are punctuation, symbols or markers. */
  const onlyMarkersBefore = (t: number): boolean => {
    if (t - sStart > 8) return false;
    for (let p = sStart; p < t; p++) {
      if (kinds[p] !== K_PUNCT && kinds[p] !== K_SYMBOL && !isMarker(p)) return false;
    }
    return true;
  };
  const isPlainNumber = (t: number, min: number, max: number): boolean => {
    if (kinds[t] !== K_NUMBER) return false;
    const len = tokenLength(t);
    if (len < min || len > max) return false;
    for (let p = starts[t]; p < ends[t]; p++) if (classOf(text.charCodeAt(p)) !== C_DIGIT) return false;
    return true;
  };

  /** Whether the straight quote at token `q`, right after a stop, closes a quotation. */
  const straightCloses = (q: number): boolean => {
    if (starts[q] === ends[q - 1]) return true; // attached to the stop: Tốt."
    const after = q + 1 < n ? text.charCodeAt(starts[q + 1]) : -1;
    if (after < 0 || breakBetween(ends[q], starts[q + 1])) return true;
    if (kinds[q + 1] === K_PUNCT && (isTerminalChar(after) || CONTINUERS.has(after) || DASHES.has(after))) {
      return true;
    }
    if (starts[q + 1] === ends[q]) return false; // attached to the next word: "Lần sau
    return quoteOpen;
  };
  /** Whether a closing quote follows within a few tokens of `from` ("Mẹ! Bố!" inside one quotation). */
  const quoteClosesSoon = (from: number): boolean => {
    for (let t = from; t < n && t < from + 4; t++) {
      if (kinds[t] !== K_PUNCT) continue;
      const d = text.charCodeAt(starts[t]);
      if ((d === QUOTE && quoteOpen) || CLOSE_CURLY.has(d)) return true;
    }
    return false;
  };
  /** "TP . HCM": a spaced stop after a word that is a listed title or place abbreviation. */
  const spacedAbbreviation = (t: number): boolean => {
    if (t < 0 || (kinds[t] !== K_SYLLABLE && kinds[t] !== K_ABBR) || tokenLength(t) < 2) return false;
    const cls2 = dottedAbbreviation(`${text.slice(starts[t], ends[t])}.`);
    return cls2 === "title" || cls2 === "place";
  };
  /** A word starting right after a space or punctuation (not glued to a digit: "1A"). */
  const startsWord = (t: number): boolean => {
    const p = starts[t] - 1;
    if (p < 0) return true;
    const q = classOf(text.charCodeAt(p));
    return q !== C_DIGIT && q !== C_UPPER && q !== C_LOWER && q !== C_MARK;
  };

  let sStart = 0;
  let quoteOpen = false;
  let curly = 0;
  let paren = 0;
  for (let i = 0; i < n; i++) {
    if (i > sStart && breakBetween(ends[i - 1], starts[i])) {
      emit(sStart, i - 1);
      sStart = i;
      quoteOpen = false;
      curly = 0;
      paren = 0;
    }
    const kind = kinds[i];
    const c = text.charCodeAt(starts[i]);
    if (kind === K_PUNCT) {
      if (c === QUOTE) quoteOpen = !quoteOpen;
      else if (OPEN_CURLY.has(c)) curly++;
      else if (CLOSE_CURLY.has(c)) curly = curly > 0 ? curly - 1 : 0;
      else if (OPEN_BRACKET.has(c)) paren++;
      else if (CLOSE_BRACKET.has(c)) paren = paren > 0 ? paren - 1 : 0;
      if (!isTerminalChar(c)) continue;
    } else if (kind !== K_ABBR || dottedAbbreviation(text.slice(starts[i], ends[i])) !== "final") {
      continue;
    }
    // A stop at i: take the closing quotes, brackets and further stops that follow it.
    let j = i + 1;
    let closed = false;
    while (j < n && kinds[j] === K_PUNCT && !breakBetween(ends[j - 1], starts[j])) {
      const d = text.charCodeAt(starts[j]);
      if (isTerminalChar(d)) {
        closed = false;
        j++;
        continue;
      }
      if (d === QUOTE) {
        if (!straightCloses(j)) break;
        quoteOpen = false;
      } else if (CLOSE_CURLY.has(d)) curly = curly > 0 ? curly - 1 : 0;
      else if (CLOSE_BRACKET.has(d)) paren = paren > 0 ? paren - 1 : 0;
      else if (!(d === APOSTROPHE && starts[j] === ends[j - 1])) break;
      closed = true;
      j++;
    }
    const last = j - 1;
    if (
      j < n &&
      !breakBetween(ends[last], starts[j]) &&
      endsHere(i, last, j, quoteOpen || curly > 0, paren > 0, closed)
    ) {
      emit(sStart, last);
      sStart = j;
    }
    i = last;
  }
  if (sStart < n) emit(sStart, n - 1);
  return out;

  /** Whether the sentence ends after token `last` (its stop is token `i`, the next token is `j`). */
  function endsHere(i: number, last: number, j: number, inQuote: boolean, inParen: boolean, closed: boolean) {
    const stop = text.charCodeAt(starts[i]);
    const isDot = kinds[i] === K_PUNCT && stop === 46 && tokenLength(i) === 1;
    const isEllipsis = kinds[i] === K_PUNCT && (stop === 0x2026 || (stop === 46 && tokenLength(i) > 1));
    const isExclaim = stop === 63 || stop === 33;
    const spaceBefore = i > 0 && starts[i] > ends[i - 1];
    const spaceAfter = starts[j] > ends[last];
    const nc = text.charCodeAt(starts[j]);
    const ncls = classOf(nc);
    const nkind = kinds[j];
    // "(...)": an omission mark, not a stop.
    if (isEllipsis && i > 0 && kinds[i - 1] === K_PUNCT && OPEN_BRACKET.has(text.charCodeAt(starts[i - 1]))) {
      return false;
    }
    // "1. Mở đầu", "a. ...", "II. ...", "2.3. ...", "### 1. ...", "**II. ...": a list marker opening
    // the sentence, after nothing but punctuation and other markers.
    if (isDot && !spaceBefore && i > sStart && isMarker(i - 1) && onlyMarkersBefore(i - 1)) return false;
    if (!spaceAfter) {
      // "tỉnh.Sáng nay": a missing space after a stop between two words.
      return (
        isDot &&
        !closed &&
        i > 0 &&
        kinds[i - 1] === K_SYLLABLE &&
        tokenLength(i - 1) >= 2 &&
        classOf(text.charCodeAt(ends[i - 1] - 1)) === C_LOWER &&
        nkind === K_SYLLABLE &&
        ncls === C_UPPER &&
        tokenLength(j) >= 2 &&
        classOf(text.charCodeAt(starts[j] + 1)) === C_LOWER
      );
    }
    if (ncls === C_LOWER) return false;
    if (kinds[i] === K_ABBR) return ncls === C_UPPER;
    if (isDot && !closed) {
      // "TP . HCM" (spaced) and initials: "J. Smith", "ông V. Putin", "anh K. (xã ...)", "P. 14".
      if (spaceBefore && spacedAbbreviation(i - 1)) return false;
      if (!spaceBefore && i > sStart && isSingleLetter(i - 1) && startsWord(i - 1)) {
        // "Q. 1", "anh K. (35 tuổi)": a single letter then a number or a bracket.
        if (ncls === C_DIGIT || OPEN_BRACKET.has(nc)) return false;
        // "J. Smith", "ông V. Putin", "N. V. A": an initial after the sentence start, an honorific
        // or another initial; after any other word ("Nguyễn Văn A.", "phường K.") the dot ends.
        const before = i - 2;
        if (
          firstClass(i - 1) === C_UPPER &&
          (before < sStart ||
            (before === sStart && kinds[before] === K_SYLLABLE && firstClass(before) === C_UPPER) ||
            isSingleLetter(before) ||
            (before > sStart && text.charCodeAt(starts[before]) === 46 && isSingleLetter(before - 1)) ||
            (kinds[before] === K_SYLLABLE && isHonorific(text.slice(starts[before], ends[before]))))
        ) {
          return false;
        }
      }
    }
    if (nkind === K_PUNCT) {
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
      if (isDot && spaceBefore && !closed && isPlainNumber(i - 1, 1, 3) && isPlainNumber(j, 3, 3))
        return false;
      return true;
    }
    // "Mẹ! Bố!": short exclamations inside one quotation.
    if (isExclaim && !closed && ((inQuote && quoteClosesSoon(j)) || inParen)) return false;
    return true;
  }
}
