import type { Entity, OfficialEntity, Person } from "../../core/types";
import { wordKey } from "../../segment/token-table";
import { similarity } from "./string-similarity";

/** Similarity at or above which two middle syllables count as one spelling ("Minh"/"Mính"). */
const SAME_SYLLABLE = 0.9;

interface Group {
  person: Person;
  keys: string[][];
  titleKeys: Set<string>;
  /** Titles as written already seen. */
  titles: Set<string>;
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
  // Same surname and given name: the middle syllables may differ by a misspelt tone or letter.
  for (let k = 1; k < a.length - 1; k++) {
    if (a[k] !== b[k] && similarity(a[k]!, b[k]!) < SAME_SYLLABLE) return false;
  }
  return true;
}

/**
 * Groups official mentions into distinct people. Names are compared on a case- and tone-style-insensitive
 * key ("PHẠM MINH CHÍNH", "Phạm Minh Chính" and the other tone style or "Ð" all match); remaining
 * spelling variants merge when surname, given name and the number of syllables agree and each middle
 * syllable is close by natural's Jaro-Winkler similarity ("Phạm Mính Chính").
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
  // Fast paths: the same written name, then the same key; the fuzzy comparison only for new keys.
  const byName = new Map<string, Group>();
  const byKey = new Map<string, Group>();
  for (const e of entities) {
    if (e?.kind !== "official") continue;
    const o = e as OfficialEntity;
    if (typeof o.name !== "string") continue;
    let g = byName.get(o.name);
    if (!g) {
      const keys = nameKeys(o.name);
      const key = keys.join(" ");
      g = byKey.get(key) ?? groups.find((x) => x.keys.some((k) => sameName(k, keys)));
      if (!g) {
        g = {
          person: { name: o.name, titles: [], mentions: [] },
          keys: [],
          titleKeys: new Set(),
          titles: new Set(),
        };
        groups.push(g);
      }
      if (!byKey.has(key)) {
        byKey.set(key, g);
        g.keys.push(keys);
      }
      byName.set(o.name, g);
    }
    for (const t of Array.isArray(o.titles) ? o.titles : []) {
      if (typeof t !== "string" || g.titles.has(t)) continue;
      g.titles.add(t);
      const tk = nameKeys(t).join(" ");
      if (g.titleKeys.has(tk)) continue;
      g.titleKeys.add(tk);
      g.person.titles.push(t);
    }
    g.person.mentions.push({ start: o.start, end: o.end, text: o.text });
  }
  return groups.map((g) => g.person);
}
