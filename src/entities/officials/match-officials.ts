import type { OfficialEntity } from "../../core/types";
import { GAP_CELL, type TokenTable, type WordInfo } from "../../segment/token-table";
import { scratchInt32, scratchUint8 } from "../_lib/scratch";
import { bodyLexicon } from "../bodies/body-lexicon";
import { longestEnd, longestValue, matchAt, matchInto } from "../bodies/key-trie";
import { afterLevelWord, type BodyTable, bodyTable, foreignAt } from "../bodies/match-bodies";
import { KEYS } from "../bodies/word-keys";
import { startsPost, type TitleLexicon, type TitleRole, titleLexicon } from "./title-lexicon";

const MAX_RUN = 10;
const MAX_GIVEN = 3;
// surnames this frequent (by rank, 1 the most) start a second name glued to a first one; rarer ones
// ("Kim", "Cung") are as often a given syllable
const GLUED_SURNAME_RANK = 40;
/** Prefixes ("nguyên Phó") or modifiers ("Thường trực kiêm nhiệm") stacked on one head at most. */
const MAX_STACK = 4;

interface Ctx {
  text: string;
  tokens: TokenTable;
  lex: TitleLexicon;
  /** Token index after the body starting at each token, or -1. */
  bodyEnd: Int32Array;
  /**
   * `firstOf` of each token, read once per text; exactly as long as the table, so a read past its end
   * is undefined, which a bit test reads as 0.
   */
  masks: Int32Array;
}

const PRE = 1;
const HEAD = 2;
const MOD = 4;
const COMPLEMENT = 8;
const ORG = 16;
const DEGREE = 32;
const SURNAME = 64;

/**
 * Which tries of the title grammar have a phrase starting with a word (PRE | HEAD | ...), cached on the
 * word's shared facts so that most tokens are ruled out without a trie lookup.
 */
function firstOf(lex: TitleLexicon, info: WordInfo | undefined): number {
  if (!info) return 0;
  let m = info.titleMask;
  if (m < 0) {
    const k = info.key;
    m =
      (lex.pres.next.has(k) ? PRE : 0) |
      (lex.heads.next.has(k) ? HEAD : 0) |
      (lex.mods.next.has(k) ? MOD : 0) |
      (lex.complements.next.has(k) ? COMPLEMENT : 0) |
      (lex.orgs.next.has(k) ? ORG : 0) |
      (lex.degrees.next.has(k) ? DEGREE : 0) |
      (lex.surnames.next.has(k) ? SURNAME : 0);
    info.titleMask = m;
  }
  return m;
}

/** Token index after the longest phrase of one title trie (`bit`) at i, or i. */
function longest(c: Ctx, trie: Parameters<typeof longestEnd>[0], bit: number, i: number): number {
  return (c.masks[i] & bit) === 0 ? i : longestEnd(trie, c.tokens, i);
}

/** Skips modifiers ("Thường trực", "kiêm nhiệm") after a head or its body. */
function skipMods(c: Ctx, k: number): number {
  for (let n = 0; n < MAX_STACK; n++) {
    if (k >= c.tokens.length || c.tokens.gap[k] !== 1) return k;
    const m = longest(c, c.lex.mods, MOD, k);
    if (m === k) return k;
    k = m;
  }
  return k;
}

