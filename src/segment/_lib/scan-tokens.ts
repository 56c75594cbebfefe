/**
 * `tokenize`'s tokens (syllables, numbers, URLs, e-mail addresses, codes, abbreviations, dates,
 * times, percentages, punctuation, symbols) read from a text's token table: the table's tokens give
 * where the whitespace is, and within each whitespace-free stretch the scanner reads the characters.
 * The result is a layer of the table, made once per table and read by `tokenize`, `splitSentences`
 * and the word segmenter's kinds. Offsets and kinds go into typed arrays (no strings in the hot
 * path); `tokenize` turns them into objects.
 *
 * Linear time on any input: every regex is sticky and bounded by the run it starts on, and the
 * patterns that could rescan a long run (codes, bare domains, e-mail) remember where they failed.
 */
import { fold } from "../../normalize/fold";
import type { TokenTable, WordInfo } from "../token-table";
import { dottedAbbreviation, isInitialism } from "./abbreviations";
import {
  C_DIGIT,
  C_LOWER,
  C_MARK,
  C_PUNCT,
  C_SURROGATE,
  C_UPPER,
  CLASSES,
  classOf,
  UNKNOWN,
} from "./char-class";

export const K_SYLLABLE = 0;
export const K_NUMBER = 1;
export const K_PUNCT = 2;
export const K_SYMBOL = 3;
export const K_URL = 4;
export const K_EMAIL = 5;
export const K_CODE = 6;
export const K_ABBR = 7;
export const K_DATE = 8;
export const K_TIME = 9;
export const K_PERCENT = 10;

/** Kind names by numeric kind. */
export const KIND_NAMES = [
  "syllable",
  "number",
  "punctuation",
  "symbol",
  "url",
  "email",
  "code",
  "abbreviation",
  "date",
  "time",
  "percent",
] as const;

/** Tokens as parallel columns; the first `length` entries are valid. */
export interface TokenBuffer {
  starts: Int32Array;
  ends: Int32Array;
  kinds: Uint8Array;
  length: number;
}

const RE_URL = /(?:https?:\/\/|www\.)[^\s\u200b"“”<>]+/iy;
const RE_DOMAIN =
  /(?:[A-Za-z0-9-]+\.)+(?:vn|com|net|org|gov|edu|info|biz|io|asia|int|tv)(?![A-Za-z0-9-])(?:\/[^\s\u200b"“”<>]*)?/y;
const RE_EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/y;
const RE_TIME = /([01]?\d|2[0-4])(?:[hg:]([0-5]\d)|h)(?![\p{L}\p{N}])/uy;
const RE_DATE_DMY = /(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?![\p{L}\p{N}]|[/.-][\p{L}\p{N}])/uy;
const RE_DATE_MY = /(\d{1,2})([/-])((?:19|20)\d{2})(?![\p{L}\p{N}]|[/.-][\p{L}\p{N}])/uy;
const RE_DATE_ISO = /((?:19|20)\d{2})-(\d{2})-(\d{2})(?![\p{L}\p{N}]|[/.-][\p{L}\p{N}])/uy;
const RE_NUMBER = /\d{1,3}(?:\.\d{3})+(?:,\d+)?(?!\d)|\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d)|\d+(?:[.,]\d+)?/y;
const RE_CODE = /[\p{L}\p{M}\p{N}]+(?:[/-][\p{L}\p{M}\p{N}]+)+/uy;
const RE_DOTTED = /[\p{L}\p{M}]+(?:\.[\p{L}\p{M}]+){0,3}\.?/uy;
const RE_SYLLABLE_SHAPE =
  /^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnpqrstvx])?[aeiouy]{1,3}(?:ch|ng|nh|[cmnpt])?$/;
/** Roman numerals from II to XXXIX, as in "khóa XIV" (only I, V and X: "CD", "MC" stay initialisms). */
const RE_ROMAN = /^(?=[IVX]{2})X{0,3}(?:IX|IV|V?I{0,3})$/;
const URL_TRAILING = ".,;:!?)]}\"'”’»…";

