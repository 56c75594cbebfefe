// Worker-thread entry for `vietnews parse --ndjson --workers N` (built to dist/worker.js and .cjs).
// Piscina calls the named export `parseBatch` with one batch of raw records.
import { type BatchResult, processBatch, type RawRecord, type RecordOptions } from "./process-record";

/**
 * Parses one batch in a worker thread.
 *
 * @param task - the raw records and the options
 * @returns the output lines and counts
 * @example
 * ```ts
 * // await pool.run({ records, options }, { name: "parseBatch" })
 * //=> { out: "...one line per record...", records: 32, failed: 0 }
 * ```
 */
export function parseBatch(task: { records: RawRecord[]; options: RecordOptions }): BatchResult {
  return processBatch(task.records, task.options);
}