/** Token index after a person's name at i ("Phạm Minh Chính", "LÊ QUANG TÙNG"), or -1. */
function nameEnd(c: Ctx, i: number): number {
  const { tokens } = c;
  if (!tokens.word(i) || !tokens.cap(i) || (c.masks[i] & SURNAME) === 0) return -1;
  const surnameEnd = longestEnd(c.lex.surnames, tokens, i);
  if (surnameEnd === i) return -1;
  // "Hàn Quốc", "Hoa Kỳ", "Thái Lan" start like a surname and a given name: a country, not a person.
  if (longestEnd(bodyLexicon().foreign, tokens, i) > i + 1) return -1;
  // "Ông"/"Bà" are surnames too, but before a name they are the honorific ("Ông Tất Thành Cang").
  const bare = tokens.bare(i);
  if ((bare === "ông" || bare === KEYS.ba) && surnameEnd === i + 1 && nameEnd(c, i + 1) > 0) return -1;
  const allCaps = tokens.upper(i);
  let k = surnameEnd;
  while (k < tokens.length && k - surnameEnd < MAX_GIVEN) {
    if (tokens.gap[k] !== 1 || !tokens.word(k) || !tokens.cap(k) || startsWithDigit(tokens.bare(k))) break;
    if (allCaps !== (tokens.upper(k) || tokens.size(k) === 1)) break;
    if (titleInName(c, k)) break;
    // Two words glued by a lost space ("Dungtừ") are no syllable of a name.
    if (TWO_VOWEL_GROUPS.test(tokens.bare(k))) return -1;
    k++;
  }
  if (k === surnameEnd) return -1;
  if (k - surnameEnd === MAX_GIVEN && continuesName(c, k, allCaps)) k = gluedEnd(c, surnameEnd, k);
  // "Quan Lục Quân 1 (2016-nay)": a name is not followed by a number that ends the phrase (a unit's
  // name is); "Nguyễn Văn An 2 năm liền" still reads.
  if (k < tokens.length && tokens.gap[k] === 1 && startsWithDigit(tokens.bare(k))) {
    const after = k + 1;
    if (after >= tokens.length || tokens.gap[after] >= 2 || !tokens.word(after)) return -1;
  }
  // A province that starts like a surname ("Hà Nam", "Lâm Đồng") is a place, not a person, and so
  // is one a name follows ("Đại học Quốc gia Hà Nội Nguyễn Kim Sơn").
  const places = bodyLexicon().places;
  const placeEnd = longestEnd(places, tokens, i);
  if (placeEnd > i + 1 && placeEnd <= k && longestValue(places, tokens, i, placeEnd)?.level === "province") {
    if (placeEnd === k && k - i === 2) return -1;
    if (tokens.gap[placeEnd] === 1 && (c.masks[placeEnd] & SURNAME) !== 0) return -1;
  }
  // After a level word that takes a place ("tỉnh", "Thành phố", "TP."), a known place is that
  // place, not a person: "Thành phố Hồ Chí Minh", "tỉnh Hà Sơn Bình", "phường Trần Phú".
  if (placeEnd > i + 1 && afterLevelWord(bodyLexicon(), tokens, i, { place: true })) return -1;
  // Right after an organisation noun that takes a proper name, a name is the organisation's:
  // "Bảo tàng Hồ Chí Minh", "Học viện Nguyễn Ái Quốc", and so is a title and name after one ("Lăng
  // Chủ tịch Hồ Chí Minh").
  if (afterNamedNoun(c, i)) return -1;
  for (let j = i - 1; j >= 0 && j >= i - 3; j--)
    if (longest(c, c.lex.heads, HEAD, j) === i && afterNamedNoun(c, j, true)) return -1;
  return k;
}

/**
 * True when an organisation noun of the `named` kind ends right before token i, capitalised unless
 * `anyCase` ("viếng lăng Chủ tịch Hồ Chí Minh" names the mausoleum).
 */
function afterNamedNoun(c: Ctx, i: number, anyCase = false): boolean {
  const { tokens } = c;
  if (i === 0 || tokens.gap[i] !== 1) return false;
  // the noun must not open a longer title ("Viện trưởng" is no "Viện" before "trưởng")
  for (let j = i - 1; j >= 0 && j >= i - 3; j--)
    if (
      (anyCase || tokens.cap(j)) &&
      longestEnd(c.lex.named, tokens, j) === i &&
      longest(c, c.lex.heads, HEAD, j) <= i
    )
      return true;
  return false;
}

