// Adversarial inputs for the linear-time tests: each is built to make a careless regular expression
// backtrack (nested or adjacent overlapping quantifiers, unclosed delimiters, long runs).

/** Repeats `unit` to exactly `n` code units (after `head`, before `tail`). */
const fill = (unit: string, n: number, head = "", tail = ""): string => {
  const body = n - head.length - tail.length;
  return head + unit.repeat(Math.ceil(body / unit.length)).slice(0, body) + tail;
};

/** Adversarial inputs, each a function of the target length. */
export const PATTERNS: { name: string; make: (n: number) => string }[] = [
  { name: "a run of digits", make: (n) => fill("1", n) },
  { name: "digits and slashes", make: (n) => fill("1/", n) },
  { name: "date-like runs", make: (n) => fill("12/34/56-78.", n) },
  { name: "document-code-like runs", make: (n) => fill("1234/QĐ-TTg/", n) },
  { name: "party-code-like runs", make: (n) => fill("35-CT/", n, "", "TW") },
  { name: "100,000 dots", make: (n) => fill(".", n) },
  { name: "digit dots", make: (n) => fill("1.", n) },
  { name: "digit commas", make: (n) => fill("3,", n, "", "%") },
  { name: "Ban Ban Ban", make: (n) => fill("Ban ", n) },
  { name: "capitalised words without end", make: (n) => fill("Nguyễn Văn Bình Phạm Minh Chính ", n) },
  { name: "capitals without end", make: (n) => fill("LÊ QUANG TÙNG ", n) },
  { name: "one long capital run", make: (n) => fill("A", n) },
  { name: "initials", make: (n) => fill("A.", n) },
  { name: "Hội nghị Trung ương 4, 4, 4", make: (n) => fill("4, ", n, "Hội nghị Trung ương ") },
  { name: "TP.TP.TP.", make: (n) => fill("TP.", n) },
  { name: "số số số", make: (n) => fill("số ", n) },
  { name: "title chain without a name", make: (n) => fill("Ủy viên Bộ Chính trị, ", n) },
  { name: "Chỉ thị 35 và 35 và", make: (n) => fill("35 và ", n, "Chỉ thị ") },
  { name: "Roman numerals", make: (n) => fill("XI", n, "khóa ") },
  { name: "spaces and tabs", make: (n) => fill(" \t", n, "", "x") },
  { name: "line breaks", make: (n) => fill("a\n", n) },
  { name: "blank lines with spaces", make: (n) => fill("\n \n", n, "a") },
  { name: "unclosed brackets", make: (n) => fill("(", n) },
  { name: "unclosed bracketed words", make: (n) => fill("(a [b ", n) },
  { name: "unclosed quotes", make: (n) => fill('"', n) },
  { name: "unclosed curly quotes", make: (n) => fill("“a ", n) },
  { name: "unclosed tags", make: (n) => fill("<a ", n) },
  { name: "an unclosed attribute", make: (n) => fill("a", n, '<div class="') },
  { name: "an unclosed comment", make: (n) => fill("-", n, "<!--") },
  { name: "unterminated character references", make: (n) => fill("&#", n) },
  { name: "URL-like runs", make: (n) => fill("a.", n, "http://") },
  { name: "e-mail-like runs", make: (n) => fill("a.", n, "a@") },
  { name: "dashes", make: (n) => fill("- ", n) },
  { name: "ellipses", make: (n) => fill("…", n) },
  { name: "combining marks", make: (n) => fill("\u0301", n, "a") },
  { name: "unclosed emphasis", make: (n) => fill("**a ", n) },
  { name: "unclosed link labels", make: (n) => fill("[a", n) },
  { name: "link-like runs", make: (n) => fill("[a](", n) },
  { name: "footnote markers before year ranges", make: (n) => fill("Cao Pha[32](1920-2006) ", n) },
  { name: "a footnote marker before a long number", make: (n) => fill("1", n, "a[1](", "x)") },
  { name: "table pipes", make: (n) => fill("| a ", n, "", "|\n|---|") },
  { name: "backticks and underscores", make: (n) => fill("`_", n) },
  { name: "heading hashes", make: (n) => fill("#", n) },
  { name: "a paragraph of starred lines", make: (n) => fill("*a b\n", n) },
  { name: "a dash run ending in a letter", make: (n) => fill("-", n, "| a |\n|", "x") },
  { name: "an unclosed definition label", make: (n) => fill("a ", n, "[", "\n]:") },
  { name: "alternating star runs", make: (n) => fill("*a* ", n) },
  { name: "tables with cells of blanks", make: (n) => fill(`| a |\n|---|\n| ${" ".repeat(3000)}x |\n\n`, n) },
];
