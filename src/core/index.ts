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
export { CHROME_REASONS, type ChromeReason, isChromeReason } from "./reasons";