/** True when token k could go on a name written in `allCaps` style: a capitalised word after a space. */
function continuesName(c: Ctx, k: number, allCaps: boolean): boolean {
  const { tokens } = c;
  if (k >= tokens.length || tokens.gap[k] !== 1 || !tokens.word(k) || !tokens.cap(k)) return false;
  if (startsWithDigit(tokens.bare(k)) || allCaps !== (tokens.upper(k) || tokens.size(k) === 1)) return false;
  return !titleInName(c, k);
}

/**
 * The end of the first name in a run of capitalised words longer than any name: names written one
 * after another with nothing between them ("Nguyễn Văn Linh Đỗ Mười", a succession box read as one
 * line). The run is cut before a common surname (among the GLUED_SURNAME_RANK most frequent) that
 * leaves the first name two given syllables, else one; with no such surname the name keeps its
 * longest form, `limit`.
 */
function gluedEnd(c: Ctx, surnameEnd: number, limit: number): number {
  const { tokens } = c;
  let one = -1;
  for (let p = surnameEnd + 1; p < limit; p++) {
    const end = longestEnd(c.lex.surnames, tokens, p);
    if (end !== p + 1) continue;
    const rank = longestValue(c.lex.surnames, tokens, p, end);
    if (rank === undefined || rank > GLUED_SURNAME_RANK) continue;
    if (p - surnameEnd === 2) return p;
    one = p;
  }
  return one > 0 ? one : limit;
}

/**
 * Two vowel groups split by consonants in a word's key (lower case, tone as a trailing digit): not one
 * Vietnamese syllable ("dungtư2" of "Dungtừ").
 */
const TWO_VOWEL_GROUPS = /[aăâeêioôơuưy][^aăâeêioôơuưy\d]+[aăâeêioôơuưy]/;

/** True when a foreign state's name starts at token k, whatever its spacing before ("(Hoa Kỳ)"). */
function foreignStart(lex: ReturnType<typeof bodyLexicon>, tokens: TokenTable, k: number): boolean {
  return k < tokens.length && tokens.cap(k) && matchAt(lex.foreign, tokens, k).length > 0;
}

/** True when a key starts with an ASCII digit. */
function startsWithDigit(s: string): boolean {
  const code = s.charCodeAt(0);
  return code >= 0x30 && code <= 0x39;
}

/**
 * True when a post starts at token k inside a run of capitalised words that could be a name ("Phó Chủ
 * tịch" after "Phạm Văn A"); a prefix alone is a given name ("Đồng Sĩ Nguyên, Bộ trưởng").
 */
function titleInName(c: Ctx, k: number): boolean {
  return k < c.tokens.length && (c.masks[k] & (HEAD | PRE)) !== 0 && startsPost(c.lex, c.tokens, k);
}

function isTitleStart(c: Ctx, k: number): boolean {
  if (k >= c.tokens.length) return false;
  const first = c.masks[k];
  if ((first & (HEAD | PRE)) === 0) return false;
  return longestEnd(c.lex.heads, c.tokens, k) > k || longestEnd(c.lex.pres, c.tokens, k) > k;
}

/**
 * A free organisation phrase after a head ("Đại học Quốc gia Hà Nội", "tổ chức Lễ tang"): word tokens on
 * one line, stopping before a name, a title or punctuation; short lower-case runs count only when a
 * capitalised word follows them.
 */
