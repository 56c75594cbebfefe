import type { BodyEntity } from "../../core/types";
import { expectString } from "../../core/validate";
import { tokenTable } from "../../segment/token-table";
import { scanBodies } from "./match-bodies";

/**
 * Finds Party, state, Front and mass-organisation bodies: gazetteer names and abbreviations
 * ("Bộ Chính trị", "UBTVQH"), units with their parent ("Ban Tổ chức Tỉnh ủy", "Ủy ban Kiểm tra Trung
 * ương"), organs with a level or place ("UBND tỉnh Quảng Trị", "HĐND các cấp", "Tỉnh ủy Quảng Trị"),
 * ministries and departments ("Bộ Nội vụ", "Sở Xây dựng"). Matches both tone styles and "Ð"; only the
 * longest span is kept. `canonical` spells abbreviations out in old-style tone placement.
 *
 * @param text - the text to search
 * @returns the bodies in reading order, offsets into `text`
 * @example
 * ```ts
 * findBodies("Ban Thường vụ Tỉnh uỷ và UBND tỉnh Quảng Trị").map((b) => b.canonical);
 * //=> ["Ban Thường vụ Tỉnh ủy", "Ủy ban nhân dân tỉnh Quảng Trị"]
 * ```
 */
export function findBodies(text: string): BodyEntity[] {
  expectString(text, "findBodies", "text");
  return scanBodies(text, tokenTable(text));
}
