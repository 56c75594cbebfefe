// STUB (entities A replaces): extractEntities.
import type { Entity } from "../core/types";

export { findBodies } from "./bodies/index";
export { findOfficials } from "./officials/index";
export { groupPeople } from "./people/index";

export interface ExtractEntitiesOptions {
  /** ISO date (YYYY-MM-DD) or Date against which relative words resolve. */
  referenceDate?: string | Date;
}
export function extractEntities(_text: string, _options?: ExtractEntitiesOptions): Entity[] {
  return [];
}