function grow(buf: TokenBuffer): void {
  const size = buf.starts.length * 2;
  const s = new Int32Array(size);
  s.set(buf.starts);
  const e = new Int32Array(size);
  e.set(buf.ends);
  const k = new Uint8Array(size);
  k.set(buf.kinds);
  buf.starts = s;
  buf.ends = e;
  buf.kinds = k;
}

function isAsciiAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function isEmailLocal(c: number): boolean {
  return isAsciiAlnum(c) || c === 46 || c === 95 || c === 37 || c === 43 || c === 45;
}

// what may follow a plain syllable (see the scanner's first rule): whitespace, the end of the text
// (NaN, read as 0) and the punctuation that ends a clause
const PLAIN_AFTER = new Uint8Array(0x10000);
for (const c of [0, 9, 10, 11, 12, 13, 32, 0xa0, 0x85, 0x200b, 0x2028, 0x2029, 0xfeff]) PLAIN_AFTER[c] = 1;
for (const c of ',;:)!?"”') PLAIN_AFTER[c.charCodeAt(0)] = 1;

/**
 * True when text[from, to) is lower-case letters and marks only, with a lower-case letter among
 * them when `needLower` (after a capital: "O" with marks alone is an initialism's shape).
 */
function lowerRun(text: string, from: number, to: number, needLower: boolean): boolean {
  let lower = !needLower;
  for (let j = from; j < to; j++) {
    const c = text.charCodeAt(j);
    let q = CLASSES[c];
    if (q === UNKNOWN) q = classOf(c);
    if (q === C_LOWER) lower = true;
    else if (q !== C_MARK) return false;
  }
  return lower;
}

/** Pushes the URL of `length` code units at `at` without its trailing punctuation; returns its end. */
function pushUrl(
  text: string,
  at: number,
  length: number,
  push: (s: number, e: number, k: number) => void,
): number {
  let e = at + length;
  while (e > at + 1 && URL_TRAILING.includes(text[e - 1])) e--;
  push(at, e, K_URL);
  return e;
}

function isWord(cls: number): boolean {
  return cls >= C_UPPER && cls <= C_MARK;
}

/** "http" or "www." (any case) at `at`. */
function startsUrl(t: string, at: number): boolean {
  const a = t.charCodeAt(at) | 32;
  if (a === 104) {
    return (
      (t.charCodeAt(at + 1) | 32) === 116 &&
      (t.charCodeAt(at + 2) | 32) === 116 &&
      (t.charCodeAt(at + 3) | 32) === 112
    );
  }
  return (
    a === 119 &&
    (t.charCodeAt(at + 1) | 32) === 119 &&
    (t.charCodeAt(at + 2) | 32) === 119 &&
    t.charCodeAt(at + 3) === 46
  );
}

/**
 * The kind of the table token text[at, end), starting with a letter of class `k`, where a space or
 * a clause's punctuation follows it: a syllable, or an abbreviation for an initialism ("UBND"); -2
 * when it holds more than letters and marks after its first letter, or starts a URL. Depends on the
 * token's code units alone (a URL's "http" or "www." lies inside it: what follows it is no letter).
 */
function plainKind(text: string, at: number, end: number, k: number): number {
  if (!lowerRun(text, at + 1, end, k === C_UPPER) || startsUrl(text, at)) return -2;
  return k === C_LOWER || !isInitialism(text.slice(at, end)) ? K_SYLLABLE : K_ABBR;
}

