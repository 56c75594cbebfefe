import type { TokenTable } from "../../segment/token-table";

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
 * findBodies("Bộ Nội vụ").length; // the gazetteer is a trie of such phrases
 * //=> 1
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
 * findBodies("Sở Xây dựng")[0].canonical; // each gazetteer phrase was added this way
 * //=> "Sở Xây dựng"
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

// biome-ignore lint/suspicious/noExplicitAny: one shared, never-mutated empty result for every trie type
const NO_HITS: TrieHit<any>[] = [];

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
 * findBodies("Ban Tổ chức Trung ương").map((b) => b.text); // the longest phrase wins
 * //=> ["Ban Tổ chức Trung ương"]
 * ```
 */
export function matchAt<T>(trie: KeyTrie<T>, tokens: TokenTable, i: number): TrieHit<T>[] {
  let node: KeyTrie<T> | undefined = trie.next.get(tokens.bare(i));
  if (!node) return NO_HITS;
  let hits: TrieHit<T>[] | null = null;
  let j = i + 1;
  while (node) {
    for (const value of node.values) {
      if (!hits) hits = [];
      hits.push({ end: j, value });
    }
    if (j >= tokens.length) break;
    node = node.next.get(tokens.key(j));
    j++;
  }
  if (!hits) return NO_HITS;
  return hits.length > 1 ? hits.reverse() : hits;
}

/**
 * Token index after the longest phrase of the trie that starts at token `i`, or `i` when none does;
 * allocates nothing (for hot loops that only need the extent).
 *
 * @param trie - the trie
 * @param tokens - the text's tokens
 * @param i - the start token
 * @returns the end token of the longest phrase, or i
 * @example
 * ```ts
 * findOfficials("Phó Bí thư Tỉnh ủy Lê Quang Tùng")[0].titles; // prefixes are skipped with it
 * //=> ["Phó Bí thư Tỉnh ủy"]
 * ```
 */
export function longestEnd<T>(trie: KeyTrie<T>, tokens: TokenTable, i: number): number {
  let node: KeyTrie<T> | undefined = trie.next.get(tokens.bare(i));
  let best = i;
  let j = i + 1;
  while (node) {
    if (node.values.length > 0) best = j;
    if (j >= tokens.length) break;
    node = node.next.get(tokens.key(j));
    j++;
  }
  return best;
}

/**
 * Like `matchAt`, without allocating: writes the hits' ends and values, longest first, into the
 * caller's arrays (reused between calls) and returns how many there are.
 *
 * @param trie - the trie
 * @param tokens - the text's tokens
 * @param i - the start token
 * @param ends - receives the end token of each hit
 * @param values - receives the payload of each hit
 * @returns the number of hits
 * @example
 * ```ts
 * findOfficials("Phó Bí thư Tỉnh ủy Lê Quang Tùng")[0].titles; // title heads are matched with it
 * //=> ["Phó Bí thư Tỉnh ủy"]
 * ```
 */
export function matchInto<T>(
  trie: KeyTrie<T>,
  tokens: TokenTable,
  i: number,
  ends: number[],
  values: T[],
): number {
  let node: KeyTrie<T> | undefined = trie.next.get(tokens.bare(i));
  let count = 0;
  let j = i + 1;
  while (node) {
    for (const value of node.values) {
      ends[count] = j;
      values[count] = value;
      count++;
    }
    if (j >= tokens.length) break;
    node = node.next.get(tokens.key(j));
    j++;
  }
  for (let a = 0, b = count - 1; a < b; a++, b--) {
    const e = ends[a]!;
    ends[a] = ends[b]!;
    ends[b] = e;
    const v = values[a]!;
    values[a] = values[b]!;
    values[b] = v;
  }
  return count;
}

/**
 * The payload of the longest phrase at token `i` that ends at token `end` (as `longestEnd` found it):
 * the same value `matchAt(trie, tokens, i)[0]` holds, without allocating.
 *
 * @param trie - the trie
 * @param tokens - the text's tokens
 * @param i - the start token
 * @param end - the end token from `longestEnd` (greater than i)
 * @returns the payload, or undefined when no phrase ends there
 * @example
 * ```ts
 * findOfficials("Bí thư Tỉnh ủy Hà Nam")[0]?.name; // a province is told from a name with it
 * //=> undefined
 * ```
 */
export function longestValue<T>(trie: KeyTrie<T>, tokens: TokenTable, i: number, end: number): T | undefined {
  let node: KeyTrie<T> | undefined = trie.next.get(tokens.bare(i));
  for (let j = i + 1; node && j < end; j++) node = node.next.get(tokens.key(j));
  if (!node || node.values.length === 0) return undefined;
  return node.values[node.values.length - 1];
}
