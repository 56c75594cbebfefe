import type { BodyLevel, BodySystem } from "../../core/types";
import { phraseKeys } from "../../segment/token-table";
import { BODIES_TSV, FOREIGN_TXT, LEVELS_TSV, NAME_STOPS_TXT, PLACES_TSV, SECTORS_TSV } from "./_data/bodies";
import { addPhrase, type KeyTrie, newTrie } from "./key-trie";
import { oldStyleTones } from "./old-style";

/** One row of the body gazetteer. */
export interface BodyEntry {
  type: "body" | "unit" | "unit?" | "parent" | "named";
  canonical: string;
  system: BodySystem | null;
  level: BodyLevel | null;
  place: "-" | "opt" | "req";
  /** A lower-case first word still counts. */
  lc: boolean;
  /** May continue with "về tổng kết Nghị quyết N". */
  about: boolean;
  /** The first word itself must be capitalised ("cơ quan Đảng ủy" is no "Cơ quan Đảng ủy"). */
  cap: boolean;
  /** A collective leadership ("Thường trực"): a body only at a clause start, never on the Ban Bí thư. */
  collective: boolean;
  /** The years the body existed, where the data knows them ("1955–1995", "–2025"). */
  years?: string;
}

/** A written form of an entry; `caps[k]` says that word k must be written in capitals. */
export interface BodyAlias {
  entry: BodyEntry;
  caps: boolean[];
}

/** A level word ("tỉnh", "các cấp"). */
export interface LevelWord {
  canonical: string;
  level: BodyLevel | null;
  place: boolean;
}

/** A place name. */
export interface PlaceName {
  canonical: string;
  level: BodyLevel;
}

/** A country phrase after a central state body: dropped from the canonical name (null) or appended. */
export interface CountryPhrase {
  canonical: string | null;
}

/** The compiled tries of the body gazetteer. */
export interface BodyLexicon {
  bodies: KeyTrie<BodyAlias>;
  levels: KeyTrie<LevelWord>;
  places: KeyTrie<PlaceName>;
  /** "Việt Nam", "nước Việt Nam Dân chủ Cộng hòa" after a central state body. */
  countries: KeyTrie<CountryPhrase>;
  /** Lower-case words that end a department noun's name ("thuộc", "cấp", "trở"). */
  stops: KeyTrie<true>;
  /** Foreign states and international bodies ("Hoa Kỳ", "Liên Xô"): a body they follow is theirs. */
  foreign: KeyTrie<true>;
}

let lexicon: BodyLexicon | null = null;

const SYSTEMS = new Set(["party", "state", "front", "other"]);
const LEVELS = new Set(["central", "province", "district", "commune"]);

function capsOf(phrase: string): boolean[] {
  const words = phrase.match(/[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]/gu) ?? [];
  // Only an abbreviation (two or more capitals, or a dotted one like "T.Ư") must match in capitals.
  const abbrev = words.some((w) => w.length > 1 && w === w.toUpperCase() && w !== w.toLowerCase());
  const dotted = /\p{Lu}\.\p{Lu}/u.test(phrase);
  return words.map((w) => (abbrev || dotted) && w === w.toUpperCase() && w !== w.toLowerCase());
}

function addAliases(trie: KeyTrie<BodyAlias>, entry: BodyEntry, forms: string[]): void {
  for (const form of forms) {
    if (form.trim() === "") continue;
    addPhrase(trie, phraseKeys(form), { entry, caps: capsOf(form) });
  }
}

/** The two bodies a sector name makes: noun, level, place rule, and the "applies" code that is that noun alone. */
const SECTOR_BODIES: readonly [string, BodyLevel, "-" | "opt", string][] = [
  ["Bộ", "central", "-", "bo"],
  ["Sở", "province", "opt", "so"],
];

/**
 * The body gazetteer compiled into tries, built on first use and kept for the process.
 *
 * @returns the tries of bodies, level words and places
 * @example
 * ```ts
 * findBodies("Bộ Chính trị")[0].system; // read from data/entities/bodies.tsv
 * //=> "party"
 * ```
 */
export function bodyLexicon(): BodyLexicon {
  if (lexicon) return lexicon;
  const bodies = newTrie<BodyAlias>();
  const countries = newTrie<CountryPhrase>();
  for (const line of BODIES_TSV.split("\n")) {
    const [type, name, aliases, canonical, system, level, place, flags, years] = line.split("\t");
    if (!type || !name) continue;
    if (type === "country") {
      const value: CountryPhrase = { canonical: canonical === "-" ? null : oldStyleTones(canonical || name) };
      for (const form of [name, ...(aliases ?? "").split("|")]) {
        if (form.trim()) addPhrase(countries, phraseKeys(form), value);
      }
      continue;
    }
    const entry: BodyEntry = {
      type: type as BodyEntry["type"],
      canonical: oldStyleTones(canonical || name),
      system: SYSTEMS.has(system ?? "") ? (system as BodySystem) : null,
      level: LEVELS.has(level ?? "") ? (level as BodyLevel) : null,
      place: place === "opt" || place === "req" ? place : "-",
      lc: (flags ?? "").includes("lc"),
      about: (flags ?? "").includes("about"),
      cap: (flags ?? "").split(",").includes("cap"),
      collective: (flags ?? "").split(",").includes("collective"),
      ...(years ? { years } : {}),
    };
    addAliases(bodies, entry, [name, ...(aliases ?? "").split("|")]);
  }
  for (const line of SECTORS_TSV.split("\n")) {
    const [sector, aliases, applies, years] = line.split("\t");
    if (!sector) continue;
    const forms = [sector, ...(aliases ?? "").split("|").filter(Boolean)];
    // A sector names a ministry ("Bộ", central) and a provincial department ("Sở"); the third
    // column ("bo", "so" or "both") can restrict it to one of them.
    for (const [noun, level, place, only] of SECTOR_BODIES) {
      if ((applies === "bo" || applies === "so") && applies !== only) continue;
      const entry: BodyEntry = {
        type: "body",
        canonical: oldStyleTones(`${noun} ${sector}`),
        system: "state",
        level,
        place,
        lc: false,
        about: false,
        cap: false,
        collective: false,
        ...(years && noun === "Bộ" ? { years } : {}),
      };
      addAliases(
        bodies,
        entry,
        forms.map((f) => `${noun} ${f}`),
      );
    }
  }
  const levels = newTrie<LevelWord>();
  for (const line of LEVELS_TSV.split("\n")) {
    const [words, canonical, level, place] = line.split("\t");
    if (!words) continue;
    const value: LevelWord = {
      canonical: canonical || words,
      level: LEVELS.has(level ?? "") ? (level as BodyLevel) : null,
      place: place === "yes",
    };
    for (const w of words.split("|")) addPhrase(levels, phraseKeys(w), value);
  }
  const places = newTrie<PlaceName>();
  for (const line of PLACES_TSV.split("\n")) {
    const [name, level, keys] = line.split("\t");
    if (!name) continue;
    addPhrase(places, keys ? keys.split("|") : phraseKeys(name), {
      canonical: oldStyleTones(name),
      level: level === "commune" ? "commune" : "province",
    });
  }
  const stops = newTrie<true>();
  for (const line of NAME_STOPS_TXT.split("\n")) if (line.trim()) addPhrase(stops, phraseKeys(line), true);
  const foreign = newTrie<true>();
  for (const line of FOREIGN_TXT.split("\n")) if (line.trim()) addPhrase(foreign, phraseKeys(line), true);
  lexicon = { bodies, levels, places, countries, stops, foreign };
  return lexicon;
}
