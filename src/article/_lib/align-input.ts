import { classView } from "../../core/char-class";
import { decodeHTML } from "../../core/lazy-deps";
import { ownCopy } from "../../core/own-copy";
import { CHARACTER_REFERENCE, HAS_INVISIBLE } from "../../normalize/normalize";
import { toneKey } from "../../normalize/tone-key";

// The way back from the clean text to the input: each paragraph of `text` is aligned with the
// input lines it was read from. What is the same in both is taken as written, skipping markup
// (emphasis, link targets, pipes) to find the text's next word; the rest word by word on a folded
// key (each letter lower case without its tone mark; a word's tones compared in order, wherever
// they sit), so normalisation (composed marks, moved tones, collapsed spaces, removed invisible
// characters) and markup inside words do not break it, while a URL's slug ("nghi-quyet") does not
// pass for the words it spells without their marks.

/**
 * What each BMP code unit reads as, computed on first use: -1 not yet, SPACE_KEY, MARK_KEY (a
 * combining mark, a joiner, or a character normalisation removes as invisible), else
 * `key * 8 + tone`: the letter lower case without its tone mark (its other marks kept: "ê", "ơ",
 * "đ"), as `toneKey` reads it, and the tone (0 none, else toneKey's digit).
 */
const INFO = new Int32Array(0x10000).fill(-1);
/** 1 when the key is a letter or digit (a word character). */
const WORDY = new Uint8Array(0x10000);
const SPACE_KEY = -2;
const MARK_KEY = -3;
const OTHER = 0;
const WORD = 1;
// the aligner's view of the library's one class table (core/char-class.ts)
const aligned = classView([
  OTHER, // U_SYMBOL
  SPACE_KEY, // U_SPACE
  SPACE_KEY, // U_BREAK
  MARK_KEY, // U_JOINER
  MARK_KEY, // U_MARK
  WORD, // U_UPPER
  WORD, // U_LOWER
  WORD, // U_LETTER
  WORD, // U_DIGIT
  WORD, // U_DIGIT_OTHER
  WORD, // U_NUMBER
  OTHER, // U_PUNCT
  OTHER, // U_HIGH
  OTHER, // U_LOW
]);
const ENDS_WITH_TONE = /^\D[1-5]$/;

/** `key * 8 + tone` of a letter with its marks (one character, or one and combining marks). */
function readLetter(cluster: string): number {
  // toneKey gives the letter without its tone, then the tone as a digit ("ò" -> "o2", "Ð" -> "Đ")
  const k = toneKey(cluster).toLowerCase();
  const toned = ENDS_WITH_TONE.test(k);
  const key = k.charCodeAt(0);
  if (aligned(cluster.charCodeAt(0)) === WORD) WORDY[key] = 1;
  return key * 8 + (toned ? k.charCodeAt(1) - 48 : 0);
}

function infoOf(code: number): number {
  const k = INFO[code];
  if (k !== -1) return k;
  const c = String.fromCharCode(code);
  const cls = aligned(code);
  const info = HAS_INVISIBLE.test(c) ? MARK_KEY : cls === SPACE_KEY || cls === MARK_KEY ? cls : readLetter(c);
  INFO[code] = info;
  return info;
}

const CLUSTERS = new Map<string, number>();
// a character reference the normaliser decodes ("Ngh&#7883;" reads as "Nghị")
const REFERENCE = new RegExp(CHARACTER_REFERENCE, "y");
const REFERENCES = new Map<string, number>();

/** What the character reference at s[i] reads as (as `infoOf`) and its length, or null. */
function readReference(s: string, i: number): { info: number; length: number } | null {
  REFERENCE.lastIndex = i;
  const m = REFERENCE.exec(s);
  if (!m) return null;
  let info = REFERENCES.get(m[0]);
  if (info === undefined) {
    const d = decodeHTML(m[0]);
    info = d === m[0] || d.length === 0 ? MARK_KEY : d.length === 1 ? infoOf(d.charCodeAt(0)) : readLetter(d);
    if (REFERENCES.size < 10_000) REFERENCES.set(ownCopy(m[0]), info);
  }
  return info === MARK_KEY ? null : { info, length: m[0].length };
}

const WORD_START = 1;
const WORD_END = 2;
const SPACED = 4;

