import { U_LETTER, U_LOWER, U_MARK, U_SPACE, U_UPPER, unicodeClass } from "../core/char-class";
import { unitReader } from "../core/code-units";
import { decodeHTML } from "../core/lazy-deps";
import { type NormalizeChanges, TONE_STYLES, type ToneStyle } from "../core/types";

export type { NormalizeChanges };

import { ownCopy } from "../core/own-copy";
import { addSlice, findUnits, type SliceTable, sliceTable } from "../core/slice-table";
import { expectBoolean, expectOneOf, expectOptions, expectString } from "../core/validate";
import { mapChunks } from "./_lib/chunks";
import { fixSyllable, type SyllableFix } from "./_lib/fix-syllable";
import { vowelInfo } from "./_lib/letters";

/** Options of {@link normalize} and {@link normalizeWithReport}. */
export interface NormalizeOptions {
  /** Tone-mark placement: "preserve" (default) keeps either style, "old" = hòa/thủy, "new" = hoà/thuỷ. */
  toneStyle?: ToneStyle;
  /** Decode HTML character references (`&nbsp;`, `&ecirc;`, `&#7843;`) first (default false). */
  decodeEntities?: boolean;
}

/** The result of {@link normalizeWithReport}. */
export interface NormalizeResult {
  /** The normalised text. */
  text: string;
  /** What was rewritten. */
  changes: NormalizeChanges;
}

// Character classes of the single scan.
const OTHER = 0;
const LETTER = 1;
const TONED = 2;
const MARK = 3;
const ETH = 4;
const SPACE = 5;
const USPACE = 6;

// normalize's view of the library's one class table (core/char-class.ts), filled by code unit on
// first sight: letters and marks make the runs a syllable fix looks at; spaces other than the plain
// one become a plain space (tab is kept, and the zero-width space and BOM are removed before)
const UNKNOWN = 255;
const classes = new Uint8Array(0x10000).fill(UNKNOWN);

function classify(c: number): number {
  const u = unicodeClass(c);
  let k = OTHER;
  if (c >= 0x300 && c <= 0x36f) k = MARK;
  else if (c === 0xd0 || c === 0xf0) k = ETH;
  // letters from U+2000 on (letterlike symbols, CJK, full-width forms) never belong to a syllable
  else if (c < 0x2000 && (u === U_MARK || u === U_UPPER || u === U_LOWER || u === U_LETTER))
    k = (vowelInfo(c) >> 16) & 7 ? TONED : LETTER;
  else if (c === 0x20) k = SPACE;
  else if (u === U_SPACE && c !== 0x09 && c !== 0x200b && c !== 0xfeff) k = USPACE;
  classes[c] = k;
  return k;
}

/** A character reference as `decodeEntities` reads one (with or without its ";"). */
export const CHARACTER_REFERENCE = "&(?:#[0-9]{1,8};?|#[xX][0-9a-fA-F]{1,7};?|[A-Za-z][A-Za-z0-9]{1,31};?)";
const ENTITY = new RegExp(CHARACTER_REFERENCE, "g");
// Zero-width characters, soft hyphens and BOMs; a zero-width joiner after an emoji stays (it
// belongs to the emoji sequence). Removed before anything else, so "tó\u200Ban" is one word.
// "After an emoji" means after an Extended_Pictographic character, a skin-tone modifier or VS16 —
// not after any astral character: a CJK compatibility ideograph turns into a BMP one under NFC, and
// a joiner kept after it would go on the next pass (normalize must be idempotent).
const INVISIBLES =
  /[\u00ad\u180e\u200b\u200c\u2060\ufeff]|(?<![\p{Extended_Pictographic}\p{Emoji_Modifier}\ufe0f])\u200d/gu;
/** A character `normalize` may remove as invisible (the zero-width joiner only outside an emoji). */
export const HAS_INVISIBLE = /[\u00ad\u180e\u200b-\u200d\u2060\ufeff]/;
const HAS_MARK = /[\u0300-\u036f]/;
const OLD_TONE_MARK = /[\u0340\u0341]/g;
const HAS_OLD_TONE_MARK = /[\u0340\u0341]/;
// A tone mark typed before the quality mark of the same letter (both canonical class 230, so NFC
// cannot compose them): "a" + U+0301 + U+0302 is "ấ".
const TONE_BEFORE_QUALITY = /([aeoAEO])([\u0300\u0301\u0303\u0309])([\u0302\u0306])/g;
// Whether that can happen at all (a tone mark, loose or inside a precomposed letter, then a
// quality mark); only then is the text decomposed first.
const MAY_NEED_REORDER = /[\u0300\u0301\u0303\u0309\u0340\u0341ÀÁÃÈÉÒÓÕàáãèéòóõ\u1ea0-\u1ef9][\u0302\u0306]/;

