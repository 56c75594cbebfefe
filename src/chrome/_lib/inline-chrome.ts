// Chrome glued inside a content line. MediaWiki's edit links ("[sửa | sửa mã nguồn]"), which
// crawlers glue onto the next heading, paragraph, table row or reference, and its citation-error
// messages glued onto a reference ("(trợ giúp)", "Quản lý CS1: ... (liên kết)", "Kiểm tra giá trị
// ngày tháng trong:`|date=`"). Every pattern is bounded (no unbounded repetition), so matching is
// linear.

/** A part of a line that is chrome, and its reason. */
export interface InlinePart {
  text: string;
  reason: "edit-link" | "wikipedia-nav";
}

const EDIT_LINK =
  /\[\s{0,3}(?:sửa|sửa đổi|sửa mã nguồn|edit|edit source)(?:\s{0,3}\|\s{0,3}(?:sửa mã nguồn|sửa|edit source|edit))?\s{0,3}\]/giu;
// MediaWiki's citation-error messages: the message's words, then the template parameter it names in
// backticks, and the "(trợ giúp)" help link; CS1 maintenance notes end in "(liên kết)"
const CITATION_ERROR = new RegExp(
  [
    "(?:[;:]\\s{0,2})?(?:Kiểm tra giá trị(?: ngày tháng)?(?: trong)?:?|Đã định rõ hơn một tham số trong|Liên kết ngoài trong|Đã bỏ qua tham số không rõ|Chú thích [\\p{L}]{1,20} cần|Thiếu hoặc trống|line feed character trong|và|cần)\\s{0,2}`\\|[^`\\n]{1,60}=`",
    "Quản lý CS1:[^()\\n]{1,80}\\(liên kết\\)",
    "\\(trợ giúp\\)",
  ].join("|"),
  "gu",
);

/** A line with its inline chrome cut out. */
export interface InlineCut {
  /** The line without the cut parts (the text around them joined as it was). */
  text: string;
  /** The parts cut, in order (their texts). */
  cuts: string[];
  /** The parts cut with their reasons, in order. */
  parts: InlinePart[];
}

/**
 * Cuts MediaWiki edit links and citation-error messages out of a line: "[sửa | sửa mã nguồn]## Tham
 * khảo" -> "## Tham khảo".
 *
 * @param line - one line
 * @returns the rest of the line and what was cut
 */
export function cutInlineChrome(line: string): InlineCut {
  const hasEdit = line.includes("[");
  const hasCitation = line.includes("`|") || line.includes("(trợ giúp)") || line.includes("CS1");
  if (!hasEdit && !hasCitation) return { text: line, cuts: [], parts: [] };
  const found: { at: number; text: string; reason: InlinePart["reason"] }[] = [];
  if (hasEdit) {
    EDIT_LINK.lastIndex = 0;
    for (let m = EDIT_LINK.exec(line); m; m = EDIT_LINK.exec(line))
      found.push({ at: m.index, text: m[0], reason: "edit-link" });
  }
  if (hasCitation) {
    CITATION_ERROR.lastIndex = 0;
    for (let m = CITATION_ERROR.exec(line); m; m = CITATION_ERROR.exec(line)) {
      found.push({ at: m.index, text: m[0], reason: "wikipedia-nav" });
    }
  }
  if (!found.length) return { text: line, cuts: [], parts: [] };
  found.sort((a, b) => a.at - b.at);
  let text = "";
  let pos = 0;
  const parts: InlinePart[] = [];
  for (const f of found) {
    if (f.at < pos) continue; // overlapping matches: the first wins
    text += line.slice(pos, f.at);
    parts.push({ text: f.text, reason: f.reason });
    pos = f.at + f.text.length;
  }
  text += line.slice(pos);
  return { text, cuts: parts.map((p) => p.text), parts };
}
