/**
 * Argument checks for the public boundary. Each throws a `TypeError` (wrong type) or
 * `RangeError` (unknown value) whose message names the argument and what was expected.
 *
 * @example
 * ```ts
 * import { expectString } from "./validate";
 * expectString("abc", "normalize", "text");
 * //=> nothing is thrown
 * ```
 */
export function expectString(value: unknown, fn: string, name: string): asserts value is string {
  if (typeof value !== "string") {
    throw new TypeError(`vietnews.${fn}: expected ${name} to be a string, got ${describe(value)}`);
  }
}

/** Throws unless `value` is undefined, null or a plain object. */
export function expectOptions(value: unknown, fn: string, name = "options"): void {
  if (value === undefined || value === null) return;
  if (typeof value !== "object" || Array.isArray(value)) {
    throw new TypeError(`vietnews.${fn}: expected ${name} to be an object, got ${describe(value)}`);
  }
}

/** Throws a RangeError unless `value` is undefined or one of `allowed`. */
export function expectOneOf<T extends string>(
  value: unknown,
  allowed: readonly T[],
  fn: string,
  name: string,
): asserts value is T | undefined {
  if (value === undefined) return;
  if (typeof value !== "string") {
    throw new TypeError(
      `vietnews.${fn}: expected ${name} to be one of ${allowed.map((a) => JSON.stringify(a)).join(", ")}, got ${describe(value)}`,
    );
  }
  if (!(allowed as readonly string[]).includes(value)) {
    throw new RangeError(
      `vietnews.${fn}: expected ${name} to be one of ${allowed.map((a) => JSON.stringify(a)).join(", ")}, got ${JSON.stringify(value)}`,
    );
  }
}

/** Throws unless `value` is undefined or a boolean. */
export function expectBoolean(value: unknown, fn: string, name: string): void {
  if (value !== undefined && typeof value !== "boolean") {
    throw new TypeError(`vietnews.${fn}: expected ${name} to be a boolean, got ${describe(value)}`);
  }
}

/** A short description of a value's type for error messages. */
export function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (value instanceof Uint8Array) return "a Uint8Array";
  return typeof value === "object" ? "an object" : `a ${typeof value}`;
}
