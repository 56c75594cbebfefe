// Helpers for the XML tests: hand-built articles and a parse-back of TEI output.
import { XMLParser, XMLValidator } from "fast-xml-parser";
import type { Article, Entity, Span } from "../../src/core/types";
import { normalizeWithReport } from "../../src/normalize/index";
import { timeCall } from "../_timing";

/** Builds an Article by hand from text, paragraph and sentence spans and entities. */
export function makeArticle(text: string, extra: Partial<Article> = {}): Article {
  const paragraphs: Span[] = [];
  let at = 0;
  for (const part of text.split("\n\n")) {
    if (part) paragraphs.push({ start: at, end: at + part.length, text: part });
    at += part.length + 2;
  }
  return {
    title: "Tiêu đề",
    source: { code: "QTO", name: "Báo Quảng Trị", url: "https://baoquangtri.vn/a" },
    published: { date: "2020-07-01", text: "1/7/2020", from: "header" },
    authors: ["Minh Anh"],
    text,
    paragraphs,
    sentences: [],
    entities: [],
    titleEntities: [],
    people: [],
    removed: [],
    normalization: {
      encoding: "unicode",
      toneStyle: "preserve",
      changes: 0,
      report: normalizeWithReport("").changes,
    },
    warnings: [],
    input: { format: "text", confidence: 1 },
    headings: [],
    links: [],
    inputMap: null,
    tables: [],
    lists: [],
    ...extra,
  };
}

/** A span of `text` covering the first occurrence of `needle` at or after `from`. */
export function spanOf(text: string, needle: string, from = 0): Span {
  const start = text.indexOf(needle, from);
  if (start < 0) throw new Error(`not found: ${needle}`);
  return { start, end: start + needle.length, text: needle };
}

export function entity<E extends Entity>(
  text: string,
  needle: string,
  fields: Omit<E, "start" | "end" | "text">,
): E {
  return { ...spanOf(text, needle), ...fields } as E;
}

const ordered = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  trimValues: false,
  parseTagValue: false,
  processEntities: true,
  htmlEntities: true,
});

type ONode = Record<string, unknown>;

/** Parses XML keeping document order; throws when not well-formed. */
export function parseOrdered(xml: string): ONode[] {
  const v = XMLValidator.validate(xml);
  if (v !== true) throw new Error(`not well-formed: ${JSON.stringify(v)}`);
  return ordered.parse(xml) as ONode[];
}

function tagOf(n: ONode): string | null {
  for (const k of Object.keys(n)) if (k !== ":@" && k !== "#text") return k;
  return null;
}

/** Finds the first element named `name` (depth-first). */
export function findElement(nodes: ONode[], name: string): ONode | null {
  for (const n of nodes) {
    const t = tagOf(n);
    if (!t) continue;
    if (t === name) return n;
    const inner = findElement(n[t] as ONode[], name);
    if (inner) return inner;
  }
  return null;
}

/** Text content of an element, with `<g n="U+XXXX"/>` read back as its character. */
export function textContent(node: ONode): string {
  const t = tagOf(node);
  if (!t) return String(node["#text"] ?? "");
  if (t === "g") {
    const n = String((node[":@"] as ONode | undefined)?.["@_n"] ?? "");
    return String.fromCharCode(Number.parseInt(n.slice(2), 16));
  }
  return (node[t] as ONode[]).map(textContent).join("");
}

/** Every element named `name`, depth-first, with its attributes and text. */
export function elements(nodes: ONode[], name: string): { attrs: Record<string, string>; text: string }[] {
  const out: { attrs: Record<string, string>; text: string }[] = [];
  const visit = (list: ONode[]) => {
    for (const n of list) {
      const t = tagOf(n);
      if (!t) continue;
      if (t === name) {
        const raw = (n[":@"] ?? {}) as Record<string, string>;
        const attrs: Record<string, string> = {};
        for (const [k, v] of Object.entries(raw)) attrs[k.replace(/^@_/, "")] = v;
        out.push({ attrs, text: textContent(n) });
      }
      visit(n[t] as ONode[]);
    }
  };
  visit(nodes);
  return out;
}

/**
 * Times `run(build(n))` at 10 kB and 100 kB: CPU time (user + system) of the min of 3 runs each, after
 * a warm-up, with a 2 ms floor for the small size. CPU time, not wall time: on the shared 2-core machine
 * a 100 kB run is descheduled far more often than a 1 ms one, while catastrophic backtracking burns CPU.
 */
export function linearTimes<T>(
  build: (n: number) => T,
  run: (input: T) => unknown,
): { small: number; large: number } {
  const time = (n: number) => {
    const input = build(n);
    return timeCall(() => run(input)).cpu;
  };
  time(10_000);
  time(100_000);
  return { small: Math.max(time(10_000), 2), large: time(100_000) };
}
