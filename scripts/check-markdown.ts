/**
 * `npm run check:markdown -- FILE.ndjson[.gz]`: runs parseArticle on every record of a crawl with the
 * default format detection and counts, on every page whichever way it was read, what Markdown left
 * behind: titles with a leading "#", "**", link syntax ("](" before a destination without spaces:
 * "[34](tức là ...)" is a footnote mark and a bracket, not a link), "|---" and image syntax
 * ("![alt](src)") in `text`; checks every heading, link, table and list span
 * (`text.slice(start, end) === span.text`); and counts pages read as Markdown, pages that threw and
 * pages with an empty text. Prints one line per check and the examples of the first failures.
 */
import { parseArticle } from "../src/index";
import { crawlRecords } from "./_crawl";

// "](" before a destination a link can have (no spaces, bounded), and "![" opening an image
const LINK_SYNTAX = /\]\([^\s()]{1,2000}\)/;
const IMAGE_SYNTAX = /!\[[^\]\n]{0,400}\]\(/;
// a footnote marker before bracketed numbers, which the text keeps as written ("Cao Pha[32](1920-2006)")
const FOOTNOTE = /\[(?:\d{1,3}|\p{L})\]\([\d\s.,:/?–—-]{1,40}\)/gu;
const HAS_FOOTNOTE = new RegExp(FOOTNOTE.source, "u");

const LEFT = [
  ["title starts with #", (a: ReturnType<typeof parseArticle>) => /^#/.test(a.title ?? "")],
  ["text has **", (a: ReturnType<typeof parseArticle>) => a.text.includes("**")],
  [
    "text has link syntax ](url)",
    (a: ReturnType<typeof parseArticle>) => LINK_SYNTAX.test(a.text.replace(FOOTNOTE, "")),
  ],
  [
    "text has a footnote marker before numbers (kept)",
    (a: ReturnType<typeof parseArticle>) => HAS_FOOTNOTE.test(a.text),
  ],
  ["text has |---", (a: ReturnType<typeof parseArticle>) => /\|\s*:?-{3,}/.test(a.text)],
  ["text has image syntax ![", (a: ReturnType<typeof parseArticle>) => IMAGE_SYNTAX.test(a.text)],
  // the literal strings, for comparison with earlier notes
  ["text has ](, any", (a: ReturnType<typeof parseArticle>) => a.text.includes("](")],
  ["text has ![, any", (a: ReturnType<typeof parseArticle>) => a.text.includes("![")],
] as const;

async function main(): Promise<void> {
  const file = process.argv[2];
  if (!file) {
    console.error("usage: npm run check:markdown -- FILE.ndjson[.gz]");
    process.exit(1);
  }
  const counts = new Map<string, number>();
  const examples = new Map<string, string>();
  const bump = (k: string, example?: string) => {
    counts.set(k, (counts.get(k) ?? 0) + 1);
    if (example && !examples.has(k)) examples.set(k, example);
  };
  let pages = 0;
  let spans = 0;
  const t0 = performance.now();
  for await (const r of crawlRecords(file)) {
    pages++;
    let a: ReturnType<typeof parseArticle>;
    try {
      a = parseArticle(r.text);
    } catch (e) {
      bump("threw", `${r.id}: ${e instanceof Error ? e.message : String(e)}`);
      continue;
    }
    bump(`read as ${a.input.format}`);
    if (!a.text) bump("empty text", r.id);
    for (const [name, test] of LEFT) if (test(a)) bump(`${name} (read as ${a.input.format})`, r.id);
    for (const s of [
      ...a.headings,
      ...a.links,
      ...a.tables,
      ...a.lists,
      ...a.lists.flatMap((l) => l.items),
    ]) {
      spans++;
      if (a.text.slice(s.start, s.end) !== s.text) bump("span does not slice back", `${r.id}: ${s.text}`);
    }
    counts.set("headings", (counts.get("headings") ?? 0) + a.headings.length);
    counts.set("links", (counts.get("links") ?? 0) + a.links.length);
    counts.set("tables", (counts.get("tables") ?? 0) + a.tables.length);
    counts.set("lists", (counts.get("lists") ?? 0) + a.lists.length);
  }
  const s = ((performance.now() - t0) / 1000).toFixed(1);
  console.log(`${pages} records, ${spans} structure spans checked, ${s} s`);
  for (const [k, n] of [...counts].sort())
    console.log(`${String(n).padStart(8)}  ${k}${examples.has(k) ? `  (e.g. ${examples.get(k)})` : ""}`);
  for (const [name] of LEFT) if (!counts.has(name)) console.log(`       0  ${name}`);
}

main();
