// What a source line of Markdown can be, told from its characters before any parse.

// a link reference definition ("[vb]: https://…") somewhere in the text
export const DEFINITION = /^[ \t]{0,3}\[[^\]\n]{1,999}\]:/m;
// what a line can open with that makes it other than a paragraph: an ATX heading, a block quote, a
// list marker, indented code, a setext underline ("---", "===") or a thematic break ("- - -", "***")
export const BLOCK_START =
  /^[ \t]{0,3}(?:#{1,6}(?:[ \t]|$)|>|[-+*](?:[ \t]|$)|\d{1,9}[.)](?:[ \t]|$)|(?:=+|-+)[ \t]*$|(?:[-*_][ \t]*){3,}$)|^(?: {4}| {0,3}\t)/;
// inline markup: emphasis, code, escapes, strikethrough, HTML tags and autolinks, inline links and
// images. Brackets otherwise and pipes are text: "[1]" and "[a][b]" are links only where a
// definition names them, and a pipe is a table only above a delimiter row (both checked where they
// apply)
export const INLINE = /[*_`\\]|~~|<[A-Za-z/!?]|\]\(|&(?:#|[A-Za-z]{2,31};)/;
// a GFM table's delimiter row ("|---|:--:|", "--- | ---", "-:"): dashes and a pipe or a colon (a
// looser test than GFM's: a line it lets through only goes to the parser)
export const DELIMITER_ROW = /^[ \t|:-]+$/;
// characters a window of a line must hold (see planLine in line-windows.ts); brackets and parentheses only where a
// line has a link; ">" so that an HTML tag with attributes ("<a href=x>", "<references />") is
// inside the window whole, although the window is cut at spaces
export const WINDOW_MARK = /[*_`\\~<>&]/g;
export const WINDOW_MARK_LINKS = /[*_`\\~<>&[\]()!]/g;
// a line the window shortcut leaves to the parser whole: a thematic break, an ATX heading with a
// closing sequence
export const WHOLE_LINE = /^[ \t]{0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$|#[ \t]*$/;

/** Characters of a piece read by one parse. */
export const CHUNK = 4000;
/** A line longer than this is parsed in sentence-bounded segments (the parser is superlinear on some). */
export const LONG_LINE = 8000;

// content that opens a block of its own inside the item: a list item, a heading, a quote, a fence,
// HTML, a setext underline or a thematic break ("1. --- -")
export const NESTED_START =
  /^(?:[-+*](?:[ \t]|$)|\d{1,9}[.)](?:[ \t]|$)|#{1,6}(?:[ \t]|$)|>|`{3}|~{3}|<|(?:=+|-+)[ \t]*$|(?:[-*_][ \t]*){3,}$)/;

// a fenced code block or an HTML block, which run on over the lines after them, also inside list
// items and quotes ("- </b>", "> ~~~"), at any indentation (inside an item, four spaces need not
// make code)
export const OPENS_RAW_BLOCK = /^[ \t]*(?:(?:[-+*]|\d{1,9}[.)])[ \t]+|>[ \t]*)*(?:`{3}|~{3}|<)/;
// a line that may be a table's delimiter row, also inside list items or quotes: a dash among
// pipes, colons, blanks and container markers (looser than GFM: a line it lets through is only
// treated with care)
export const MAY_DELIMIT = /^[ \t>*+.)\d|:]*-[ \t>*+.)\d|:-]*$/;
