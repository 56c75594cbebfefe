// STUB (entities helpers replace): extractEntities, groupPeople.
import type { Entity, Person } from "../core/types";

export interface ExtractEntitiesOptions {
  /** ISO date (YYYY-MM-DD) or Date against which relative words resolve. */
  referenceDate?: string | Date;
}
export function extractEntities(_text: string, _options?: ExtractEntitiesOptions): Entity[] {
  return [];
}
export function groupPeople(_entities: Entity[]): Person[] {
  return [];
}
