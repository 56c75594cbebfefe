import { phraseKeys, type TokenTable } from "../../segment/token-table";
import { addPhrase, type KeyTrie, longestEnd, newTrie } from "../bodies/key-trie";
import { SURNAMES_TXT, TITLES_TSV } from "./_data/titles";

/** What a title word does in a chain (see data/entities/titles.tsv). */
export type TitleRole =
  | "head"
  | "head!"
  | "full"
  | "pre"
  | "mod"
  | "complement"
  | "org"
  | "named"
  | "degree"
  | "rank"
  | "honorific"
  | "company"
  | "bound";

/** The compiled tries of the title grammar and the surname list. */
export interface TitleLexicon {
  /** Heads and full titles; the payload is the role. */
  heads: KeyTrie<TitleRole>;
  pres: KeyTrie<true>;
  mods: KeyTrie<true>;
  complements: KeyTrie<true>;
  orgs: KeyTrie<true>;
  /**
   * Organisation nouns whose own name may be a person's ("Bảo tàng Hồ Chí Minh", "Trường Nguyễn
   * Huệ"): a name right after one names the organisation, not its holder.
   */
  named: KeyTrie<true>;
  /** Military and police ranks ("Đại úy", "Thiếu tướng"): they end an organisation phrase. */
  ranks: KeyTrie<true>;
  /** Business nouns ("Tập đoàn", "Công ty"): a head followed by one is a company post. */
  companies: KeyTrie<true>;
  /**
   * Words whose second part is a pre or a head ("dưới quyền", "Phủ Chủ tịch"): that part opens no
   * title. The payload is true for a word written with a capital in the data, which binds only where
   * the text capitalises it too ("Phủ Thủ tướng", not "Chính phủ Thủ tướng").
   */
  bound: KeyTrie<boolean>;
  degrees: KeyTrie<true>;
  /** Surnames; the payload is the rank by frequency (1 for Nguyễn, the order of the data file). */
  surnames: KeyTrie<number>;
}

let lexicon: TitleLexicon | null = null;

/**
 * The title grammar and surnames compiled into tries, built on first use and kept for the process.
 *
 * @returns the tries
 * @example
 * ```ts
 * findOfficials("Bí thư Tỉnh ủy Lê Quang Tùng")[0].titles; // heads read from data/entities/titles.tsv
 * //=> ["Bí thư Tỉnh ủy"]
 * ```
 */
export function titleLexicon(): TitleLexicon {
  if (lexicon) return lexicon;
  const lex: TitleLexicon = {
    heads: newTrie(),
    pres: newTrie(),
    mods: newTrie(),
    complements: newTrie(),
    orgs: newTrie(),
    named: newTrie(),
    companies: newTrie(),
    bound: newTrie(),
    ranks: newTrie(),
    degrees: newTrie(),
    surnames: newTrie(),
  };
  for (const line of TITLES_TSV.split("\n")) {
    const [role, words] = line.split("\t") as [TitleRole, string | undefined];
    if (!words) continue;
    for (const w of words.split("|")) {
      const keys = phraseKeys(w);
      if (keys.length === 0) continue;
      if (role === "head" || role === "head!" || role === "full") addPhrase(lex.heads, keys, role);
      else if (role === "pre") addPhrase(lex.pres, keys, true);
      else if (role === "mod") addPhrase(lex.mods, keys, true);
      else if (role === "complement") addPhrase(lex.complements, keys, true);
      else if (role === "org") addPhrase(lex.orgs, keys, true);
      else if (role === "named") addPhrase(lex.named, keys, true);
      else if (role === "company") addPhrase(lex.companies, keys, true);
      else if (role === "bound") addPhrase(lex.bound, keys, w[0] !== w[0].toLowerCase());
      else if (role === "rank") addPhrase(lex.ranks, keys, true);
      else if (role === "degree") addPhrase(lex.degrees, keys, true);
    }
  }
  let rank = 0;
  for (const name of SURNAMES_TXT.split("\n")) {
    const keys = phraseKeys(name);
    if (keys.length > 0) addPhrase(lex.surnames, keys, ++rank);
  }
  lexicon = lex;
  return lex;
}

/**
 * True when a post starts at token k: a head ("Giám đốc"), or prefixes and then a head ("Phó Tư
 * lệnh", "Nguyên Phó Chủ tịch"). A prefix with no head after it is no post: "Nguyên" and "Quyền" are
 * given names too ("Đồng Sĩ Nguyên").
 *
 * @param lex - the title lexicon
 * @param tokens - the text's tokens
 * @param k - a token index
 * @returns whether a post starts there
 * @example
 * ```ts
 * import { tokenTable } from "../../segment/token-table";
 * const t = tokenTable("Phó Tư lệnh Đồng Sĩ Nguyên");
 * [startsPost(titleLexicon(), t, 0), startsPost(titleLexicon(), t, 5)];
 * //=> [true, false]
 * ```
 */
export function startsPost(lex: TitleLexicon, tokens: TokenTable, k: number): boolean {
  let at = k;
  for (let n = 0; n < 4; n++) {
    const p = longestEnd(lex.pres, tokens, at);
    if (p === at || p >= tokens.length || tokens.gap[p] !== 1) break;
    at = p;
  }
  return longestEnd(lex.heads, tokens, at) > at;
}
