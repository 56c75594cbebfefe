import type { TokenTable } from "../segment/token-table";

/**
 * A copy of `text` with the same length in which spelling variants that do not change meaning are made
 * uniform, so one regex finds both: "Ð" (U+00D0) becomes "Đ", and the new-style tone placement on "oa",
 * "oe" and "uy" ("khoá", "Uỷ") becomes the old style ("khóa", "Ủy"). Offsets into the copy are offsets
 * into `text`.
 *
 * @param text - any string.
 * @returns a string of the same length.
 * @example
 * ```ts
 * import { findEvents } from "vietnews";
 * findEvents("Hội nghị Trung ương 12, khoá XII")[0].term;
 * //=> 12
 * ```
 */
export function matchKey(text: string): string {
  if (!MAY_CHANGE.test(text)) return text;
  return text.replace(CHANGES, (m) => (m.length === 1 ? (m === "\u00d0" ? "Đ" : "đ") : moveTone(m[0], m[1])));
}

// eth, a toned a or e after o, a toned y after u but not after q ("quý" is no diphthong): no two
// overlap and none makes or unmakes another, so one pass gives what three replacements in turn gave
const MAY_CHANGE = /[\u00d0\u00f0]|[oO][áàảãạéèẻẽẹ]|[uU][ýỳỷỹỵ]/;
const CHANGES = /[\u00d0\u00f0]|[oO][áàảãạéèẻẽẹ]|(?<![qQ])[uU][ýỳỷỹỵ]/g;

/**
 * The match key of a token table's text, made once per table and kept with it (a layer of the
 * table), so the finders that read it (documents, events, dates) share one.
 *
 * @param tokens - the text's token table
 * @returns `matchKey(tokens.text)`
 * @example
 * ```ts
 * import { tokenTable } from "vietnews";
 * import { tableKey } from "./match-key";
 * tableKey(tokenTable("Uỷ ban khoá XII"));
 * //=> "Ủy ban khóa XII"
 * ```
 */
export function tableKey(tokens: TokenTable): string {
  return tokens.layer("matchKey", (t) => matchKey(t.text));
}

const TONED: Record<string, [string, number]> = {
  á: ["a", 0],
  à: ["a", 1],
  ả: ["a", 2],
  ã: ["a", 3],
  ạ: ["a", 4],
  é: ["e", 0],
  è: ["e", 1],
  ẻ: ["e", 2],
  ẽ: ["e", 3],
  ẹ: ["e", 4],
  ý: ["y", 0],
  ỳ: ["y", 1],
  ỷ: ["y", 2],
  ỹ: ["y", 3],
  ỵ: ["y", 4],
};
const ON_O = "óòỏõọ";
const ON_U = "úùủũụ";

function moveTone(first: string, second: string): string {
  const [bare, tone] = TONED[second];
  const lower = first === first.toLowerCase();
  const carrier = (first.toLowerCase() === "o" ? ON_O : ON_U)[tone];
  return (lower ? carrier : carrier.toUpperCase()) + bare;
}

/**
 * A RegExp whose source went through {@link matchKey}, so its literal words ("toàn quốc", "Kế hoạch")
 * match the keyed text.
 *
 * @param source - the regex source.
 * @param flags - the regex flags.
 * @returns the compiled regex.
 * @example
 * ```ts
 * import { findEvents } from "vietnews";
 * findEvents("Đại hội đại biểu toàn quốc lần thứ XIII").length;
 * //=> 1
 * ```
 */
export function keyedRegExp(source: string, flags?: string): RegExp {
  return new RegExp(matchKey(source), flags);
}
