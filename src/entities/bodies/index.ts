// STUB (entities B replaces): findBodies.
import type { BodyEntity } from "../../core/types";

export function findBodies(_text: string): BodyEntity[] {
  return [];
}
