import { expectOneOf, expectOptions } from "../core/validate";
import { read1252 } from "./_lib/legacy";
import { DECODERS, detectText, inputText } from "./detect-encoding";

/** The legacy encodings {@link decodeLegacy} reads ("mojibake" = UTF-8 read as Windows-1252/Latin-1). */
export type LegacyEncoding = "tcvn3" | "vni" | "viqr" | "viscii" | "cp1258" | "mojibake";

/** Options of {@link decodeLegacy}. */
export interface DecodeLegacyOptions {
  /** The encoding of the input, or "auto" (default) to detect it with {@link detectEncoding}. */
  from?: "auto" | LegacyEncoding;
}

/** The result of {@link decodeLegacy}. */
export interface DecodeLegacyResult {
  /** The decoded text (NFC where the decoding composed marks; otherwise as decoded). */
  text: string;
  /** The encoding decoded from; "unicode" when the input was returned as it is. */
  encoding: LegacyEncoding | "unicode";
  /** 0–1; 1 when the encoding was given. */
  confidence: number;
}

const FROM = ["auto", "tcvn3", "vni", "viqr", "viscii", "cp1258", "mojibake"] as const;
// One table of decoders, the one detection tries in order.
const DECODE = Object.fromEntries(DECODERS) as Record<LegacyEncoding, (text: string) => string>;

/**
 * Converts text in a legacy Vietnamese encoding to Unicode: TCVN3 (ABC), VNI Windows, VIQR, VISCII,
 * Windows-1258 and UTF-8 mojibake ("Äáº£ng" → "Đảng"). A string is taken as the legacy bytes read
 * as Windows-1252 (what an old page shows); a Uint8Array is the raw bytes. With `from: "auto"` the
 * encoding is detected, and clean Unicode comes back untouched with encoding "unicode". TCVN3's ABC
 * table has no toned capitals (they are a separate font), so those letters come out lowercase;
 * the TCVN 5712:1993 capitals are read where ABC leaves the code free.
 *
 * @param input - the text or bytes
 * @param options - `from`: "auto" (default), "tcvn3", "vni", "viqr", "viscii", "cp1258" or "mojibake"
 * @returns the text, the encoding it was decoded from and a confidence
 * @throws TypeError when `input` is neither a string nor a Uint8Array, or options is not an object
 * @throws RangeError when `from` is not one of the encodings above
 * @example
 * ```ts
 * decodeLegacy("Th«ng b¸o cña Ban Th\u00adêng vô").text; // TCVN3, detected
 * //=> "Thông báo của Ban Thường vụ"
 * decodeLegacy("Vi\u00d6t Nam", { from: "tcvn3" }).text;
 * //=> "Việt Nam"
 * decodeLegacy("\u00c4\u0090\u00e1\u00ba\u00a3ng", { from: "mojibake" }).text;
 * //=> "Đảng"
 * ```
 */
export function decodeLegacy(input: string | Uint8Array, options?: DecodeLegacyOptions): DecodeLegacyResult {
  expectOptions(options, "decodeLegacy");
  const from = options?.from ?? "auto";
  expectOneOf(from, FROM, "decodeLegacy", "options.from");
  if (from === "auto") {
    const text = inputText(input, "decodeLegacy");
    const found = detectText(text);
    if (found.encoding === "unicode" || found.decode === undefined) {
      return { text, encoding: "unicode", confidence: found.confidence };
    }
    return { text: found.decode(text), encoding: found.encoding, confidence: found.confidence };
  }
  let text: string;
  if (typeof input === "string") text = input;
  else if (input instanceof Uint8Array) {
    // VIQR and mojibake are UTF-8 (or ASCII) files; the 8-bit encodings are read byte by byte.
    text = from === "viqr" || from === "mojibake" ? new TextDecoder("utf-8").decode(input) : read1252(input);
  } else text = inputText(input, "decodeLegacy");
  return { text: DECODE[from](text), encoding: from, confidence: 1 };
}
