export {
  decodeLegacy,
  type DecodeLegacyOptions,
  type DecodeLegacyResult,
  type LegacyEncoding,
} from "./decode-legacy";
export { detectEncoding, type DetectEncodingResult } from "./detect-encoding";
export { fold } from "./fold";
export {
  type NormalizeChanges,
  type NormalizeOptions,
  type NormalizeResult,
  normalize,
  normalizeWithReport,
} from "./normalize";
export { toneKey } from "./tone-key";
