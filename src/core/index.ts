export type {
  Article,
  BodyEntity,
  BodyLevel,
  BodySystem,
  DateEntity,
  DocumentEntity,
  Entity,
  EventEntity,
  OfficialEntity,
  Person,
  RemovedBlock,
  Span,
  ToneStyle,
} from "./types";
export { describe, expectBoolean, expectOneOf, expectOptions, expectString } from "./validate";
