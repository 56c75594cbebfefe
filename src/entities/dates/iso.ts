/** Zero-padded ISO pieces and calendar helpers for date values. */

/**
 * The ISO day "2020-07-01" from its parts.
 *
 * @param y - year.
 * @param m - month, 1-12.
 * @param d - day of the month.
 * @returns the ISO day.
 * @example
 * ```ts
 * import { findDates } from "vietnews";
 * findDates("ngày 1/7/2020")[0].value;
 * //=> "2020-07-01"
 * ```
 */
export function isoDay(y: number, m: number, d: number): string {
  return `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
}

/**
 * The ISO month "2020-07" from its parts.
 *
 * @param y - year.
 * @param m - month, 1-12.
 * @returns the ISO month.
 * @example
 * ```ts
 * import { findDates } from "vietnews";
 * findDates("tháng 7/2020")[0].value;
 * //=> "2020-07"
 * ```
 */
export function isoMonth(y: number, m: number): string {
  return `${pad(y, 4)}-${pad(m, 2)}`;
}

/**
 * The number of days in a month.
 *
 * @param y - year.
 * @param m - month, 1-12.
 * @returns 28 to 31.
 * @example
 * ```ts
 * import { findDates } from "vietnews";
 * findDates("quý I/2024")[0].value;
 * //=> "2024-01-01/2024-03-31"
 * ```
 */
export function daysIn(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/**
 * Whether y-m-d is a real calendar day (with `y` null, February allows 29).
 *
 * @param y - year, or null when unknown.
 * @param m - month, 1-12.
 * @param d - day of the month.
 * @returns true for a real day.
 * @example
 * ```ts
 * import { findDates } from "vietnews";
 * findDates("ngày 31/2/2020").length;
 * //=> 0
 * ```
 */
export function validDay(y: number | null, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= (y === null ? [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1] : daysIn(y, m));
}

/**
 * The interval covering months `from`..`to` of year `y`, with day precision.
 *
 * @param y - year.
 * @param from - first month, 1-12.
 * @param to - last month, 1-12.
 * @returns "START/END".
 * @example
 * ```ts
 * import { findDates } from "vietnews";
 * findDates("6 tháng đầu năm 2020")[0].value;
 * //=> "2020-01-01/2020-06-30"
 * ```
 */
export function monthsInterval(y: number, from: number, to: number): string {
  return `${isoDay(y, from, 1)}/${isoDay(y, to, daysIn(y, to))}`;
}

/**
 * Whole days between two dates given as [year, month, day].
 *
 * @param a - one date.
 * @param b - the other.
 * @returns the absolute distance in days.
 * @example
 * ```ts
 * import { findDates } from "vietnews";
 * findDates("Chiều 18/6, họp. Ngày 17/6/2025, báo cáo.")[0].value;
 * //=> "2025-06-18"
 * ```
 */
export function dayDistance(a: [number, number, number], b: [number, number, number]): number {
  return Math.abs(Date.UTC(a[0], a[1] - 1, a[2]) - Date.UTC(b[0], b[1] - 1, b[2])) / 86_400_000;
}

function pad(n: number, w: number): string {
  return String(n).padStart(w, "0");
}
