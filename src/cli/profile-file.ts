// The boilerplate profile a CLI run reads from a file: loaded once per thread (the main thread and
// each worker), since every record of a run uses the same one.
import { readFileSync } from "node:fs";
import { BoilerplateProfile } from "../chrome/boilerplate";

let loaded: { path: string; profile: BoilerplateProfile } | null = null;

/**
 * The profile in the JSON file at `path`, read on first use in this thread.
 *
 * @param path - a file written by `vietnews profile`
 * @returns the profile
 * @throws Error when the file cannot be read or is not a profile
 * @example
 * ```ts
 * // profileFile("profile.json").documents
 * //=> 6985
 * ```
 */
export function profileFile(path: string): BoilerplateProfile {
  if (loaded?.path === path) return loaded.profile;
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, "utf8"));
  } catch (e) {
    throw new Error(`cannot read the boilerplate profile ${path}: ${(e as Error).message}`);
  }
  const profile = BoilerplateProfile.fromJSON(json);
  loaded = { path, profile };
  return profile;
}
