import type { BodyEntity, BodyLevel, BodySystem } from "../../core/types";
import { type BodyAlias, bodyLexicon, type BodyLexicon } from "./body-lexicon";
import { matchAt } from "./key-trie";
import { oldStyleTones } from "./old-style";
import type { WordToken } from "./word-tokens";

/** A body parsed at a token position (not yet an entity). */
export interface BodyParse {
  /** Token index after the body. */
  end: number;
  canonical: string;
  system: BodySystem;
  level: BodyLevel | null;
  /** A unit standing without its parent ("Ban Chỉ đạo"), whose name may be elliptical. */
  bare: boolean;
  /** A department named by a noun and a name ("Vụ Tổ chức - Điều lệ"): system and level from context. */
  named?: boolean;
}

/** Best body and best parent parse starting at each token. */
export interface BodyTable {
  body: (BodyParse | null)[];
  parent: (BodyParse | null)[];
}

const MAX_ABOUT = 10;
let lastTokens: WordToken[] | null = null;
let lastTable: BodyTable | null = null;

function capsOk(tokens: WordToken[], i: number, alias: BodyAlias, end: number): boolean {
  for (let k = 0; k < alias.caps.length && i + k < end; k++) {
    if (!alias.caps[k]) continue;
    const t = tokens[i + k]!;
    if (!(t.upper || (t.cap && t.end - t.start === 1))) return false;
  }
  return true;
}

