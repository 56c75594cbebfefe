import type { BodyEntity, BodyLevel, BodySystem } from "../../core/types";
import { GAP_CELL, type TokenTable } from "../../segment/token-table";
import { scratchArray, scratchUint8 } from "../_lib/scratch";
import { startsPost, titleLexicon } from "../officials/title-lexicon";
import { type BodyAlias, type BodyLexicon, bodyLexicon, type CountryPhrase } from "./body-lexicon";
import { longestEnd, matchAt, type TrieHit } from "./key-trie";
import { oldStyleTones } from "./old-style";
import { KEYS } from "./word-keys";

/** A body parsed at a token position (not yet an entity); its canonical name is built on demand. */
export interface BodyParse {
  /** Token index after the body. */
  end: number;
  /** This level's canonical words (a unit's, or the whole name for a gazetteer body). */
  head: string;
  /** Offsets of text whose old-style spelling replaces `head` ("Vụ Tổ chức - Điều lệ"). */
  from?: [number, number];
  /** The parent body after a unit. */
  rest?: BodyParse;
  /** A level word and place after the name ("tỉnh Quảng Trị"). */
  suffix?: string;
  /** The suffix's place name ("Quảng Trị"), absent when only a level word follows ("UBND tỉnh"). */
  place?: string;
  /** The canonical name once built. */
  canonical?: string;
  system: BodySystem;
  level: BodyLevel | null;
  /** A unit standing without its parent ("Ban Chỉ đạo"), whose name may be elliptical. */
  bare: boolean;
  /** A department named by a noun and a name ("Vụ Tổ chức - Điều lệ"): system and level from context. */
  named?: boolean;
  /** How many units are stacked on the innermost body ("Văn phòng Ban Tổ chức Tỉnh ủy": 2). */
  depth?: number;
}

/**
 * A parse with every field set, in one order, so all parses share one hidden class and the code
 * reading them stays monomorphic (parses built as literals of different shapes made V8 drop its
 * optimised code of the scans again and again).
 */
function newParse(
  end: number,
  head: string,
  system: BodySystem,
  level: BodyLevel | null,
  bare: boolean,
  more: {
    from?: [number, number] | undefined;
    rest?: BodyParse;
    suffix?: string;
    place?: string | undefined;
    named?: boolean;
    depth?: number;
  } = NO_MORE,
): BodyParse {
  return {
    end,
    head,
    from: more.from,
    rest: more.rest,
    suffix: more.suffix,
    place: more.place,
    canonical: undefined,
    system,
    level,
    bare,
    named: more.named ?? false,
    depth: more.depth ?? 0,
  };
}
const NO_MORE = {};

/**
 * The canonical name of a parse: its head (or its text in old-style spelling), its parent's canonical
 * name and its level/place suffix; built once, on first use.
 *
 * @param p - a parse from `bodyTable`
 * @param text - the text it was parsed from
 * @returns the canonical name
 * @example
 * ```ts
 * findBodies("Văn phòng Ban Tổ chức Tỉnh uỷ")[0].canonical;
 * //=> "Văn phòng Ban Tổ chức Tỉnh ủy"
 * ```
 */
export function canonicalOf(p: BodyParse, text: string): string {
  if (p.canonical !== undefined) return p.canonical;
  let c = p.from ? oldStyleTones(text.slice(p.from[0], p.from[1])) : p.head;
  if (p.rest) c = `${c} ${canonicalOf(p.rest, text)}`;
  if (p.suffix) c = `${c} ${p.suffix}`;
  p.canonical = c;
  return c;
}

/** Best body and best parent parse starting at each token (pooled arrays: read only below the token count). */
export interface BodyTable {
  body: (BodyParse | null)[];
  parent: (BodyParse | null)[];
}

const MAX_ABOUT = 10;
/** Units stacked on one body at most ("Văn phòng Ban Tổ chức Tỉnh ủy" has two). */
const MAX_DEPTH = 3;