const nfd = (s: string): string => s.normalize("NFD");
const nfc = (s: string): string => s.normalize("NFC");

function count(text: string, re: RegExp): number {
  let k = 0;
  re.lastIndex = 0;
  while (re.exec(text) !== null) k++;
  return k;
}

/**
 * Normalises Vietnamese text and reports what it rewrote: HTML character references (when asked),
 * NFC composition of decomposed and CP1258-style marks, broken marks (wrong order, doubled or
 * misplaced tone marks: "gíá" → "giá", "tóan" → "toán"), tone placement style, "Ð"/"ð" in
 * Vietnamese words, invisible characters and Unicode spaces. Words that are not Vietnamese
 * syllables ("COVID-19", "iPhone", "café") keep their spelling. Idempotent.
 *
 * Lengths: without `decodeEntities` the number of lines (`\n`, `\r`, U+2028/U+2029) never changes
 * and the result is never longer than `text.normalize("NFC")`; with it, references such as
 * `&#10;` may add line breaks, and the result is still never longer than the decoded input's NFC.
 *
 * @param text - the text to normalise
 * @param options - `toneStyle` ("preserve" | "old" | "new", default "preserve") and
 *   `decodeEntities` (default false)
 * @returns the normalised text and the count of each kind of change
 * @throws TypeError when `text` is not a string or an option has the wrong type
 * @throws RangeError when `toneStyle` is not one of "preserve", "old", "new"
 * @example
 * ```ts
 * normalizeWithReport("Ủy ban\u00a0nhân dân", { toneStyle: "new" }).changes.total;
 * //=> 2
 * ```
 */
export function normalizeWithReport(text: string, options?: NormalizeOptions): NormalizeResult {
  expectString(text, "normalizeWithReport", "text");
  expectOptions(options, "normalizeWithReport");
  const style = options?.toneStyle ?? "preserve";
  expectOneOf(style, TONE_STYLES, "normalizeWithReport", "options.toneStyle");
  expectBoolean(options?.decodeEntities, "normalizeWithReport", "options.decodeEntities");
  return run(text, style, options?.decodeEntities === true);
}

/**
 * Normalises Vietnamese text: NFC, repaired tone marks, the chosen tone style, no invisible
 * characters, plain single spaces. See {@link normalizeWithReport} for the details and guarantees.
 *
 * @param text - the text to normalise
 * @param options - `toneStyle` ("preserve" | "old" | "new") and `decodeEntities`
 * @returns the normalised text
 * @throws TypeError when `text` is not a string or an option has the wrong type
 * @throws RangeError when `toneStyle` is unknown
 * @example
 * ```ts
 * normalize("Ủy ban hòa giải", { toneStyle: "new" });
 * //=> "Uỷ ban hoà giải"
 * ```
 */
export function normalize(text: string, options?: NormalizeOptions): string {
  expectString(text, "normalize", "text");
  expectOptions(options, "normalize");
  const style = options?.toneStyle ?? "preserve";
  expectOneOf(style, TONE_STYLES, "normalize", "options.toneStyle");
  expectBoolean(options?.decodeEntities, "normalize", "options.decodeEntities");
  return run(text, style, options?.decodeEntities === true).text;
}

