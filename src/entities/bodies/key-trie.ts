import type { WordToken } from "./word-tokens";

/** A trie over token keys; `values` holds the payloads of phrases that end at a node. */
export interface KeyTrie<T> {
  next: Map<string, KeyTrie<T>>;
  values: T[];
}

/**
 * An empty trie.
 *
 * @returns a trie without phrases
 * @example
 * ```ts
 * newTrie<number>().values;
 * //=> []
 * ```
 */
export function newTrie<T>(): KeyTrie<T> {
  return { next: new Map(), values: [] };
}

/**
 * Adds a phrase (its token keys) with a payload.
 *
 * @param trie - the trie to extend
 * @param keys - the phrase keys (from `phraseKeys`)
 * @param value - the payload
 * @returns nothing
 * @example
 * ```ts
 * const t = newTrie<number>(); addPhrase(t, ["bô5", " nôi5", " vu5"], 1); t.next.size;
 * //=> 1
 * ```
 */
export function addPhrase<T>(trie: KeyTrie<T>, keys: string[], value: T): void {
  let node = trie;
  for (let i = 0; i < keys.length; i++) {
    // The first key of a phrase matches whatever gap precedes it, so it is stored bare.
    const k = keys[i]!;
    let child = node.next.get(k);
    if (!child) {
      child = newTrie<T>();
      node.next.set(k, child);
    }
    node = child;
  }
  node.values.push(value);
}

/** A phrase found at a token position. */
export interface TrieHit<T> {
  /** Token index after the phrase. */
  end: number;
  value: T;
}

/**
 * Every phrase of the trie that starts at token `i`, longest first.
 *
 * @param trie - the trie
 * @param tokens - the text's tokens
 * @param i - the start token
 * @returns the hits, longest first
 * @example
 * ```ts
 * matchAt(trie, wordTokens("Bộ Nội vụ"), 0).length;
 * //=> 1
 * ```
 */
export function matchAt<T>(trie: KeyTrie<T>, tokens: WordToken[], i: number): TrieHit<T>[] {
  let node: KeyTrie<T> | undefined = trie.next.get(tokens[i]?.bare ?? "");
  if (!node) return [];
  const hits: TrieHit<T>[] = [];
  let j = i + 1;
  while (node) {
    for (const value of node.values) hits.push({ end: j, value });
    if (j >= tokens.length) break;
    node = node.next.get(tokens[j]!.key);
    j++;
  }
  return hits.length > 1 ? hits.reverse() : hits;
}