function match(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

/** True when an all-capital word could be a Vietnamese syllable ("HỒ", "BAN"), not an initialism. */
function looksLikeSyllable(word: string): boolean {
  return RE_SYLLABLE_SHAPE.test(fold(word).toLowerCase());
}

/**
 * `tokenize`'s tokens of a table's text, made on the first call for a table and kept with it, so
 * every stage that reads them reads one scan.
 *
 * @param table - the text's token table
 * @returns the tokens (whitespace skipped)
 * @example
 * ```ts
 * import { tokenTable } from "vietnews";
 * import { KIND_NAMES, wholeTokens } from "./scan-tokens";
 * const t = wholeTokens(tokenTable("Xem TP.HCM 14h30"));
 * Array.from(t.kinds.subarray(0, t.length), (k) => KIND_NAMES[k]);
 * //=> ["syllable", "abbreviation", "time"]
 * ```
 */
export function wholeTokens(table: TokenTable): TokenBuffer {
  return table.layer("wholeTokens", scanTokens);
}

/** Scans the text of `table` into `tokenize`'s tokens, whitespace skipped. */
function scanTokens(table: TokenTable): TokenBuffer {
  const text = table.text;
  const n = text.length;
  const cap = Math.max(16, ((n / 3) | 0) + 16);
  const buf: TokenBuffer = {
    starts: new Int32Array(cap),
    ends: new Int32Array(cap),
    kinds: new Uint8Array(cap),
    length: 0,
  };
  const push = (s: number, e: number, k: number): void => {
    if (buf.length === buf.starts.length) grow(buf);
    buf.starts[buf.length] = s;
    buf.ends[buf.length] = e;
    buf.kinds[buf.length] = k;
    buf.length++;
  };
  // Failure memos that keep rescans linear.
  let noCodeUntil = 0;
  let noDomainUntil = 0;
  let nextAt = -2; // index of the next "@" at or after the cursor, -1 when none
  let chunkEnd = 0; // end of the current whitespace-free chunk
  let chunkHasAt = false;
  // the table's tokens cover every character but whitespace: the cursor skips to the next one,
  // and a chunk is a run of tokens with nothing between them
  const { start: tStart, end: tEnd, gap, keyed } = table;
  const count = table.length;
  let t = 0;
  let i = 0;
  for (;;) {
    while (t < count && tEnd[t] <= i) t++;
    if (t === count) break;
    if (i < tStart[t]) i = tStart[t];
    const c = text.charCodeAt(i);
    const k = classOf(c);
    if (i >= chunkEnd) {
      let u = t;
      while (u + 1 < count && gap[u + 1] === 0) u++;
      chunkEnd = tEnd[u];
      if (nextAt !== -1 && nextAt < i) nextAt = text.indexOf("@", i);
      chunkHasAt = nextAt !== -1 && nextAt < chunkEnd;
    }
    // most tokens are plain syllables: a table token of lower-case letters and marks (after one
    // capital, perhaps) with a space, the end or a clause's punctuation after it, in a chunk
    // without "@". None of the rules below can make more of it, so it is taken whole.
    if ((k === C_LOWER || k === C_UPPER) && i === tStart[t] && !chunkHasAt) {
      const e = tEnd[t];
      if (PLAIN_AFTER[text.charCodeAt(e) & 0xffff] === 1) {
        // what follows the word is plain, so the rest depends on the word alone: asked once per
        // distinct word where the table has interned them
        let kind: number;
        if (keyed) {
          const info = table.info(t) as WordInfo;
          if (info.plainKind === -1) info.plainKind = plainKind(text, i, e, k);
          kind = info.plainKind;
        } else kind = plainKind(text, i, e, k);
        if (kind >= 0) {
          push(i, e, kind);
          i = e;
          continue;
        }
      }
    }
    const prev = i > 0 ? text.charCodeAt(i - 1) : 32;
    if (isAsciiAlnum(c) && !isAsciiAlnum(prev)) {
      // URLs, e-mail addresses and bare domains start at an ASCII letter or digit.
      if (startsUrl(text, i) && prev !== 46) {
        const m = match(RE_URL, text, i);
        if (m) {
          i = pushUrl(text, i, m[0].length, push);
          continue;
        }
      }
      if (chunkHasAt && !isEmailLocal(prev)) {
        const m = match(RE_EMAIL, text, i);
        if (m) {
          push(i, i + m[0].length, K_EMAIL);
          i += m[0].length;
          continue;
        }
      }
      if (i >= noDomainUntil && prev !== 46 && prev !== 45) {
        let r = i + 1;
        while (r < n && (isAsciiAlnum(text.charCodeAt(r)) || text.charCodeAt(r) === 45)) r++;
        if (text.charCodeAt(r) === 46) {
          const m = match(RE_DOMAIN, text, i);
          if (m) {
            i = pushUrl(text, i, m[0].length, push);
            continue;
          }
          while (r < n) {
            const d = text.charCodeAt(r);
            if (!isAsciiAlnum(d) && d !== 46 && d !== 45) break;
            r++;
          }
        }
        noDomainUntil = r;
      }
    }
    if (k === C_DIGIT) {
      i = scanDigits(text, i, push);
      continue;
    }
    if (k >= C_UPPER && k <= C_MARK) {
      i = scanWord(text, i, push);
      continue;
    }
    if (k === C_PUNCT) {
      if (c === 46) {
        let j = i + 1;
        while (j < n && text.charCodeAt(j) === 46) j++;
        push(i, j, K_PUNCT);
        i = j;
      } else {
        push(i, i + 1, K_PUNCT);
        i++;
      }
      continue;
    }
    if (k === C_SURROGATE && c <= 0xdbff && i + 1 < n) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        push(i, i + 2, K_SYMBOL);
        i += 2;
        continue;
      }
    }
    push(i, i + 1, K_SYMBOL);
    i++;
  }
  return buf;

  function scanDigits(t: string, at: number, out: typeof push): number {
    let d = at + 1;
    while (d < n && classOf(t.charCodeAt(d)) === C_DIGIT) d++;
    const x = t.charCodeAt(d);
    let m: RegExpExecArray | null;
    if ((x === 104 || x === 103 || x === 58) && d - at <= 2) {
      m = match(RE_TIME, t, at);
      if (m) {
        out(at, at + m[0].length, K_TIME);
        return at + m[0].length;
      }
    }
    const sep = x === 47 || x === 45;
    if (sep || x === 46) {
      if (d - at <= 2) {
        m = match(RE_DATE_DMY, t, at);
        if (m && validDay(+m[1]) && validMonth(+m[3])) {
          out(at, at + m[0].length, K_DATE);
          return at + m[0].length;
        }
        m = sep ? match(RE_DATE_MY, t, at) : null;
        if (m && validMonth(+m[1])) {
          out(at, at + m[0].length, K_DATE);
          return at + m[0].length;
        }
      } else if (d - at === 4 && x === 45) {
        m = match(RE_DATE_ISO, t, at);
        if (m && validMonth(+m[2]) && validDay(+m[3])) {
          out(at, at + m[0].length, K_DATE);
          return at + m[0].length;
        }
      }
    }
    if (sep && at >= noCodeUntil) {
      m = match(RE_CODE, t, at);
      if (m) {
        const end = at + m[0].length;
        if (hasUpper(t, at, end)) {
          out(at, end, K_CODE);
          return end;
        }
        noCodeUntil = end;
      }
    }
    let end = d;
    if (x === 46 || x === 44) {
      m = match(RE_NUMBER, t, at);
      if (m) end = at + m[0].length;
    }
    if (t.charCodeAt(end) === 37) {
      out(at, end + 1, K_PERCENT);
      return end + 1;
    }
    out(at, end, K_NUMBER);
    return end;
  }

  function hasUpper(t: string, from: number, to: number): boolean {
    for (let j = from; j < to; j++) if (classOf(t.charCodeAt(j)) === C_UPPER) return true;
    return false;
  }

  function scanWord(t: string, at: number, out: typeof push): number {
    const len = t.length;
    let j = at + 1;
    for (;;) {
      while (j < len) {
        const c = t.charCodeAt(j);
        let q = CLASSES[c];
        if (q === UNKNOWN) q = classOf(c);
        if (q < C_UPPER || q > C_MARK) break; // isWord(q), read inline
        j++;
      }
      // An apostrophe between letters stays inside the word (O'Neil, McDonald's).
      const a = t.charCodeAt(j);
      if ((a === 39 || a === 0x2019) && j + 1 < len && isWord(classOf(t.charCodeAt(j + 1)))) {
        j += 2;
        continue;
      }
      break;
    }
    // Alphanumeric run and codes: A5, H5N1, COVID-19, NĐ-CP, CT/TW.
    let r = j;
    while (r < len) {
      const q = classOf(t.charCodeAt(r));
      if (q !== C_DIGIT && !isWord(q)) break;
      r++;
    }
    const sep = t.charCodeAt(r);
    if ((sep === 45 || sep === 47) && r + 1 < len && at >= noCodeUntil) {
      const q = classOf(t.charCodeAt(r + 1));
      if (q === C_DIGIT || isWord(q)) {
        const m = match(RE_CODE, t, at);
        if (m) {
          const end = at + m[0].length;
          if (isInitialism(m[0]) || isLetterCode(t, at, end)) {
            out(at, end, isInitialism(m[0]) ? K_ABBR : K_CODE);
            return end;
          }
          noCodeUntil = end;
        }
      }
    }
    if (r > j) {
      out(at, r, K_CODE);
      return r;
    }
    // Dotted abbreviations: TP., v.v., PGS.TS., TP.HCM.
    if (t.charCodeAt(j) === 46) {
      const end = dottedEnd(t, at);
      if (end > 0) {
        out(at, end, K_ABBR);
        return end;
      }
    }
    if (classOf(t.charCodeAt(at)) !== C_UPPER) {
      out(at, j, K_SYLLABLE);
      return j;
    }
    const word = t.slice(at, j);
    if (j - at >= 2 && RE_ROMAN.test(word)) {
      out(at, j, K_NUMBER);
      return j;
    }
    if (isInitialism(word) || (j - at >= 2 && allUpper(t, at, j) && !looksLikeSyllable(word))) {
      out(at, j, K_ABBR);
    } else {
      out(at, j, K_SYLLABLE);
    }
    return j;
  }

  /** First segment all capitals (2+ characters), every other segment opening with a capital or digit. */
  function isLetterCode(t: string, from: number, to: number): boolean {
    let seg = 0;
    let segStart = true;
    let firstLen = 0;
    for (let j = from; j < to; j++) {
      const ch = t.charCodeAt(j);
      if (ch === 45 || ch === 47) {
        seg++;
        segStart = true;
        continue;
      }
      const q = classOf(ch);
      if (seg === 0) {
        if (q !== C_UPPER && q !== C_DIGIT && q !== C_MARK) return false;
        firstLen++;
      } else if (segStart && q !== C_UPPER && q !== C_DIGIT) {
        return false;
      }
      segStart = false;
    }
    return firstLen >= 2;
  }

  function allUpper(t: string, from: number, to: number): boolean {
    for (let j = from; j < to; j++) {
      const q = classOf(t.charCodeAt(j));
      if (q !== C_UPPER && q !== C_MARK) return false;
    }
    return true;
  }

  /** End of the longest listed (or all-capital) dotted abbreviation at `at`, or 0. */
  function dottedEnd(t: string, at: number): number {
    const m = match(RE_DOTTED, t, at);
    if (!m) return 0;
    const s = m[0];
    // Candidate ends: after each part, with and without its trailing dot; longest first.
    const cuts: number[] = [];
    for (let p = 0; p < s.length; p++) if (s.charCodeAt(p) === 46) cuts.push(p);
    for (let c = cuts.length - 1; c >= 0; c--) {
      // "TP.HCM" (the part after the dot) before "TP." (up to the dot).
      const next = c + 1 < cuts.length ? cuts[c + 1] : s.length;
      if (next > cuts[c] + 1) {
        const noDot = s.slice(0, next);
        if (dottedAbbreviation(noDot) !== undefined || allCapsChain(noDot)) return at + noDot.length;
      }
      const withDot = s.slice(0, cuts[c] + 1);
      if (dottedAbbreviation(withDot) !== undefined) return at + withDot.length;
    }
    return 0;
  }

  function allCapsChain(s: string): boolean {
    let letters = 0;
    for (let p = 0; p < s.length; p++) {
      const ch = s.charCodeAt(p);
      if (ch === 46) {
        if (letters === 0 || letters > 4) return false;
        letters = 0;
        continue;
      }
      const q = classOf(ch);
      if (q !== C_UPPER && q !== C_MARK) return false;
      letters++;
    }
    return letters > 0 && letters <= 4;
  }
}

function validDay(d: number): boolean {
  return d >= 1 && d <= 31;
}

function validMonth(m: number): boolean {
  return m >= 1 && m <= 12;
}
