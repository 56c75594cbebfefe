import type { BoilerplateProfile } from "../../chrome/boilerplate";
import { readProfile } from "../../chrome/classify-lines";
import { readReferenceDate } from "../../core/reference-date";
import { TONE_STYLES, type ToneStyle } from "../../core/types";
import { describe, expectBoolean, expectOneOf, expectOptions } from "../../core/validate";
import { compileFixedWords } from "../../segment/words/fixed-words";
import { checkModel, type WordModel } from "../../segment/words/index";

function checkFixedWords(words: unknown): readonly string[] {
  compileFixedWords(words, "parseArticle");
  return words as readonly string[];
}

/** Options of parseArticle, checked and with defaults applied. */
export interface ResolvedOptions {
  toneStyle: ToneStyle;
  words: boolean;
  sentences: boolean;
  entities: boolean;
  inputMap: boolean;
  referenceDate: string | Date | undefined;
  maxInputLength: number;
  boilerplate: BoilerplateProfile | undefined;
  format: InputFormat;
  wordModel: WordModel | undefined;
  fixedWords: readonly string[] | undefined;
}

/** How a string or bytes input is read: detected ("auto", the default) or as said. */
export type InputFormat = "auto" | "text" | "markdown" | "html";
const INPUT_FORMATS: readonly InputFormat[] = ["auto", "text", "markdown", "html"];

/** Default of `maxInputLength`: 5,000,000 UTF-16 code units. */
export const DEFAULT_MAX_INPUT_LENGTH = 5_000_000;

/** Checks the options of parseArticle; throws TypeError / RangeError naming the bad one. */
export function readOptions(options: unknown): ResolvedOptions {
  expectOptions(options, "parseArticle");
  const o = (options ?? {}) as Record<string, unknown>;
  expectOneOf(o.toneStyle, TONE_STYLES, "parseArticle", "options.toneStyle");
  expectBoolean(o.words, "parseArticle", "options.words");
  expectBoolean(o.sentences, "parseArticle", "options.sentences");
  expectBoolean(o.entities, "parseArticle", "options.entities");
  expectBoolean(o.inputMap, "parseArticle", "options.inputMap");
  expectOneOf(o.format, INPUT_FORMATS, "parseArticle", "options.format");
  const ref = o.referenceDate;
  // one reading of a reference date for every function that takes one (a time part allowed)
  readReferenceDate(ref, "parseArticle");
  const max = o.maxInputLength;
  if (max !== undefined) {
    if (typeof max !== "number") {
      throw new TypeError(
        `vietnews.parseArticle: expected options.maxInputLength to be a number, got ${describe(max)}`,
      );
    }
    if (!(max === Number.POSITIVE_INFINITY || (Number.isInteger(max) && max >= 1))) {
      throw new RangeError(
        `vietnews.parseArticle: expected options.maxInputLength to be a positive integer or Infinity, got ${max}`,
      );
    }
  }
  return {
    toneStyle: (o.toneStyle as ToneStyle | undefined) ?? "preserve",
    words: (o.words as boolean | undefined) ?? false,
    sentences: (o.sentences as boolean | undefined) ?? true,
    entities: (o.entities as boolean | undefined) ?? true,
    inputMap: (o.inputMap as boolean | undefined) ?? true,
    referenceDate: (ref ?? undefined) as string | Date | undefined,
    maxInputLength: (max as number | undefined) ?? DEFAULT_MAX_INPUT_LENGTH,
    boilerplate: readProfile(o.boilerplate, "parseArticle"),
    format: (o.format as InputFormat | undefined) ?? "auto",
    // checked here even when words are off, so a wrong value is found at once
    wordModel: o.wordModel === undefined ? undefined : checkModel(o.wordModel, "parseArticle"),
    fixedWords: o.fixedWords === undefined ? undefined : checkFixedWords(o.fixedWords),
  };
}