/**
 * A string's keyed characters, in typed arrays kept between calls (a paragraph's are read and
 * dropped; fresh arrays for each would keep the collector busy): entries below `n` are this call's.
 */
class Folded {
  n = 0;
  keys = new Int32Array(256);
  /** The tone of each (0 none): a syllable's tone may sit on another of its vowels in the input. */
  tones = new Uint8Array(256);
  at = new Int32Array(256);
  /** The offset after the character and the marks that follow it. */
  end = new Int32Array(256);
  /** WORD_START, WORD_END, SPACED (a space comes right before the character). */
  flags = new Uint8Array(256);

  add(key: number, tone: number, at: number, end: number, flags: number): void {
    if (this.n === this.keys.length) this.grow();
    const i = this.n++;
    this.keys[i] = key;
    this.tones[i] = tone;
    this.at[i] = at;
    this.end[i] = end;
    this.flags[i] = flags;
  }

  private grow(): void {
    const size = this.keys.length * 2;
    const copy = <T extends Int32Array | Uint8Array>(old: T, fresh: T): T => {
      fresh.set(old);
      return fresh;
    };
    this.keys = copy(this.keys, new Int32Array(size));
    this.tones = copy(this.tones, new Uint8Array(size));
    this.at = copy(this.at, new Int32Array(size));
    this.end = copy(this.end, new Int32Array(size));
    this.flags = copy(this.flags, new Uint8Array(size));
  }
}

const TEXT_SIDE = new Folded();
const INPUT_SIDE = new Folded();
let TO = new Int32Array(256);

function fold(s: string, from: number, to: number, f: Folded): Folded {
  f.n = 0;
  let prevWordy = false;
  let space = false;
  for (let i = from; i < to; i++) {
    const code = s.charCodeAt(i);
    let info = infoOf(code);
    let j = i + 1;
    if (code === 38) {
      const ref = readReference(s, i);
      if (ref) {
        info = ref.info;
        j = i + ref.length;
      }
    }
    if (info === SPACE_KEY) {
      if (f.n) f.flags[f.n - 1] |= WORD_END;
      prevWordy = false;
      space = true;
      i = j - 1;
      continue;
    }
    if (info === MARK_KEY) continue; // a mark with no letter before it, an invisible character
    // the marks after a letter (a decomposed input) are read with it
    const letterEnd = j;
    while (j < to && infoOf(s.charCodeAt(j)) === MARK_KEY) j++;
    if (j > letterEnd && letterEnd === i + 1) {
      const cluster = s.slice(i, j);
      const known = CLUSTERS.get(cluster);
      info = known ?? readLetter(cluster);
      if (known === undefined && CLUSTERS.size < 10_000) CLUSTERS.set(ownCopy(cluster), info);
    }
    const k = info >> 3;
    const wordy = WORDY[k] === 1;
    if (f.n && (!wordy || !prevWordy)) f.flags[f.n - 1] |= WORD_END;
    f.add(k, info & 7, i, j, (!wordy || !prevWordy ? WORD_START : 0) | (space ? SPACED : 0));
    space = false;
    prevWordy = wordy;
    i = j - 1;
  }
  if (f.n) f.flags[f.n - 1] |= WORD_END;
  return f;
}

/**
 * Aligns text [tFrom, tTo) with input [iFrom, iTo), appending segments [textStart, textEnd,
 * inputStart, inputEnd] to `out`.
 */
type Align = (
  text: string,
  tFrom: number,
  tTo: number,
  input: string,
  iFrom: number,
  iTo: number,
  out: number[],
) => void;

/** How far ahead in the input a word is looked for (keyed characters): past a long link target. */
const WORD_WINDOW = 4096;

/**
 * Appends to `out` the segments of text [tFrom, tTo) (a paragraph) aligned with input [iFrom, iTo)
 * (the line it was read from): flattened quadruples [textStart, textEnd, inputStart, inputEnd], in
 * order, each a stretch of the text read from a stretch of the input, of the same length except
 * where its last character's marks differ ("á" read from "a" and a combining acute). The words are
 * found in order, each the first whole word with its folded key ahead in the input; a character the
 * input does not hold at its place (a tab that was a pipe) is in no segment.
 */