function capsOk(tokens: TokenTable, i: number, alias: BodyAlias, end: number): boolean {
  for (let k = 0; k < alias.caps.length && i + k < end; k++) {
    if (!alias.caps[k]) continue;
    const m = i + k;
    if (!(tokens.upper(m) || (tokens.cap(m) && tokens.size(m) === 1))) return false;
  }
  return true;
}

function upperFirst(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** True when tokens a and b (= a + 1) touch and one of them is "-" or "/" (a code like "NĐ-CP"). */
function glued(tokens: TokenTable, a: number, b: number): boolean {
  if (a < 0 || b < 0 || a >= tokens.length || b >= tokens.length) return false;
  return tokens.gap[b] === 0 && (dashOrSlash(tokens.bare(a)) || dashOrSlash(tokens.bare(b)));
}

function dashOrSlash(s: string): boolean {
  return s === "-" || s === "/";
}

function anyCap(tokens: TokenTable, i: number, end: number): boolean {
  for (let k = i; k < end; k++) if (tokens.cap(k)) return true;
  return false;
}

/** A level word and the place after it, as `suffixAt` reads them. */
interface Suffix {
  end: number;
  canonical: string;
  level: BodyLevel | null;
  place?: string;
}

/** The parse of a body's head with a level word and place after it ("Tỉnh ủy Quảng Trị"). */
function suffixed(
  suf: Suffix,
  head: string,
  system: BodySystem,
  level: BodyLevel | null,
  from?: [number, number],
): BodyParse {
  return newParse(suf.end, head, system, suf.level ?? level, false, {
    from,
    suffix: suf.canonical,
    place: suf.place || undefined,
  });
}

/** A level word and/or place after token j: "tỉnh Quảng Trị", "các cấp", "Quảng Trị" (direct). */
function suffixAt(
  text: string,
  lex: BodyLexicon,
  tokens: TokenTable,
  j: number,
  direct: boolean,
): Suffix | null {
  if (j >= tokens.length || tokens.gap[j] !== 1) return null;
  const lv = matchAt(lex.levels, tokens, j)[0];
  if (lv) {
    const k = lv.end;
    // A capitalised level word keeps its capital ("Thành ủy Thành phố Hồ Chí Minh").
    const lvName =
      tokens.cap(j) && tokens.bare(j) !== "tp" ? upperFirst(lv.value.canonical) : lv.value.canonical;
    // "TP" must be in capitals; other level words are lower case inside a body name.
    const t = tokens.at(j)!;
    if (t.bare === "tp" && !t.upper) return null;
    if (t.cap && t.bare !== "tp" && !direct) return null;
    if (lv.value.place && k < tokens.length && tokens.gap[k] === 1 && tokens.cap(k)) {
      const pl = matchAt(lex.places, tokens, k)[0];
      if (pl) {
        return {
          end: pl.end,
          canonical: `${lvName} ${pl.value.canonical}`,
          level: lv.value.level ?? pl.value.level,
          place: pl.value.canonical,
        };
      }
      if (lv.value.level === "district" || lv.value.level === "commune") {
        let m = k;
        while (m < tokens.length && m - k < 3 && tokens.word(m) && tokens.cap(m) && tokens.gap[m] === 1) m++;
        if (m > k) {
          const place = placeText(text, tokens, k, m);
          return { end: m, canonical: `${lvName} ${place}`, level: lv.value.level, place };
        }
      }
    }
    return { end: k, canonical: lvName, level: lv.value.level };
  }
  if (direct && tokens.cap(j)) {
    const pl = matchAt(lex.places, tokens, j)[0];
    if (pl && pl.value.level === "province")
      return { end: pl.end, canonical: pl.value.canonical, level: "province", place: pl.value.canonical };
  }
  return null;
}

function placeText(text: string, tokens: TokenTable, k: number, m: number): string {
  return oldStyleTones(text.slice(tokens.start[k], tokens.end[m - 1]));
}

const MAX_NAMED = 16;
/** Lower-case syllables after a department name's last capitalised word, at most. */
const MAX_LOWER = 5;

/**
 * True when a person's name starts at the capitalised word k, right after a lower-case word: a
 * surname, then one to three capitalised given names and no further capitalised word, the whole no
 * place or foreign country ("Hà Nội", "Hoa Kỳ"), as in "Cục trưởng Cục Điện ảnh Ngô Phương Lan",
 * whose holder the name is. A lone given name must be followed by no word or by a word that ends
 * a name ("Lê Liêm kiêm"): in "Binh chủng Tăng Thiết giáp" it is half of a compound.
 */
function personAt(lex: BodyLexicon, tokens: TokenTable, k: number): boolean {
  if (tokens.gap[k] !== 1 || !tokens.word(k - 1) || tokens.cap(k - 1)) return false;
  const given = longestEnd(titleLexicon().surnames, tokens, k);
  if (given === k) return false;
  let end = given;
  while (end < tokens.length && tokens.gap[end] === 1 && tokens.word(end) && tokens.cap(end)) end++;
  if (end === given || end - given > 3) return false;
  if (
    end - given === 1 &&
    end < tokens.length &&
    tokens.gap[end] === 1 &&
    tokens.word(end) &&
    !stopAt(lex, tokens, end)
  )
    return false;
  return longestEnd(lex.places, tokens, k) === k && longestEnd(lex.foreign, tokens, k) === k;
}

/**
 * True when a capitalised title starts at k right after a lower-case word: a post ("Phó Tư lệnh",
 * "Giám đốc", after "Phó" or not) or a rank ("Thiếu tướng"). "Cục Vận tải - kiêm Phó Tư lệnh Đoàn
 * 559" and "Vụ Nghiên cứu và Thiếu tướng Vũ Hồng Văn" name a department and then a post.
 */
function titleAfterLower(tokens: TokenTable, k: number): boolean {
  if (!tokens.cap(k) || tokens.gap[k] !== 1 || !tokens.word(k - 1) || tokens.cap(k - 1)) return false;
  const lex = titleLexicon();
  return longestEnd(lex.ranks, tokens, k) > k || startsPost(lex, tokens, k);
}

/** True when the lower-case word at k ends a department's name ("thuộc", "cấp", "đã"). */
function stopAt(lex: BodyLexicon, tokens: TokenTable, k: number): boolean {
  return !tokens.cap(k) && lex.stops.next.has(tokens.bare(k)) && matchAt(lex.stops, tokens, k).length > 0;
}

/**
 * The name after "Vụ"/"Cục": a capitalised word, then words, hyphens and ", word" pieces, up to a
 * word that ends a name (`bodies-name-stops.txt`: "thuộc", a verb), "và" before another body, another
 * body, a person's name or a capitalised post after a lower-case word, punctuation or a line end, with
 * at most five lower-case syllables after the last capital.
 * Where none of those ends it within the limits, the capitalised words and the syllable completing
 * the last of them count (a name is not cut mid-word: "Vụ Tổ chức", never "Vụ Tổ").
 */
function namedTail(lex: BodyLexicon, tokens: TokenTable, j: number, body: (BodyParse | null)[]): number {
  const first = tokens.at(j);
  if (first?.gap !== 1 || !first.word || !first.cap) return j;
  // "Cục Trưởng", "Vụ Phó": a head's or deputy's title written with a capital, not a department
  if (first.bare === KEYS.truong || first.bare === KEYS.deputy) return j;
  let capEnd = j + 1;
  while (
    capEnd < tokens.length &&
    capEnd - j < MAX_NAMED &&
    tokens.gap[capEnd] === 1 &&
    tokens.word(capEnd) &&
    tokens.cap(capEnd)
  )
    capEnd++;
  let k = j + 1;
  let clean = false;
  // lower-case words since the last capitalised one: a name has few ("Cục Quản lý thị trường")
  let lower = 0;
  let abbrevCut = -1;
  // the last "," or "-" taken into the name, and whether a capitalised word came after it
  let joinAt = -1;
  let capSince = false;
  while (k < tokens.length && k - j < MAX_NAMED) {
    const t = tokens.at(k)!;
    if (t.gap === 2 || t.gap === GAP_CELL) {
      clean = true;
      break;
    }
    if (t.word && t.gap === 1) {
      // Another body starts here ("Vụ Pháp chế Bộ Tư pháp"), or "và" joins one ("Vụ A và Vụ B").
      if (t.cap && body[k]) {
        clean = true;
        break;
      }
      if (t.bare === KEYS.va && tokens.gap[k + 1] === 1 && tokens.cap(k + 1) && body[k + 1]) {
        clean = true;
        break;
      }
      if (stopAt(lex, tokens, k)) {
        clean = true;
        break;
      }
      // a person's name or a post after the department's lower-case words: its head or a member
      if (t.cap && (personAt(lex, tokens, k) || titleAfterLower(tokens, k))) {
        // without the words that join the post on: "Vụ Nghiên cứu⟧ và Thiếu tướng ...", "Tổng cục
        // Kỹ thuật⟧, nguyên Phó Tư lệnh ...", "Cục Vận tải⟧ - kiêm Phó Tư lệnh ..."
        if (tokens.bare(k - 1) === KEYS.va) k--;
        else if (joinAt >= 0 && !capSince) k = joinAt;
        clean = true;
        break;
      }
      if (t.cap) capSince = true;
      // lower-case words right after an abbreviation count only when a capital follows them
      // ("Cục CSQLHC về TTXH"), not in "Cục CSGT rà soát lại ..."
      if (t.cap) abbrevCut = -1;
      else if (lower === 0 && tokens.upper(k - 1)) abbrevCut = k;
      lower = t.cap ? 0 : lower + 1;
      if (lower > MAX_LOWER) break;
      k++;
      continue;
    }
    if (t.bare === "-" && tokens.word(k + 1) && tokens.gap[k + 1] === 1) {
      joinAt = k;
      capSince = tokens.cap(k + 1);
      k += 2;
      continue;
    }
    if (
      t.bare === "," &&
      t.gap === 0 &&
      tokens.word(k + 1) &&
      tokens.gap[k + 1] === 1 &&
      !tokens.cap(k + 1) &&
      !stopAt(lex, tokens, k + 1)
    ) {
      joinAt = k;
      capSince = false;
      k += 2;
      continue;
    }
    clean = !t.word;
    break;
  }
  if (k >= tokens.length) clean = true;
  if (clean && k - j < MAX_NAMED) return abbrevCut >= 0 ? abbrevCut : k;
  // Not ended within the limits: the capitalised words and the syllable that completes the last of
  // them ("Cục Trồng trọt" of "Cục Trồng trọt thẩm định hồ sơ ...").
  // An abbreviation ("Cục CSQLHC") is a whole word: nothing completes it.
  const completes =
    tokens.word(capEnd) && tokens.gap[capEnd] === 1 && !tokens.cap(capEnd) && !tokens.upper(capEnd - 1);
  return completes && !stopAt(lex, tokens, capEnd) ? capEnd + 1 : capEnd;
}

/** A country phrase after token j-1 ("Việt Nam", "nước Việt Nam Dân chủ Cộng hòa"), capitalised names only. */
function countryAt(lex: BodyLexicon, tokens: TokenTable, j: number): TrieHit<CountryPhrase> | null {
  if (j >= tokens.length || tokens.gap[j] !== 1 || !lex.countries.next.has(tokens.bare(j))) return null;
  const hit = matchAt(lex.countries, tokens, j)[0];
  if (!hit) return null;
  // "Việt Nam" in capitals; a "nước ..." phrase carries its own capitals.
  if (!tokens.cap(j) && !tokens.cap(j + 1)) return null;
  // "Bộ Ngoại giao Việt Nam - Lào": a country pair is not the body's country.
  const after = tokens.at(hit.end);
  if (after && after.gap <= 1 && (after.bare === "-" || after.bare === "–")) return null;
  return hit;
}

/**
 * True when a foreign state's name ("Pháp", "Hoa Kỳ", "Liên Xô") starts at token k and ends the run of
 * capitalised words there ("Lào Cai", "Đức Phổ" are Vietnamese places).
 */
export function foreignAt(lex: BodyLexicon, tokens: TokenTable, k: number): boolean {
  if (k >= tokens.length || tokens.gap[k] !== 1 || !tokens.cap(k) || !lex.foreign.next.has(tokens.bare(k))) {
    return false;
  }
  for (const hit of matchAt(lex.foreign, tokens, k)) {
    const e = hit.end;
    if (e >= tokens.length || tokens.gap[e] !== 1 || !tokens.word(e) || !tokens.cap(e)) return true;
  }
  return false;
}

/**
 * True when a level word ("huyện", "thị xã", "Thành phố", "TP.") ends right before token i, a space
 * between: written in lower case when `lowerCase`, one that takes a place name after it when `place`.
 *
 * @param lex - the body lexicon
 * @param tokens - the text's tokens
 * @param i - the token after the level word
 * @param want - which level words count
 * @returns whether one ends there
 * @example
 * ```ts
 * import { findBodies, findOfficials } from "vietnews";
 * // "Vụ" after "huyện" opens a place's name, not a department's; "Hồ Chí Minh" after "TP" is the city
 * [findBodies("UBND huyện Vụ Bản")[0].text, findOfficials("Bí thư Thành đoàn TP Hồ Chí Minh\n").length];
 * //=> ["UBND huyện Vụ Bản", 0]
 * ```
 */
export function afterLevelWord(
  lex: BodyLexicon,
  tokens: TokenTable,
  i: number,
  want: { lowerCase?: boolean; place?: boolean },
): boolean {
  if (i >= tokens.length || tokens.gap[i] !== 1) return false;
  // the level words are one or two tokens ("tỉnh", "thị xã", "TP.")
  for (let b = Math.max(0, i - 2); b < i; b++) {
    if (!tokens.word(b) || (want.lowerCase && tokens.cap(b))) continue;
    for (const hit of matchAt(lex.levels, tokens, b))
      if (hit.end === i && (!want.place || hit.value.place)) return true;
  }
  return false;
}

/** True when a collective leadership ("Thường trực") at i opens a body: after punctuation, a line start or a function word. */
function collectiveAt(lex: BodyLexicon, tokens: TokenTable, i: number): boolean {
  if (i === 0 || tokens.gap[i] === 2 || !tokens.word(i - 1)) return true;
  return tokens.bare(i - 1) === KEYS.va || stopAt(lex, tokens, i - 1);
}

/** "về tổng kết Nghị quyết 18" after a steering committee's name. */
function aboutTail(tokens: TokenTable, j: number): number {
  let k = j;
  while (k < tokens.length && k - j < MAX_ABOUT) {
    const t = tokens.at(k)!;
    if (t.gap !== 1 || !t.word) return j;
    if (t.bare === KEYS.nghi && tokens.key(k + 1) === ` ${KEYS.quyet}`) {
      let m = k + 2;
      if (tokens.key(m) === ` ${KEYS.so}`) m++;
      if (m < tokens.length && tokens.gap[m] === 1 && /^\d+$/.test(tokens.bare(m))) return m + 1;
      return j;
    }
    if (t.cap) return j;
    k++;
  }
  return j;
}

/**
 * Parses the best body and the best parent starting at every token, right to left, so that a unit
 * ("Ban Tổ chức") can take the already parsed body after it as its parent ("Tỉnh ủy Quảng Trị"). Linear
 * in the number of tokens. Nothing is kept between calls but pooled scratch arrays (see the body).
 *
 * @param tokens - the text's tokens from `tokenTable`
 * @param text - the text itself
 * @returns the parse tables
 * @example
 * ```ts
 * findBodies("Ban Tổ chức Tỉnh ủy")[0].canonical;
 * //=> "Ban Tổ chức Tỉnh ủy"
 * ```
 */
export function bodyTable(tokens: TokenTable, text: string): BodyTable {
  const lex = bodyLexicon();
  const n = tokens.length;
  // Pooled between calls (a fresh array per call grown by push costs more than linear time on long
  // texts); only entries below n belong to this text.
  const body = scratchArray<BodyParse | null>(1, n, null);
  const parent = scratchArray<BodyParse | null>(2, n, null);
  // 1 where a body starts that belongs to another country
  const foreign = scratchUint8(3, n).fill(0, 0, n);
  for (let i = n - 1; i >= 0; i--) {
    // Most tokens start no gazetteer phrase: test that before building a view of the token (the
    // answer is kept with the word's shared facts, so a word is looked up once per process)
    const info = tokens.info(i);
    if (info === undefined) continue;
    let starts = info.bodyStart;
    if (starts < 0) starts = info.bodyStart = lex.bodies.next.has(info.key) ? 1 : 0;
    if (starts === 0 || !tokens.word(i)) continue;
    const tCap = tokens.cap(i);
    const tStart = tokens.start[i]!;
    let bestBody: BodyParse | null = null;
    let bestParent: BodyParse | null = null;
    let foreignParent = false;
    for (const hit of matchAt(lex.bodies, tokens, i)) {
      const { entry } = hit.value;
      if (!capsOk(tokens, i, hit.value, hit.end)) continue;
      if (entry.cap && !tCap) continue;
      // "Tỉnh ủy viên", "Đảng ủy viên": a member's title, not the committee.
      if (tokens.key(hit.end) === " viên" && !tokens.cap(hit.end)) continue;
      // "Phó Bí thư Thường trực Tỉnh ủy": "Thường trực" after a title qualifies the post; the body
      // "Thường trực Tỉnh ủy" stands after punctuation, a line start or a function word.
      if (entry.collective && !collectiveAt(lex, tokens, i)) continue;
      // An abbreviation inside a document code ("NĐ-CP", "CV/BTCTW") is not a mention.
      if (hit.value.caps.some(Boolean) && (glued(tokens, i - 1, i) || glued(tokens, hit.end - 1, hit.end)))
        continue;
      // "3417/QĐ- UBND": a code broken by a space after its hyphen.
      if (hit.value.caps.some(Boolean) && i >= 2 && tokens.bare(i - 1) === "-" && glued(tokens, i - 2, i - 1))
        continue;
      // "Phó Trưởng Ban Thường trực Ban Chỉ đạo": "Thường trực" qualifies the post, not a body.
      if (entry.canonical === "Ban Thường trực" && tokens.bare(i - 1) === KEYS.truong) continue;
      let j = hit.end;
      if (entry.about) j = aboutTail(tokens, j);
      const capital = tCap || anyCap(tokens, i + 1, hit.end);
      if (entry.type === "named") {
        // "huyện Vụ Bản": after a level word the noun starts a place's name, not a department's.
        if (afterLevelWord(lex, tokens, i, { lowerCase: true })) continue;
        const k = tCap ? namedTail(lex, tokens, j, body) : j;
        if (k > j) {
          // A noun whose row gives its system ("Tổng cục": state) keeps it; "Vụ", "Cục" take the context's.
          const p = newParse(k, "", entry.system ?? "state", entry.level ?? "central", false, {
            from: [tStart, tokens.end[k - 1]!],
            named: entry.system === null,
          });
          if (!bestBody || p.end > bestBody.end) bestBody = p;
        }
        continue;
      }
      if (entry.type === "parent") {
        if (tCap) {
          const p = newParse(j, entry.canonical, entry.system ?? "party", entry.level, false);
          if (!bestParent || p.end > bestParent.end) bestParent = p;
        }
        continue;
      }
      if (entry.type === "unit" || entry.type === "unit?") {
        if (j < n && tokens.gap[j] === 1 && foreign[j]) {
          foreignParent = true;
          continue;
        }
        let par = j < n && tokens.gap[j] === 1 ? (parent[j] ?? body[j]) : null;
        // "Thường trực Ban Bí thư" is a post held by one person, not a body.
        if (par && entry.collective && par.head === "Ban Bí thư" && !par.rest) par = null;
        if (
          par &&
          (par.depth ?? 0) < MAX_DEPTH &&
          (capital || entry.lc || tokens.cap(j)) &&
          (!bestBody || par.end > bestBody.end)
        ) {
          bestBody = newParse(
            par.end,
            entry.canonical,
            entry.system ?? par.system,
            entry.level ?? par.level,
            false,
            {
              rest: par,
              depth: (par.depth ?? 0) + 1,
            },
          );
        }
        if (entry.place !== "-" && (capital || entry.lc)) {
          const suf = suffixAt(text, lex, tokens, j, false);
          if (suf && (!bestBody || suf.end > bestBody.end))
            bestBody = suffixed(suf, entry.canonical, entry.system ?? "party", entry.level);
        }
        if (entry.type === "unit?" && capital && (!bestBody || j > bestBody.end)) {
          bestBody = newParse(j, entry.canonical, entry.system ?? "party", entry.level, j === hit.end, {
            from: j > hit.end ? [tStart, tokens.end[j - 1]!] : undefined,
          });
        }
      } else {
        if (!(capital || entry.lc)) continue;
        const from: [number, number] | undefined = j > hit.end ? [tStart, tokens.end[j - 1]!] : undefined;
        if (entry.place !== "-") {
          const suf = suffixAt(text, lex, tokens, j, true);
          if (suf && (!bestBody || suf.end > bestBody.end))
            bestBody = suffixed(suf, entry.canonical, entry.system ?? "other", entry.level, from);
        }
        if (entry.place !== "req" && (!bestBody || j > bestBody.end))
          bestBody = newParse(j, entry.canonical, entry.system ?? "other", entry.level, false, { from });
        // "Quốc hội Việt Nam", "Chính phủ nước Việt Nam Dân chủ Cộng hòa": a central state body's country
        // (not a former state's that starts the same: "Chính phủ Việt Nam Cộng hòa")
        if (
          entry.place === "-" &&
          entry.system === "state" &&
          entry.level === "central" &&
          !foreignAt(lex, tokens, j)
        ) {
          const c = countryAt(lex, tokens, j);
          if (c && (!bestBody || c.end > bestBody.end))
            bestBody = newParse(c.end, entry.canonical, "state", "central", false, {
              from,
              suffix: c.value.canonical || undefined,
            });
        }
      }
    }
    // "Quốc hội Pháp", "Ban Thường vụ Quốc hội Trung Quốc": another country's body, and so is a unit on it.
    if ((bestBody && foreignAt(lex, tokens, bestBody.end)) || foreignParent) {
      foreign[i] = 1;
      bestBody = null;
    }
    body[i] = bestBody;
    parent[i] = bestParent && (!bestBody || bestParent.end > bestBody.end) ? bestParent : bestBody;
  }
  return { body, parent };
}

/** The innermost parse of a chain of units ("Tỉnh ủy Quảng Trị" of "Ban Tổ chức Tỉnh ủy Quảng Trị"). */
function innermost(p: BodyParse): BodyParse {
  let q = p;
  while (q.rest) q = q.rest;
  return q;
}

/** True when "Trung ương" at token i is the Central Committee acting, not a level word. */
function centralCommitteeAt(tokens: TokenTable, i: number): boolean {
  if (tokens.bare(i) !== "trung") return false;
  const t = tokens.at(i)!;
  if (!t.cap || t.bare !== "trung" || tokens.key(i + 1) !== " ương") return false;
  const prev = tokens.at(i - 1);
  const prev2 = tokens.at(i - 2);
  if (!prev || t.gap !== 1) return false;
  const next = tokens.at(i + 2);
  if (next && next.gap === 1 && (next.bare === KEYS.den || next.bare === KEYS.va)) return false;
  if (prev.bare === KEYS.nghi && prev2?.bare === KEYS.hoi && prev2.cap) return true;
  return prev.bare === KEYS.cua || prev.bare === KEYS.ma;
}

/**
 * Finds the bodies of a tokenised text: leftmost-longest over the parse table, plus "Trung ương" where
 * it names the Central Committee, with elliptical short names resolved against earlier full names.
 *
 * @param text - the text
 * @param tokens - its tokens from `tokenTable`
 * @param table - its parse table from `bodyTable` (computed when not given)
 * @returns the body entities in reading order
 * @example
 * ```ts
 * findBodies("UBND tỉnh Quảng Trị")[0].canonical;
 * //=> "Ủy ban nhân dân tỉnh Quảng Trị"
 * ```
 */
export function scanBodies(
  text: string,
  tokens: TokenTable,
  table: BodyTable = bodyTable(tokens, text),
): BodyEntity[] {
  const { body } = table;
  const out: BodyEntity[] = [];
  const full = new Map<string, BodyParse>();
  let context: { system: BodySystem; level: BodyLevel | null } = { system: "state", level: "central" };
  // The last province-level place named with its level word ("thành phố Hà Nội"): "UBND Thành phố"
  // and "Sở Y tế" later in the text are that city's.
  let local: { word: string; place: string } | null = null;
  // Organs last named with a "cấp" level ("Hội đồng nhân dân cấp tỉnh"): a later bare "Hội đồng nhân
  // dân" in the same text is that level's.
  const atLevel = new Map<string, BodyParse>();
  let i = 0;
  while (i < tokens.length) {
    const p = body[i];
    if (p) {
      const start = tokens.start[i];
      const end = tokens.end[p.end - 1];
      // An elliptical short name ("Ban Chỉ đạo") takes the full name it abbreviates earlier in the text.
      const q = p.bare ? (full.get(canonicalOf(p, text)) ?? p) : p;
      if (!p.bare) {
        const words = canonicalOf(p, text).split(" ");
        // Short names are two to four words ("Ban Chỉ đạo", "Văn phòng Ban"); longer prefixes never occur alone.
        for (let k = 2; k < words.length && k <= 4; k++) full.set(words.slice(0, k).join(" "), p);
      }
      const ctx = p.named ? context : q;
      let canonical = canonicalOf(q, text);
      const inner = innermost(q);
      if (inner.suffix && inner.level === "province") {
        const word = inner.place ? inner.suffix.slice(0, -inner.place.length).trim().toLowerCase() : "";
        if (inner.place && word) local = { word, place: inner.place };
        else if (!inner.place && local && inner.suffix.toLowerCase() === local.word)
          canonical = `${canonical.slice(0, -inner.suffix.length)}${local.word} ${local.place}`;
      } else if (local && !q.rest && !q.suffix && q.level === "province" && q.head.startsWith("Sở ")) {
        canonical = `${canonical} ${local.word} ${local.place}`;
      }
      let level = ctx.level;
      if (!q.rest && q.suffix?.startsWith("cấp ") && !q.place) atLevel.set(q.head, q);
      else if (!q.rest && !q.suffix && !q.from && q.level === null) {
        const earlier = atLevel.get(q.head);
        if (earlier) {
          canonical = canonicalOf(earlier, text);
          level = earlier.level;
        }
      }
      out.push({
        kind: "body",
        start,
        end,
        text: text.slice(start, end),
        canonical,
        system: ctx.system,
        level,
      });
      if (!p.named && !p.bare) context = p;
      i = p.end;
      continue;
    }
    // "Trung ương" there is capitalised: a token opening with another ASCII code unit is not it
    const first = text.charCodeAt(tokens.start[i]);
    if ((first === 84 || first >= 0x80) && centralCommitteeAt(tokens, i)) {
      const start = tokens.start[i];
      const end = tokens.end[i + 1];
      out.push({
        kind: "body",
        start,
        end,
        text: text.slice(start, end),
        canonical: "Ban Chấp hành Trung ương Đảng",
        system: "party",
        level: "central",
      });
      i += 2;
      continue;
    }
    i++;
  }
  return out;
}
