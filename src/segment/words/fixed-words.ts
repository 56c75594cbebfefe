// A user's own words: listed words ("Viện Nghiên Cứu", "học máy") are kept whole by segmentWords
// whatever the model says, as underthesea's `fixed_words` are, in any tone-mark style and case.
import { toneKey } from "../../normalize/tone-key";
import { type Scan, SYL, scanTokens } from "./scan";

/** The listed words compiled: a trie over their syllables' keys. */
interface Node {
  next: Map<string, Node>;
  /** True when a listed word ends here. */
  word: boolean;
}

const COMPILED = new WeakMap<readonly string[], Node>();

/** The key a syllable is matched on: its tone key, lower case ("Uỷ" and "ủy" alike). */
function keyOf(syllable: string): string {
  return toneKey(syllable).toLowerCase();
}

/**
 * Checks and compiles a list of words (each one or more syllables separated by spaces); the same
 * list object is compiled once.
 *
 * @param words - the option's value
 * @param fn - the function it was given to, for the message
 * @returns the compiled list
 * @throws TypeError when `words` is not an array of strings
 */
export function compileFixedWords(words: unknown, fn: string): Node {
  if (!Array.isArray(words) || words.some((w) => typeof w !== "string"))
    throw new TypeError(`vietnews.${fn}: expected options.fixedWords to be an array of strings`);
  const list = words as readonly string[];
  const known = COMPILED.get(list);
  if (known) return known;
  const root: Node = { next: new Map(), word: false };
  for (const w of list) {
    const scan = scanTokens(w);
    if (scan.n === 0) continue;
    const keys: string[] = [];
    // a word of syllables with only spaces between them (after the first): others cannot be one word
    let ok = true;
    for (let i = 0; i < scan.n; i++) {
      if (i > 0 && (scan.kind[i] !== SYL || scan.join[i] !== 1)) ok = false;
      keys.push(keyOf(w.slice(scan.start[i], scan.end[i])));
    }
    if (!ok) continue;
    let node = root;
    for (const k of keys) {
      let child = node.next.get(k);
      if (!child) {
        child = { next: new Map(), word: false };
        node.next.set(k, child);
      }
      node = child;
    }
    node.word = true;
  }
  COMPILED.set(list, root);
  return root;
}

/**
 * Marks the listed words in `starts` (1 where a token starts a word): left to right, the longest
 * listed word at each token is one word, its first token a start, the tokens inside it none, and
 * the token after it a start.
 *
 * @param text - the scanned text
 * @param scan - its tokens
 * @param starts - the model's word starts, changed in place
 * @param fixed - the compiled list
 */
export function applyFixedWords(text: string, scan: Scan, starts: Uint8Array, fixed: Node): void {
  const keys = new Map<string, string>();
  const key = (i: number): string => {
    const raw = text.slice(scan.start[i], scan.end[i]);
    let k = keys.get(raw);
    if (k === undefined) {
      k = keyOf(raw);
      keys.set(raw, k);
    }
    return k;
  };
  for (let i = 0; i < scan.n; ) {
    let node = fixed.next.get(key(i));
    let end = -1;
    let j = i;
    while (node) {
      if (node.word) end = j + 1;
      j++;
      if (j >= scan.n || scan.kind[j] !== SYL || scan.join[j] !== 1) break;
      node = node.next.get(key(j));
    }
    if (end < 0) {
      i++;
      continue;
    }
    starts[i] = 1;
    for (let k = i + 1; k < end; k++) starts[k] = 0;
    if (end < scan.n) starts[end] = 1;
    i = end;
  }
}