function orgPhrase(c: Ctx, m: number, needOrg: boolean): number {
  const { tokens } = c;
  const orgEnd = longest(c, c.lex.orgs, ORG, m);
  const org = orgEnd > m;
  if (needOrg && !org) return m;
  let k = orgEnd;
  let lastCap = org && tokens.cap(m) ? k : m;
  while (k < tokens.length && k - m < MAX_RUN) {
    // "Ủy ban Văn hóa - Xã hội", "Bộ Tư lệnh Tăng – Thiết giáp": a spaced dash inside one name
    if (k === lastCap && k > m && tokens.bare(k) === "-" && tokens.gap[k] === 1 && dashJoins(c, k + 1)) k++;
    if (tokens.gap[k] !== 1 || !tokens.word(k)) break;
    if (tokens.cap(k)) {
      const prevBare = tokens.bare(k - 1);
      const prevCap = tokens.cap(k - 1);
      const afterLevel = prevBare === KEYS.pho || prevBare === KEYS.tinh;
      if (!afterLevel && nameEnd(c, k) > 0) break;
      if (isTitleStart(c, k)) break;
      // a rank opens the next person ("... Tiểu đoàn 1 thay Đại úy Nguyễn Bá Liên")
      if (longestEnd(c.lex.ranks, tokens, k) > k) break;
      // two words glued by a lost line break ("Đảng ủy BộThứ trưởng:") end the organisation
      if (glued(c.text.slice(tokens.start[k], tokens.end[k]))) break;
      // an organisation noun with its lower-case half ("TMT Quân đoàn 1")
      const noun = longest(c, c.lex.orgs, ORG, k);
      if (noun > k + 1) {
        k = noun;
        lastCap = k;
        continue;
      }
      k++;
      lastCap = k;
      // A lone capitalised syllable opens a two-syllable word ("Lễ tang", "Y tế"): keep its second half;
      // an abbreviation in capitals ("UBCKNN") is a word of its own.
      if (
        !prevCap &&
        !tokens.upper(k - 1) &&
        tokens.word(k) &&
        tokens.gap[k] === 1 &&
        !tokens.cap(k) &&
        !isTitleStart(c, k)
      ) {
        k++;
        lastCap = k;
      }
      continue;
    }
    if (isTitleStart(c, k)) break;
    // a unit's number after its name: "Quân đoàn 3", "Sư đoàn 304"
    if (k === lastCap && k > m && isUnitNumber(tokens.bare(k))) {
      k++;
      lastCap = k;
      continue;
    }
    k++;
  }
  return lastCap;
}

/**
 * True when the capitalised word at j, after a dash in an organisation's name, goes on with the name:
 * not a person's name, a title or a rank ("Giám đốc Sở Y tế - Nguyễn Văn A" ends at the dash).
 */
function dashJoins(c: Ctx, j: number): boolean {
  const { tokens } = c;
  if (j >= tokens.length || tokens.gap[j] !== 1 || !tokens.word(j) || !tokens.cap(j)) return false;
  return nameEnd(c, j) < 0 && !isTitleStart(c, j) && longestEnd(c.lex.ranks, tokens, j) === j;
}

const CASE_CHANGE = /\p{Ll}\p{Lu}/u;
const NON_ASCII = /[^\x00-\x7f]/;

/**
 * A lower-case letter and then a capital inside a word with a Vietnamese letter ("BộThứ", "ĐoànPhó"):
 * two words whose space was lost. Brands in ASCII keep their capitals ("MobiFone", "VietnamPlus").
 */
function glued(word: string): boolean {
  return CASE_CHANGE.test(word) && NON_ASCII.test(word);
}

/** One to three ASCII digits: the number of a numbered unit ("Quân khu 5"). */
function isUnitNumber(s: string): boolean {
  if (s.length > 3) return false;
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if (code < 0x30 || code > 0x39) return false;
  }
  return s.length > 0;
}

/** Reused by `titleAt` (which never runs inside itself) for the heads starting at a token. */
const HEAD_ENDS: number[] = [];
const HEAD_ROLES: TitleRole[] = [];

