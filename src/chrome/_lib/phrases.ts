import { PHRASES } from "../_data/phrases";

/** A compiled phrase rule. */
export interface PhraseRule {
  reason: string;
  key: string;
  maxWords: number;
  edgeOnly: boolean;
}

/** Phrase rules indexed for lookup: whole lines by key, prefix and contains rules by first word. */
export interface PhraseIndex {
  line: Map<string, PhraseRule>;
  prefix: Map<string, PhraseRule[]>;
  contains: Map<string, PhraseRule[]>;
  /** Most words any prefix or contains rule allows. */
  maxWords: number;
}

let index: PhraseIndex | null = null;

/** The first word of a key: up to the first space or ":" (a ":" stays with the word). */
function firstWord(key: string, from: number): string {
  let e = from;
  while (e < key.length) {
    const c = key.charCodeAt(e);
    if (c === 32) break;
    if (c === 58) {
      e++;
      break;
    }
    e++;
  }
  return key.slice(from, e);
}

function add(map: Map<string, PhraseRule[]>, rule: PhraseRule): void {
  const w = firstWord(rule.key, 0);
  const list = map.get(w);
  if (list) list.push(rule);
  else map.set(w, [rule]);
  // a first word written with its colon ("tags:") also matches the bare word before a colon in the key
}

/** The phrase index, built on first use, once per process. */
export function phraseIndex(): PhraseIndex {
  if (index) return index;
  const built: PhraseIndex = { line: new Map(), prefix: new Map(), contains: new Map(), maxWords: 0 };
  for (const [reason, match, key, maxWords, zone] of PHRASES) {
    const rule: PhraseRule = { reason, key, maxWords, edgeOnly: zone === 1 };
    if (match === 0) {
      if (!built.line.has(key)) built.line.set(key, rule);
      continue;
    }
    built.maxWords = Math.max(built.maxWords, maxWords);
    add(match === 1 ? built.prefix : built.contains, rule);
  }
  index = built;
  return built;
}

function boundaryAfter(key: string, end: number, phrase: string): boolean {
  if (end >= key.length) return true;
  const last = phrase.charCodeAt(phrase.length - 1);
  // a phrase ending in ":", "(" or "©" needs no word boundary after it
  if (last === 58 || last === 40 || last === 169) return true;
  return key.charCodeAt(end) === 32 || key.charCodeAt(end) === 58;
}

function tryRules(
  rules: PhraseRule[] | undefined,
  key: string,
  at: number,
  words: number,
  edge: boolean,
): PhraseRule | null {
  if (!rules) return null;
  for (const rule of rules) {
    if (rule.maxWords && words > rule.maxWords) continue;
    if (rule.edgeOnly && !edge) continue;
    if (key.startsWith(rule.key, at) && boundaryAfter(key, at + rule.key.length, rule.key)) return rule;
  }
  return null;
}

/**
 * The first phrase rule that matches a line key, or null: a whole-line rule, then prefix rules, then
 * contains rules (tried at each word start).
 *
 * @param key - the line key (see lineKey)
 * @param words - the line's word count
 * @param edge - whether edge-only rules apply (the line lies in the page's head or tail)
 * @returns the rule or null
 */
export function matchPhrase(key: string, words: number, edge: boolean): PhraseRule | null {
  const idx = phraseIndex();
  const whole = idx.line.get(key);
  if (whole && (edge || !whole.edgeOnly)) return whole;
  if (words > idx.maxWords) return null;
  const w0 = firstWord(key, 0);
  const p =
    tryRules(idx.prefix.get(w0), key, 0, words, edge) ??
    (w0.endsWith(":") ? tryRules(idx.prefix.get(w0.slice(0, -1)), key, 0, words, edge) : null);
  if (p) return p;
  for (let at = 0; at < key.length; ) {
    const w = firstWord(key, at);
    const c =
      tryRules(idx.contains.get(w), key, at, words, edge) ??
      (w.endsWith(":") ? tryRules(idx.contains.get(w.slice(0, -1)), key, at, words, edge) : null);
    if (c) return c;
    at += w.length;
    while (at < key.length && key.charCodeAt(at) === 32) at++;
  }
  return null;
}
