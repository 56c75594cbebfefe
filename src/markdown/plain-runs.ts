// Plain runs of a line of Markdown, found by one pass over its code units: what the regex
// /\p{L}[\p{L}\p{N} ,.;:/()'"“”‘’%@–—-]{2,}[\p{L}\p{N}]/gu matches, without its Unicode property
// classes tried at every letter (a tenth of the Markdown renderer's own time on crawl pages).

const LETTER = 1;
const NUMBER = 2;
/** Spaces and the punctuation that starts no markup inside a line. */
const OTHER = 4;
const KNOWN = 8;
const IN_RUN = LETTER | NUMBER | OTHER;

/** By UTF-16 code unit, filled on first sight: LETTER, NUMBER or OTHER, with KNOWN set. */
const CLASS = new Uint8Array(0x10000);
const RE_LETTER = /^\p{L}$/u;
const RE_NUMBER = /^\p{N}$/u;
const OTHERS = " ,.;:/()'\"“”‘’%@–—-";

function classify(c: number): number {
  const ch = String.fromCharCode(c);
  let k = KNOWN;
  // a lone surrogate is none of these (a pair is read whole, below)
  if (RE_LETTER.test(ch)) k |= LETTER;
  else if (RE_NUMBER.test(ch)) k |= NUMBER;
  else if (OTHERS.includes(ch)) k |= OTHER;
  CLASS[c] = k;
  return k;
}

/** The class of a code point above U+FFFF (letters and numbers of other planes; none is OTHER). */
function astralClass(cp: number): number {
  const ch = String.fromCodePoint(cp);
  return RE_LETTER.test(ch) ? LETTER : RE_NUMBER.test(ch) ? NUMBER : 0;
}

/**
 * The plain runs of a text: a letter, then at least two letters, digits, spaces or characters of
 * ` ,.;:/()'"“”‘’%@–—-`, ending with a letter or a digit, each as long as it can be, counted in
 * code points, as the regex above finds them from left to right.
 *
 * @param text - the text
 * @returns start and end offsets of each run, in pairs
 * @example
 * ```ts
 * import { plainRuns } from "./plain-runs";
 * plainRuns("**Hà Nội, 2024**: a_b");
 * //=> [2, 14]
 * ```
 */
export function plainRuns(text: string): number[] {
  const out: number[] = [];
  const n = text.length;
  // the stretch of run characters open since a letter: where it starts, how many code points
  // follow that letter, and the end of its last letter or digit at least the third of them
  let start = -1;
  let count = 0;
  let end = -1;
  for (let i = 0; i < n; ) {
    const c = text.charCodeAt(i);
    let k = CLASS[c] || classify(c);
    let w = 1;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        k = astralClass((c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000);
        w = 2;
      }
    }
    if (start >= 0) {
      if (k & IN_RUN) {
        i += w;
        count++;
        if (count >= 3 && k & (LETTER | NUMBER)) end = i;
        continue;
      }
      // no run starts inside a stretch if none starts at its first letter, and after a run's end
      // only the stretch's trailing punctuation is left
      if (end >= 0) out.push(start, end);
      start = -1;
    }
    if (k & LETTER) {
      start = i;
      count = 0;
      end = -1;
    }
    i += w;
  }
  if (start >= 0 && end >= 0) out.push(start, end);
  return out;
}