function run(input: string, style: ToneStyle, entities: boolean): NormalizeResult {
  const changes: NormalizeChanges = {
    composed: 0,
    repaired: 0,
    toneMoved: 0,
    mapped: 0,
    invisibleRemoved: 0,
    spacesNormalized: 0,
    entitiesDecoded: 0,
    total: 0,
  };
  let text = input;
  if (entities && text.includes("&")) {
    // A page repeats a few references many times: decode each distinct one once.
    const seen = new Map<string, string>();
    text = text.replace(ENTITY, (m) => {
      let d = seen.get(m);
      if (d === undefined) {
        d = decodeHTML(m);
        seen.set(m, d);
      }
      if (d !== m) changes.entitiesDecoded++;
      return d;
    });
  }
  if (HAS_INVISIBLE.test(text)) {
    text = text.replace(INVISIBLES, () => {
      changes.invisibleRemoved++;
      return "";
    });
  }
  if (HAS_MARK.test(text)) {
    if (HAS_OLD_TONE_MARK.test(text)) changes.mapped += count(text, OLD_TONE_MARK);
    const before = text.length;
    if (MAY_NEED_REORDER.test(text)) {
      text = mapChunks(text, nfd).replace(
        TONE_BEFORE_QUALITY,
        (_m, base: string, tone: string, quality: string) => {
          changes.repaired++;
          return base + quality + tone;
        },
      );
    }
    // In chunks: native normalisation slows down sharply on very long runs of marks.
    text = mapChunks(text, nfc);
    // Each mark composed into a letter shortens the text by one.
    changes.composed += Math.max(0, before - text.length);
  } else {
    const composed = text.normalize("NFC");
    if (composed !== text) {
      changes.mapped += Math.max(1, Math.abs(text.length - composed.length));
      text = composed;
    }
  }
  text = scan(text, style, changes);
  changes.total =
    changes.composed +
    changes.repaired +
    changes.toneMoved +
    changes.mapped +
    changes.invisibleRemoved +
    changes.spacesNormalized +
    changes.entitiesDecoded;
  return { text, changes };
}

/**
 * One pass over NFC text: spaces, and the letter runs that carry a tone mark, a loose combining
 * mark or an eth. Runs of plain letters are never looked at twice; text
 * with nothing to change comes back as the same string.
 */
// Runs already seen, by a hash of their code units, so a repeated syllable costs no allocation: a
// slice table per style, each run's fix beside it by index; a full table is replaced.
interface Seen {
  runs: SliceTable;
  fixes: (SyllableFix | null)[];
}
const SEEN_SLOTS = 1 << 16;
const SEEN_LIMIT = SEEN_SLOTS >> 1;
const newSeen = (): Seen => ({ runs: sliceTable(SEEN_SLOTS), fixes: [] });
const seen: Record<ToneStyle, Seen> = { preserve: newSeen(), old: newSeen(), new: newSeen() };

/** The fix of text[start, end), a run hashing to `hash` that the style's table does not hold. */
function remember(
  text: string,
  start: number,
  end: number,
  hash: number,
  style: ToneStyle,
): SyllableFix | null {
  const run = ownCopy(text.slice(start, end));
  const fix = fixSyllable(run, style);
  if (seen[style].fixes.length === SEEN_LIMIT) seen[style] = newSeen();
  const table = seen[style];
  addSlice(table.runs, run, hash);
  table.fixes.push(fix);
  return fix;
}

// the scan's own copy of the text's code units
const readText = unitReader();

function scan(text: string, style: ToneStyle, changes: NormalizeChanges): string {
  const cls = classes;
  const units = readText(text);
  const n = text.length;
  let out = "";
  let copied = 0; // text[copied, i) still has to be appended to out
  let runStart = -1;
  let runFlag = false;
  let hash = 0;
  let prevSpace = false;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? units[i] : -1;
    let k = c < 0 ? OTHER : cls[c];
    if (k === UNKNOWN) k = classify(c);
    if (k >= LETTER && k <= ETH) {
      if (runStart < 0) {
        runStart = i;
        hash = 0;
        prevSpace = false;
      }
      hash = (Math.imul(hash, 31) + c) | 0;
      if (k !== LETTER) runFlag = true;
      continue;
    }
    if (runStart >= 0) {
      if (runFlag) {
        let fix: SyllableFix | null = null;
        if (i - runStart <= 16) {
          const table = seen[style];
          const known = findUnits(table.runs, units, runStart, i, hash);
          fix = known >= 0 ? table.fixes[known] : remember(text, runStart, i, hash, style);
        }
        if (fix !== null) {
          out += text.slice(copied, runStart) + fix.text;
          copied = i;
          changes.repaired += fix.repaired;
          changes.toneMoved += fix.moved;
          changes.mapped += fix.mapped;
        }
      }
      runStart = -1;
      runFlag = false;
    }
    if (k === SPACE) {
      if (prevSpace) {
        out += text.slice(copied, i);
        copied = i + 1;
        changes.spacesNormalized++;
      }
      prevSpace = true;
    } else if (k === USPACE) {
      out += text.slice(copied, i);
      copied = i + 1;
      if (!prevSpace) out += " ";
      changes.spacesNormalized++;
      prevSpace = true;
    } else {
      prevSpace = false;
    }
  }
  if (copied === 0) return text;
  return out + text.slice(copied);
}
