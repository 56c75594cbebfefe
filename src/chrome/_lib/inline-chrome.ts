// Chrome glued inside a content line: MediaWiki's edit links ("[sửa | sửa mã nguồn]"), which
// crawlers glue onto the next heading, paragraph, table row or reference. The pattern is bounded
// (no unbounded repetition), so matching is linear.

const EDIT_LINK =
  /\[\s{0,3}(?:sửa|sửa đổi|sửa mã nguồn|edit|edit source)(?:\s{0,3}\|\s{0,3}(?:sửa mã nguồn|sửa|edit source|edit))?\s{0,3}\]/giu;

/** A line with its inline chrome cut out. */
export interface InlineCut {
  /** The line without the cut parts (the text around them joined as it was). */
  text: string;
  /** The parts cut, in order. */
  cuts: string[];
}

/**
 * Cuts MediaWiki edit links out of a line: "[sửa | sửa mã nguồn]## Tham khảo" -> "## Tham khảo".
 *
 * @param line - one line
 * @returns the rest of the line and what was cut
 */
export function cutInlineChrome(line: string): InlineCut {
  if (!line.includes("[")) return { text: line, cuts: [] };
  const cuts: string[] = [];
  const text = line.replace(EDIT_LINK, (m) => {
    cuts.push(m);
    return "";
  });
  return { text, cuts };
}
