// Worker-thread entry for `vietnews parse --ndjson --workers N` (built to dist/worker.js and .cjs).
// Piscina calls the named export `parseBatch` with one batch of raw records.
import { move, transferableSymbol, valueSymbol } from "piscina";
import { processBatch, type RecordOptions } from "./process-record";
import { type ByteBatch, decodeByteBatch } from "./read-batches";

/** What a worker sends back: the batch's output lines as UTF-8 bytes, and the counts. */
export interface EncodedBatch {
  bytes: Uint8Array;
  records: number;
  failed: number;
}

/**
 * Parses one batch in a worker thread: decodes its lines from the UTF-8 bytes the main thread
 * transferred, and sends the output lines back as one buffer of UTF-8, transferred too, which the
 * main thread writes as it is: no string of a record is built in the main thread.
 *
 * @param task - the batch's bytes and the options
 * @returns the output bytes and counts, marked for transfer
 * @example
 * ```ts
 * // await pool.run({ batch, options }, { name: "parseBatch", transferList: [batch.bytes.buffer] })
 * //=> { bytes: Uint8Array(...one line per record...), records: 32, failed: 0 }
 * ```
 */
export function parseBatch(task: { batch: ByteBatch; options: RecordOptions }): unknown {
  const res = processBatch(decodeByteBatch(task.batch), task.options);
  let size = 0;
  for (const line of res.lines) size += Buffer.byteLength(line);
  // a buffer of its own (not a slice of Node's pool), so it can be transferred
  const buf = Buffer.allocUnsafeSlow(size);
  let at = 0;
  for (const line of res.lines) at += buf.write(line, at);
  const out: EncodedBatch = {
    bytes: new Uint8Array(buf.buffer, buf.byteOffset, at),
    records: res.records,
    failed: res.failed,
  };
  return move({
    get [transferableSymbol]() {
      return [out.bytes.buffer];
    },
    get [valueSymbol]() {
      return out;
    },
  } as never);
}
