// A one-line progress bar for stderr: records done, rate and (when the input size is known) ETA.
import type { Writable } from "node:stream";

/** A progress display; a no-op unless enabled. */
export interface Progress {
  update(records: number, bytes: number): void;
  done(): void;
}

/**
 * Creates a progress bar writing to `out`, redrawn at most every 200 ms; silent when not enabled.
 *
 * @param out - the stream to draw on (stderr)
 * @param enabled - draw only when true (stderr is a terminal)
 * @param totalBytes - (optional) input size, for the bar and the ETA
 * @returns the progress handle
 * @example
 * ```ts
 * // const bar = createProgress(process.stderr, process.stderr.isTTY === true, totalBytes); bar.update(1234, bytesRead);
 * //=> "[######..................] 25.0%  1,234 records  56.1/s  ETA 1:05" on stderr
 * ```
 */
export function createProgress(out: Writable, enabled: boolean, totalBytes?: number): Progress {
  if (!enabled) return { update() {}, done() {} };
  const t0 = Date.now();
  let last = 0;
  let lastRecords = 0;
  let lastBytes = 0;
  const draw = (records: number, bytes: number) => {
    const secs = Math.max((Date.now() - t0) / 1000, 0.001);
    const rate = records / secs;
    let line = `${records.toLocaleString("en-US")} records  ${rate.toFixed(1)}/s`;
    if (totalBytes && totalBytes > 0) {
      const frac = Math.min(bytes / totalBytes, 1);
      const width = 24;
      const filled = Math.round(frac * width);
      const eta = frac > 0 ? (secs / frac) * (1 - frac) : 0;
      line = `[${"#".repeat(filled)}${".".repeat(width - filled)}] ${(frac * 100).toFixed(1)}%  ${line}  ETA ${clock(eta)}`;
    }
    out.write(`\r\x1b[K${line}`);
  };
  return {
    update(records, bytes) {
      lastRecords = records;
      lastBytes = bytes;
      const now = Date.now();
      if (now - last < 200) return;
      last = now;
      draw(records, bytes);
    },
    done() {
      draw(lastRecords, lastBytes);
      out.write("\n");
    },
  };
}

function clock(secs: number): string {
  const s = Math.round(secs);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const r = s % 60;
  return h > 0
    ? `${h}:${String(m).padStart(2, "0")}:${String(r).padStart(2, "0")}`
    : `${m}:${String(r).padStart(2, "0")}`;
}