function upperFirst(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function glued(a: WordToken | undefined, b: WordToken | undefined): boolean {
  if (!a || !b) return false;
  return b.gap === 0 && (/^[-/]$/.test(a.bare) || /^[-/]$/.test(b.bare));
}

function anyCap(tokens: WordToken[], i: number, end: number): boolean {
  for (let k = i; k < end; k++) if (tokens[k]!.cap) return true;
  return false;
}

/** A level word and/or place after token j: "tỉnh Quảng Trị", "các cấp", "Quảng Trị" (direct). */
function suffixAt(
  lex: BodyLexicon,
  tokens: WordToken[],
  j: number,
  direct: boolean,
): { end: number; canonical: string; level: BodyLevel | null } | null {
  if (j >= tokens.length || tokens[j]!.gap !== 1) return null;
  const lv = matchAt(lex.levels, tokens, j)[0];
  if (lv) {
    const k = lv.end;
    // A capitalised level word keeps its capital ("Thành ủy Thành phố Hồ Chí Minh").
    const lvName =
      tokens[j]!.cap && tokens[j]!.bare !== "tp" ? upperFirst(lv.value.canonical) : lv.value.canonical;
    // "TP" must be in capitals; other level words are lower case inside a body name.
    const t = tokens[j]!;
    if (t.bare === "tp" && !t.upper) return null;
    if (t.cap && t.bare !== "tp" && !direct) return null;
    if (lv.value.place && k < tokens.length && tokens[k]!.gap === 1 && tokens[k]!.cap) {
      const pl = matchAt(lex.places, tokens, k)[0];
      if (pl) {
        return {
          end: pl.end,
          canonical: `${lvName} ${pl.value.canonical}`,
          level: lv.value.level ?? pl.value.level,
        };
      }
      if (lv.value.level === "district" || lv.value.level === "commune") {
        let m = k;
        while (m < tokens.length && m - k < 3 && tokens[m]!.word && tokens[m]!.cap && tokens[m]!.gap === 1)
          m++;
        const name = tokens
          .slice(k, m)
          .map((t2) => t2.bare)
          .join("");
        if (m > k && name.length > 0) {
          return {
            end: m,
            canonical: `${lvName} ${placeText(tokens, k, m)}`,
            level: lv.value.level,
          };
        }
      }
    }
    return { end: k, canonical: lvName, level: lv.value.level };
  }
  if (direct && tokens[j]!.cap) {
    const pl = matchAt(lex.places, tokens, j)[0];
    if (pl && pl.value.level === "province")
      return { end: pl.end, canonical: pl.value.canonical, level: "province" };
  }
  return null;
}

let currentText = "";
function placeText(tokens: WordToken[], k: number, m: number): string {
  return oldStyleTones(currentText.slice(tokens[k]!.start, tokens[m - 1]!.end));
}

const MAX_NAMED = 16;

/**
 * The name after "Vụ"/"Cục": a capitalised word, then words, hyphens and ", word" pieces; the long
 * form only where it ends at a line end or a bracket/stop, else just the capitalised words.
 */
function namedTail(tokens: WordToken[], j: number): number {
  const first = tokens[j];
  if (first?.gap !== 1 || !first.word || !first.cap) return j;
  let capEnd = j + 1;
  while (capEnd < tokens.length && tokens[capEnd]!.gap === 1 && tokens[capEnd]!.word && tokens[capEnd]!.cap)
    capEnd++;
  let k = j + 1;
  while (k < tokens.length && k - j < MAX_NAMED) {
    const t = tokens[k]!;
    if (t.gap === 2) break;
    if (t.word && t.gap === 1) {
      k++;
      continue;
    }
    if (t.bare === "-" && tokens[k + 1]?.word && tokens[k + 1]!.gap === 1) {
      k += 2;
      continue;
    }
    if (
      t.bare === "," &&
      t.gap === 0 &&
      tokens[k + 1]?.word &&
      tokens[k + 1]!.gap === 1 &&
      !tokens[k + 1]!.cap
    ) {
      k += 2;
      continue;
    }
    break;
  }
  const after = tokens[k];
  const clean = !after || after.gap === 2 || (after.gap <= 1 && /^[(;.:]$/.test(after.bare));
  return clean && k - j < MAX_NAMED ? k : capEnd;
}

/** "về tổng kết Nghị quyết 18" after a steering committee's name. */
function aboutTail(tokens: WordToken[], j: number): number {
  let k = j;
  while (k < tokens.length && k - j < MAX_ABOUT) {
    const t = tokens[k]!;
    if (t.gap !== 1 || !t.word) return j;
    if (t.bare === "nghi5" && tokens[k + 1]?.key === " quyêt1") {
      let m = k + 2;
      if (tokens[m]?.key === " sô1") m++;
      if (m < tokens.length && tokens[m]!.gap === 1 && /^\d+$/.test(tokens[m]!.bare)) return m + 1;
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
 * in the number of tokens; the result for the last token array is memoised.
 *
 * @param tokens - the text's tokens from `wordTokens`
 * @param text - the text itself
 * @returns the parse tables
 * @example
 * ```ts
 * const t = "Ban Tổ chức Tỉnh ủy"; bodyTable(wordTokens(t), t).body[0]?.canonical;
 * //=> "Ban Tổ chức Tỉnh ủy"
 * ```
 */
export function bodyTable(tokens: WordToken[], text: string): BodyTable {
  if (tokens === lastTokens && lastTable) return lastTable;
  currentText = text;
  const lex = bodyLexicon();
  const n = tokens.length;
  const body: (BodyParse | null)[] = new Array(n).fill(null);
  const parent: (BodyParse | null)[] = new Array(n).fill(null);
  for (let i = n - 1; i >= 0; i--) {
    const t = tokens[i]!;
    if (!t.word) continue;
    let bestBody: BodyParse | null = null;
    let bestParent: BodyParse | null = null;
    for (const hit of matchAt(lex.bodies, tokens, i)) {
      const { entry } = hit.value;
      if (!capsOk(tokens, i, hit.value, hit.end)) continue;
      // An abbreviation inside a document code ("NĐ-CP", "CV/BTCTW") is not a mention.
      if (
        hit.value.caps.some(Boolean) &&
        (glued(tokens[i - 1], t) || glued(tokens[hit.end - 1], tokens[hit.end]))
      )
        continue;
      // "Phó Trưởng Ban Thường trực Ban Chỉ đạo": "Thường trực" qualifies the post, not a body.
      if (entry.canonical === "Ban Thường trực" && tokens[i - 1]?.bare === "trương3") continue;
      let j = hit.end;
      if (entry.about) j = aboutTail(tokens, j);
      const capital = t.cap || anyCap(tokens, i + 1, hit.end);
      const cands: BodyParse[] = [];
      if (entry.type === "named") {
        const k = t.cap ? namedTail(tokens, j) : j;
        if (k > j) {
          const p: BodyParse = {
            end: k,
            canonical: oldStyleTones(text.slice(t.start, tokens[k - 1]!.end)),
            system: "state",
            level: "central",
            bare: false,
            named: true,
          };
          if (!bestBody || p.end > bestBody.end) bestBody = p;
        }
        continue;
      }
      if (entry.type === "parent") {
        if (t.cap) {
          const p: BodyParse = {
            end: j,
            canonical: entry.canonical,
            system: entry.system ?? "party",
            level: entry.level,
            bare: false,
          };
          if (!bestParent || p.end > bestParent.end) bestParent = p;
        }
        continue;
      }
      if (entry.type === "unit" || entry.type === "unit?") {
        const par = j < n && tokens[j]!.gap === 1 ? (parent[j] ?? body[j]) : null;
        if (par && (capital || entry.lc || tokens[j]!.cap)) {
          cands.push({
            end: par.end,
            canonical: `${entry.canonical} ${par.canonical}`,
            system: entry.system ?? par.system,
            level: entry.level ?? par.level,
            bare: false,
          });
        }
        if (entry.place !== "-" && (capital || entry.lc)) {
          const suf = suffixAt(lex, tokens, j, false);
          if (suf)
            cands.push({
              end: suf.end,
              canonical: `${entry.canonical} ${suf.canonical}`,
              system: entry.system ?? "party",
              level: suf.level ?? entry.level,
              bare: false,
            });
        }
        if (entry.type === "unit?" && capital) {
          const canonical =
            j > hit.end ? oldStyleTones(text.slice(t.start, tokens[j - 1]!.end)) : entry.canonical;
          cands.push({
            end: j,
            canonical,
            system: entry.system ?? "party",
            level: entry.level,
            bare: j === hit.end,
          });
        }
      } else {
        if (!(capital || entry.lc)) continue;
        const canonical =
          j > hit.end ? oldStyleTones(text.slice(t.start, tokens[j - 1]!.end)) : entry.canonical;
        const base: BodyParse = {
          end: j,
          canonical,
          system: entry.system ?? "other",
          level: entry.level,
          bare: false,
        };
        if (entry.place !== "-") {
          const suf = suffixAt(lex, tokens, j, true);
          if (suf)
            cands.push({
              ...base,
              end: suf.end,
              canonical: `${canonical} ${suf.canonical}`,
              level: suf.level ?? entry.level,
            });
        }
        if (entry.place !== "req") cands.push(base);
      }
      for (const c of cands) if (!bestBody || c.end > bestBody.end) bestBody = c;
    }
    body[i] = bestBody;
    parent[i] = bestParent && (!bestBody || bestParent.end > bestBody.end) ? bestParent : bestBody;
  }
  lastTokens = tokens;
  lastTable = { body, parent };
  return lastTable;
}

/** True when "Trung ương" at token i is the Central Committee acting, not a level word. */
function centralCommitteeAt(tokens: WordToken[], i: number): boolean {
  const t = tokens[i]!;
  if (!t.cap || t.bare !== "trung" || tokens[i + 1]?.key !== " ương") return false;
  const prev = tokens[i - 1];
  const prev2 = tokens[i - 2];
  if (!prev || t.gap !== 1) return false;
  const next = tokens[i + 2];
  if (next && next.gap === 1 && (next.bare === "đên1" || next.bare === "va2")) return false;
  if (prev.bare === "nghi5" && prev2?.bare === "hôi5" && prev2.cap) return true;
  return prev.bare === "cua3" || prev.bare === "ma2";
}

/**
 * Finds the bodies of a tokenised text: leftmost-longest over the parse table, plus "Trung ương" where
 * it names the Central Committee, with elliptical short names resolved against earlier full names.
 *
 * @param text - the text
 * @param tokens - its tokens from `wordTokens`
 * @returns the body entities in reading order
 * @example
 * ```ts
 * scanBodies("UBND tỉnh Quảng Trị", wordTokens("UBND tỉnh Quảng Trị"))[0]?.canonical;
 * //=> "Ủy ban nhân dân tỉnh Quảng Trị"
 * ```
 */
export function scanBodies(text: string, tokens: WordToken[]): BodyEntity[] {
  const { body } = bodyTable(tokens, text);
  const out: BodyEntity[] = [];
  const full = new Map<string, BodyParse>();
  let context: { system: BodySystem; level: BodyLevel | null } = { system: "state", level: "central" };
  let i = 0;
  while (i < tokens.length) {
    const p = body[i];
    if (p) {
      const start = tokens[i]!.start;
      const end = tokens[p.end - 1]!.end;
      // An elliptical short name ("Ban Chỉ đạo") takes the full name it abbreviates earlier in the text.
      const q = p.bare ? (full.get(p.canonical) ?? p) : p;
      if (!p.bare) {
        const words = p.canonical.split(" ");
        for (let k = 2; k < words.length; k++) full.set(words.slice(0, k).join(" "), p);
      }
      const ctx = p.named ? context : q;
      out.push({
        kind: "body",
        start,
        end,
        text: text.slice(start, end),
        canonical: q.canonical,
        system: ctx.system,
        level: ctx.level,
      });
      if (!p.named && !p.bare) context = p;
      i = p.end;
      continue;
    }
    if (centralCommitteeAt(tokens, i)) {
      const start = tokens[i]!.start;
      const end = tokens[i + 1]!.end;
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
