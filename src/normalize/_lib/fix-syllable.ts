/**
 * Rewrites one letter run as a well-spelled syllable: one tone mark, on the letter the spelling
 * (and the chosen style) puts it; leftover combining tone marks absorbed; "Ð"/"ð" read as "Đ"/"đ".
 * Runs that do not parse as a Vietnamese syllable are left alone.
 */
import type { ToneStyle } from "../../core/types";
import { combiningTone, composeVowel, infoBase, infoTone, infoUpper, vowelInfo } from "./letters";
import { parseSyllable } from "./syllable";

/** What {@link fixSyllable} changed in one run. */
export interface SyllableFix {
  text: string;
  /** 1 when a misplaced, doubled or loose combining tone mark was repaired. */
  repaired: number;
  /** 1 when a well-placed tone mark was moved to follow the requested style. */
  moved: number;
  /** How many "Ð"/"ð" became "Đ"/"đ". */
  mapped: number;
}

const CACHE_LIMIT = 50_000;
const caches: Record<ToneStyle, Map<string, SyllableFix | null>> = {
  preserve: new Map(),
  old: new Map(),
  new: new Map(),
};

/**
 * Fixes the tone mark of one letter run (memoised per style: a text has few distinct syllables).
 *
 * @param run - a run of letters and combining marks, NFC
 * @param style - the tone-placement style
 * @returns the fix, or null when the run is already right or is not a Vietnamese syllable
 * @example
 * ```ts
 * fixSyllable("tóan", "preserve")?.text;
 * //=> "toán"
 * ```
 */
export function fixSyllable(run: string, style: ToneStyle): SyllableFix | null {
  const cache = caches[style];
  const hit = cache.get(run);
  if (hit !== undefined) return hit;
  const fix = compute(run, style);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(run, fix);
  return fix;
}

function compute(run: string, style: ToneStyle): SyllableFix | null {
  const n = run.length;
  if (n > 16) return null;
  let base = "";
  // Per base letter: the tone it carries (0 none) and whether it is upper case / was an eth.
  const tones: number[] = [];
  const upper: boolean[] = [];
  const vowel: boolean[] = [];
  let eths = 0;
  let loose = 0;
  let toneCount = 0;
  for (let i = 0; i < n; i++) {
    const c = run.charCodeAt(i);
    const vi = vowelInfo(c);
    if (vi !== 0) {
      base += String.fromCharCode(infoBase(vi));
      const t = infoTone(vi);
      tones.push(t);
      if (t) toneCount++;
      upper.push(infoUpper(vi));
      vowel.push(true);
      continue;
    }
    if (c >= 0x300 && c <= 0x36f) {
      const t = combiningTone(c);
      if (t === 0 || tones.length === 0) return null;
      const last = tones.length - 1;
      if (tones[last] === 0) tones[last] = t;
      loose++;
      toneCount++;
      continue;
    }
    let lower: number;
    if (c === 0xd0 || c === 0xf0) {
      eths++;
      lower = 0x111;
    } else if (c === 0x110 || c === 0x111) lower = 0x111;
    else if (c >= 0x41 && c <= 0x5a) lower = c + 32;
    else if (c >= 0x61 && c <= 0x7a) lower = c;
    else return null;
    base += String.fromCharCode(lower);
    tones.push(0);
    upper.push(c < 0x61 || c === 0xd0 || c === 0x110);
    vowel.push(false);
  }
  if (toneCount === 0 && eths === 0) return null;
  if (base.length > 8) return null;
  const syl = parseSyllable(base);
  if (syl === null) return null;

  // Which tone: the only one; or, when several, the one already on a right letter, else the last.
  let at = -1;
  let onRight = false;
  for (let k = 0; k < tones.length; k++) {
    if (!tones[k]) continue;
    if (k === syl.toneOld || k === syl.toneNew) {
      if (!onRight) {
        at = k;
        onRight = true;
      }
    } else if (!onRight) at = k;
  }
  const tone = at < 0 ? 0 : tones[at];
  let pos: number;
  if (style === "old") pos = syl.toneOld;
  else if (style === "new") pos = syl.toneNew;
  else pos = onRight ? at : syl.toneOld;
  const repaired = loose > 0 || toneCount > 1 || (tone !== 0 && !onRight) ? 1 : 0;
  const moved = !repaired && tone !== 0 && at !== pos ? 1 : 0;

  let out = "";
  let j = 0;
  for (let i = 0; i < n; i++) {
    const c = run.charCodeAt(i);
    if (c >= 0x300 && c <= 0x36f) continue;
    if (vowel[j]) out += composeVowel(base[j], j === pos ? tone : 0, upper[j]);
    else if (c === 0xd0) out += "Đ";
    else if (c === 0xf0) out += "đ";
    else out += run[i];
    j++;
  }
  if (out === run) return null;
  return { text: out, repaired, moved, mapped: eths };
}
