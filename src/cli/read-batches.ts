// Splits a byte stream into batches of NDJSON lines with bounded memory: a line longer than the
// limit is skipped to its end and reported, never buffered whole.
import type { Readable } from "node:stream";
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
export async function* readBatches(
  input: Readable,
  options: ReadBatchesOptions,
): AsyncGenerator<RawRecord[]> {
  let pending: Buffer[] = [];
  let pendingLen = 0;
  let overflow = 0; // bytes of the current line once it is known to be too long
  let overflowHead = "";
  let lineNo = 0;
  let consumed = 0;
  let batch: RawRecord[] = [];
  let batchBytes = 0;
  const finishLine = (tail: Buffer): RawRecord[] | null => {
    lineNo++;
    let rec: RawRecord | null = null;
    if (overflow > 0) {
      rec = { line: lineNo, raw: overflowHead, tooLong: overflow + tail.length };
      overflow = 0;
      overflowHead = "";
    } else {
      const buf = pending.length === 0 ? tail : Buffer.concat([...pending, tail]);
      let s = buf.toString("utf8");
      if (lineNo === 1 && s.charCodeAt(0) === 0xfeff) s = s.slice(1);
      if (s.endsWith("\r")) s = s.slice(0, -1);
      if (s.trim() !== "") rec = { line: lineNo, raw: s };
    }
    pending = [];
    pendingLen = 0;
    if (!rec) return null;
    batch.push(rec);
    batchBytes += rec.raw.length;
    if (batch.length >= options.maxRecords || batchBytes >= options.maxBatchBytes) {
      const full = batch;
      batch = [];
      batchBytes = 0;
      return full;
    }
    return null;
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
      let full: RawRecord[] | null;
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
  if (batch.length > 0) yield batch;
}