/** Token index after one title at i ("Phó Bí thư Thường trực Tỉnh ủy"), or -1. */
function titleAt(c: Ctx, i: number): number {
  const { tokens, lex } = c;
  let k = i;
  // "dưới quyền Chủ tịch", "Phủ Thủ tướng": a pre or head that ends a word begun before it opens no title
  if (i > 0 && tokens.gap[i] === 1) {
    const word = longestEnd(lex.bound, tokens, i - 1);
    if (word > i && (tokens.cap(i - 1) || !longestValue(lex.bound, tokens, i - 1, word))) return -1;
  }
  // "Lăng Chủ tịch Hồ Chí Minh", "Khu di tích Chủ tịch Hồ Chí Minh": a title in a place's name
  if (afterNamedNoun(c, i, true)) return -1;
  for (let n = 0; n < MAX_STACK; n++) {
    const p = longest(c, lex.pres, PRE, k);
    if (p === k) break;
    if (p < tokens.length && tokens.gap[p] !== 1) return -1;
    k = p;
  }
  let best = -1;
  const count = (c.masks[k] & HEAD) === 0 ? 0 : matchInto(lex.heads, tokens, k, HEAD_ENDS, HEAD_ROLES);
  for (let h = 0; h < count; h++) {
    const hitEnd = HEAD_ENDS[h]!;
    const role = HEAD_ROLES[h]!;
    let m = skipMods(c, hitEnd);
    let filled = false;
    // "Phó Chủ tịch Tập đoàn Điện lực": a company post, not an official's title.
    if (m < tokens.length && tokens.gap[m] === 1 && longestEnd(lex.companies, tokens, m) > m) continue;
    if (m < tokens.length && tokens.gap[m] === 1) {
      const body = c.bodyEnd[m]! >= 0 ? c.bodyEnd[m]! : null;
      let comp = longest(c, lex.complements, COMPLEMENT, m);
      // "Bí thư Đảng ủy Cơ quan ...": an organisation noun longer than the complement ("Đảng") is
      // the word there, and the organisation it opens the title's
      if (comp > (body ?? m) && longest(c, lex.orgs, ORG, m) > comp)
        comp = Math.max(comp, orgPhrase(c, m, true));
      const end = Math.max(body ?? m, comp);
      if (end > m) {
        m = end;
        filled = true;
        // "Phó Chủ nhiệm Ủy ban Kinh tế của Quốc hội": the body's own parent after "của".
        if (body !== null && m + 1 < tokens.length && tokens.gap[m] === 1 && tokens.bare(m) === KEYS.cua) {
          const parent = c.bodyEnd[m + 1]!;
          if (parent > m + 1 && tokens.gap[m + 1] === 1) m = parent;
        }
      } else if (role !== "full") {
        const org = orgPhrase(c, m, !tokens.cap(m));
        if (org > m) {
          m = org;
          filled = true;
        }
      }
    }
    if (role === "head!" && !filled) continue;
    // "Bộ trưởng Ngoại giao Hoa Kỳ", "Thủ tướng Nhật Bản": another country's post.
    if (foreignAt(bodyLexicon(), tokens, m)) continue;
    // "Thủ tướng Việt Nam Nguyễn Tấn Dũng": the country after the post is the title's
    if (m < tokens.length && tokens.gap[m] === 1) {
      const country = longestEnd(bodyLexicon().countries, tokens, m);
      if (country > m) m = country;
    }
    // A lower-case head with no body after it ("nguyên tổng giám đốc Lý Xuân Hải") is a company's
    // or a generic post, not a state official's title.
    if (!filled && role !== "full" && !tokens.cap(k)) continue;
    // A body in brackets after the title stays in it ("Vụ trưởng Vụ Công chức (Bộ Nội vụ)"), unless
    // it is the short name the text gives the title's body ("... Ban Chỉ đạo Trung ương (Ban Chỉ đạo)").
    if (filled && m + 1 < tokens.length && tokens.bare(m) === "(" && tokens.gap[m + 1] === 0) {
      const inner = c.bodyEnd[m + 1]!;
      if (inner > 0 && inner < tokens.length && tokens.bare(inner) === ")" && tokens.gap[inner] === 0) {
        const short = c.text.slice(tokens.start[m + 1], tokens.end[inner - 1]);
        if (!c.text.slice(tokens.start[k], tokens.end[m - 1]).includes(short)) m = inner + 1;
      }
    }
    m = skipMods(c, m);
    if (m > best) best = m;
  }
  return best;
}

