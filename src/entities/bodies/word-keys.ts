// The keys of the function words the matchers test token by token, spelled as the words they are
// ("của", not its key "cua3"), so a change of the key format (wordKey) cannot leave them stale.
import { wordKey } from "../../segment/token-table";

/**
 * Keys ({@link wordKey}) of words the body and official matchers look at beside a match.
 *
 * @example
 * ```ts
 * import { KEYS } from "./word-keys";
 * KEYS.cua;
 * //=> "cua3"
 * ```
 */
export const KEYS = {
  ba: wordKey("bà"),
  cua: wordKey("của"),
  den: wordKey("đến"),
  deputy: wordKey("phó"),
  hoi: wordKey("hội"),
  la: wordKey("là"),
  ma: wordKey("mà"),
  nghi: wordKey("nghị"),
  pho: wordKey("phố"),
  quyet: wordKey("quyết"),
  so: wordKey("số"),
  tinh: wordKey("tỉnh"),
  truong: wordKey("trưởng"),
  va: wordKey("và"),
} as const;
