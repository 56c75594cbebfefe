import { describe } from "../core/validate";
import {
  decodeCp1258,
  decodeMojibake,
  decodeTcvn3,
  decodeViqr,
  decodeViscii,
  decodeVni,
  read1252,
} from "./_lib/legacy";
import { type Score, scoreText } from "./_lib/score";
import type { LegacyEncoding } from "./decode-legacy";

/** The result of {@link detectEncoding}. */
export interface DetectEncodingResult {
  /** The encoding the text is in; "unicode" when it needs no decoding. */
  encoding: LegacyEncoding | "unicode";
  /** 0–1: the share of marked words that read as Vietnamese under that encoding, damped for short input. */
  confidence: number;
}

/**
 * The decoders detection tries, in the order that breaks ties.
 *
 * @example
 * ```ts
 * DECODERS.map(([name]) => name).join(" ");
 * //=> "mojibake tcvn3 vni viscii cp1258 viqr"
 * ```
 */
export const DECODERS: readonly (readonly [LegacyEncoding, (text: string) => string])[] = [
  ["mojibake", decodeMojibake],
  ["tcvn3", decodeTcvn3],
  ["vni", decodeVni],
  ["viscii", decodeViscii],
  ["cp1258", decodeCp1258],
  ["viqr", decodeViqr],
];

/** How much text detection reads (the start of the input, cut at a space). */
const SAMPLE = 20_000;

/**
 * The input as text: valid UTF-8 bytes decoded as UTF-8, other bytes read as Windows-1252.
 *
 * @param input - a string (returned as it is) or bytes
 * @param fn - the public function's name, for the TypeError
 * @returns the text
 * @throws TypeError when `input` is neither a string nor a Uint8Array
 * @example
 * ```ts
 * inputText(new Uint8Array([0x56, 0x69, 0xd6, 0x74]), "detectEncoding");
 * //=> "ViÖt"
 * ```
 */
export function inputText(input: string | Uint8Array, fn: string): string {
  if (typeof input === "string") return input;
  if (input instanceof Uint8Array) {
    try {
      return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(input);
    } catch {
      return read1252(input);
    }
  }
  throw new TypeError(
    `vietnews.${fn}: expected input to be a string or a Uint8Array, got ${describe(input)}`,
  );
}

function sample(text: string): string {
  if (text.length <= SAMPLE) return text;
  const cut = text.lastIndexOf(" ", SAMPLE);
  return text.slice(0, cut > SAMPLE / 2 ? cut : SAMPLE);
}

const merit = (s: Score): number => s.good - 2 * s.bad;

/** A letter that only Unicode Vietnamese text has (precomposed vowels with marks, ă â đ ê ô ơ ư, combining tones). */
const VIETNAMESE_LETTER =
  /[ăâđêôơưĂÂĐÊÔƠƯàáãèéìíòóõùúýÀÁÃÈÉÌÍÒÓÕÙÚÝĩũĨŨ\u1EA0-\u1EF9\u0300\u0301\u0303\u0309\u0323]/;

/** How many words with a non-ASCII character a decoding leaves unchanged. */
function kept(input: string, decoded: string): number {
  const a = input.split(/\s+/);
  const b = decoded.split(/\s+/);
  if (a.length !== b.length) return 0;
  let k = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i] && /[^\u0000-\u007f]/.test(a[i])) k++;
  return k;
}

/**
 * Picks the encoding of a text: the decoding that most improves how Vietnamese it reads.
 *
 * @param text - the text (legacy bytes read as Windows-1252)
 * @returns the encoding, the confidence and, for a legacy encoding, its decoder
 * @example
 * ```ts
 * detectText("Vi\u00d6t Nam v\u00b5 \u00a7\u00b6ng").encoding;
 * //=> "tcvn3"
 * ```
 */
export function detectText(text: string): DetectEncodingResult & { decode?: (text: string) => string } {
  const part = sample(text);
  const base = scoreText(part.normalize("NFC"));
  let best: {
    encoding: LegacyEncoding;
    score: Score;
    decode: (t: string) => string;
    decoded: string;
  } | null = null;
  for (const [encoding, decode] of DECODERS) {
    const decoded = decode(part);
    if (decoded === part) continue;
    const score = scoreText(decoded.normalize("NFC"));
    // Evidence needed: a few well-formed syllables (more for VIQR, whose marks are ASCII
    // punctuation), most marked words well formed, and a clear gain over the text as it is.
    const minGood = encoding === "viqr" ? 3 : 2;
    if (score.good < minGood || score.good < 3 * score.bad) continue;
    if (merit(score) <= merit(base) + 1 || score.good <= base.good) continue;
    if (encoding === "viqr" && score.good < 0.25 * score.words) continue;
    // VIQR is 7-bit ASCII (RFC 1456): text that already has Vietnamese letters is not VIQR, whatever
    // its "ra." or "qua?" would read as.
    if (encoding === "viqr" && VIETNAMESE_LETTER.test(part)) continue;
    if (best === null || merit(score) > merit(best.score)) best = { encoding, score, decode, decoded };
    else if (merit(score) === merit(best.score) && kept(part, decoded) > kept(part, best.decoded)) {
      // A tie (TCVN3 and VISCII both read some lines well): the decoding that leaves more of the
      // already-Vietnamese words as they are wins.
      best = { encoding, score, decode, decoded };
    }
  }
  if (best === null) {
    const marked = base.good + base.bad;
    return { encoding: "unicode", confidence: marked === 0 ? 1 : round((base.good + 1) / (marked + 1)) };
  }
  const { good, bad } = best.score;
  const confidence = round((good / (good + bad)) * (1 - 1 / (good + 2)));
  return { encoding: best.encoding, confidence, decode: best.decode };
}

const round = (x: number): number => Math.round(x * 1000) / 1000;

/**
 * Guesses whether text (or bytes) is in a legacy Vietnamese encoding: TCVN3 (ABC), VNI Windows,
 * VIQR, VISCII, Windows-1258, or UTF-8 mojibake (UTF-8 read as Windows-1252/Latin-1). Each decoding
 * is tried on the first 20,000 characters and kept only when it turns garbled words into
 * well-formed Vietnamese syllables; ordinary text ("COVID19", "F1", "mục 2a", prices, French or
 * German words) stays "unicode". Bytes that are valid UTF-8 are read as UTF-8, others as Windows-1252.
 *
 * @param input - the text, as it shows when read as Windows-1252, or the raw bytes
 * @returns the encoding and a confidence between 0 and 1
 * @throws TypeError when `input` is neither a string nor a Uint8Array
 * @example
 * ```ts
 * detectEncoding("Th«ng b¸o cña Ban Th\u00adêng vô").encoding;
 * //=> "tcvn3"
 * ```
 */
export function detectEncoding(input: string | Uint8Array): DetectEncodingResult {
  const text = inputText(input, "detectEncoding");
  const { encoding, confidence } = detectText(text);
  return { encoding, confidence };
}
