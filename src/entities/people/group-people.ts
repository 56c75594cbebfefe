import type { Entity, OfficialEntity, Person } from "../../core/types";
import { wordKey } from "../bodies/word-tokens";
import { similarity } from "./string-similarity";

/** Similarity above which two spellings of one name (same surname, last syllable and length) merge. */
const SAME_NAME = 0.95;

interface Group {
  person: Person;
  keys: string[][];
  titleKeys: Set<string>;
}

function nameKeys(name: string): string[] {
  return name
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => wordKey(w));
}

function sameName(a: string[], b: string[]): boolean {
  if (a.length !== b.length || a.length === 0) return false;
  if (a.join(" ") === b.join(" ")) return true;
  if (a[0] !== b[0] || a[a.length - 1] !== b[b.length - 1]) return false;
  return similarity(a.join(" "), b.join(" ")) >= SAME_NAME;
}

/**
 * Groups official mentions into distinct people. Names are compared on a case- and tone-style-insensitive
 * key ("PHẠM MINH CHÍNH", "Phạm Minh Chính", "Phạm Minh Chính" with "Ð" all match); remaining spelling
 * variants merge when natural's Jaro-Winkler similarity is high and the surname, the last syllable and
 * the number of syllables agree.
 *
 * @param entities - entities of one text (non-official kinds are ignored)
 * @returns the people in order of first mention
 * @example
 * ```ts
 * groupPeople(findOfficials("Thủ tướng Phạm Minh Chính. PHẠM MINH CHÍNH, Thủ tướng Chính phủ")).length;
 * //=> 1
 * ```
 */
export function scanPeople(entities: Entity[]): Person[] {
  const groups: Group[] = [];
  for (const e of entities) {
    if (e?.kind !== "official") continue;
    const o = e as OfficialEntity;
    if (typeof o.name !== "string") continue;
    const keys = nameKeys(o.name);
    let g = groups.find((x) => x.keys.some((k) => sameName(k, keys)));
    if (!g) {
      g = { person: { name: o.name, titles: [], mentions: [] }, keys: [], titleKeys: new Set() };
      groups.push(g);
    }
    if (!g.keys.some((k) => k.join(" ") === keys.join(" "))) g.keys.push(keys);
    for (const t of Array.isArray(o.titles) ? o.titles : []) {
      const tk = nameKeys(t).join(" ");
      if (g.titleKeys.has(tk)) continue;
      g.titleKeys.add(tk);
      g.person.titles.push(t);
    }
    g.person.mentions.push({ start: o.start, end: o.end, text: o.text });
  }
  return groups.map((g) => g.person);
}
