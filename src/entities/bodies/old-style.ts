/**
 * Moves tone marks to the old-style position in "oa", "oe" and "uy" at the end of a syllable
 * ("Uỷ" -> "Ủy", "hoà" -> "hòa"), the placement used in `canonical`; "Ð" becomes "Đ".
 *
 * @param text - any string
 * @returns the text with old-style tone placement, NFC
 * @example
 * ```ts
 * findBodies("Đảng uỷ Toà án nhân dân tối cao")[0].canonical; // canonical names use old style
 * //=> "Đảng ủy Tòa án nhân dân tối cao"
 * ```
 */
export function oldStyleTones(text: string): string {
  return text
    .replace(/Ð/g, "Đ")
    .normalize("NFD")
    .replace(
      /([oOuU])([aAeEyY])([\u0300\u0301\u0303\u0309\u0323])(?![\p{L}\p{M}])/gu,
      (m, v1, v2, tone, off, s) => {
        const before = off > 0 ? (s as string).charAt(off - 1) : "";
        if ((v1 === "u" || v1 === "U") && (before === "q" || before === "Q")) return m;
        return `${v1}${tone}${v2}`;
      },
    )
    .normalize("NFC");
}
