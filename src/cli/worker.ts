// Worker-thread entry for `vietnews parse --ndjson --workers N` (built to dist/worker.js and .cjs).
// Piscina calls the named export `parseBatch` with one batch of raw records.
import { move, transferableSymbol, valueSymbol } from "piscina";
import { withRoom } from "./grow-buffer";
import { processLine, type RecordOptions } from "./process-record";
import { type ByteBatch, eachRecord } from "./read-batches";

/** What a worker sends back: the batch's output lines as UTF-8 bytes, and the counts. */
export interface EncodedBatch {
  bytes: Uint8Array;
  records: number;
  failed: number;
}

/** Where a worker writes a batch's output lines, kept from batch to batch (it grows to the largest). */
let scratch = Buffer.allocUnsafe(1 << 20);

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
  // each record is decoded, parsed and written out before the next is read, so its strings die
  // young: kept for the whole batch they outlived minor collections, and the large ones (a long
  // page's output line) stayed in the old space until a full collection
  let at = 0;
  let records = 0;
  let failed = 0;
  eachRecord(task.batch, (r) => {
    const res = processLine(r, task.options);
    records++;
    if (res.failed) failed++;
    scratch = withRoom(scratch, at, Buffer.byteLength(res.line));
    at += scratch.write(res.line, at);
  });
  // a buffer of its own (not a slice of Node's pool), so it can be transferred
  const buf = Buffer.allocUnsafeSlow(at);
  scratch.copy(buf, 0, 0, at);
  const out: EncodedBatch = {
    bytes: new Uint8Array(buf.buffer, buf.byteOffset, at),
    records,
    failed,
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
