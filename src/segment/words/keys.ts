/**
 * Syllable keys for the word model: a style-insensitive lower-case key (tone style, NFC/NFD and
 * case do not matter) hashed to a 32-bit id, and a shape code. Cached per raw form.
 */
import { toneKey } from "../../normalize/tone-key";

/** Shape codes of a syllable. */
export const SH_LOWER = 0;
export const SH_CAP = 1;
export const SH_UPPER = 2;
export const SH_MIXED = 3;
export const SH_ALNUM = 4;
export const SH_NUM = 5;
export const SH_PUNCT = 6;
export const SH_SYM = 7;
export const SH_EDGE = 8;

/** FNV-1a over the code units of a string, finished with a murmur mix. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return fmix(h);
}

/** Murmur3's 32-bit finaliser. */
export function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Combines a running hash with one more 32-bit value. */
export function mix(h: number, v: number): number {
  let k = Math.imul(v, 0xcc9e2d51);
  k = (k << 15) | (k >>> 17);
  k = Math.imul(k, 0x1b873593);
  h ^= k;
  h = (h << 13) | (h >>> 19);
  return (Math.imul(h, 5) + 0xe6546b64) | 0;
}

/**
 * The lookup key of one syllable: tone style, composition and case folded away.
 *
 * @param raw - one syllable as written
 * @returns its key
 * @example
 * ```ts
 * syllableKey("Hoà") === syllableKey("hòa");
 * //=> true
 * ```
 */
export function syllableKey(raw: string): string {
  return toneKey(raw.normalize("NFC")).toLowerCase();
}

/** The 32-bit id of a syllable key. */
export function keyId(key: string): number {
  return hashString(key);
}

/** Shape of a raw syllable. */
export function shapeOf(raw: string): number {
  let upper = 0;
  let lower = 0;
  let digit = 0;
  let firstUpper = false;
  let letters = 0;
  for (let i = 0; i < raw.length; i++) {
    const ch = raw[i];
    const c = raw.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      digit++;
      continue;
    }
    const lo = ch.toLowerCase();
    const up = ch.toUpperCase();
    if (lo === up) continue; // combining marks and caseless letters
    letters++;
    if (ch === up) {
      upper++;
      if (letters === 1) firstUpper = true;
    } else lower++;
  }
  if (digit > 0) return letters > 0 ? SH_ALNUM : SH_NUM;
  if (upper === 0) return SH_LOWER;
  if (lower === 0) return upper > 1 ? SH_UPPER : SH_CAP;
  if (firstUpper && upper === 1) return SH_CAP;
  return SH_MIXED;
}
