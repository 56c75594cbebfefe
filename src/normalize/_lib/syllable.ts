/**
 * A parser for one written Vietnamese syllable: onset (with "qu" and "gi"), vowel cluster (medial
 * o/u, nucleus, semivowel glide), consonant coda. The grammar is the spelling system itself, so it
 * accepts every well-formed syllable and rejects loanwords and abbreviations ("covid", "facebook").
 */

/**
 * The written onsets (initial consonants) of Vietnamese, longest first, so the first one a syllable
 * starts with is its onset ("ngh" before "ng").
 *
 * @example
 * ```ts
 * ONSETS.find((o) => "nghiêng".startsWith(o));
 * //=> "ngh"
 * ```
 */
export const ONSETS: readonly string[] = [
  "ngh",
  "ng",
  "nh",
  "ch",
  "gh",
  "gi",
  "kh",
  "ph",
  "qu",
  "th",
  "tr",
  "b",
  "c",
  "d",
  "đ",
  "g",
  "h",
  "k",
  "l",
  "m",
  "n",
  "p",
  "r",
  "s",
  "t",
  "v",
  "x",
];
const CODAS = new Set(["c", "ch", "m", "n", "ng", "nh", "p", "t"]);
const VOWEL_LETTERS = "aăâeêioôơuưy";
const QUALITY = "ăâêôơư";

/** Vowel clusters and whether they take a consonant coda: R required, O optional, N never. */
const CLUSTERS: Record<string, "R" | "O" | "N"> = {
  a: "O",
  ă: "R",
  â: "R",
  e: "O",
  ê: "O",
  i: "O",
  o: "O",
  ô: "O",
  ơ: "O",
  u: "O",
  ư: "O",
  y: "O",
  ai: "N",
  ao: "N",
  au: "N",
  ay: "N",
  âu: "N",
  ây: "N",
  eo: "N",
  êu: "N",
  ia: "N",
  iu: "N",
  oi: "N",
  ôi: "N",
  ơi: "N",
  ui: "N",
  ưi: "N",
  ưu: "N",
  ua: "N",
  ưa: "N",
  yu: "N",
  iê: "R",
  yê: "R",
  uô: "R",
  ươ: "R",
  oa: "O",
  oă: "R",
  oe: "O",
  oo: "R",
  uâ: "R",
  uê: "O",
  uy: "O",
  uơ: "N",
  iêu: "N",
  yêu: "N",
  uôi: "N",
  ươi: "N",
  ươu: "N",
  oai: "N",
  oay: "N",
  oao: "N",
  oeo: "N",
  uây: "N",
  uya: "N",
  uyu: "N",
  uyê: "R",
};

/** The parse of a syllable: where its vowel cluster is and where its tone mark belongs. */
export interface Syllable {
  /** Index of the first vowel letter of the cluster (after the onset). */
  vowelStart: number;
  /** Index after the last vowel letter. */
  vowelEnd: number;
  /** The consonant coda ("" when none). */
  coda: string;
  /** Index of the letter carrying the tone in the old style (hòa, thủy). */
  toneOld: number;
  /** Index of the letter carrying the tone in the new style (hoà, thuỷ). */
  toneNew: number;
}

const isVowel = (c: string): boolean => VOWEL_LETTERS.includes(c);

/**
 * Parses a lowercase, toneless syllable ("d" for "đ" is fine; quality marks kept).
 *
 * @param base - the syllable, lowercase, without tone marks
 * @returns the parse, or null when no Vietnamese spelling produces it
 * @example
 * ```ts
 * parseSyllable("hoa");
 * //=> { vowelStart: 1, vowelEnd: 3, coda: "", toneOld: 1, toneNew: 2 }
 * ```
 */
export function parseSyllable(base: string): Syllable | null {
  const n = base.length;
  if (n === 0 || n > 8) return null;
  let onset = "";
  for (const o of ONSETS) {
    if (base.startsWith(o)) {
      onset = o;
      break;
    }
  }
  // "gi" and "qu" are onsets only before another vowel letter: "gìn" is g + in, "quý" is qu + y.
  if ((onset === "gi" || onset === "qu") && !(n > 2 && isVowel(base[2]))) {
    if (onset === "qu") return null;
    onset = "g";
  }
  let i = onset.length;
  const vowelStart = i;
  while (i < n && isVowel(base[i])) i++;
  const vowelEnd = i;
  if (vowelEnd === vowelStart) return null;
  const cluster = base.slice(vowelStart, vowelEnd);
  const coda = base.slice(vowelEnd);
  const rule = CLUSTERS[cluster];
  if (rule === undefined) return null;
  if (coda !== "" && !CODAS.has(coda)) return null;
  if (coda === "" ? rule === "R" : rule === "N") return null;
  const first = cluster[0];
  if (onset === "qu" && (first === "u" || first === "ư" || (first === "o" && cluster.length > 1)))
    return null;
  if (onset === "gi" && first === "i") return null;
  if ((coda === "ch" || coda === "nh") && !"aêiy".includes(cluster[cluster.length - 1])) return null;

  // Where the tone goes: on the (last) vowel with a quality mark; else on the last vowel before a
  // consonant coda; else in an open cluster on the middle of three, the first of two (tài, mía,
  // múa), except the medial clusters oa/oe/uy, whose placement is the old/new style choice.
  let pos = -1;
  for (let k = cluster.length - 1; k >= 0; k--) {
    if (QUALITY.includes(cluster[k])) {
      pos = k;
      break;
    }
  }
  let alt = -1;
  if (pos < 0) {
    if (coda !== "") pos = cluster.length - 1;
    else if (cluster.length === 1) pos = 0;
    else if (cluster.length === 3) pos = 1;
    else if (cluster === "oa" || cluster === "oe" || cluster === "uy") {
      pos = 0;
      alt = 1;
    } else pos = 0;
  }
  return {
    vowelStart,
    vowelEnd,
    coda,
    toneOld: vowelStart + pos,
    toneNew: vowelStart + (alt < 0 ? pos : alt),
  };
}
