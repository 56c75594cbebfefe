// Pooled scratch arrays for the entity finders' per-call parse tables: kept between calls and
// grown only past their largest use, so a long text does not allocate fresh memory on every call.
// A slot's contents belong to the call that last asked for it.

const INT32_POOL: Int32Array[] = [];
const UINT8_POOL: Uint8Array[] = [];
const ARRAY_POOL: unknown[][] = [];

/**
 * A plain array from a per-slot pool, kept between calls and grown only past its largest use: an array
 * built by `push` to one element per token is reallocated and copied as it grows, and once past the
 * regular-object size every copy is a large-object allocation the collector scans again; at 100k
 * tokens that cost grew with the square of the length (0.4 ms for 10k pushes, 31 ms for 100k). Entries
 * past the length asked for are left over from earlier calls; callers read only below it.
 *
 * @param slot - which pooled array (one per concurrent use)
 * @param n - the length the caller will use (the array may be longer)
 * @param fill - the value written to entries 0..n-1
 * @returns the pooled array, entries 0..n-1 set to `fill`
 * @example
 * ```ts
 * findBodies("Bộ Nội vụ").length; // its parse tables live in pooled arrays
 * //=> 1
 * ```
 */
export function scratchArray<T>(slot: number, n: number, fill: T): T[] {
  let arr = ARRAY_POOL[slot] as T[] | undefined;
  if (!arr) {
    arr = [];
    ARRAY_POOL[slot] = arr;
  }
  const m = Math.min(n, arr.length);
  for (let k = 0; k < m; k++) arr[k] = fill;
  for (let k = m; k < n; k++) arr.push(fill);
  return arr;
}

/**
 * A typed array of length n from a per-slot pool: a view of a buffer kept between calls, so a long
 * text does not allocate fresh off-heap memory on every call (which makes V8 run full collections).
 * The contents are left over from the last call; a slot is reused by the next call that asks for it.
 *
 * @param slot - which pooled buffer (one per concurrent use)
 * @param n - the length needed
 * @returns a view of length n
 * @example
 * ```ts
 * findOfficials("Bí thư Tỉnh ủy Lê Quang Tùng").length; // its tables live in pooled arrays
 * //=> 1
 * ```
 */
export function scratchInt32(slot: number, n: number): Int32Array {
  let buf = INT32_POOL[slot];
  if (!buf || buf.length < n) {
    buf = new Int32Array(Math.max(n, 1024, (buf?.length ?? 0) * 2));
    INT32_POOL[slot] = buf;
  }
  return buf.subarray(0, n);
}

/**
 * Like `scratchInt32`, for bytes.
 *
 * @param slot - which pooled buffer
 * @param n - the length needed
 * @returns a view of length n
 * @example
 * ```ts
 * findBodies("Bộ Nội vụ").length; // its token flags live in pooled arrays
 * //=> 1
 * ```
 */
export function scratchUint8(slot: number, n: number): Uint8Array {
  let buf = UINT8_POOL[slot];
  if (!buf || buf.length < n) {
    buf = new Uint8Array(Math.max(n, 1024, (buf?.length ?? 0) * 2));
    UINT8_POOL[slot] = buf;
  }
  return buf.subarray(0, n);
}
