// The code units of a string in a typed array, read by one native copy: a loop that reads a typed
// array runs several times fewer instructions a unit than one that calls charCodeAt, whose every
// call first looks at how the string is stored (a slice of another, two strings joined, one byte a
// character or two). And the way back: code units a loop wrote, as a string.

/**
 * A reader's call: copies a string's code units into the reader's array and gives that array; its
 * first `text.length` units are the string's, until the reader's next call.
 */
export type UnitReader = (text: string) => Uint16Array;

// Node's Buffer writes UTF-16LE: the array reads it as code units where typed arrays are
// little-endian (as on every machine Node supports but s390x and ppc64 big-endian)
const NATIVE =
  new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 &&
  typeof Buffer === "function" &&
  typeof Buffer.allocUnsafeSlow === "function";

/**
 * A reader of code units, whose array is kept and grown as needed up to 1M units (a longer text
 * gets an array of its own). Give each loop its own reader, so one reader's array is never
 * overwritten while another loop reads it. Lone surrogates are copied as they are.
 *
 * @returns the reader
 * @example
 * ```ts
 * import { unitReader } from "./code-units";
 * const read = unitReader();
 * const text = "Hà\ud800";
 * Array.from(read(text).subarray(0, text.length));
 * //=> [72, 224, 55296]
 * ```
 */
export function unitReader(): UnitReader {
  let kept = newUnits(0);
  return (text: string): Uint16Array => {
    const n = text.length;
    // an array past KEEP units serves one call: a long text leaves no long array behind
    if (kept.units.length < n) {
      if (n > KEEP) return codeUnits(text);
      kept = newUnits(Math.max(n, Math.min(2 * kept.units.length, KEEP), 256));
    }
    return copyInto(kept, text);
  };
}

/**
 * A new array of a string's code units, copied natively where Node's Buffer reads them (see
 * NATIVE): for a caller that keeps the array, where a reader's would be overwritten.
 *
 * @param text - any string
 * @returns its code units, `text.length` of them
 * @example
 * ```ts
 * import { codeUnits } from "./code-units";
 * Array.from(codeUnits("Hà\ud800"));
 * //=> [72, 224, 55296]
 * ```
 */
export function codeUnits(text: string): Uint16Array {
  return copyInto(newUnits(text.length), text);
}

// the most code units a reader keeps between calls (2 MB: a text longer than that costs far more
// to parse than one more array)
const KEEP = 1 << 20;

interface Units {
  units: Uint16Array;
  /** The bytes under `units`, where Node copies into them natively. */
  bytes: Buffer | null;
}

function newUnits(size: number): Units {
  if (!NATIVE) return { units: new Uint16Array(size), bytes: null };
  const bytes = Buffer.allocUnsafeSlow(2 * size);
  return { units: new Uint16Array(bytes.buffer, bytes.byteOffset, size), bytes };
}

function copyInto({ units, bytes }: Units, text: string): Uint16Array {
  const n = text.length;
  if (bytes !== null) bytes.write(text, 0, 2 * n, "utf16le");
  else for (let i = 0; i < n; i++) units[i] = text.charCodeAt(i);
  return units;
}

/**
 * The first `n` code units of `units` as a string: spread as arguments when short, read as UTF-16
 * bytes by a Buffer view when longer (several times faster past a few dozen units; TextDecoder was
 * slower), where Node's Buffer reads typed arrays' units (see NATIVE).
 *
 * @param units - code units
 * @param n - how many, from the start
 * @returns the string
 * @example
 * ```ts
 * import { unitsText } from "./code-units";
 * unitsText(Uint16Array.from([72, 224, 32, 78]), 2);
 * //=> "Hà"
 * ```
 */
export function unitsText(units: Uint16Array, n: number): string {
  if (n <= 24 || !NATIVE) {
    let out = "";
    for (let k = 0; k < n; k += 2048) {
      out += String.fromCharCode.apply(null, units.subarray(k, Math.min(n, k + 2048)) as unknown as number[]);
    }
    return out;
  }
  return Buffer.from(units.buffer, units.byteOffset, 2 * n).toString("utf16le");
}
