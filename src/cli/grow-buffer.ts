// Byte buffers that are filled from the front and grow by doubling (a batch's input lines, a
// worker's output lines).

/**
 * A buffer with room for `need` bytes after the first `used` of `buf`: `buf` itself when they fit,
 * else a new buffer of its own (never a slice of Node's pool, so it can be transferred), at least
 * twice as long, with those `used` bytes copied in.
 *
 * @param buf - the buffer being filled
 * @param used - how many of its bytes are filled
 * @param need - how many more bytes are coming
 * @returns a buffer with room
 * @example
 * ```ts
 * import { withRoom } from "./grow-buffer";
 * const buf = Buffer.from("ab");
 * [withRoom(buf, 1, 1) === buf, withRoom(buf, 2, 3).length, withRoom(buf, 2, 3).toString("latin1", 0, 2)];
 * //=> [true, 5, "ab"]
 * ```
 */
export function withRoom(buf: Buffer<ArrayBuffer>, used: number, need: number): Buffer<ArrayBuffer> {
  if (used + need <= buf.length) return buf;
  const grown = Buffer.allocUnsafeSlow(Math.max(2 * buf.length, used + need));
  buf.copy(grown, 0, 0, used);
  return grown;
}
