// parseArticle is the composition of the public stages: on every dev article, running them one by
// one (normalize, stripChrome, splitParagraphs, splitSentences, extractEntities, groupPeople,
// segmentWords) gives what the pipeline gives.
import { readdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import {
  type Article,
  extractEntities,
  groupPeople,
  normalize,
  parseArticle,
  type RemovedBlock,
  type Span,
  segmentWords,
  splitParagraphs,
  splitSentences,
  stripChrome,
  stripChromeLines,
} from "../../src/index";
import { hasShared, sharedPath } from "../_shared";

const REFERENCE = "2020-07-01";

function devTexts(): { name: string; text: string }[] {
  const dir = sharedPath("dev");
  return readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => ({
      name: f,
      text: (JSON.parse(readFileSync(resolve(dir, f), "utf8")) as { text: string }).text,
    }));
}

/** True when `part` occurs in `whole` in order (each block equal in text and reason). */
function inOrder(part: RemovedBlock[], whole: RemovedBlock[]): boolean {
  let k = 0;
  for (const r of whole) if (k < part.length && r.text === part[k].text && r.reason === part[k].reason) k++;
  return k === part.length;
}

/** The stages after the header, run alone on the article's text, give the article's layers. */
function checkLaterStages(a: Article): void {
  expect(splitParagraphs(a.text)).toEqual(a.paragraphs);
  expect(splitSentences(a.text)).toEqual(a.sentences);
  // a line break ends every sentence, so each paragraph split alone gives the same sentences
  const sentences: Span[] = [];
  for (const p of a.paragraphs)
    for (const s of splitSentences(p.text))
      sentences.push({ start: p.start + s.start, end: p.start + s.end, text: s.text });
  expect(sentences).toEqual(a.sentences);
  const referenceDate = a.published?.date ?? REFERENCE;
  expect(extractEntities(a.text, { referenceDate })).toEqual(a.entities);
  expect(a.title ? extractEntities(a.title, { referenceDate }) : []).toEqual(a.titleEntities);
  expect(groupPeople(a.entities)).toEqual(a.people);
  expect(segmentWords(a.text)).toEqual(a.words);
}

describe.skipIf(!hasShared)("parseArticle as the composition of the public stages", () => {
  it("should keep what stripChrome keeps, as title, paragraphs and byline, and list what it removes", () => {
    for (const { name, text } of devTexts()) {
      const a = parseArticle(text, { referenceDate: REFERENCE, format: "text" });
      expect(a.normalization.encoding, name).toBe("unicode");
      const chrome = stripChrome(normalize(text, { decodeEntities: true }));
      expect(inOrder(chrome.removed, a.removed), name).toBe(true);
      const moved = a.removed.filter((r) => r.reason === "title" || r.reason === "byline").map((r) => r.text);
      const kept = chrome.text
        .split("\n")
        .map((l) => l.trim())
        .filter((l) => l && !moved.includes(l));
      expect(kept, name).toEqual(a.paragraphs.map((p) => p.text));
      // and stripChrome is stripChromeLines joined
      const lines = stripChromeLines(normalize(text, { decodeEntities: true }));
      expect(lines.flatMap((l) => l.removed)).toEqual(chrome.removed);
    }
  });
  it("should give, stage by stage on its text, the paragraphs, sentences, entities, people and words it gives", () => {
    for (const { text } of devTexts()) {
      for (const format of ["text", "auto"] as const)
        checkLaterStages(parseArticle(text, { referenceDate: REFERENCE, words: true, format }));
    }
  });
});
