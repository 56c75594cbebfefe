// Line breaks inside a paragraph that the parser may read as spaces. The parser's cost is mostly
// per line (about 15 µs a paragraph line, 50 µs in a list), and inside a paragraph a line ending
// and a space are the same to every inline construct (emphasis flanking, code spans, links), so a
// piece whose soft breaks are spaces parses to the same tree at the same offsets, in fewer lines.
import {
  BLOCK_START,
  DEFINITION,
  MAY_DELIMIT,
  NESTED_START,
  OPENS_RAW_BLOCK,
  WHOLE_LINE,
} from "./line-patterns";

// what a node's value takes from the parsed text rather than from the source offsets, where a line
// ending and a space differ: an HTML tag, a code span, an image's alt text; and a hard break by
// backslash
const VALUE_FROM_TEXT = /[<`]|!\[|\\$/m;
// a list item or block quote whose content is a paragraph: the marker and at most four blanks,
// then text (more blanks would make the content code)
const CONTAINER = /^ {0,3}(?:[-+*]|\d{1,9}[.)]|>)(?: {1,4}|\t)(?=\S)/;

const TRAILING_BLANK = /[ \t]$/;
const MARKERS_ONLY = /^[ \t*_=#>+.)\d|:-]*$/;
const CLOSING_HASHES = /#[ \t]*$/;

/** Whether a line's content, after its list or quote marker if any, is paragraph text. */
function holdsParagraph(line: string): boolean {
  if (!BLOCK_START.test(line)) return true;
  if (WHOLE_LINE.test(line)) return false;
  const m = CONTAINER.exec(line);
  if (!m) return false;
  // content that opens a block of its own, or is a thematic break ("- _ __", "> --- ---")
  const content = line.slice(m[0].length);
  return !NESTED_START.test(content) && !WHOLE_LINE.test(content);
}

/**
 * The text of a piece of source lines with each line break that only continues a paragraph
 * written as a space, the same length as `lines.join("\n")`; the piece as joined lines when no
 * break can be joined or the piece holds what the joining must leave alone. A break before line
 * k is joined when line k starts no block (no marker, no indentation that could be code) and is
 * not made of marker characters only, line k - 1 does not end in a blank (a hard break splits the
 * text), and the line it joins holds paragraph text (a paragraph's line, a list item's or a
 * quote's with text content; not a heading, which ends at its line). Linear in the piece.
 *
 * @param lines - the piece's source lines
 * @param hasDefs - whether the text defines link references (a reference's label, which may span
 *   lines, is read from the parsed text): then nothing is joined
 */
export function joinSoftBreaks(lines: string[], hasDefs: boolean): string {
  const text = lines.join("\n");
  if (hasDefs || lines.length < 2 || VALUE_FROM_TEXT.test(text)) return text;
  // a piece the joining leaves alone: a fenced code or HTML block, also in a list item or a quote
  // (their lines are not paragraphs), a link reference definition (its title may be on the next
  // line), a table's delimiter row
  for (const l of lines)
    if (OPENS_RAW_BLOCK.test(l) || DEFINITION.test(l) || MAY_DELIMIT.test(l)) return text;
  let out = lines[0];
  // whether the line the parser sees (source lines joined so far) holds paragraph text: its start
  // decides, so it is tested once, on its first source line
  let paragraph = holdsParagraph(lines[0]);
  for (let k = 1; k < lines.length; k++) {
    const l = lines[k];
    // a line that ends in blanks may end in a hard break, which splits the text around it; a line
    // of marker characters only could make the joined line a block of its own ("__" and "_" a
    // thematic break, pipes and dashes a delimiter row), one ending in "#" a heading's closing
    const soft =
      paragraph &&
      !BLOCK_START.test(l) &&
      !TRAILING_BLANK.test(lines[k - 1]) &&
      !MARKERS_ONLY.test(l) &&
      !CLOSING_HASHES.test(l);
    if (soft) out += ` ${l}`;
    else {
      out += `\n${l}`;
      paragraph = holdsParagraph(l);
    }
  }
  return out;
}
