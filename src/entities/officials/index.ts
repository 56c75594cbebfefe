import type { OfficialEntity } from "../../core/types";
import { expectString } from "../../core/validate";
import { tokenTable } from "../../segment/token-table";
import { scanOfficials } from "./match-officials";

/**
 * Finds named officials with their title chains, title first ("Ủy viên Bộ Chính trị, Trưởng Ban Tổ chức
 * Trung ương Phạm Minh Chính") or name first ("LÊ QUANG TÙNG, UVTƯ Đảng, Bí thư Tỉnh ủy"). Names come
 * from the surname list and capitalisation; all-caps names are recapitalised in `name`. Military ranks
 * and ông/bà/đồng chí stay out of the span, "nguyên" stays in; the chain ends where the title grammar
 * ends (a predicate such as "giữ chức"). Titles are split on commas, dashes and "kiêm".
 *
 * @param text - the text to search (the title grammar finds the bodies in titles itself)
 * @returns the officials in reading order, offsets into `text`
 * @example
 * ```ts
 * findOfficials("Bí thư Tỉnh ủy Lê Quang Tùng phát biểu.").map((o) => [o.name, o.titles]);
 * //=> [["Lê Quang Tùng", ["Bí thư Tỉnh ủy"]]]
 * ```
 */
export function findOfficials(text: string): OfficialEntity[] {
  expectString(text, "findOfficials", "text");
  return scanOfficials(text, tokenTable(text));
}
