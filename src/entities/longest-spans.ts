import type { Span } from "../core/types";

/**
 * Keeps only the longest of overlapping spans (of one kind), in text order: within one kind only the
 * longest mention is listed (annotation convention 1). Does not change its argument.
 *
 * @param list - spans of one kind, in any order.
 * @returns the kept spans, sorted by start.
 * @example
 * ```ts
 * longestSpans([{ start: 4, end: 11, text: "Tỉnh ủy" }, { start: 0, end: 11, text: "Ban Tỉnh ủy" }]).map((s) => s.text);
 * //=> ["Ban Tỉnh ủy"]
 * ```
 */
export function longestSpans<T extends Span>(list: T[]): T[] {
  const sorted = [...list].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: T[] = [];
  for (const e of sorted) {
    const prev = out[out.length - 1];
    if (prev && e.start < prev.end) {
      if (e.end - e.start > prev.end - prev.start) out[out.length - 1] = e;
      continue;
    }
    out.push(e);
  }
  return out;
}
