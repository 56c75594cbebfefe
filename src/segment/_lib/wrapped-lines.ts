// A line a hard wrap cut in the middle of a sentence: legal documents and pages copied from PDFs
// break their lines at a width, so one paragraph comes as several lines ("... theo quy định của" /
// "pháp luật."). splitParagraphs' "wrapped" breaks and parseArticle read such lines as one paragraph.

// the line before a wrap ends with a letter, a digit or a comma: no sentence or clause ends there
const ENDS_OPEN = /[\p{L}\p{N},]$/u;
// the line after it opens with a lower-case letter, which no paragraph does...
const OPENS_LOWER = /^\p{Ll}/u;
// ...except a lettered clause or list item ("a) Định kỳ ...", "đ. Các trường hợp ...")
const ITEM_MARKER = /^\p{Ll}{1,2}[).](?:\s|$)/u;
// the last word of the line is a lower-case one ("số", "ngày", "khoản"), not a name ("Pháp")
const ENDS_LOWER = /(?:^|\s)\p{Ll}[\p{Ll}\p{M}]*$/u;
const OPENS_NUMBER = /^\p{Nd}/u;
const NUMBER_MARKER = /^\p{Nd}{1,3}[).](?:\s|$)/u;

/**
 * True when line `next` goes on the sentence of line `prev` (both trimmed): `prev` ends with a
 * letter, a digit or a comma, and `next` opens with a lower-case letter that is not a clause or
 * item marker ("a)", "b."); or `prev` ends with a lower-case word and `next` opens with a number
 * that is not an item's ("2.", "3)").
 *
 * @param prev - a line, trimmed
 * @param next - the line after it, trimmed
 * @returns whether the break between them is a hard wrap
 * @example
 * ```ts
 * import { continuesLine } from "./wrapped-lines";
 * [continuesLine("thực hiện theo quy định của", "pháp luật."), continuesLine("như sau:", "a) Định kỳ báo cáo"), continuesLine("Hội nghị bế mạc.", "sáng nay")];
 * //=> [true, false, false]
 * [continuesLine("Căn cứ Nghị định số", "08/2015/NĐ-CP;"), continuesLine("Điều 1 quy định", "2. Hiệu lực"), continuesLine("Pháp", "7,3")];
 * //=> [true, false, false]
 * ```
 */
export function continuesLine(prev: string, next: string): boolean {
  if (!ENDS_OPEN.test(prev)) return false;
  if (OPENS_LOWER.test(next)) return !ITEM_MARKER.test(next);
  // a number wrapped from the word it goes with ("Nghị định số" / "08/2015/NĐ-CP"): after a
  // word in lower case, a line opening with a number that is not an item's ("2.", "3)")
  return ENDS_LOWER.test(prev) && OPENS_NUMBER.test(next) && !NUMBER_MARKER.test(next);
}
