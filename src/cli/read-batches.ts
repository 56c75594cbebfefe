// Splits a byte stream into batches of NDJSON lines with bounded memory: a line longer than the
// limit is skipped to its end and reported, never buffered whole.
import type { Readable } from "node:stream";
import { withRoom } from "./grow-buffer";
import type { RawRecord } from "./process-record";

/** Limits of {@link readBatches}. */
export interface ReadBatchesOptions {
  /** Records per batch. */
  maxRecords: number;
  /** Bytes per batch (a batch closes once it holds this much). */
  maxBatchBytes: number;
  /** Longest record read; longer lines become "too long" records. */
  maxRecordBytes: number;
  /** Called with the number of bytes consumed so far. */
  onBytes?: (bytes: number) => void;
}

/**
 * A batch of lines as UTF-8 bytes, for a worker thread to decode: the main thread builds no string
 * of a record, and `bytes.buffer` is the batch's own, so it can be transferred, not copied. Line `k`
 * is `bytes[ends[k - 1], ends[k])` (from 0 for the first), numbered `lines[k]`; an empty one stands
 * for the next record of `long`, a line that was too long to read.
 */
export interface ByteBatch {
  bytes: Uint8Array;
  ends: Int32Array;
  lines: Int32Array;
  long: RawRecord[];
}

/**
 * The record of one decoded input line: a byte order mark on the first line and a final carriage
 * return dropped; null for a blank line, which is no record.
 *
 * @param line - its 1-based number
 * @param s - the line as decoded, without its "\n"
 * @returns the record, or null
 * @example
 * ```ts
 * import { lineRecord } from "./read-batches";
 * [lineRecord(1, "\ufeff{}\r"), lineRecord(2, " \u00a0")];
 * //=> [{ line: 1, raw: "{}" }, null]
 * ```
 */
export function lineRecord(line: number, s: string): RawRecord | null {
  let raw = s;
  if (line === 1 && raw.charCodeAt(0) === 0xfeff) raw = raw.slice(1);
  if (raw.endsWith("\r")) raw = raw.slice(0, -1);
  return raw.trim() === "" ? null : { line, raw };
}

/**
 * Decodes the records of a {@link ByteBatch} one at a time, as {@link readBatches} would have given
 * them (blank lines left out), and hands each to `fn` before the next is decoded.
 *
 * @param batch - the batch
 * @param fn - called with each record, in order
 * @example
 * ```ts
 * import { eachRecord } from "./read-batches";
 * const bytes = new TextEncoder().encode('{"a":1}  {}');
 * const lines: number[] = [];
 * eachRecord({ bytes, ends: Int32Array.of(7, 9, 11), lines: Int32Array.of(1, 3, 4), long: [] }, (r) => lines.push(r.line));
 * lines;
 * //=> [1, 4]
 * ```
 */
export function eachRecord(batch: ByteBatch, fn: (record: RawRecord) => void): void {
  const buf = Buffer.from(batch.bytes.buffer, batch.bytes.byteOffset, batch.bytes.byteLength);
  let from = 0;
  let long = 0;
  for (let k = 0; k < batch.ends.length; k++) {
    const to = batch.ends[k];
    const rec = to === from ? batch.long[long++] : lineRecord(batch.lines[k], buf.toString("utf8", from, to));
    if (rec) fn(rec);
    from = to;
  }
}

/** Where {@link readBatchesWith} puts each line it has read, and when a batch is full. */
interface Batcher<B> {
  /** A line read whole (its bytes may be reused after the call). */
  line(line: number, bytes: Buffer): void;
  /** A line too long to read. */
  tooLong(rec: RawRecord): void;
  /** The batch so far once it is full (then a new one starts), else null. */
  full(): B | null;
  /** The last batch, if it holds anything. */
  rest(): B | null;
}

/**
 * Reads `input` as lines and yields them in batches, skipping blank lines; lines keep their 1-based numbers.
 *
 * @param input - a readable byte stream
 * @param options - batch and record size limits
 * @returns an async iterable of batches
 * @example
 * ```ts
 * // for await (const batch of readBatches(process.stdin, { maxRecords: 64, maxBatchBytes: 1 << 20, maxRecordBytes: 1 << 24 })) ...
 * //=> batches of { line, raw }
 * ```
 */
export function readBatches(input: Readable, options: ReadBatchesOptions): AsyncGenerator<RawRecord[]> {
  let batch: RawRecord[] = [];
  let size = 0;
  const take = (): RawRecord[] => {
    const b = batch;
    batch = [];
    size = 0;
    return b;
  };
  const add = (rec: RawRecord | null) => {
    if (!rec) return;
    batch.push(rec);
    size += rec.raw.length;
  };
  return readBatchesWith(input, options, {
    line: (line, bytes) => add(lineRecord(line, bytes.toString("utf8"))),
    tooLong: add,
    full: () => (batch.length >= options.maxRecords || size >= options.maxBatchBytes ? take() : null),
    rest: () => (batch.length > 0 ? take() : null),
  });
}

