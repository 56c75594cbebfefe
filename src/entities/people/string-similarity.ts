type JaroWinkler = (a: string, b: string, options?: { ignoreCase?: boolean }) => number;

let jaroWinkler: JaroWinkler | null = null;

/**
 * Jaro-Winkler similarity from natural's distance submodule, loaded on first call (never the whole
 * `natural` package, which is slow to load and prints on import).
 *
 * @param a - first string
 * @param b - second string
 * @returns similarity in [0, 1], 1 for equal strings
 * @example
 * ```ts
 * groupPeople(findOfficials("Thủ tướng Phạm Minh Chính; Thủ tướng Phạm Minh Chinh")).length; // typo merged
 * //=> 1
 * ```
 */
export function similarity(a: string, b: string): number {
  if (!jaroWinkler) {
    // A plain require inside the function: CommonJS in the CJS build and ts-node, tsup's createRequire
    // banner in the ESM build. Loaded lazily so importing vietnews stays cheap.
    const mod = require("natural/lib/natural/distance/jaro-winkler_distance") as
      | JaroWinkler
      | { default: JaroWinkler; JaroWinklerDistance?: JaroWinkler };
    jaroWinkler = typeof mod === "function" ? mod : (mod.JaroWinklerDistance ?? mod.default);
  }
  return jaroWinkler(a, b);
}
