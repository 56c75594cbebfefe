import { PHRASES } from "../_data/phrases";
import { FNV_START, type LineKeys, type WordSet, wordSet } from "./line-key";

/** How a phrase must sit in the line's key: the whole key, its start, or anywhere at word starts. */
export const Match = { Line: 0, Prefix: 1, Contains: 2 } as const;
/** One of the values of {@link Match}. */
export type Match = (typeof Match)[keyof typeof Match];

/** A compiled phrase rule. */
export interface PhraseRule {
  /** The chrome family it is evidence for, or "content". */
  reason: string;
  match: Match;
  key: string;
  maxWords: number;
  /** True when the phrase only counts in the page's head or tail. */
  edgeOnly: boolean;
  /** True for a template string that is chrome wherever it stands. */
  strong: boolean;
  /** True when the phrase only counts on a heading (or a line wrapped in bold, or one ending in ":"). */
  headingOnly: boolean;
  /** True for a content heading that opens a protected section ("## Tham khảo", "Nơi nhận:"). */
  section: boolean;
}

/** Rules indexed for lookup: whole lines by key, prefix and contains rules by first word. */
interface Index {
  line: Map<string, PhraseRule[]>;
  /** The longest key of a line rule: a longer line needs no lookup (hashing it is most of the cost). */
  longestLine: number;
  prefix: Map<string, PhraseRule[]>;
  contains: Map<string, PhraseRule[]>;
  /** The hashes of the contains rules' first words: a word not in it needs no lookup. */
  containsWords: WordSet;
}

let marked: Index | null = null;
let folded: Index | null = null;

/** The first word of a key from `from`: up to the next space or ":" (a ":" stays with the word). */
function firstWord(key: string, from: number): string {
  let e = from;
  while (e < key.length) {
    const c = key.charCodeAt(e);
    if (c === 32) break;
    e++;
    if (c === 58) break;
  }
  return key.slice(from, e);
}

/** A word without the ":" that may end it. */
function bare(w: string): string {
  return w.charCodeAt(w.length - 1) === 58 ? w.slice(0, -1) : w;
}

function add(map: Map<string, PhraseRule[]>, word: string, rule: PhraseRule): void {
  const list = map.get(word);
  if (list) list.push(rule);
  else map.set(word, [rule]);
}

function build(which: 2 | 3): Index {
  const idx: Index = {
    line: new Map(),
    longestLine: 0,
    prefix: new Map(),
    contains: new Map(),
    containsWords: wordSet([]),
  };
  for (const row of PHRASES) {
    const [reason, match, , , maxWords, zone] = row;
    const key = row[which];
    const rule: PhraseRule = {
      reason,
      match: match as Match,
      key,
      maxWords,
      edgeOnly: zone === 1,
      strong: zone === 2,
      headingOnly: zone === 3 || zone === 4,
      section: zone === 4,
    };
    if (match === Match.Line) {
      add(idx.line, key, rule);
      idx.longestLine = Math.max(idx.longestLine, key.length);
    } else add(match === Match.Prefix ? idx.prefix : idx.contains, bare(firstWord(key, 0)), rule);
  }
  idx.containsWords = wordSet([...idx.contains.keys()]);
  return idx;
}

function boundaryAfter(key: string, end: number, phrase: string): boolean {
  if (end >= key.length) return true;
  const last = phrase.charCodeAt(phrase.length - 1);
  // a phrase ending in ":" or "©" needs no word boundary after it
  if (last === 58 || last === 169) return true;
  const c = key.charCodeAt(end);
  return c === 32 || c === 58;
}

/** What the phrase list says of one line: the strongest chrome rule and the strongest content rule. */
export interface PhraseEvidence {
  chrome: PhraseRule | null;
  content: PhraseRule | null;
}

function stronger(a: PhraseRule | null, b: PhraseRule): PhraseRule {
  if (!a) return b;
  if (a.strong !== b.strong) return a.strong ? a : b;
  if (b.match !== a.match) return b.match < a.match ? b : a;
  return a.edgeOnly && !b.edgeOnly ? b : a;
}

function consider(
  ev: PhraseEvidence,
  rules: PhraseRule[] | undefined,
  key: string,
  at: number,
  words: number,
  heading: boolean,
) {
  if (!rules) return;
  for (const rule of rules) {
    if (rule.maxWords && words > rule.maxWords) continue;
    if (rule.headingOnly && !heading) continue;
    if (rule.match === Match.Line) {
      if (at !== 0 || rule.key !== key) continue;
    } else if (!key.startsWith(rule.key, at) || !boundaryAfter(key, at + rule.key.length, rule.key)) continue;
    if (rule.reason === "content") ev.content = stronger(ev.content, rule);
    else ev.chrome = stronger(ev.chrome, rule);
  }
}

/**
 * Every phrase rule that matches a line, reduced to the strongest chrome rule and the strongest
 * content rule (a whole-line match beats a prefix, a prefix beats a contained phrase).
 *
 * @param keys - the line's keys (see lineKeys)
 * @param words - the line's word count
 * @param heading - whether the line is a heading (or wrapped in bold, or ends in ":"): heading-only phrases count
 * @returns the evidence
 */
export function matchPhrases(keys: LineKeys, words: number, heading = false): PhraseEvidence {
  if (!marked || !folded) {
    marked = build(2);
    folded = build(3);
  }
  const idx = keys.marked ? marked : folded;
  const key = keys.marked ? keys.key : keys.folded;
  const ev: PhraseEvidence = { chrome: null, content: null };
  if (!key) return ev;
  if (key.length <= idx.longestLine) consider(ev, idx.line.get(key), key, 0, words, heading);
  const w0 = firstWord(key, 0);
  consider(ev, idx.prefix.get(bare(w0)), key, 0, words, heading);
  // contains rules at each word start; a line with more words than any rule allows is skipped
  // (each word is hashed in place as wordHash would hash it without its ":", and only a word
  // whose hash is a rule's first word is cut out and looked up)
  if (words <= 80) {
    const { slots, used, mask } = idx.containsWords;
    for (let at = 0; at < key.length; ) {
      let e = at;
      let h = FNV_START;
      while (e < key.length) {
        const c = key.charCodeAt(e);
        if (c === 32 || c === 58) break;
        h = Math.imul(h ^ c, 0x01000193);
        e++;
      }
      let k = (h ^ (h >>> 15)) & mask;
      while (used[k] && slots[k] !== h) k = (k + 1) & mask;
      if (used[k]) consider(ev, idx.contains.get(key.slice(at, e)), key, at, words, heading);
      // the word, its ":" and the spaces after it
      at = e < key.length && key.charCodeAt(e) === 58 ? e + 1 : e;
      while (at < key.length && key.charCodeAt(at) === 32) at++;
    }
  }
  return ev;
}