/**
 * Reads `input` as lines, as {@link readBatches} does, and yields them in batches of UTF-8 bytes for
 * worker threads (see {@link ByteBatch}; `maxBatchBytes` counts bytes). Lines of ASCII blanks are
 * left out here, lines of other blanks (no-break spaces) when the batch is decoded.
 *
 * @param input - a readable byte stream
 * @param options - batch and record size limits
 * @returns an async iterable of batches
 * @example
 * ```ts
 * // for await (const batch of readByteBatches(process.stdin, { maxRecords: 32, maxBatchBytes: 1 << 20, maxRecordBytes: 1 << 24 })) ...
 * //=> { bytes, ends, lines, long }
 * ```
 */
export function readByteBatches(input: Readable, options: ReadBatchesOptions): AsyncGenerator<ByteBatch> {
  let bytes = Buffer.allocUnsafeSlow(options.maxBatchBytes + (1 << 16));
  let used = 0;
  let ends: number[] = [];
  let lines: number[] = [];
  let long: RawRecord[] = [];
  const take = (): ByteBatch => {
    const b: ByteBatch = {
      bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, used),
      ends: Int32Array.from(ends),
      lines: Int32Array.from(lines),
      long,
    };
    // a buffer of its own for the next batch: this one is transferred to a worker
    bytes = Buffer.allocUnsafeSlow(options.maxBatchBytes + (1 << 16));
    used = 0;
    ends = [];
    lines = [];
    long = [];
    return b;
  };
  return readBatchesWith(input, options, {
    line: (line, part) => {
      if (asciiBlank(part)) return;
      bytes = withRoom(bytes, used, part.length);
      used += part.copy(bytes, used);
      ends.push(used);
      lines.push(line);
    },
    tooLong: (rec) => {
      long.push(rec);
      ends.push(used);
      lines.push(rec.line);
    },
    full: () => (ends.length >= options.maxRecords || used >= options.maxBatchBytes ? take() : null),
    rest: () => (ends.length > 0 ? take() : null),
  });
}

/** Whether a line's bytes are all ASCII blanks (space, tab, carriage return, vertical tab, form feed). */
function asciiBlank(bytes: Buffer): boolean {
  for (let k = 0; k < bytes.length; k++) {
    const b = bytes[k];
    if (b !== 32 && (b < 9 || b > 13)) return false;
  }
  return true;
}

/** Splits `input` into lines with bounded memory and hands them to `batcher`, yielding its full batches. */
async function* readBatchesWith<B>(
  input: Readable,
  options: ReadBatchesOptions,
  batcher: Batcher<B>,
): AsyncGenerator<B> {
  let pending: Buffer[] = [];
  let pendingLen = 0;
  let overflow = 0; // bytes of the current line once it is known to be too long
  let overflowHead = "";
  let lineNo = 0;
  let consumed = 0;
  const finishLine = (tail: Buffer): B | null => {
    lineNo++;
    if (overflow > 0) {
      batcher.tooLong({ line: lineNo, raw: overflowHead, tooLong: overflow + tail.length });
      overflow = 0;
      overflowHead = "";
    } else {
      batcher.line(lineNo, pending.length === 0 ? tail : Buffer.concat([...pending, tail]));
    }
    pending = [];
    pendingLen = 0;
    return batcher.full();
  };
  const keep = (part: Buffer) => {
    if (part.length === 0) return;
    if (overflow > 0) {
      overflow += part.length;
      return;
    }
    if (pendingLen + part.length > options.maxRecordBytes) {
      const head = Buffer.concat([...pending, part]).subarray(0, 4096);
      overflowHead = head.toString("utf8");
      overflow = pendingLen + part.length;
      pending = [];
      pendingLen = 0;
      return;
    }
    // Copy: the stream may reuse its chunk buffers.
    pending.push(Buffer.from(part));
    pendingLen += part.length;
  };
  for await (const chunk of input) {
    const buf: Buffer = typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Buffer);
    let start = 0;
    for (;;) {
      const nl = buf.indexOf(10, start);
      if (nl < 0) break;
      const tail = buf.subarray(start, nl);
      let full: B | null;
      if (overflow > 0 || pendingLen + tail.length > options.maxRecordBytes) {
        keep(tail);
        full = finishLine(Buffer.alloc(0));
      } else full = finishLine(tail);
      start = nl + 1;
      if (full) yield full;
    }
    keep(buf.subarray(start));
    consumed += buf.length;
    options.onBytes?.(consumed);
  }
  if (pendingLen > 0 || overflow > 0) {
    const full = finishLine(Buffer.alloc(0));
    if (full) yield full;
  }
  const last = batcher.rest();
  if (last) yield last;
}
