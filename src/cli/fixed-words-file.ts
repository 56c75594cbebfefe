// The words a CLI run keeps whole (--fixed-words FILE, one word a line): read once per thread (the
// main thread and each worker), and the same list object every time, so it is compiled once.
import { readFileSync } from "node:fs";

let loaded: { path: string; words: string[] } | null = null;

/**
 * The words in the file at `path`: one a line, blank lines and lines starting with "#" skipped,
 * read on first use in this thread.
 *
 * @param path - a UTF-8 text file
 * @returns the words, in file order
 * @throws Error when the file cannot be read
 * @example
 * ```ts
 * import { fixedWordsFile } from "./fixed-words-file";
 * fixedWordsFile("test/fixtures/fixed-words.txt").includes("học máy");
 * //=> true
 * ```
 */
export function fixedWordsFile(path: string): string[] {
  if (loaded?.path === path) return loaded.words;
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (e) {
    throw new Error(`cannot read the fixed words ${path}: ${(e as Error).message}`);
  }
  const words = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith("#"));
  loaded = { path, words };
  return words;
}
