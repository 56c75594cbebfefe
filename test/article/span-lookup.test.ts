import { describe, expect, it } from "vitest";
import { entitiesIn, parseArticle, sentenceOf, wordsIn } from "../../src/article/index";
import { SEED_TEXT } from "../_shared";

const seed = SEED_TEXT;
const article = parseArticle(seed, { words: true });
const within = (s: { start: number; end: number }, r: { start: number; end: number }) =>
  r.start <= s.start && s.end <= r.end;

describe("span lookup on the seed article", () => {
  it("should find, for every entity and word, the sentence a scan finds", () => {
    expect(article.entities.length).toBeGreaterThan(20);
    for (const span of [...article.entities, ...(article.words ?? [])]) {
      const scanned = article.sentences.find((s) => s.start <= span.start && span.start < s.end) ?? null;
      expect(sentenceOf(article, span)).toBe(scanned);
    }
  });

  it("should give, for every sentence and paragraph, the entities and words a filter gives", () => {
    for (const r of [...article.sentences, ...article.paragraphs]) {
      expect(entitiesIn(article, r)).toEqual(article.entities.filter((e) => within(e, r)));
      expect(wordsIn(article, r)).toEqual((article.words ?? []).filter((w) => within(w, r)));
    }
  });

  it("should give null between paragraphs, no words without words: true, and a TypeError on bad arguments", () => {
    const p = article.paragraphs[1];
    expect(sentenceOf(article, { start: p.start - 1, end: p.start - 1 })).toBe(null);
    expect(wordsIn(parseArticle(seed), article.sentences[0])).toEqual([]);
    expect(() => sentenceOf({} as never, article.sentences[0])).toThrow(TypeError);
    expect(() => entitiesIn(article, { start: "0" } as never)).toThrow(/span to be \{ start, end \}/);
  });
});