export const alignParagraph: Align = (text, tFrom, tTo, input, iFrom, iTo, out) => {
  // most of a paragraph is its line as written: what is the same at both ends is one segment each,
  // and only the middle is aligned word by word (all of it, for most paragraphs, is the same)
  let i0 = iFrom;
  while (i0 < iTo && (input.charCodeAt(i0) === 32 || input.charCodeAt(i0) === 9)) i0++;
  let p = 0;
  const most = Math.min(tTo - tFrom, iTo - i0);
  while (p < most && text.charCodeAt(tFrom + p) === input.charCodeAt(i0 + p)) p++;
  let q = 0;
  const rest = Math.min(tTo - tFrom - p, iTo - i0 - p);
  while (q < rest && text.charCodeAt(tTo - 1 - q) === input.charCodeAt(iTo - 1 - q)) q++;
  // a segment never ends between a letter and the marks after it in the input
  while (p > 0 && infoOf(input.charCodeAt(i0 + p)) === MARK_KEY) p--;
  if (p > 0) push(out, text, input, tFrom, tFrom + p, i0, i0 + p);
  if (tFrom + p < tTo - q) alignVerbatim(text, tFrom + p, tTo - q, input, i0 + p, iTo - q, out);
  if (q > 0) push(out, text, input, tTo - q, tTo, iTo - q, iTo);
};

/** How far ahead the text's next characters are looked for as written: past a link's target. */
const RESYNC_WINDOW = 600;
const NOT_ASCII = /[^\x00-\x7f]/;
/** How many of the text's next characters are looked for. */
const PROBE = 8;
/** How far ahead a probe shorter than four characters is looked for: past a cell's pipe or "**". */
const SHORT_REACH = 8;

/**
 * Aligns text [tFrom, tTo) with input [iFrom, iTo) where the text is the input with markup taken
 * out (Markdown's "**", a link's "](target)", a table's pipes): runs the same in both are segments,
 * and at a difference the text's next PROBE characters are looked for as written a little further
 * in the input (what is skipped is markup). A space or tab of the text the input does not hold is
 * passed over. Where the text's characters are not in the input as written (normalisation changed
 * them, a character reference), the rest is aligned word by word (alignMiddle).
 */
const alignVerbatim: Align = (text, tFrom, tTo, input, iFrom, iTo, out) => {
  let t = tFrom;
  let i = iFrom;
  while (t < tTo) {
    let k = 0;
    while (t + k < tTo && i + k < iTo && text.charCodeAt(t + k) === input.charCodeAt(i + k)) k++;
    // a segment never ends between a letter and the marks after it in the input
    while (k > 0 && i + k < iTo && infoOf(input.charCodeAt(i + k)) === MARK_KEY) k--;
    if (k > 0) {
      push(out, text, input, t, t + k, i, i + k);
      t += k;
      i += k;
      continue;
    }
    const c = text.charCodeAt(t);
    if (c === 32 || c === 9) {
      t++;
      continue;
    }
    // the next characters up to a space or a tab, as the input may write a space as a line break
    // (hard-wrapped lines joined) and a tab as a pipe (a table's cells); a short probe (a word of
    // one or two letters) is looked for only just ahead
    let probe = text.slice(t, Math.min(tTo, t + PROBE));
    const blank = probe.search(/[ \t]/);
    if (blank >= 0) probe = probe.slice(0, blank);
    const reach = probe.length >= 4 ? RESYNC_WINDOW : SHORT_REACH;
    // looked for in a bounded stretch, so a probe the input lacks costs no scan of the whole input
    const found = input.slice(i, Math.min(iTo, i + reach + probe.length)).indexOf(probe);
    // not found, or found where the run above stopped (a letter the input writes with marks after
    // it), or found past text (what is skipped must be markup: ASCII, "**", "](https://…)"; a
    // Vietnamese letter in it means the word stood nearer with markup inside it, "c*ương"): the
    // word-by-word alignment takes the rest
    if (found <= 0 || NOT_ASCII.test(input.slice(i, i + found))) break;
    i += found;
  }
  if (t < tTo) alignMiddle(text, t, tTo, input, i, iTo, out);
};

