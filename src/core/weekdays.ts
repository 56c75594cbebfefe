// The weekday words Vietnamese news writes before a date ("Thứ Hai, 15/7/2024", "thứ 2", "Chủ
// nhật", "CN"), one list for the header, the chrome and the date finder.

/** The weekday numbers' words after "thứ": thứ hai (Monday) ... thứ bảy (Saturday). */
const NUMBERED = ["hai", "ba", "tư", "năm", "sáu", "bảy"];

/**
 * A regex source (no group captures) matching a weekday: "thứ" with a word or a digit 2–7, "chủ
 * nhật", and with `abbreviation` "CN". For a case-insensitive pattern give `caseSensitive: false`;
 * otherwise each word may start with a capital ("Thứ Hai", "thứ hai").
 *
 * @param options - `caseSensitive` (default false), `abbreviation` (default true)
 * @returns the source, to put inside a larger pattern
 * @example
 * ```ts
 * new RegExp(`^(?:${weekdaySource({ caseSensitive: true, abbreviation: false })})$`, "u").test("Thứ Hai");
 * //=> true
 * ```
 */
export function weekdaySource(options?: { caseSensitive?: boolean; abbreviation?: boolean }): string {
  const cs = options?.caseSensitive === true;
  const w = (s: string) => (cs ? `[${s[0].toUpperCase()}${s[0]}]${s.slice(1)}` : s);
  const alts = [`${w("thứ")}\\s{1,3}(?:${NUMBERED.map(w).join("|")}|[2-7])`, `${w("chủ")}\\s{1,3}nhật`];
  if (options?.abbreviation !== false) alts.push(cs ? "CN" : "cn");
  return alts.join("|");
}
