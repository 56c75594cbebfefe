// From a span of an article to the sentence that holds it, and to the entities and words inside
// it, by binary search over the article's spans (sorted by start), as wink-nlp finds a token's
// sentence.
import type { Article, Entity, Span } from "../core/types";
import { describe } from "../core/validate";

type Range = { start: number; end: number };

/**
 * The sentence of an article that holds a span (an entity, a word, a link, a sentence): the one its
 * start falls in; null when it falls in none (the gap between two paragraphs).
 *
 * @param article - an article from parseArticle (its `sentences`)
 * @param span - a `{ start, end }` into `article.text`
 * @returns the sentence, or null
 * @throws TypeError when article has no sentences array or span has no numeric start and end
 * @example
 * ```ts
 * import { parseArticle, sentenceOf } from "vietnews";
 * const a = parseArticle("Quốc hội họp phiên bế mạc. Sáng 1/7/2020, Bộ Chính trị làm việc với Ban Tổ chức Trung ương.");
 * const body = a.entities.find((e) => e.text === "Bộ Chính trị");
 * sentenceOf(a, body!)?.text;
 * //=> "Sáng 1/7/2020, Bộ Chính trị làm việc với Ban Tổ chức Trung ương."
 * ```
 */
export function sentenceOf(article: Pick<Article, "sentences">, span: Range): Span | null {
  const sentences = spansOf(article, "sentences", "sentenceOf");
  const at = checkRange(span, "sentenceOf").start;
  // the last sentence that starts at or before the span
  let lo = 0;
  let hi = sentences.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid].start <= at) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found >= 0 && at < sentences[found].end ? sentences[found] : null;
}

/**
 * The entities of an article that lie inside a span (a sentence, a paragraph, a table), in order.
 *
 * @param article - an article from parseArticle (its `entities`)
 * @param span - a `{ start, end }` into `article.text`
 * @returns the entities with `span.start <= start` and `end <= span.end`
 * @throws TypeError when article has no entities array or span has no numeric start and end
 * @example
 * ```ts
 * import { entitiesIn, parseArticle } from "vietnews";
 * const a = parseArticle("Quốc hội họp phiên bế mạc. Sáng 1/7/2020, Bộ Chính trị làm việc với Ban Tổ chức Trung ương.");
 * entitiesIn(a, a.sentences[1]).map((e) => e.kind);
 * //=> ["date", "body", "body"]
 * ```
 */
export function entitiesIn(article: Pick<Article, "entities">, span: Range): Entity[] {
  return inside(spansOf(article, "entities", "entitiesIn"), checkRange(span, "entitiesIn"));
}

/**
 * The words of an article that lie inside a span, in order; empty when the article was parsed
 * without `words: true`.
 *
 * @param article - an article from parseArticle (its `words`, when present)
 * @param span - a `{ start, end }` into `article.text`
 * @returns the words with `span.start <= start` and `end <= span.end`
 * @throws TypeError when span has no numeric start and end
 * @example
 * ```ts
 * import { parseArticle, wordsIn } from "vietnews";
 * const a = parseArticle("Quốc hội họp phiên bế mạc. Bộ Chính trị làm việc.", { words: true });
 * wordsIn(a, a.sentences[1]).map((w) => w.text);
 * //=> ["Bộ Chính trị", "làm việc", "."]
 * ```
 */
export function wordsIn<W extends Span>(article: { words?: W[] }, span: Range): W[] {
  const range = checkRange(span, "wordsIn");
  if (article === null || typeof article !== "object")
    throw new TypeError(`vietnews.wordsIn: expected article to be an object, got ${describe(article)}`);
  return article.words ? inside(article.words, range) : [];
}

/** The spans of a list sorted by start that lie inside a range. */
function inside<T extends Range>(list: readonly T[], range: Range): T[] {
  // the first span that starts at or after the range
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].start < range.start) lo = mid + 1;
    else hi = mid;
  }
  const out: T[] = [];
  for (let i = lo; i < list.length && list[i].start < range.end; i++)
    if (list[i].end <= range.end) out.push(list[i]);
  return out;
}

function spansOf<K extends "sentences" | "entities">(article: unknown, key: K, fn: string): Article[K] {
  const list =
    article !== null && typeof article === "object" ? (article as Record<string, unknown>)[key] : undefined;
  if (!Array.isArray(list))
    throw new TypeError(
      `vietnews.${fn}: expected article to be an Article with a ${key} array, got ${describe(article)}`,
    );
  return list as Article[K];
}

function checkRange(span: unknown, fn: string): Range {
  const s = span as Range | null;
  if (s === null || typeof s !== "object" || typeof s.start !== "number" || typeof s.end !== "number")
    throw new TypeError(
      `vietnews.${fn}: expected span to be { start, end } with numbers, got ${describe(span)}`,
    );
  return s;
}
