/**
 * The shipped model format: a sparse list of the non-zero int8 weights of a 2^bits hashed table.
 * Layout: "VNWS" magic, one byte `bits`, a varint count, `count` varint index deltas, then `count`
 * int8 values. Also a dependency-free base64 codec for the generated module.
 */

const MAGIC = [0x56, 0x4e, 0x57, 0x53]; // "VNWS"

/**
 * Encodes a dense int8 weight table as the sparse model format.
 *
 * @param weights - the table (length a power of two)
 * @returns the encoded bytes
 * @example
 * ```ts
 * decodeModel(encodeModel(new Int8Array(1024)))[0];
 * //=> 0
 * ```
 */
export function encodeModel(weights: Int8Array): Uint8Array {
  const bits = Math.log2(weights.length);
  const out: number[] = [...MAGIC, bits];
  const idx: number[] = [];
  for (let i = 0; i < weights.length; i++) if (weights[i] !== 0) idx.push(i);
  const varint = (v: number) => {
    let x = v;
    while (x >= 0x80) {
      out.push((x & 0x7f) | 0x80);
      x = Math.floor(x / 128);
    }
    out.push(x);
  };
  varint(idx.length);
  let last = 0;
  for (const i of idx) {
    varint(i - last);
    last = i;
  }
  for (const i of idx) out.push(weights[i] & 0xff);
  return Uint8Array.from(out);
}

/**
 * Decodes the sparse model format into a dense int8 table.
 *
 * @param bytes - encoded model
 * @returns the weights
 * @example
 * ```ts
 * decodeModel(encodeModel(Int8Array.of(0, 3, 0, -2)))[3];
 * //=> -2
 * ```
 */
export function decodeModel(bytes: Uint8Array): Int8Array {
  const bad = (why: string): never => {
    throw new RangeError(`vietnews: not a word model (${why})`);
  };
  if (bytes.length < 6) bad("too short");
  for (let k = 0; k < 4; k++) if (bytes[k] !== MAGIC[k]) bad('no "VNWS" header');
  const bits = bytes[4];
  if (bits > 26) bad(`a table of 2^${bits} weights`);
  const size = 1 << bits;
  const w = new Int8Array(size);
  let p = 5;
  const varint = (): number => {
    let v = 0;
    let mul = 1;
    for (let n = 0; n < 5; n++) {
      if (p >= bytes.length) bad("cut short");
      const b = bytes[p++];
      v += (b & 0x7f) * mul;
      if (b < 0x80) return v;
      mul *= 128;
    }
    return bad("a number longer than five bytes");
  };
  const count = varint();
  if (count > size) bad(`${count} weights for a table of ${size}`);
  const idx = new Uint32Array(count);
  let last = 0;
  for (let k = 0; k < count; k++) {
    last += varint();
    if (last >= size) bad("a weight outside the table");
    idx[k] = last;
  }
  if (p + count !== bytes.length) bad(`${bytes.length - p} bytes for ${count} weights`);
  for (let k = 0; k < count; k++) w[idx[k]] = (bytes[p++] << 24) >> 24;
  return w;
}

const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/** Encodes bytes as base64. */
export function toBase64(bytes: Uint8Array): string {
  let s = "";
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i];
    const b = i + 1 < bytes.length ? bytes[i + 1] : 0;
    const c = i + 2 < bytes.length ? bytes[i + 2] : 0;
    s += B64[a >> 2] + B64[((a & 3) << 4) | (b >> 4)];
    s += i + 1 < bytes.length ? B64[((b & 15) << 2) | (c >> 6)] : "=";
    s += i + 2 < bytes.length ? B64[c & 63] : "=";
  }
  return s;
}

/** Decodes base64 to bytes. */
export function fromBase64(s: string): Uint8Array {
  const rev = new Uint8Array(128);
  for (let i = 0; i < 64; i++) rev[B64.charCodeAt(i)] = i;
  let len = s.length;
  while (len > 0 && s[len - 1] === "=") len--;
  const out = new Uint8Array((len * 3) >> 2);
  let o = 0;
  for (let i = 0; i < len; i += 4) {
    const a = rev[s.charCodeAt(i)];
    const b = rev[s.charCodeAt(i + 1)];
    const c = i + 2 < len ? rev[s.charCodeAt(i + 2)] : 0;
    const d = i + 3 < len ? rev[s.charCodeAt(i + 3)] : 0;
    const v = (a << 18) | (b << 12) | (c << 6) | d;
    if (o < out.length) out[o++] = v >> 16;
    if (o < out.length) out[o++] = (v >> 8) & 255;
    if (o < out.length) out[o++] = v & 255;
  }
  return out;
}

/**
 * Serialises the treebank's syllable-pair evidence: the keys (little-endian uint32), then one band
 * byte per key.
 *
 * @param keys - pair keys
 * @param bands - one band per key
 * @returns the bytes
 * @example
 * ```ts
 * decodeEvidence(encodeEvidence(Uint32Array.of(7), Uint8Array.of(3))).bands[0];
 * //=> 3
 * ```
 */
export function encodeEvidence(keys: Uint32Array, bands: Uint8Array): Uint8Array {
  const out = new Uint8Array(keys.length * 5);
  const v = new DataView(out.buffer);
  for (let i = 0; i < keys.length; i++) v.setUint32(i * 4, keys[i], true);
  out.set(bands, keys.length * 4);
  return out;
}

/**
 * Reads what {@link encodeEvidence} wrote.
 *
 * @param bytes - the serialised evidence
 * @returns the keys and their bands
 * @example
 * ```ts
 * decodeEvidence(encodeEvidence(Uint32Array.of(7, 9), Uint8Array.of(3, 5))).keys[1];
 * //=> 9
 * ```
 */
export function decodeEvidence(bytes: Uint8Array): { keys: Uint32Array; bands: Uint8Array } {
  if (bytes.length % 5 !== 0)
    throw new RangeError("vietnews: not an evidence table (its length is not a multiple of 5)");
  const n = bytes.length / 5;
  const keys = new Uint32Array(n);
  const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let i = 0; i < n; i++) keys[i] = v.getUint32(i * 4, true);
  return { keys, bands: bytes.slice(n * 4, n * 5) };
}