/**
 * True for a legal document's signature block: a title line in capitals ("THỨ TRƯỞNG", after "KT. BỘ
 * TRƯỞNG") that the title ends, then, on a later line, a name that fills its own line.
 */
function signerAt(c: Ctx, i: number, e: number): boolean {
  const { tokens } = c;
  if (tokens.gap[e] !== 2 || !tokens.upper(i)) return false;
  for (let k = i; k < e; k++) if (tokens.word(k) && !tokens.upper(k)) return false;
  const ne = nameEnd(c, e);
  return ne > 0 && (ne >= tokens.length || tokens.gap[ne] === 2);
}

/**
 * Where the holder's name starts after a title chain ending before token e: right there ("Chủ tịch
 * Nguyễn Hữu Thọ", or in the next cell of a table row), after a colon ("Chính ủy: Nguyễn Văn A") or a
 * military rank ("Tư lệnh Quân khu 9 Trung tướng Nguyễn Xuân Dắt"), or after both ("Chính ủy: Đại tá
 * Bùi Xuân Bình"). -1 when no name comes.
 */
function nameAfterTitle(c: Ctx, e: number): number {
  const { tokens } = c;
  const n = tokens.length;
  if (e >= n) return -1;
  if (tokens.gap[e] === 1 || tokens.gap[e] === GAP_CELL) {
    if (nameEnd(c, e) > 0) return e;
  } else if (tokens.gap[e] !== 0 || !isColon(tokens.bare(e))) return -1;
  let k = e;
  if (isColon(tokens.bare(k))) {
    k++;
    if (k >= n || tokens.gap[k] !== 1) return -1;
    if (nameEnd(c, k) > 0) return k;
  }
  if (!tokens.cap(k)) return -1;
  const r = longestEnd(c.lex.ranks, tokens, k);
  if (r === k || r >= n || tokens.gap[r] !== 1) return -1;
  return nameEnd(c, r) > 0 ? r : -1;
}

/** A colon, or the modifier letter "ː" that scraped infoboxes write for one. */
function isColon(bare: string): boolean {
  return bare === ":" || bare === "ː";
}

/** Token index after a separator between titles (", " / " - " / " kiêm "), or -1. */
function sepAt(c: Ctx, k: number): number {
  const b = c.tokens.bare(k);
  if (b !== "," && b !== "-" && b !== "kiêm") return -1;
  const { tokens } = c;
  if (k + 1 >= tokens.length || tokens.gap[k + 1] === 2) return -1;
  const gap = tokens.gap[k];
  const nextGap = tokens.gap[k + 1];
  if (b === "," && gap === 0) return k + 1;
  if (b === "-" && gap === 1 && nextGap === 1) return k + 1;
  if (b === "kiêm" && gap === 1) return k + 1;
  return -1;
}

/**
 * Finds the officials of a tokenised text: a title chain followed by a name (after a colon or a
 * military rank or neither, and maybe more titles), or a name followed by a separator and a title
 * chain. Chains are parsed once per token, right to
 * left, so the scan stays linear.
 *
 * @param text - the text
 * @param tokens - its tokens from `tokenTable`
 * @param table - its body parse table from `bodyTable` (computed when not given)
 * @returns the official entities in reading order
 * @example
 * ```ts
 * findOfficials("Thủ tướng Phạm Minh Chính phát biểu")[0].name;
 * //=> "Phạm Minh Chính"
 * ```
 */
