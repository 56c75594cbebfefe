// STUB (foundation helper replaces): normalize, normalizeWithReport, decodeLegacy, detectEncoding.
import type { ToneStyle } from "../core/types";

export { fold } from "./fold";
export { toneKey } from "./tone-key";

/** Options of {@link normalize}. */
export interface NormalizeOptions {
  /** Tone-mark placement (default "preserve"). */
  toneStyle?: ToneStyle;
  /** Decode HTML character references (`&nbsp;`, `&#7843;`) first (default false). */
  decodeEntities?: boolean;
}

/** Counts of each kind of rewrite made by {@link normalizeWithReport}. */
export interface NormalizeChanges {
  composed: number;
  repaired: number;
  toneMoved: number;
  mapped: number;
  invisibleRemoved: number;
  spacesNormalized: number;
  entitiesDecoded: number;
  total: number;
}

export function normalizeWithReport(
  text: string,
  _options?: NormalizeOptions,
): { text: string; changes: NormalizeChanges } {
  const out = text.normalize("NFC");
  return {
    text: out,
    changes: {
      composed: 0,
      repaired: 0,
      toneMoved: 0,
      mapped: 0,
      invisibleRemoved: 0,
      spacesNormalized: 0,
      entitiesDecoded: 0,
      total: 0,
    },
  };
}

export function normalize(text: string, options?: NormalizeOptions): string {
  return normalizeWithReport(text, options).text;
}

export type LegacyEncoding = "tcvn3" | "vni" | "viqr" | "viscii" | "cp1258" | "mojibake";
export interface DecodeLegacyResult {
  text: string;
  encoding: LegacyEncoding | "unicode";
  confidence: number;
}
export function decodeLegacy(
  input: string | Uint8Array,
  _options?: { from?: "auto" | Exclude<LegacyEncoding, "mojibake"> },
): DecodeLegacyResult {
  return {
    text: typeof input === "string" ? input : new TextDecoder().decode(input),
    encoding: "unicode",
    confidence: 1,
  };
}
export function detectEncoding(_input: string | Uint8Array): {
  encoding: LegacyEncoding | "unicode";
  confidence: number;
} {
  return { encoding: "unicode", confidence: 1 };
}
