/** Zero-padded ISO pieces and calendar helpers for date values. */

/** "2020-07-01" from parts (month 1-12). */
export function isoDay(y: number, m: number, d: number): string {
  return `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
}

/** "2020-07" from parts. */
export function isoMonth(y: number, m: number): string {
  return `${pad(y, 4)}-${pad(m, 2)}`;
}

/** Days in a month (month 1-12). */
export function daysIn(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** True when y-m-d is a real calendar day. */
export function validDay(y: number | null, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= (y === null ? [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1] : daysIn(y, m));
}

/** The interval covering months `from`..`to` of year y, with day precision. */
export function monthsInterval(y: number, from: number, to: number): string {
  return `${isoDay(y, from, 1)}/${isoDay(y, to, daysIn(y, to))}`;
}

/** Days between two UTC dates given as parts. */
export function dayDistance(a: [number, number, number], b: [number, number, number]): number {
  return Math.abs(Date.UTC(a[0], a[1] - 1, a[2]) - Date.UTC(b[0], b[1] - 1, b[2])) / 86_400_000;
}

function pad(n: number, w: number): string {
  return String(n).padStart(w, "0");
}
