// STUB (entities B replaces): findOfficials.
import type { BodyEntity, OfficialEntity } from "../../core/types";

export function findOfficials(_text: string, _bodies?: BodyEntity[]): OfficialEntity[] {
  return [];
}
