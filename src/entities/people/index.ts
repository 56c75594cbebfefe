// STUB (entities B replaces): groupPeople.
import type { Entity, Person } from "../../core/types";

export function groupPeople(_entities: Entity[]): Person[] {
  return [];
}