/** alignParagraph's word-by-word alignment, of text [tFrom, tTo) with input [iFrom, iTo). */
const alignMiddle: Align = (text, tFrom, tTo, input, iFrom, iTo, out) => {
  const a = fold(text, tFrom, tTo, TEXT_SIDE);
  const b = fold(input, iFrom, iTo, INPUT_SIDE);
  const n = a.n;
  // the input character each keyed character of the text was read from, or -1
  if (TO.length < n) TO = new Int32Array(n * 2);
  const to = TO.fill(-1, 0, n);
  // words first: each the first whole word with its key ahead in the input
  let m = 0;
  for (let k = 0; k < n; ) {
    if (WORDY[a.keys[k]] !== 1) {
      k++;
      continue;
    }
    let e = k + 1;
    while (e < n && (a.flags[e] & WORD_START) === 0) e++;
    const after = findWord(a, k, e, b, m, to);
    if (after >= 0) m = after;
    k = e;
  }
  // then the other characters between two words, each at its last place between them in the input
  // (markup comes before a text's punctuation: "[họp](https://x.vn/a).", "**Bộ**,")
  for (let k = 0; k < n; ) {
    if (to[k] >= 0) {
      k++;
      continue;
    }
    let e = k;
    while (e < n && to[e] < 0) e++;
    const lo = k > 0 ? to[k - 1] + 1 : 0;
    let j = (e < n ? to[e] : b.n) - 1;
    for (let x = e - 1; x >= k && j >= lo; x--) {
      if (WORDY[a.keys[x]] === 1) continue;
      while (j >= lo && b.keys[j] !== a.keys[x]) j--;
      if (j >= lo) to[x] = j--;
    }
    k = e;
  }
  for (let k = 0; k < n; k++)
    if (to[k] >= 0) push(out, text, input, a.at[k], a.end[k], b.at[to[k]], b.end[to[k]]);
};

/**
 * Finds in `b` from `m` the nearest stretch that reads as the word a[k, e): its letters in order,
 * opening and closing a word of the input, with no space between them but maybe other characters
 * (markup inside the word: "số" read from "s*ố", "ab" from "a**b**", "tênCIA" from "tên`CIA`").
 * Sets `to` for its letters and returns the index after the last, or -1.
 */
function findWord(a: Folded, k: number, e: number, b: Folded, m: number, to: Int32Array): number {
  const last = Math.min(b.n - 1, m + WORD_WINDOW);
  const tones = toneSign(a, k, e);
  for (let s = m; s <= last; s++) {
    if (b.keys[s] !== a.keys[k] || (b.flags[s] & WORD_START) === 0) continue;
    let j = s + 1;
    let x = k + 1;
    // markup inside a word is short: a bounded stretch keeps the search linear
    const stop = Math.min(b.n, s + 8 * (e - k) + 32);
    while (x < e && j < stop && (b.flags[j] & SPACED) === 0) {
      if (b.keys[j] === a.keys[x]) {
        x++;
        j++;
      } else if (WORDY[b.keys[j]] !== 1) j++;
      else break;
    }
    if (x < e || (b.flags[j - 1] & WORD_END) === 0 || toneSign(b, s, j) !== tones) continue;
    to[k] = s;
    for (let y = k + 1, i = s + 1; y < e; i++) if (b.keys[i] === a.keys[y]) to[y++] = i;
    return j;
  }
  return -1;
}

/** The tones of f[from, to) in order, as one number ("hòa" and "hoà" alike; "Nghị" and "nghi" not). */
function toneSign(f: Folded, from: number, to: number): number {
  let sign = 0;
  for (let i = from; i < to; i++) if (f.tones[i] !== 0) sign = (sign * 6 + f.tones[i]) % 1_000_000_007;
  return sign;
}

/** Longest stretch between two aligned characters that joins their segments when the same. */
const JOIN_GAP = 8;

/**
 * Adds one aligned character (text [ts, te) read from input [is, ie)) to the segments: it extends
 * the last segment when that one is still one to one and the text and the input between them are
 * the same characters (the spaces and the marks between two words).
 */
function push(
  out: number[],
  text: string,
  input: string,
  ts: number,
  te: number,
  is: number,
  ie: number,
): void {
  const n = out.length;
  if (n >= 4) {
    const tEnd = out[n - 3];
    const iEnd = out[n - 1];
    const gap = ts - tEnd;
    if (
      tEnd - out[n - 4] === iEnd - out[n - 2] &&
      gap >= 0 &&
      gap <= JOIN_GAP &&
      gap === is - iEnd &&
      text.slice(tEnd, ts) === input.slice(iEnd, is)
    ) {
      out[n - 3] = te;
      out[n - 1] = ie;
      return;
    }
  }
  out.push(ts, te, is, ie);
}

