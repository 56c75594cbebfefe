/**
 * Letter tables built once, lazily, from Unicode itself (native NFC): for every Vietnamese vowel
 * letter in every tone and case, its toneless lowercase base letter, its tone and its case; and the
 * inverse, composing a base letter, a tone and a case back into one precomposed character.
 */

/** The twelve vowel letters, toneless, with their quality marks (index = vowel id). */
export const VOWELS = "aăâeêioôơuưy";
/** Tone numbers: 0 ngang (none), 1 sắc, 2 huyền, 3 hỏi, 4 ngã, 5 nặng. */
export const TONE_MARKS = ["", "\u0301", "\u0300", "\u0309", "\u0303", "\u0323"];

/** Packed info per UTF-16 code below 0x1F00: 0 = not a Vietnamese vowel; else base code | tone << 16 | upper << 19. */
let info: Int32Array | null = null;
/** compose[(vowelId * 6 + tone) * 2 + upper] = the precomposed character. */
let composeTable: string[] | null = null;

function build(): void {
  info = new Int32Array(0x1f00);
  composeTable = [];
  for (let v = 0; v < VOWELS.length; v++) {
    for (let t = 0; t < 6; t++) {
      for (let u = 0; u < 2; u++) {
        const base = u ? VOWELS[v].toUpperCase() : VOWELS[v];
        const ch = (base + TONE_MARKS[t]).normalize("NFC");
        composeTable[(v * 6 + t) * 2 + u] = ch;
        info[ch.charCodeAt(0)] = VOWELS.charCodeAt(v) | (t << 16) | (u << 19) | (1 << 20);
      }
    }
  }
}

/**
 * Vowel info of a UTF-16 code, packed (see infoBase, infoTone, infoUpper).
 *
 * @param code - a UTF-16 code
 * @returns the packed info, 0 when the code is not a Vietnamese vowel letter
 * @example
 * ```ts
 * infoTone(vowelInfo("ệ".charCodeAt(0)));
 * //=> 5
 * ```
 */
export function vowelInfo(code: number): number {
  if (info === null) build();
  return code < 0x1f00 ? info![code] : 0;
}

/**
 * The toneless lowercase base letter code of a packed vowel info.
 *
 * @param i - a packed vowel info
 * @returns the code
 * @example
 * ```ts
 * String.fromCharCode(infoBase(vowelInfo("Ệ".charCodeAt(0))));
 * //=> "ê"
 * ```
 */
export const infoBase = (i: number): number => i & 0xffff;
/**
 * The tone (0–5) of a packed vowel info.
 *
 * @param i - a packed vowel info
 * @returns the tone
 * @example
 * ```ts
 * infoTone(vowelInfo("à".charCodeAt(0)));
 * //=> 2
 * ```
 */
export const infoTone = (i: number): number => (i >> 16) & 7;
/**
 * Whether a packed vowel info is upper case.
 *
 * @param i - a packed vowel info
 * @returns true for a capital
 * @example
 * ```ts
 * infoUpper(vowelInfo("Ủ".charCodeAt(0)));
 * //=> true
 * ```
 */
export const infoUpper = (i: number): boolean => ((i >> 19) & 1) === 1;

/**
 * The precomposed letter for a lowercase toneless base vowel, a tone and a case.
 *
 * @param base - one of "aăâeêioôơuưy"
 * @param tone - 0–5
 * @param upper - capital or not
 * @returns the letter
 * @example
 * ```ts
 * composeVowel("ư", 1, true);
 * //=> "Ứ"
 * ```
 */
export function composeVowel(base: string, tone: number, upper: boolean): string {
  if (composeTable === null) build();
  const v = VOWELS.indexOf(base);
  return composeTable![(v * 6 + tone) * 2 + (upper ? 1 : 0)];
}

/**
 * Tone number of a combining tone mark (U+0340/U+0341 read as U+0300/U+0301).
 *
 * @param code - a UTF-16 code
 * @returns 1–5, or 0 when the code is not a tone mark
 * @example
 * ```ts
 * combiningTone(0x0323);
 * //=> 5
 * ```
 */
export function combiningTone(code: number): number {
  switch (code) {
    case 0x301:
    case 0x341:
      return 1;
    case 0x300:
    case 0x340:
      return 2;
    case 0x309:
      return 3;
    case 0x303:
      return 4;
    case 0x323:
      return 5;
    default:
      return 0;
  }
}
