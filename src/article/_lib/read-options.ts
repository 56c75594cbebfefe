import type { BoilerplateProfile } from "../../chrome/boilerplate";
import { readProfile } from "../../chrome/classify-lines";
import type { ToneStyle } from "../../core/types";
import { describe, expectBoolean, expectOneOf, expectOptions } from "../../core/validate";

/** Options of parseArticle, checked and with defaults applied. */
export interface ResolvedOptions {
  toneStyle: ToneStyle;
  words: boolean;
  referenceDate: string | Date | undefined;
  maxInputLength: number;
  boilerplate: BoilerplateProfile | undefined;
  format: InputFormat;
}

/** How a string or bytes input is read: detected ("auto", the default) or as said. */
export type InputFormat = "auto" | "text" | "markdown" | "html";
const INPUT_FORMATS: readonly InputFormat[] = ["auto", "text", "markdown", "html"];

/** Default of `maxInputLength`: 5,000,000 UTF-16 code units. */
export const DEFAULT_MAX_INPUT_LENGTH = 5_000_000;

const TONE_STYLES: readonly ToneStyle[] = ["preserve", "old", "new"];
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Checks the options of parseArticle; throws TypeError / RangeError naming the bad one. */
export function readOptions(options: unknown): ResolvedOptions {
  expectOptions(options, "parseArticle");
  const o = (options ?? {}) as Record<string, unknown>;
  expectOneOf(o.toneStyle, TONE_STYLES, "parseArticle", "options.toneStyle");
  expectBoolean(o.words, "parseArticle", "options.words");
  expectOneOf(o.format, INPUT_FORMATS, "parseArticle", "options.format");
  const ref = o.referenceDate;
  if (ref !== undefined) {
    if (ref instanceof Date) {
      if (Number.isNaN(ref.getTime())) {
        throw new RangeError("vietnews.parseArticle: expected options.referenceDate to be a valid Date");
      }
    } else if (typeof ref === "string") {
      const t = Date.parse(`${ref}T00:00:00Z`);
      if (!ISO_DAY.test(ref) || Number.isNaN(t) || new Date(t).toISOString().slice(0, 10) !== ref) {
        throw new RangeError(
          `vietnews.parseArticle: expected options.referenceDate to be an ISO date "YYYY-MM-DD", got ${JSON.stringify(ref.slice(0, 40))}`,
        );
      }
    } else {
      throw new TypeError(
        `vietnews.parseArticle: expected options.referenceDate to be an ISO date string or a Date, got ${describe(ref)}`,
      );
    }
  }
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
    referenceDate: ref as string | Date | undefined,
    maxInputLength: (max as number | undefined) ?? DEFAULT_MAX_INPUT_LENGTH,
    boilerplate: readProfile(o.boilerplate, "parseArticle"),
    format: (o.format as InputFormat | undefined) ?? "auto",
  };
}