/**
 * The input map of an article: each paragraph of `text` aligned with the input lines it was read
 * from: `lines[k]` is the body line of paragraph k, its first source line `index` and its last
 * `through` (hard-wrapped lines joined). The source lines are the input's lines (the normalised
 * text has `lineCount` of them: as many as the input, or when it was `cut`, no more).
 * Null when the two disagree on their lines, which normalisation never makes them do short of
 * decoding a character reference to a line break.
 */
export function inputMap(
  input: string,
  lineCount: number,
  cut: boolean,
  text: string,
  paragraphs: readonly { start: number; end: number }[],
  lines: readonly { index: number; through?: number }[],
): number[] | null {
  // the line breaks of splitLines: \r\n, \r, \n, U+2028, U+2029; the first lineCount lines' starts
  // and ends (typed arrays of that size: pushing to growing arrays cost more a line on long texts)
  const starts = new Int32Array(lineCount + 1);
  const ends = new Int32Array(lineCount + 1);
  let count = 1;
  const lineBreak = (at: number, next: number) => {
    if (count <= lineCount) {
      ends[count - 1] = at;
      starts[count] = next;
    }
    count++;
  };
  if (input.includes("\r") || input.includes("\u2028") || input.includes("\u2029")) {
    for (let i = 0; i < input.length; i++) {
      const c = input.charCodeAt(i);
      if (c !== 10 && c !== 13 && c !== 0x2028 && c !== 0x2029) continue;
      const at = i;
      if (c === 13 && input.charCodeAt(i + 1) === 10) i++;
      lineBreak(at, i + 1);
    }
  } else {
    // "\n" alone, found by the engine's string search rather than a loop over every character
    for (let i = input.indexOf("\n"); i >= 0; i = input.indexOf("\n", i + 1)) lineBreak(i, i + 1);
  }
  if (count <= lineCount) ends[count - 1] = input.length;
  if (cut ? count < lineCount : count !== lineCount) return null;
  const out: number[] = [];
  for (let k = 0; k < paragraphs.length; k++) {
    const { index, through } = lines[k];
    const p = paragraphs[k];
    alignParagraph(text, p.start, p.end, input, starts[index], ends[through ?? index], out);
  }
  return out;
}

// an HTML tag (or the start of a comment up to its first ">"): bounded by the next "<" or ">", so linear
const TAG = /<[^<>]*>/g;

/**
 * The input map of an article read from an HTML page: each paragraph of `text` aligned with the
 * page between the first text of its first block and the end of its last (`sources[i]`, the
 * block's `[start, end)` in `page`), tags read as spaces, character references as what they stand
 * for. A paragraph whose block has no position is left out (its offsets map to the nearest mapped
 * text's); null when no block of the body has one (a legacy-encoded page, whose blocks were
 * decoded).
 */
export function blockInputMap(
  page: string,
  text: string,
  paragraphs: readonly { start: number; end: number }[],
  lines: readonly { index: number; through?: number }[],
  sources: readonly ([number, number] | undefined)[],
): number[] | null {
  if (!sources.some((s) => s !== undefined)) return null;
  // the part of the page the body's blocks are in, tags masked by spaces (the same length, so an
  // offset into it plus `from` is an offset into the page)
  let from = page.length;
  let to = 0;
  for (const { index, through } of lines) {
    const first = sources[index];
    const last = sources[through ?? index];
    if (first) from = Math.min(from, first[0]);
    if (last) to = Math.max(to, last[1]);
  }
  const out: number[] = [];
  // a body whose blocks have no position: no map, rather than one that sends every offset to 0
  if (from >= to) return paragraphs.length > 0 ? null : out;
  const visible = page.slice(from, to).replace(TAG, (tag) => " ".repeat(tag.length));
  for (let k = 0; k < paragraphs.length; k++) {
    const { index, through } = lines[k];
    const first = sources[index];
    const last = sources[through ?? index];
    if (!first || !last || last[1] < first[0]) continue;
    const p = paragraphs[k];
    alignParagraph(text, p.start, p.end, visible, first[0] - from, last[1] - from, out);
  }
  for (let q = 2; q < out.length; q += 4) {
    out[q] += from;
    out[q + 1] += from;
  }
  return out;
}