export function scanOfficials(
  text: string,
  tokens: TokenTable,
  table: BodyTable = bodyTable(tokens, text),
): OfficialEntity[] {
  const bodyEnd = scratchInt32(6, tokens.length);
  for (let k = 0; k < tokens.length; k++) bodyEnd[k] = table.body[k]?.end ?? -1;
  const n = tokens.length;
  const lex = titleLexicon();
  const masks = scratchInt32(7, n).subarray(0, n);
  for (let k = 0; k < n; k++) masks[k] = firstOf(lex, tokens.info(k));
  const c: Ctx = { text, tokens, lex, bodyEnd, masks };
  const title = scratchInt32(2, n).fill(-1);
  const chainNext = scratchInt32(3, n).fill(-1);
  const chainEnd = scratchInt32(4, n).fill(-1);
  // firstNamed[i]: the first title of the chain from i that a name follows, or -1 (so no chain is
  // walked twice while looking for its name).
  const firstNamed = scratchInt32(5, n).fill(-1);
  // nameAt[i]: where the name after the title at i starts (see nameAfterTitle), or -1
  const nameAt = scratchInt32(8, n).fill(-1);
  for (let i = n - 1; i >= 0; i--) {
    // a title starts with a prefix or a head (titleAt gives -1 elsewhere)
    if ((masks[i] & (PRE | HEAD)) === 0 || !tokens.word(i)) continue;
    const e = titleAt(c, i);
    if (e <= i) continue;
    title[i] = e;
    chainEnd[i] = e;
    const s = sepAt(c, e);
    if (s > 0 && chainEnd[s]! > 0) {
      chainNext[i] = s;
      chainEnd[i] = chainEnd[s]!;
    }
    // the name after the title, its colon or a rank, or in the next cell of a table row
    nameAt[i] = nameAfterTitle(c, e);
    if (nameAt[i]! >= 0) firstNamed[i] = i;
    else if (e < n && signerAt(c, i, e)) {
      firstNamed[i] = i;
      nameAt[i] = e;
    } else if (chainNext[i]! > 0) firstNamed[i] = firstNamed[chainNext[i]!]!;
  }
  const titlesOf = (i: number, end: number): string[] => {
    const out: string[] = [];
    let k = i;
    while (k >= 0 && k < end) {
      out.push(text.slice(tokens.start[k], tokens.end[title[k]! - 1]!));
      k = chainNext[k]!;
    }
    return out;
  };
  /** The chain at i cut to end before `limit` (a chain may run into the next official's titles). */
  const chainUpTo = (i: number, limit: number): number => {
    let k = i;
    let end = -1;
    while (k >= 0 && title[k]! <= limit) {
      end = title[k]!;
      k = chainNext[k]!;
    }
    return end;
  };
  // Tokens inside a body name ("Bộ Tư lệnh Bảo vệ Lăng ...") start neither a title nor a name.
  const inside = scratchUint8(2, n).fill(0);
  for (let k = 0; k < n; ) {
    const b = table.body[k];
    if (!b) {
      k++;
      continue;
    }
    for (let m = k + 1; m < b.end; m++) inside[m] = 1;
    k = b.end;
  }
  const out: OfficialEntity[] = [];
  const blex = bodyLexicon();
  const emit = (start: number, end: number, nameStart: number, nameStop: number, titles: string[]): void => {
    const s = tokens.start[start];
    const e = tokens.end[end - 1];
    // "... Hồ Diệu Bang của Trung Quốc", "... (Hoa Kỳ)": another country's official.
    if (end < n && tokens.gap[end] === 1 && (tokens.bare(end) === KEYS.cua || tokens.bare(end) === "(")) {
      if (
        foreignAt(blex, tokens, end + 1) ||
        (tokens.gap[end + 1] === 0 && foreignStart(blex, tokens, end + 1))
      )
        return;
    }
    const raw = text.slice(tokens.start[nameStart], tokens.end[nameStop - 1]);
    out.push({ kind: "official", start: s, end: e, text: text.slice(s, e), name: recapitalise(raw), titles });
  };
  let i = 0;
  while (i < n) {
    if (!tokens.word(i) || inside[i]) {
      i++;
      continue;
    }
    // A degree ("PGS.TS.") stays in the span.
    const deg = longest(c, c.lex.degrees, DEGREE, i);
    const at = deg > i && deg < n && tokens.gap[deg] === 1 ? deg : i;
    // Title first: chain, then the name, then maybe more titles.
    if (chainEnd[at]! > 0) {
      // The name follows the whole chain, or the chain's first titles when its tail belongs to it.
      const named = firstNamed[at]!;
      const cut = named >= 0 ? title[named]! : -1;
      const nameStart = named >= 0 ? nameAt[named]! : -1;
      // a "name" inside a body's name is the body's ("... Trung ương Đoàn Thanh niên")
      const ne = nameStart >= 0 && !inside[nameStart] ? nameEnd(c, nameStart) : -1;
      if (ne > 0) {
        const titles = titlesOf(at, cut);
        let end = ne;
        const s = sepAt(c, ne);
        if (s > 0 && chainEnd[s]! > 0) {
          const tail = chainEnd[s]!;
          // Titles after the name are its own unless another name follows them, or "là" or a colon.
          const nextName = tail < n && tokens.gap[tail] === 1 ? nameEnd(c, tail) : -1;
          if (nextName < 0 && !introduces(c, tail)) {
            titles.push(...titlesOf(s, tail));
            end = tail;
          }
        }
        emit(i, end, nameStart, ne, titles);
        i = end;
        continue;
      }
    }
    // Name first: name, separator, chain (a name starts with a surname: nameEnd gives -1 elsewhere);
    // a chain that a colon or "là" follows is the next person's ("Chủ tịch là A, Tổng Thư ký là B").
    const ne = (masks[at] & SURNAME) === 0 ? -1 : nameEnd(c, at);
    if (ne > 0) {
      const s = sepAt(c, ne);
      if (s > 0 && chainEnd[s]! > 0 && !introduces(c, chainEnd[s]!)) {
        let tail = chainEnd[s]!;
        const nextName = tail < n && tokens.gap[tail] === 1 ? nameEnd(c, tail) : -1;
        if (nextName > 0) tail = chainUpTo(s, tail - 1);
        if (tail > 0) {
          emit(i, tail, at, ne, titlesOf(s, tail));
          i = tail;
          continue;
        }
      }
      i = ne;
      continue;
    }
    i++;
  }
  return out;
}

