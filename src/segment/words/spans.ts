/**
 * Turns per-token word starts into word spans.
 */
import type { Span } from "../../core/types";
import type { Scan } from "./scan";

/**
 * Builds word spans from tokens and their start flags: a word runs from a starting token to the
 * last token before the next start.
 *
 * @param text - the scanned text
 * @param scan - its tokens
 * @param starts - 1 where a token starts a word
 * @returns the word spans, in order
 * @example
 * ```ts
 * const scan = { n: 3, start: Int32Array.of(0, 4, 8), end: Int32Array.of(3, 7, 12), kind: Uint8Array.of(1, 1, 1), join: Uint8Array.of(0, 1, 1) };
 * spansFromStarts("Hôm nay trời", scan, Uint8Array.of(1, 0, 1)).map((w) => w.text);
 * //=> ["Hôm nay", "trời"]
 * ```
 */
export function spansFromStarts(text: string, scan: Scan, starts: Uint8Array): Span[] {
  const out: Span[] = [];
  const n = scan.n;
  let i = 0;
  while (i < n) {
    let j = i + 1;
    while (j < n && !starts[j]) j++;
    const s = scan.start[i];
    const e = scan.end[j - 1];
    out.push({ start: s, end: e, text: text.slice(s, e) });
    i = j;
  }
  return out;
}
