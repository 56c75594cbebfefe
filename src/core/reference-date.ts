import { describe } from "./validate";

/**
 * Reads a `referenceDate` option: an ISO date string ("2020-07-01", a time part allowed) or a valid
 * `Date`; undefined or null mean none. Throws a TypeError for another type and a RangeError for an
 * unreadable or invalid date, naming the calling function.
 *
 * @param value - the option as given.
 * @param fn - the public function whose option it is, for the error message.
 * @returns the date at local noon (so day arithmetic never crosses a DST edge), or null.
 * @example
 * ```ts
 * readReferenceDate("2020-07-01", "extractEntities")?.getDate();
 * //=> 1
 * ```
 */
export function readReferenceDate(value: unknown, fn: string): Date | null {
  if (value === undefined || value === null) return null;
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) {
      throw new RangeError(
        `vietnews.${fn}: expected options.referenceDate to be a valid date, got Invalid Date`,
      );
    }
    return value;
  }
  if (typeof value !== "string") {
    throw new TypeError(
      `vietnews.${fn}: expected options.referenceDate to be an ISO date string or a Date, got ${describe(value)}`,
    );
  }
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:$|T)/.exec(value);
  const date = m ? new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 12) : null;
  if (!m || !date || date.getMonth() !== Number(m[2]) - 1) {
    throw new RangeError(
      `vietnews.${fn}: expected options.referenceDate to be an ISO date like "2020-07-01", got ${JSON.stringify(value)}`,
    );
  }
  return date;
}