/**
 * True when token k, right after a title chain, makes the chain a label of what follows: a colon, or
 * "là" and a name ("Tổng Thư ký là Tôn Thất Dương Kỵ"; "Bí thư Thành ủy là người ..." is a predicate).
 */
function introduces(c: Ctx, k: number): boolean {
  const { tokens } = c;
  if (k >= tokens.length) return false;
  const bare = tokens.bare(k);
  if (isColon(bare)) return true;
  return (
    bare === KEYS.la &&
    tokens.gap[k] === 1 &&
    k + 1 < tokens.length &&
    tokens.gap[k + 1] === 1 &&
    nameEnd(c, k + 1) > 0
  );
}

/**
 * Normal capitalisation of a name written in capitals ("LÊ QUANG TÙNG" -> "Lê Quang Tùng"); other
 * names are returned as written, with runs of whitespace made single spaces.
 *
 * @param name - a name as written
 * @returns the name in normal capitalisation
 * @example
 * ```ts
 * findOfficials("LÊ QUANG TÙNG, Bí thư Tỉnh ủy")[0].name;
 * //=> "Lê Quang Tùng"
 * ```
 */
export function recapitalise(name: string): string {
  const words = name.trim().split(/\s+/);
  return words
    .map((w) => (w.length > 1 && w === w.toUpperCase() ? w.charAt(0) + w.slice(1).toLowerCase() : w))
    .join(" ");
}
