export {
  type DecodeLegacyOptions,
  type DecodeLegacyResult,
  decodeLegacy,
  type LegacyEncoding,
} from "./decode-legacy";
export { type DetectEncodingResult, detectEncoding } from "./detect-encoding";
export { fold } from "./fold";
export {
  type NormalizeChanges,
  type NormalizeOptions,
  type NormalizeResult,
  normalize,
  normalizeWithReport,
} from "./normalize";
export { toneKey } from "./tone-key";
