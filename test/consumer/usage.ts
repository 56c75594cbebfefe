// A consumer's TypeScript, compiled with tsc --strict against the installed package and run with
// ts-node (test/consumer/check.sh): exhaustive switches over entity kinds and removal reasons, so a
// kind or reason added to the package and not to these switches fails the compile.
import { readFileSync } from "node:fs";
import {
  CHROME_REASONS,
  type Entity,
  isChromeReason,
  parseArticle,
  type RemovalReason,
  toHTML,
} from "vietnews";

function describeEntity(e: Entity): string {
  switch (e.kind) {
    case "official":
      return `${e.name} (${e.titles.join("; ")})`;
    case "body":
      return e.canonical;
    case "date":
      return e.value ?? e.text;
    case "document":
      return [e.docType, e.number].filter(Boolean).join(" ");
    case "event":
      return `${e.event} ${e.ordinal ?? ""}`;
    default: {
      const unknown: never = e;
      return unknown;
    }
  }
}

function describeReason(r: RemovalReason): string {
  if (isChromeReason(r)) return CHROME_REASONS[r];
  switch (r) {
    case "blank":
    case "markup":
    case "title":
    case "byline":
    case "truncated":
    case "html":
      return r;
    default: {
      const unknown: never = r;
      return unknown;
    }
  }
}

const seed = readFileSync(
  require.resolve("vietnews/package.json").replace("package.json", "examples/quang-tri-party-building.txt"),
  "utf8",
);
const article = parseArticle(seed);
const officials = article.entities.filter((e) => e.kind === "official").map(describeEntity);
const reasons = new Set(article.removed.map((r) => describeReason(r.reason)));
if (officials.length !== 3 || reasons.size === 0 || !toHTML(article).includes("<mark"))
  throw new Error(`consumer usage: ${officials.length} officials, ${reasons.size} reasons`);
console.log(`usage.ts ok: ${officials.join(", ")}`);
