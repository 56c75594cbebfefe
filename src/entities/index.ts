// The entities stage: documents, events and dates here; bodies, officials and people in their folders.
export { findBodies } from "./bodies/index";
export type { FindDatesOptions } from "./dates/find-dates";
export { findDates } from "./dates/find-dates";
export { findDocuments } from "./documents/find-documents";
export { findEvents } from "./events/find-events";
export type { ExtractEntitiesOptions } from "./extract-entities";
export { extractEntities } from "./extract-entities";
export { findOfficials } from "./officials/index";
export { groupPeople } from "./people/index";
