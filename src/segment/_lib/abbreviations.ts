/** Lazy lookups over the compiled abbreviation, initialism and honorific lists of `data/segment/`. */
import { ABBREVIATIONS } from "../_data/abbreviations";
import { HONORIFICS } from "../_data/honorifics";
import { INITIALISMS } from "../_data/initialisms";

/** How a dotted abbreviation behaves at a sentence boundary (see data/segment/abbreviations.tsv). */
export type AbbreviationClass = "title" | "place" | "ref" | "final" | "whole";

let dotted: Map<string, AbbreviationClass> | null = null;
let plain: Set<string> | null = null;

/** The class of a dotted abbreviation written exactly as `s`, or undefined. */
export function dottedAbbreviation(s: string): AbbreviationClass | undefined {
  if (dotted === null) {
    dotted = new Map();
    for (const row of ABBREVIATIONS.split("\n")) {
      const tab = row.indexOf("\t");
      dotted.set(row.slice(0, tab), row.slice(tab + 1) as AbbreviationClass);
    }
  }
  return dotted.get(s);
}

/** True when `s` is a listed undotted initialism ("UBND", "TW"). */
export function isInitialism(s: string): boolean {
  if (plain === null) plain = new Set(INITIALISMS.split("\n"));
  return plain.has(s);
}

let honorifics: Set<string> | null = null;

/** True when `s` (any case) is a word that comes before a person's name ("ông", "anh"). */
export function isHonorific(s: string): boolean {
  if (honorifics === null) honorifics = new Set(HONORIFICS.split("\n"));
  return honorifics.has(s.toLowerCase());
}
