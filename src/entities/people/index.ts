import type { Entity, Person } from "../../core/types";
import { describe } from "../../core/validate";
import { scanPeople } from "./group-people";

/**
 * The distinct officials of a text: each person once, with every distinct title seen (in order of first
 * appearance) and the span of every mention, merged across spellings ("Phạm Minh Chính",
 * "PHẠM MINH CHÍNH", "Phạm Minh Chính" in the other tone style) with natural's string distance.
 *
 * @param entities - the entities of one text, e.g. from `extractEntities` (only officials are used)
 * @returns the people in order of first mention
 * @example
 * ```ts
 * const text = "Thủ tướng Phạm Minh Chính chủ trì. PHẠM MINH CHÍNH, Ủy viên Bộ Chính trị, phát biểu.";
 * groupPeople(findOfficials(text)).map((p) => [p.name, p.titles, p.mentions.length]);
 * //=> [["Phạm Minh Chính", ["Thủ tướng", "Ủy viên Bộ Chính trị"], 2]]
 * ```
 */
export function groupPeople(entities: Entity[]): Person[] {
  if (!Array.isArray(entities)) {
    throw new TypeError(`vietnews.groupPeople: expected entities to be an array, got ${describe(entities)}`);
  }
  for (let i = 0; i < entities.length; i++) {
    const e: unknown = entities[i];
    if (e === null || typeof e !== "object" || Array.isArray(e)) {
      throw new TypeError(
        `vietnews.groupPeople: expected entities[${i}] to be an entity object, got ${describe(e)}`,
      );
    }
  }
  return scanPeople(entities);
}
