/**
 * Whether a word is one well-spelled Vietnamese syllable with its marks: the parser accepts it,
 * it has at most one tone mark, on a letter where some style puts it, and a stop coda (p, t, c,
 * ch) carries sắc or nặng, and no capital follows a lowercase ASCII letter ("Ð"/"ð" count as
 * "Đ"/"đ"). Used to score candidate decodings.
 */
import { infoBase, infoTone, vowelInfo } from "./letters";
import { parseSyllable } from "./syllable";

/**
 * Checks one word (NFC, no spaces).
 *
 * @param word - the word
 * @returns true for a well-formed Vietnamese syllable
 * @example
 * ```ts
 * isWellFormedSyllable("Việt");
 * //=> true
 * ```
 */
export function isWellFormedSyllable(word: string): boolean {
  const n = word.length;
  if (n === 0 || n > 8) return false;
  let base = "";
  let tone = 0;
  let at = -1;
  let lowerAscii = false;
  for (let i = 0; i < n; i++) {
    const c = word.charCodeAt(i);
    // Case: no capital after a lowercase ASCII letter ("trẰn" is a misdecoding; "VIệT" is TCVN3's
    // ABC, whose toned capitals come out lowercase).
    if (lowerAscii && c !== word.toLowerCase().charCodeAt(i)) return false;
    if (c >= 0x61 && c <= 0x7a) lowerAscii = true;
    const vi = vowelInfo(c);
    if (vi !== 0) {
      base += String.fromCharCode(infoBase(vi));
      const t = infoTone(vi);
      if (t) {
        if (tone) return false;
        tone = t;
        at = i;
      }
    } else if (c === 0x110 || c === 0x111 || c === 0xd0 || c === 0xf0) base += "đ";
    else if (c >= 0x41 && c <= 0x5a) base += String.fromCharCode(c + 32);
    else if (c >= 0x61 && c <= 0x7a) base += word[i];
    else return false;
  }
  const syl = parseSyllable(base);
  if (syl === null) return false;
  if (tone && at !== syl.toneOld && at !== syl.toneNew) return false;
  const stop = syl.coda === "p" || syl.coda === "t" || syl.coda === "c" || syl.coda === "ch";
  return !stop || tone === 1 || tone === 5;
}
