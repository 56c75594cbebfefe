// From an offset into an article's clean text back to the input it was read from, through the
// article's `inputMap`: normalisation, chrome removal and Markdown rendering undone for one offset.
import type { Article } from "../core/types";
import { describe } from "../core/validate";

type Range = { start: number; end: number };
type Mapped = Pick<Article, "text" | "inputMap">;

/**
 * The offset in the input that an offset into `article.text` came from: into the string given to
 * {@link parseArticle} (for bytes, the text decoded from them; for `{ markdown }`, the Markdown
 * source). Between two characters read from apart in the input (a removed line, a link target, an
 * emphasis marker between them) an offset after a space or at a paragraph's start is a start, and
 * goes to where the next character was read; any other is an end, and goes to just after the
 * character before it. So for a span of the text, the input between the offsets of its start and
 * of its end normalises to its text (for Markdown, on letters and digits: the markup inside the
 * span stays in the input).
 *
 * @param article - an article from parseArticle (its `text` and `inputMap`)
 * @param offset - an offset into `article.text`, 0 to its length
 * @returns the offset into the input, or null when the article has no map (HTML input)
 * @throws TypeError when article has no text or offset is not an integer
 * @throws RangeError when offset is outside the text
 * @example
 * ```ts
 * import { inputOffset, parseArticle } from "vietnews";
 * const input = "Tiêu đề\n\nSáng nay,  **Bộ Chính trị** họp.";
 * const a = parseArticle(input, { format: "markdown" });
 * const body = a.entities.find((e) => e.kind === "body")!;
 * input.slice(inputOffset(a, body.start)!, inputOffset(a, body.end)!);
 * //=> "Bộ Chính trị"
 * ```
 */
export function inputOffset(article: Mapped, offset: number): number | null {
  const map = mapOf(article, "inputOffset");
  if (!Number.isInteger(offset))
    throw new TypeError(`vietnews.inputOffset: expected offset to be an integer, got ${describe(offset)}`);
  if (offset < 0 || offset > article.text.length)
    throw new RangeError(
      `vietnews.inputOffset: offset ${offset} is outside the text (0 to ${article.text.length})`,
    );
  if (map === null) return null;
  const c = offset > 0 ? article.text.charCodeAt(offset - 1) : 10;
  // after a space, a tab or a line break an offset opens something
  return locate(map, offset, c === 32 || c === 9 || c === 10 || c === 13 ? "start" : "end");
}

/**
 * The stretch of the input a span of the text was read from: its start where the span's first
 * character was read, its end after where its last one was; null when the article has no map.
 *
 * @param article - an article from parseArticle (its `text` and `inputMap`)
 * @param span - a `{ start, end }` into `article.text`
 * @returns `{ start, end }` into the input, or null
 * @throws TypeError when article has no text or span has no integer start and end
 * @throws RangeError when the span is outside the text
 * @example
 * ```ts
 * import { inputSpan, parseArticle } from "vietnews";
 * const input = "Tiêu đề\n\nHôm qua, Ủy ban Kiểm tra Trung ương [họp](https://x.vn/a).";
 * const a = parseArticle(input, { format: "markdown" });
 * const s = inputSpan(a, a.sentences[0])!;
 * input.slice(s.start, s.end);
 * //=> "Hôm qua, Ủy ban Kiểm tra Trung ương [họp](https://x.vn/a)."
 * ```
 */
export function inputSpan(article: Mapped, span: Range): Range | null {
  const map = mapOf(article, "inputSpan");
  const s = span as Range | null;
  if (s === null || typeof s !== "object" || !Number.isInteger(s.start) || !Number.isInteger(s.end))
    throw new TypeError(
      `vietnews.inputSpan: expected span to be { start, end } with integers, got ${describe(span)}`,
    );
  if (s.start < 0 || s.end > article.text.length || s.start > s.end)
    throw new RangeError(
      `vietnews.inputSpan: span ${s.start}-${s.end} is outside the text (0 to ${article.text.length})`,
    );
  if (map === null) return null;
  const start = locate(map, s.start, "start");
  return { start, end: Math.max(start, locate(map, s.end, "end")) };
}

function mapOf(article: unknown, fn: string): readonly number[] | null {
  const a = article as Mapped | null;
  if (a === null || typeof a !== "object" || typeof a.text !== "string")
    throw new TypeError(`vietnews.${fn}: expected article to be an Article, got ${describe(article)}`);
  const map = a.inputMap;
  if (map === null || map === undefined) return null;
  if (!Array.isArray(map) || map.length % 4 !== 0)
    throw new TypeError(`vietnews.${fn}: expected article.inputMap to be an array of quadruples or null`);
  return map;
}

/**
 * The input offset of text offset `t` through the segments [textStart, textEnd, inputStart,
 * inputEnd]: inside a segment, the same distance from its start; at or between segment boundaries,
 * the end of the one before (`"end"`) or the start of the one after (`"start"`).
 */
function locate(map: readonly number[], t: number, side: "start" | "end"): number {
  const n = map.length / 4;
  if (n === 0) return 0;
  // the last segment that starts at or before t
  let lo = 0;
  let hi = n - 1;
  let s = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (map[mid * 4] <= t) {
      s = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  if (s < 0) return map[2];
  const [tStart, tEnd, iStart, iEnd] = [map[s * 4], map[s * 4 + 1], map[s * 4 + 2], map[s * 4 + 3]];
  if (t === tStart && s > 0 && side === "end" && map[s * 4 - 3] === t) return map[s * 4 - 1];
  if (t < tEnd) return Math.min(iStart + (t - tStart), iEnd);
  // at the segment's end, or among characters of the text no segment holds (the lines' joins, a
  // tab that was a pipe): counted on from the end before or back from the start after
  if (s + 1 >= n) return iEnd + (t - tEnd);
  const nextT = map[s * 4 + 4];
  const nextI = map[s * 4 + 6];
  if (side === "end" || t === tEnd) return Math.min(iEnd + (t - tEnd), nextI);
  return Math.max(nextI - (nextT - t), iEnd);
}
