import { alternation } from "../core/alternation";
import { readRoman } from "../core/roman";
import { NUMBER_WORDS } from "./_data/words";

let words: Map<string, number> | null = null;

/**
 * Reads a Roman numeral ("XIII"), Arabic digits ("13") or a Vietnamese number word ("tư", "mười hai").
 *
 * @param raw - the numeral as written.
 * @returns its value, or null when it is not a numeral.
 * @example
 * ```ts
 * import { findEvents } from "vietnews";
 * findEvents("Đại hội XIII của Đảng")[0].ordinal;
 * //=> 13
 * ```
 */
export function readNumeral(raw: string): number | null {
  const s = raw.trim();
  if (/^\d{1,4}$/.test(s)) return Number(s);
  if (/^[IVXLCivxlc]{1,8}$/.test(s)) return readRoman(s.toUpperCase());
  if (!words) words = new Map(NUMBER_WORDS.map(([w, v]) => [w, v]));
  return words.get(s.toLowerCase().replace(/\s+/g, " ")) ?? null;
}

/**
 * The regex alternation of the number words, longest first, for building grammars.
 *
 * @returns a regex source such as "mười một|mười hai|...|tư|ba".
 * @example
 * ```ts
 * import { findEvents } from "vietnews";
 * findEvents("Hội nghị lần thứ tư Ban Chấp hành Trung ương khóa XII")[0].ordinal;
 * //=> 4
 * ```
 */
export function numberWordPattern(): string {
  return alternation(
    NUMBER_WORDS.map(([w]) => w),
    { space: "\\s+" },
  );
}
