// The visible words of a scraped line and the markup around them. Crawlers write pages as
// Markdown-ish text: "## " headings, "- " list items, "|" table cells, "**" bold, "[anchor](url)"
// links. Every regex here is linear: no nested or adjacent overlapping quantifiers.

/** How a line looks: its visible text and the markup it carried. */
export interface LineShape {
  /** Letters, digits and punctuation a reader sees: markup, link targets and URLs removed, spaces collapsed. */
  visible: string;
  /** Markdown heading level (1–6), or 0. */
  heading: number;
  /** 1 for a bullet ("-", "+", "*", "•"), 2 for an enumerated item ("1.", "a)", "(2)", "IV."), else 0. */
  bullet: number;
  /** True for a table row or cell ("| a | b |", "Ngày sinh | 1929 |"): a pipe at either end. */
  table: boolean;
  /** True when the visible text is wrapped whole in bold or italics. */
  emphasis: boolean;
  /** True for a ">>" teaser arrow at the start. */
  teaser: boolean;
  /** Share of the visible characters that are link anchors (0–1). */
  linkShare: number;
  /** True when the line carries a URL or an e-mail address. */
  url: boolean;
  /** True when the line quotes a wiki template parameter ("`|url lưu trữ=`"): a citation-error message. */
  templateParam: boolean;
  /** True for a wiki reference: it opens with a back-link caret or letters ("^", "**^**", "**a****b**"). */
  reference: boolean;
}

const HEADING = /^(#{1,6})(?:[ \t]+|$)/;
const QUOTE = /^(>{1,4})[ \t]*/;
// "[anchor](target)" and "![alt](src)"; anchors up to 400 characters, targets up to 800
const LINK = /!?\[([^\]\n]{0,400})\]\(([^()\s]{0,800})(?:\s"[^"\n]{0,200}")?\)/g;
const BARE_URL = /(?:https?:\/\/|www\.)[^\s)\]|]{1,800}/g;
const EMAIL = /[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}/;
const EMPHASIS = /\*{1,3}|_{2,3}/g;
const BULLET = /^(?:[-+*•·▪►»–—][ \t]*)(?=\S)/u;
const ENUMERATED = /^(?:\(?\d{1,3}[.)]|\(?[a-zđ][.)]|[IVXLC]{1,6}[.)])[ \t]/u;
const SPACES = /\s+/g;
const PIPES = /\|/g;

// white space other than single spaces, so the text needs collapsing: a non-space \s, or a space
// followed by any \s (one regex scan is several times faster than a loop over the code units)
const NEEDS_COLLAPSE = /[^\S ]| \s/;
const TEMPLATE_PARAM = /`\|[^`|=\n]{1,40}=`/;
const REFERENCE = /^(?:-\s?)?(?:\^|\*\*\^\*\*|\*\*a\*\*\*\*b\*\*)/;

/**
 * Reads the markup of one trimmed line.
 *
 * @param line - one line, trimmed
 * @returns its shape
 */
export function lineShape(line: string): LineShape {
  let s = line;
  let heading = 0;
  let teaser = false;
  const c0 = s.charCodeAt(0);
  // "#" and ">" open a heading or a quote; most lines start with a letter
  if (c0 === 35) {
    const h = HEADING.exec(s);
    if (h) {
      heading = h[1].length;
      s = s.slice(h[0].length);
    }
  }
  if (s.charCodeAt(0) === 62) {
    const q = QUOTE.exec(s);
    if (q) {
      teaser = q[1].length >= 2;
      s = s.slice(q[0].length);
    }
  }
  // bold or italic wrapping the whole line, and a teaser arrow inside it ("**>> ...**")
  const starts = s.startsWith("*") || s.startsWith("_");
  const ends = s.endsWith("*") || s.endsWith("_");
  let emphasis = starts && ends && s.length > 2;
  let inner = s.includes("*") || s.includes("__") ? s.replace(EMPHASIS, "") : s;
  if (inner.includes(">")) {
    const q2 = QUOTE.exec(inner.trimStart());
    if (q2 && q2[1].length >= 2) teaser = true;
    if (q2) inner = inner.trimStart().slice(q2[0].length);
  }
  // a row or a cell of a (possibly broken) Markdown table: a pipe at either end; "Trang chủ | Liên
  // hệ" with pipes only inside is a menu line, not a table
  const table = inner.startsWith("|") || inner.endsWith("|");
  let bullet = 0;
  if (ENUMERATED.test(inner)) bullet = 2;
  else if (BULLET.test(inner)) {
    bullet = 1;
    inner = inner.replace(BULLET, "");
    // "- **bold**" items: emphasis after the bullet
    if (!emphasis && s.length > 2) {
      const rest = s.replace(/^[-+*•·▪►»–—][ \t]*/u, "");
      emphasis = rest.startsWith("**") && rest.endsWith("**") && rest.length > 4;
    }
  }
  let linkChars = 0;
  let url = false;
  if (inner.includes("](")) {
    inner = inner.replace(LINK, (_m, anchor: string) => {
      linkChars += anchor.trim().length;
      return anchor;
    });
  }
  if (inner.includes("://") || inner.includes("www.")) {
    url = true;
    inner = inner.replace(BARE_URL, " ");
  }
  if (!url && inner.includes("@") && EMAIL.test(inner)) url = true;
  if (inner.includes("|")) inner = inner.replace(PIPES, " ");
  const visible = (NEEDS_COLLAPSE.test(inner) ? inner.replace(SPACES, " ") : inner).trim();
  const templateParam = line.includes("`|") && TEMPLATE_PARAM.test(line);
  return {
    templateParam,
    reference: REFERENCE.test(line) && /[\p{L}\p{N}]/u.test(visible.replace(/^[\s^a-z]{0,24}/, "")),
    visible,
    heading,
    bullet,
    table,
    emphasis,
    teaser,
    linkShare: visible.length ? Math.min(1, linkChars / visible.length) : 0,
    url,
  };
}
