// Roman numerals, read strictly ("XIII" is 13, "IIII" is not a numeral): shared by the entity
// readers ("khóa XIII") and the chrome rules (a list's "IV." item).

const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };

/**
 * Reads an upper-case Roman numeral of I, V, X, L and C written the standard way.
 *
 * @param s - the numeral ("XIII")
 * @returns its value, or null when it is not one written the standard way
 */
export function readRoman(s: string): number | null {
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
