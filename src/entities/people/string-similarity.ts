// Jaro-Winkler similarity, written out (the standard algorithm with natural's conventions: match
// window floor(max/2) - 1, prefix of at most 4, scaling 0.1), so the runtime needs no `natural`
// (about 65 MB of install with its database clients). natural stays a dev dependency: the tests use
// it as the oracle.

/** Characters of each string matched in the other (pooled, grown as needed). */
let seen1 = new Uint8Array(64);
let seen2 = new Uint8Array(64);

function jaro(a: string, b: string): number {
  if (a.length === 0 || b.length === 0) return 0;
  const window = Math.floor(Math.max(a.length, b.length) / 2) - 1;
  if (seen1.length < a.length) seen1 = new Uint8Array(a.length * 2);
  if (seen2.length < b.length) seen2 = new Uint8Array(b.length * 2);
  seen1.fill(0, 0, a.length);
  seen2.fill(0, 0, b.length);
  let m = 0;
  for (let i = 0; i < a.length; i++) {
    const end = Math.min(i + window + 1, b.length);
    for (let k = Math.max(0, i - window); k < end; k++) {
      if (seen2[k] || a[i] !== b[k]) continue;
      seen1[i] = 1;
      seen2[k] = 1;
      m++;
      break;
    }
  }
  if (m === 0) return 0;
  let t = 0;
  let k = 0;
  for (let i = 0; i < a.length; i++) {
    if (!seen1[i]) continue;
    while (!seen2[k]) k++;
    if (a[i] !== b[k]) t++;
    k++;
  }
  return (m / a.length + m / b.length + (m - t / 2) / m) / 3;
}

/**
 * Jaro-Winkler similarity of two strings: 1 for equal strings, 0 for nothing in common; a shared
 * prefix of up to four characters raises it.
 *
 * @param a - first string
 * @param b - second string
 * @returns similarity in [0, 1]
 * @example
 * ```ts
 * groupPeople(findOfficials("Thủ tướng Phạm Minh Chính; Thủ tướng Phạm Minh Chinh")).length; // typo merged
 * //=> 1
 * ```
 */
export function similarity(a: string, b: string): number {
  if (a === b) return 1;
  const j = jaro(a, b);
  let l = 0;
  while (l < 4 && l < a.length && a[l] === b[l]) l++;
  return j + l * 0.1 * (1 - j);
}
