// Where the shared data lives for tests that need it; those tests skip cleanly when it is absent.
import { existsSync, readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { readConllu } from "../src/segment/words/corpus";

const here = dirname(fileURLToPath(import.meta.url));
/** Absolute path of `../shared` (or $VIETNEWS_SHARED). */
export const SHARED = process.env.VIETNEWS_SHARED ?? resolve(here, "..", "..", "shared");
/** True when the shared data folder is present. */
export const hasShared = existsSync(SHARED);
/** Absolute path of a file in the shared folder. */
export const sharedPath = (...parts: string[]): string => resolve(SHARED, ...parts);
/** Path of the seed article, the one crawl page the package ships (examples/). */
export const SEED_PATH = resolve(here, "..", "examples", "quang-tri-party-building.txt");
/** The seed article's text. */
export const SEED_TEXT = readFileSync(SEED_PATH, "utf8");
/** The sentences of a UD-VTB part under the shared folder, one a line (only where `hasShared`). */
export function udVtbText(part: "train" | "dev"): string {
  const file = sharedPath("data", "ud-vtb", `vi_vtb-ud-${part}.conllu`);
  return readConllu(readFileSync(file, "utf8"))
    .map((s) => s.text)
    .join("\n");
}
