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

const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };

function readRoman(s: string): number | null {
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const v = ROMAN[s[i]];
    const next = i + 1 < s.length ? ROMAN[s[i + 1]] : 0;
    total += v < next ? -v : v;
  }
  if (total <= 0) return null;
  return toRoman(total) === s ? total : null;
}

function toRoman(n: number): string {
  const table: [number, string][] = [
    [100, "C"],
    [90, "XC"],
    [50, "L"],
    [40, "XL"],
    [10, "X"],
    [9, "IX"],
    [5, "V"],
    [4, "IV"],
    [1, "I"],
  ];
  let out = "";
  for (const [v, r] of table) {
    while (n >= v) {
      out += r;
      n -= v;
    }
  }
  return out;
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
  return NUMBER_WORDS.map(([w]) => w)
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/ /g, "\\s+"))
    .join("|");
}
