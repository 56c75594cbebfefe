// `vietnews parse --ndjson`: stream NDJSON records through parseArticle, in order, with bounded memory,
// in the main thread or spread over a piscina worker pool.
import { existsSync } from "node:fs";
import { dirname, extname, join, resolve } from "node:path";
import type { Readable, Writable } from "node:stream";
import { fileURLToPath } from "node:url";
import { Piscina } from "piscina";
import { type BatchResult, processLine, type RecordOptions } from "./process-record";
import type { Progress } from "./progress";
import { type ByteBatch, readBatches, readByteBatches } from "./read-batches";
import type { EncodedBatch } from "./worker";

/** Settings of {@link runBatch}. */
export interface RunBatchOptions extends RecordOptions {
  /** Worker threads; 1 parses in the main thread. */
  workers: number;
  /** Longest record in bytes. */
  maxRecordBytes: number;
  progress?: Progress;
}

/** Counts after a batch run. */
export interface RunBatchResult {
  records: number;
  failed: number;
}

/**
 * The worker entry file beside the running CLI: dist/worker.js for the ESM build, dist/worker.cjs for
 * the CommonJS one; from the TypeScript sources it points at the built dist/worker.js.
 *
 * @returns an absolute path
 * @example
 * ```ts
 * // workerFile() from dist/cli.cjs
 * //=> "/path/to/node_modules/vietnews/dist/worker.cjs"
 * ```
 */
export function workerFile(): string {
  if (process.env.VIETNEWS_WORKER) return resolve(process.env.VIETNEWS_WORKER);
  const self = fileURLToPath(import.meta.url);
  const dir = dirname(self);
  const ext = extname(self);
  if (ext === ".cjs") return join(dir, "worker.cjs");
  if (ext === ".js" || ext === ".mjs") return join(dir, "worker.js");
  return resolve(dir, "..", "..", "dist", "worker.js");
}

/**
 * Reads NDJSON records from `input` and writes one result line per record to `output`, in input order.
 * Reading pauses while output is backed up (backpressure) and at most a few batches per worker are in
 * flight, so memory stays bounded whatever the input size.
 *
 * @param input - NDJSON bytes
 * @param output - where result lines go
 * @param options - record options, worker count and limits
 * @returns how many records were read and how many failed
 * @example
 * ```ts
 * // await runBatch(process.stdin, process.stdout, { format: "ndjson", toneStyle: "preserve", words: false, workers: 2, maxRecordBytes: 1 << 24 })
 * //=> { records, failed }
 * ```
 */
export async function runBatch(
  input: Readable,
  output: Writable,
  options: RunBatchOptions,
): Promise<RunBatchResult> {
  const recordOptions: RecordOptions = {
    format: options.format,
    toneStyle: options.toneStyle,
    words: options.words,
    ...(options.referenceDate ? { referenceDate: options.referenceDate } : {}),
    ...(options.boilerplate ? { boilerplate: options.boilerplate } : {}),
    ...(options.inputFormat ? { inputFormat: options.inputFormat } : {}),
    ...(options.wordModel ? { wordModel: options.wordModel } : {}),
    ...(options.fixedWords ? { fixedWords: options.fixedWords } : {}),
    ...(options.fields ? { fields: options.fields } : {}),
    ...(options.spans ? { spans: options.spans } : {}),
  };
  let bytes = 0;
  let records = 0;
  let failed = 0;
  const limits = {
    maxRecords: options.workers > 1 ? 32 : 64,
    maxBatchBytes: 1 << 20,
    maxRecordBytes: options.maxRecordBytes,
    onBytes: (b: number) => {
      bytes = b;
    },
  };
  // a worker's batch comes back as bytes (see worker.ts), a failed batch as lines
  const write = async (res: EncodedBatch | BatchResult) => {
    records += res.records;
    failed += res.failed;
    options.progress?.update(records, bytes);
    const chunks =
      "bytes" in res
        ? [Buffer.from(res.bytes.buffer, res.bytes.byteOffset, res.bytes.byteLength)]
        : res.lines;
    for (const chunk of chunks) if (!output.write(chunk)) await drained(output);
  };
  if (options.workers <= 1) {
    for await (const batch of readBatches(input, limits)) {
      for (const r of batch) {
        const res = processLine(r, recordOptions);
        records++;
        if (res.failed) failed++;
        if (!output.write(res.line)) await drained(output);
      }
      options.progress?.update(records, bytes);
    }
    return { records, failed };
  }
  const filename = workerFile();
  if (!existsSync(filename)) {
    throw new Error(`worker file not found: ${filename} (run "npm run build", or use --workers 1)`);
  }
  const pool = new Piscina({
    filename,
    minThreads: options.workers,
    maxThreads: options.workers,
    idleTimeout: 1000,
  });
  const inflight: Promise<EncodedBatch | BatchResult>[] = [];
  const maxInflight = options.workers * 3;
  try {
    // the main thread splits lines and passes their bytes on; the workers decode them
    for await (const batch of readByteBatches(input, limits)) {
      inflight.push(runTask(pool, batch, recordOptions));
      while (inflight.length >= maxInflight) await write(await inflight.shift()!);
    }
    while (inflight.length > 0) await write(await inflight.shift()!);
  } finally {
    await pool.destroy();
  }
  return { records, failed };
}

function runTask(
  pool: Piscina,
  batch: ByteBatch,
  options: RecordOptions,
): Promise<EncodedBatch | BatchResult> {
  const numbers = batch.lines; // cloned, not transferred: still here if the worker fails
  const transferList = [batch.bytes.buffer as ArrayBuffer];
  return (pool.run({ batch, options }, { name: "parseBatch", transferList }) as Promise<EncodedBatch>).catch(
    (e: unknown) => {
      // A crashed worker fails its records, not the stream (a line of only non-ASCII blanks, no
      // record otherwise, is failed with them: its bytes went with the batch).
      const reason = `worker failed: ${(e as Error)?.message ?? String(e)}`;
      const lines = Array.from(numbers, (line) => `${JSON.stringify({ id: null, line, error: reason })}\n`);
      return { lines, records: lines.length, failed: lines.length };
    },
  );
}

function drained(output: Writable): Promise<void> {
  return new Promise((res, rej) => {
    const onDrain = () => {
      output.off("error", onError);
      res();
    };
    const onError = (e: Error) => {
      output.off("drain", onDrain);
      rej(e);
    };
    output.once("drain", onDrain);
    output.once("error", onError);
  });
}
