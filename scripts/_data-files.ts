/**
 * Readers for the text files in data/ shared by the build and training scripts: comment lines
 * (starting with "#") and blank lines are skipped.
 */
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";

const DATA = resolve(__dirname, "..", "data");

/** Lines of a list file under data/, trimmed. */
export function dataLines(...path: string[]): string[] {
  return readFileSync(join(DATA, ...path), "utf8")
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith("#"));
}

/** Rows of a TSV file under data/, cells trimmed and NFC, padded to `columns`. */
export function dataRows(columns: number, ...path: string[]): string[][] {
  const out: string[][] = [];
  for (const line of readFileSync(join(DATA, ...path), "utf8").split(/\r?\n/)) {
    if (!line.trim() || line.startsWith("#")) continue;
    const cells = line.split("\t").map((c) => c.trim().normalize("NFC"));
    while (cells.length < columns) cells.push("");
    out.push(cells.slice(0, columns));
  }
  return out;
}
