import { PHRASES } from "../_data/phrases";

/** A compiled phrase rule. */
export interface PhraseRule {
  reason: string;
  key: string;
  maxWords: number;
  edgeOnly: boolean;
}

/** Phrase rules indexed for lookup. */
export interface PhraseIndex {
  /** Whole-line keys. */
  line: Map<string, PhraseRule>;
  prefix: PhraseRule[];
  contains: PhraseRule[];
}

let index: PhraseIndex | null = null;

/** The phrase index, built on first use, once per process. */
export function phraseIndex(): PhraseIndex {
  if (index) return index;
  const built: PhraseIndex = { line: new Map(), prefix: [], contains: [] };
  for (const [reason, match, key, maxWords, zone] of PHRASES) {
    const rule: PhraseRule = { reason, key, maxWords, edgeOnly: zone === 1 };
    if (match === 0) {
      if (!built.line.has(key)) built.line.set(key, rule);
    } else if (match === 1) built.prefix.push(rule);
    else built.contains.push(rule);
  }
  index = built;
  return built;
}

function boundaryAfter(key: string, end: number, phrase: string): boolean {
  if (end >= key.length) return true;
  const last = phrase.charCodeAt(phrase.length - 1);
  // a phrase ending in ":" or a symbol needs no word boundary after it
  if (last === 58 || last === 40 || last === 169) return true;
  return key.charCodeAt(end) === 32 || key.charCodeAt(end) === 58;
}

/**
 * The first phrase rule that matches a line key, or null.
 *
 * @param key - the line key (see lineKey)
 * @param words - the line's word count
 * @param edge - whether the line lies in the page's head or tail (edge-only rules apply there)
 * @returns the rule or null
 */
export function matchPhrase(key: string, words: number, edge: boolean): PhraseRule | null {
  const idx = phraseIndex();
  const whole = idx.line.get(key);
  if (whole && (edge || !whole.edgeOnly)) return whole;
  for (const rule of idx.prefix) {
    if (rule.maxWords && words > rule.maxWords) continue;
    if (rule.edgeOnly && !edge) continue;
    if (key.startsWith(rule.key) && boundaryAfter(key, rule.key.length, rule.key)) return rule;
  }
  for (const rule of idx.contains) {
    if (rule.maxWords && words > rule.maxWords) continue;
    if (rule.edgeOnly && !edge) continue;
    let at = key.indexOf(rule.key);
    while (at >= 0) {
      const before = at === 0 || key.charCodeAt(at - 1) === 32;
      if (before && boundaryAfter(key, at + rule.key.length, rule.key)) return rule;
      at = key.indexOf(rule.key, at + 1);
    }
  }
  return null;
}
