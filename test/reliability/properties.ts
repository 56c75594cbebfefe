// The reliability properties of the public API, as plain functions: the vitest suite
// (properties.test.ts) runs each with a fixed seed and a modest number of cases, the fuzz runner
// (scripts/fuzz.ts) runs them with random seeds until its time is up, and fuzz-found.test.ts replays
// saved counterexamples. A property's `check` throws an Error saying what broke.
import fc from "fast-check";
import { XMLValidator } from "fast-xml-parser";
import * as validate from "../../src/core/validate";
import type { Article, Entity, Span } from "../../src/index";
import * as lib from "../../src/index";
import { anyText, cleanVietnamese, vietnameseText } from "./arbitraries";

/** One property: a generator of inputs and a check that throws when the property fails. */
export interface PropertyDef {
  /** Unique, stable name (saved counterexamples refer to it). */
  name: string;
  arbitrary: fc.Arbitrary<unknown>;
  check: (input: unknown) => void;
  /** Relative cost of one case (1 = cheap); the runners give costly properties fewer cases. */
  cost?: number;
}

/** A public function under test: how to call it with a string, and what must hold of the result. */
export interface Subject {
  name: string;
  call: (s: string) => unknown;
  verify?: (s: string, out: unknown) => void;
  cost?: number;
  /** A variant (other options or input forms) of a function that has a plain subject too. */
  variant?: boolean;
}

type AnyFn = (...args: unknown[]) => unknown;
const api = lib as unknown as Record<string, unknown>;

// --- assertions ---------------------------------------------------------------------------------

function fail(message: string): never {
  throw new Error(message);
}

const show = (s: string, max = 80): string => JSON.stringify(s.length > max ? `${s.slice(0, max)}…` : s);

/** Every span lies inside `text` and slices back to its own text. */
export function assertSpans(text: string, spans: unknown, what: string): asserts spans is Span[] {
  if (!Array.isArray(spans)) fail(`${what}: expected an array of spans, got ${typeof spans}`);
  spans.forEach((sp: Span, i) => {
    if (!sp || typeof sp !== "object") fail(`${what}[${i}] is not an object`);
    const { start, end } = sp;
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > text.length) {
      fail(`${what}[${i}] has bad offsets ${start}..${end} (text length ${text.length})`);
    }
    if (text.slice(start, end) !== sp.text) {
      fail(
        `${what}[${i}] does not slice back: text.slice(${start}, ${end}) = ${show(text.slice(start, end))}, span.text = ${show(String(sp.text))}`,
      );
    }
  });
}

/** Spans come in text order and do not overlap. */
export function assertOrdered(spans: Span[], what: string, allowOverlap = false): void {
  for (let i = 1; i < spans.length; i++) {
    const a = spans[i - 1];
    const b = spans[i];
    if (b.start < a.start || (!allowOverlap && b.start < a.end)) {
      fail(
        `${what}[${i}] (${b.start}..${b.end}) is out of order or overlaps ${what}[${i - 1}] (${a.start}..${a.end})`,
      );
    }
  }
}

/**
 * Every code unit of `text` but white space lies inside some span (spans sorted). White space is
 * JavaScript's `\s`, Unicode's White_Space (which adds U+0085 NEL) and the zero-width space, which the
 * segmentation stage treats as a space.
 */
export function assertCovers(text: string, spans: Span[], what: string): void {
  let pos = 0;
  const gap = (from: number, to: number): void => {
    const m = /[^\s\p{White_Space}\u200b]/u.exec(text.slice(from, to));
    if (m) {
      const at = from + m.index;
      fail(`${what}: non-space ${JSON.stringify(text[at])} at ${at} is in no span (lost)`);
    }
  };
  for (const sp of spans) {
    if (sp.start > pos) gap(pos, sp.start);
    pos = Math.max(pos, sp.end);
  }
  gap(pos, text.length);
}

/** Multiset of the code points of a string that are not white space (`\s` or Unicode White_Space). */
export function charBag(...texts: (string | null | undefined)[]): Map<string, number> {
  const bag = new Map<string, number>();
  for (const t of texts) {
    if (!t) continue;
    for (const c of t) if (!/[\s\p{White_Space}]/u.test(c)) bag.set(c, (bag.get(c) ?? 0) + 1);
  }
  return bag;
}

/** `a - b` as multisets (only positive counts kept). */
export function bagMinus(a: Map<string, number>, b: Map<string, number>): Map<string, number> {
  const out = new Map<string, number>();
  for (const [c, n] of a) {
    const d = n - (b.get(c) ?? 0);
    if (d > 0) out.set(c, d);
  }
  return out;
}

const showBag = (bag: Map<string, number>): string =>
  [...bag]
    .slice(0, 12)
    .map(([c, n]) => `${JSON.stringify(c)}x${n}`)
    .join(" ") + (bag.size > 12 ? " …" : "");

function assertStringResult(out: unknown, what: string): asserts out is string {
  if (typeof out !== "string") fail(`${what}: expected a string, got ${typeof out}`);
}

const ENCODINGS = ["unicode", "tcvn3", "vni", "viqr", "viscii", "cp1258", "mojibake"];

function assertEncodingResult(out: unknown, what: string, withText: boolean): void {
  const r = out as { encoding?: unknown; confidence?: unknown; text?: unknown };
  if (!r || typeof r !== "object") fail(`${what}: expected an object`);
  if (!ENCODINGS.includes(String(r.encoding)))
    fail(`${what}: unknown encoding ${JSON.stringify(r.encoding)}`);
  if (typeof r.confidence !== "number" || !(r.confidence >= 0 && r.confidence <= 1)) {
    fail(`${what}: confidence ${r.confidence} is not in [0, 1]`);
  }
  if (withText && typeof r.text !== "string") fail(`${what}: text is not a string`);
}

const KINDS = ["official", "body", "date", "document", "event"];

function assertEntities(text: string, out: unknown, what: string, ordered: boolean): asserts out is Entity[] {
  assertSpans(text, out, what);
  (out as Entity[]).forEach((e, i) => {
    if (!KINDS.includes(e.kind)) fail(`${what}[${i}]: unknown kind ${JSON.stringify(e.kind)}`);
    if (e.kind === "official" && (typeof e.name !== "string" || !Array.isArray(e.titles))) {
      fail(`${what}[${i}]: official without name or titles`);
    }
    if (e.kind === "body" && typeof e.canonical !== "string") fail(`${what}[${i}]: body without canonical`);
    if (e.kind === "date" && e.value !== null && typeof e.value !== "string")
      fail(`${what}[${i}]: bad date value`);
  });
  if (ordered) assertOrdered(out as Span[], what, true);
}

function assertPeople(text: string, out: unknown, what: string): void {
  if (!Array.isArray(out)) fail(`${what}: expected an array`);
  out.forEach((p: { name?: unknown; titles?: unknown; mentions?: unknown }, i) => {
    if (typeof p.name !== "string" || !Array.isArray(p.titles)) fail(`${what}[${i}]: missing name or titles`);
    if (!Array.isArray(p.mentions) || p.mentions.length === 0)
      fail(`${what}[${i}]: a person without mentions`);
    assertSpans(text, p.mentions, `${what}[${i}].mentions`);
  });
}

/** Deep-freezes a value so that any attempt to mutate it throws (ES modules are strict). */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object" && !ArrayBuffer.isView(value) && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

// --- the article ---------------------------------------------------------------------------------

/** Options a parseArticle check was run with. */
export interface ArticleCheckOptions {
  toneStyle?: "preserve" | "old" | "new";
  words?: boolean;
}

/**
 * Checks an Article parsed from the string `input`: shape, every span slicing back into `text`,
 * paragraphs joined by blank lines giving `text`, and the accounting of characters: the non-space
 * characters of the normalised input are exactly those of `text` plus `removed` (as parseArticle
 * documents: title and byline lines are listed in `removed`; a "truncated" rest is listed raw); for
 * Markdown input, its letters and digits.
 */
export function assertArticle(input: string | null, article: unknown, opts: ArticleCheckOptions = {}): void {
  const a = article as Article;
  if (!a || typeof a !== "object") fail("parseArticle: not an object");
  if (typeof a.text !== "string") fail("article.text is not a string");
  for (const k of [
    "paragraphs",
    "sentences",
    "entities",
    "people",
    "removed",
    "authors",
    "warnings",
  ] as const) {
    if (!Array.isArray(a[k])) fail(`article.${k} is not an array`);
  }
  if (a.title !== null && typeof a.title !== "string") fail("article.title is neither null nor a string");
  if (!a.normalization || a.normalization.toneStyle !== (opts.toneStyle ?? "preserve")) {
    fail(
      `article.normalization.toneStyle is ${a.normalization?.toneStyle}, expected ${opts.toneStyle ?? "preserve"}`,
    );
  }
  // the report by kind adds up to its total, which is `changes`
  const report = a.normalization.report;
  const kinds = Object.entries(report ?? {}).filter(([k]) => k !== "total");
  const sum = kinds.reduce((n, [, v]) => n + v, 0);
  if (!report || kinds.length !== 7 || kinds.some(([, v]) => !Number.isInteger(v) || v < 0))
    fail(`article.normalization.report is ${JSON.stringify(report)}`);
  if (report.total !== sum || a.normalization.changes !== report.total)
    fail(
      `article.normalization: changes ${a.normalization.changes}, report total ${report.total}, kinds sum ${sum}`,
    );
  assertSpans(a.text, a.paragraphs, "article.paragraphs");
  assertOrdered(a.paragraphs, "article.paragraphs");
  const joined = a.paragraphs.map((p) => p.text).join("\n\n");
  if (joined !== a.text)
    fail(`article.text ${show(a.text)} is not its paragraphs joined by "\\n\\n" ${show(joined)}`);
  assertSpans(a.text, a.sentences, "article.sentences");
  assertOrdered(a.sentences, "article.sentences");
  if (opts.words) {
    assertSpans(a.text, a.words, "article.words");
    assertOrdered(a.words ?? [], "article.words");
  }
  assertEntities(a.text, a.entities, "article.entities", true);
  assertPeople(a.text, a.people, "article.people");
  a.removed.forEach((r, i) => {
    if (typeof r.text !== "string" || typeof r.reason !== "string" || !r.reason) {
      fail(`article.removed[${i}] needs a text and a reason`);
    }
  });
  // an HTML page is accounted for by extractHtml's own ledger (its tags are not text), not here
  if (input !== null && a.input?.format !== "html") assertAccounting(input, a, opts);
  if (input !== null && a.inputMap) assertWayBack(decodedInput(input, a), a, opts);
}

/**
 * Each entity maps back into the decoded input: the input between inputOffset of its start and of
 * its end normalises to its text (for Markdown and HTML input, on letters and digits, as markup
 * inside an entity stays in the input; an HTML page's tags read as spaces).
 */
function assertWayBack(input: string, a: Article, opts: ArticleCheckOptions): void {
  const toneStyle = opts.toneStyle ?? "preserve";
  const html = a.input?.format === "html";
  const words = a.input?.format === "markdown" || html;
  const pick = (t: string) => (words ? t.replace(/[^\p{L}\p{N}]/gu, "").toLowerCase() : t);
  for (const e of a.entities) {
    const from = lib.inputOffset(a, e.start);
    const to = lib.inputOffset(a, e.end);
    if (from === null || to === null || from > to || to > input.length)
      fail(`inputOffset of entity ${show(e.text)} gave ${from}..${to} (input length ${input.length})`);
    const slice = input.slice(from, to);
    const back = lib.normalize(html ? slice.replace(/<[^<>]*>/g, " ") : slice, {
      toneStyle,
      decodeEntities: true,
    });
    if (pick(back) !== pick(e.text))
      fail(`entity ${show(e.text)} maps back to input ${from}..${to}, which normalises to ${show(back)}`);
  }
}

/** The input as parseArticle decodes it (legacy encodings, as it reports in `normalization`). */
function decodedInput(input: string, a: Article): string {
  const enc = a.normalization.encoding;
  if (!enc || enc === "unicode") return input;
  const from = enc === "mojibake" ? "auto" : enc;
  return lib.decodeLegacy(input, { from } as Parameters<typeof lib.decodeLegacy>[1]).text;
}

function assertAccounting(input: string, a: Article, opts: ArticleCheckOptions): void {
  const toneStyle = opts.toneStyle ?? "preserve";
  const base = decodedInput(input, a);
  const problems: string[] = [];
  // Markdown's markup is not content: for Markdown input the promise is every letter and digit
  const words = a.input?.format === "markdown";
  const pick = (t: string) => (words ? t.replace(/[^\p{L}\p{N}]/gu, "") : t);
  // Whether parseArticle decodes character references or not, one of the two must account.
  for (const decodeEntities of [true, false]) {
    const norm = (t: string) => lib.normalize(t, { toneStyle, decodeEntities });
    const ref = norm(base);
    const want = charBag(pick(ref));
    // parseArticle documents that the title and byline lines go to `removed` (reasons "title",
    // "byline") and the dateline stays in the body, so text + removed must hold everything. The rest
    // cut off by maxInputLength ("truncated") is a slice of the normalised text, or, for an input
    // over four times the limit, of the raw input: it is counted as it is and normalised.
    for (const normaliseRest of [false, true]) {
      const kept = charBag(
        pick(a.text),
        ...a.removed.map((r) => pick(normaliseRest && r.reason === "truncated" ? norm(r.text) : r.text)),
      );
      const invented = bagMinus(kept, want);
      const lost = bagMinus(want, kept);
      if (invented.size === 0 && lost.size === 0) return;
      if (normaliseRest && !a.removed.some((r) => r.reason === "truncated")) continue;
      problems.push(
        `against ${show(ref)}: ${lost.size ? `lost ${showBag(lost)}` : ""}${invented.size ? ` invented ${showBag(invented)}` : ""}`,
      );
    }
  }
  fail(`article.text + removed do not account for the normalised input: ${problems.join("; ")}`);
}

// --- the public functions ------------------------------------------------------------------------

/** Calls `fn` on `bytes` and fails when the call changed them (no function may mutate its input). */
function keepsBytes<T>(bytes: Uint8Array, what: string, fn: (b: Uint8Array) => T): T {
  const copy = bytes.slice();
  const out = fn(bytes);
  for (let i = 0; i < copy.length; i++)
    if (copy[i] !== bytes[i]) fail(`${what} changed its input bytes at ${i}`);
  return out;
}

/** The low byte of each code unit: binary junk as a crawler may hand it over. */
function bytesOf(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i) & 0xff;
  return out;
}

function verifySegments(cover: boolean) {
  return (s: string, out: unknown, name = "spans"): void => {
    assertSpans(s, out, name);
    assertOrdered(out as Span[], name);
    if (cover) assertCovers(s, out as Span[], name);
  };
}

/** The public functions we know, each with a call on a string and the invariants of its result. */
export function knownSubjects(): Subject[] {
  const L = lib;
  return [
    { name: "normalize", call: (s) => L.normalize(s), verify: (_s, o) => assertStringResult(o, "normalize") },
    {
      name: "normalize (every option)",
      variant: true,
      call: (s) =>
        (["preserve", "old", "new"] as const).flatMap((toneStyle) =>
          [false, true].map((decodeEntities) => L.normalize(s, { toneStyle, decodeEntities })),
        ),
    },
    {
      name: "normalizeWithReport",
      call: (s) => L.normalizeWithReport(s, { toneStyle: "new", decodeEntities: true }),
      verify: (s, o) => {
        const r = o as ReturnType<typeof L.normalizeWithReport>;
        assertStringResult(r.text, "normalizeWithReport.text");
        for (const [k, v] of Object.entries(r.changes)) {
          if (!Number.isInteger(v) || v < 0) fail(`normalizeWithReport: changes.${k} = ${v}`);
        }
        const plain = L.normalize(s, { toneStyle: "new", decodeEntities: true });
        if (plain !== r.text)
          fail(`normalizeWithReport.text ${show(r.text)} differs from normalize ${show(plain)}`);
      },
    },
    { name: "fold", call: (s) => L.fold(s), verify: (_s, o) => assertStringResult(o, "fold") },
    { name: "toneKey", call: (s) => L.toneKey(s), verify: (_s, o) => assertStringResult(o, "toneKey") },
    {
      name: "decodeLegacy",
      call: (s) => L.decodeLegacy(s),
      verify: (_s, o) => assertEncodingResult(o, "decodeLegacy", true),
    },
    {
      name: "decodeLegacy (every from, string and bytes)",
      variant: true,
      call: (s) =>
        (["auto", "tcvn3", "vni", "viqr", "viscii", "cp1258"] as const).flatMap((from) => [
          L.decodeLegacy(s, { from }),
          keepsBytes(bytesOf(s), "decodeLegacy", (b) => L.decodeLegacy(b, { from })),
        ]),
      verify: (_s, o) => {
        for (const r of o as unknown[]) assertEncodingResult(r, "decodeLegacy", true);
      },
    },
    {
      name: "detectEncoding",
      call: (s) => [L.detectEncoding(s), L.detectEncoding(bytesOf(s))],
      verify: (_s, o) => {
        for (const r of o as unknown[]) assertEncodingResult(r, "detectEncoding", false);
      },
    },
    {
      name: "splitParagraphs",
      call: (s) => L.splitParagraphs(s),
      verify: (s, o) => verifySegments(true)(s, o, "splitParagraphs"),
    },
    {
      name: "splitParagraphs (breaks blank)",
      variant: true,
      call: (s) => L.splitParagraphs(s, { breaks: "blank" }),
      verify: (s, o) => verifySegments(true)(s, o, "splitParagraphs"),
    },
    {
      name: "splitSentences",
      call: (s) => L.splitSentences(s),
      verify: (s, o) => verifySegments(true)(s, o, "splitSentences"),
    },
    {
      name: "tokenize",
      call: (s) => L.tokenize(s),
      verify: (s, o) => verifySegments(true)(s, o, "tokenize"),
    },
    {
      name: "segmentWords",
      call: (s) => L.segmentWords(s),
      verify: (s, o) => verifySegments(false)(s, o, "segmentWords"),
    },
    {
      name: "stripChrome",
      call: (s) => L.stripChrome(s),
      verify: (s, o) => {
        const r = o as ReturnType<typeof L.stripChrome>;
        assertStringResult(r.text, "stripChrome.text");
        if (!Array.isArray(r.removed)) fail("stripChrome.removed is not an array");
        const kept = charBag(r.text, ...r.removed.map((b) => b.text));
        const want = charBag(s);
        const lost = bagMinus(want, kept);
        const invented = bagMinus(kept, want);
        if (lost.size || invented.size) {
          fail(
            `stripChrome: text + removed ${lost.size ? `lose ${showBag(lost)}` : ""} ${invented.size ? `invent ${showBag(invented)}` : ""}`,
          );
        }
      },
    },
    {
      name: "stripChrome (with a boilerplate profile, and as lines)",
      variant: true,
      call: (s) => {
        const profile = L.learnBoilerplate([s, s.slice(0, s.length >> 1)]);
        return [L.stripChrome(s, { boilerplate: profile }), L.stripChrome(deepFreeze(s.split("\n")))];
      },
      verify: (s, o) => {
        for (const r of o as ReturnType<typeof L.stripChrome>[]) {
          const kept = charBag(r.text, ...r.removed.map((b) => b.text));
          const want = charBag(s.replace(/\r\n|\r|\u2028|\u2029/g, "\n"));
          const lost = bagMinus(want, kept);
          const invented = bagMinus(kept, want);
          if (lost.size || invented.size) fail(`stripChrome: text + removed lose or invent characters`);
        }
      },
      cost: 2,
    },
    {
      name: "learnBoilerplate",
      call: (s) => {
        const p = L.learnBoilerplate(s.split("\n"), { widthBits: 10 });
        const back = L.BoilerplateProfile.fromJSON(JSON.parse(JSON.stringify(p)));
        return [p, back, s];
      },
      verify: (_s, o) => {
        const [p, back, s] = o as [
          InstanceType<typeof L.BoilerplateProfile>,
          InstanceType<typeof L.BoilerplateProfile>,
          string,
        ];
        for (const line of s.split("\n").slice(0, 50)) {
          const f = p.frequency(line);
          if (!Number.isInteger(f) || f < 0) fail(`learnBoilerplate: frequency ${f}`);
          if (back.frequency(line) !== f) fail("learnBoilerplate: the JSON round trip changed a frequency");
          if (/[\p{L}\p{N}]/u.test(line) && f < 1) fail("learnBoilerplate: a line it saw has frequency 0");
        }
      },
    },
    {
      name: "BoilerplateLearner",
      call: (s) => {
        const learner = new L.BoilerplateLearner({ widthBits: 8 });
        learner.add(s);
        learner.add(s);
        return learner.profile();
      },
      verify: (_s, o) => {
        if ((o as InstanceType<typeof L.BoilerplateProfile>).documents !== 2)
          fail("BoilerplateLearner: 2 documents");
      },
    },
    {
      name: "BoilerplateProfile",
      call: (s) => expectThrow(TypeError, () => L.BoilerplateProfile.fromJSON(s)),
    },
    {
      name: "isChromeReason",
      call: (s) => L.isChromeReason(s),
      verify: (s, o) => {
        if (o !== Object.hasOwn(L.CHROME_REASONS, s)) fail("isChromeReason disagrees with CHROME_REASONS");
      },
    },
    {
      name: "extractEntities",
      call: (s) => L.extractEntities(s, { referenceDate: "2020-07-01" }),
      verify: (s, o) => assertEntities(s, o, "extractEntities", true),
      cost: 2,
    },
    {
      name: "findBodies",
      call: (s) => L.findBodies(s),
      verify: (s, o) => assertEntities(s, o, "findBodies", false),
    },
    {
      name: "findOfficials",
      call: (s) => [L.findOfficials(s)],
      verify: (s, o) => {
        for (const r of o as unknown[]) assertEntities(s, r, "findOfficials", false);
      },
    },
    {
      name: "findDates",
      call: (s) => L.findDates(s, { referenceDate: new Date("2020-07-01") }),
      verify: (s, o) => assertEntities(s, o, "findDates", false),
    },
    {
      name: "findDocuments",
      call: (s) => L.findDocuments(s),
      verify: (s, o) => assertEntities(s, o, "findDocuments", false),
    },
    {
      name: "findEvents",
      call: (s) => L.findEvents(s),
      verify: (s, o) => assertEntities(s, o, "findEvents", false),
    },
    {
      name: "classifyLines",
      call: (s) => L.classifyLines(deepFreeze(s.split("\n"))),
      verify: (s, o) => {
        if (!Array.isArray(o) || o.length !== s.split("\n").length)
          fail("classifyLines: expected one class a line");
      },
    },
    {
      name: "groupPeople",
      call: (s) => L.groupPeople(deepFreeze(L.extractEntities(s))),
      verify: (s, o) => assertPeople(s, o, "groupPeople"),
      cost: 2,
    },
    {
      name: "parseArticle",
      call: (s) => L.parseArticle(s),
      verify: (s, o) => assertArticle(s, o),
      cost: 4,
    },
    {
      name: "parseArticle (toneStyle new, words)",
      variant: true,
      call: (s) => L.parseArticle(s, { toneStyle: "new", words: true, referenceDate: "2020-07-01" }),
      verify: (s, o) => assertArticle(s, o, { toneStyle: "new", words: true }),
      cost: 4,
    },
    {
      name: "parseArticle (maxInputLength 40)",
      variant: true,
      call: (s) => L.parseArticle(s, { maxInputLength: 40 }),
      verify: (s, o) => {
        assertArticle(s, o);
        const a = o as Article;
        const cut = a.removed.some((r) => r.reason === "truncated");
        if (cut && a.warnings.length === 0) fail("parseArticle: input truncated without a warning");
        if (s.length <= 40 && cut) fail("parseArticle: an input within maxInputLength was truncated");
      },
      cost: 4,
    },
    {
      name: "parseArticle ({ text }, { html }, bytes)",
      variant: true,
      call: (s) => [
        L.parseArticle({ text: s }),
        L.parseArticle({ html: s, url: "https://example.vn/a.html" }),
        keepsBytes(bytesOf(s), "parseArticle", (b) => L.parseArticle(b)),
      ],
      verify: (s, o) => {
        for (const a of o as unknown[]) assertArticle(null, a);
        // the page's input map: each entity back to the page, on letters and digits, tags out
        const page = (o as Article[])[1];
        if (page.inputMap) assertWayBack(s, page, {});
      },
      cost: 6,
    },
    {
      name: "markdownLines",
      call: (s) => L.markdownLines(s),
      verify: (s, o) => {
        const lines = o as ReturnType<typeof L.markdownLines>;
        if (!Array.isArray(lines) || lines.length !== s.split("\n").length)
          fail("markdownLines: not one rendered line per source line");
        for (const l of lines) {
          if (typeof l.text !== "string") fail("markdownLines: a line without text");
          for (const k of l.links)
            if (!(k.start >= 0 && k.start < k.end && k.end <= l.text.length))
              fail(`markdownLines: link ${k.start}-${k.end} outside ${show(l.text)}`);
        }
      },
      cost: 2,
    },
    {
      name: "detectMarkdown",
      call: (s) => L.detectMarkdown(s),
      verify: (_s, o) => {
        const d = o as ReturnType<typeof L.detectMarkdown>;
        if (typeof d.markdown !== "boolean" || !(d.confidence >= 0.5 && d.confidence <= 1))
          fail(`detectMarkdown: bad result ${JSON.stringify(d)}`);
      },
    },
    {
      name: "parseArticle (Markdown)",
      variant: true,
      call: (s) => [L.parseArticle(s, { format: "markdown" }), L.parseArticle({ markdown: s })],
      verify: (s, o) => {
        for (const a of o as unknown[]) {
          assertArticle(s, a);
          const art = a as Article;
          for (const k of [
            ...art.headings,
            ...art.links,
            ...art.tables,
            ...art.lists,
            ...art.lists.flatMap((l) => l.items),
          ])
            if (art.text.slice(k.start, k.end) !== k.text)
              fail(`parseArticle (Markdown): span ${show(k.text)} does not slice back`);
        }
      },
      cost: 6,
    },
    {
      name: "extractHtml",
      call: (s) => [
        L.extractHtml(s),
        keepsBytes(bytesOf(s), "extractHtml", (b) => L.extractHtml(b, { url: "https://example.vn/" })),
      ],
      verify: (_s, o) =>
        (o as ReturnType<typeof L.extractHtml>[]).forEach((r) => {
          if (!Array.isArray(r.blocks) || r.blocks.some((b) => typeof b !== "string")) {
            fail("extractHtml.blocks is not an array of strings");
          }
          if (!r.meta || typeof r.meta !== "object") fail("extractHtml.meta is not an object");
          if (!Array.isArray(r.removed)) fail("extractHtml.removed is not an array");
        }),
      cost: 2,
    },
    {
      name: "toXML",
      call: (s) => {
        const article = deepFreeze(L.parseArticle(s, { words: true }));
        return [L.toXML(article), L.toXML(article, { words: true })];
      },
      verify: (_s, o) => (o as string[]).forEach(assertXml),
      cost: 5,
    },
    { name: "parseFeed", call: (s) => L.parseFeed(s), verify: (_s, o) => assertFeed(o) },
    {
      name: "parseFeed (RSS and Atom around the text)",
      variant: true,
      call: (s) => [
        L.parseFeed(
          `<?xml version="1.0"?><rss version="2.0"><channel><title>x</title><item><title>${s}</title><link>https://a.vn/${s}</link><description>${s}</description><pubDate>${s}</pubDate></item></channel></rss>`,
        ),
        L.parseFeed(
          `<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>${s}</title><updated>${s}</updated><summary>${s}</summary></entry></feed>`,
        ),
      ],
      verify: (_s, o) => (o as unknown[]).forEach(assertFeed),
    },
    {
      name: "decodeHtmlBytes",
      call: (s) => api.decodeHtmlBytes && (api.decodeHtmlBytes as AnyFn)(bytesOf(s)),
      verify: (_s, o) => {
        if (o === undefined) return;
        const r = o as { text: unknown; encoding: unknown; warnings: unknown };
        if (typeof r.text !== "string" || typeof r.encoding !== "string" || !Array.isArray(r.warnings)) {
          fail("decodeHtmlBytes: expected { text, encoding, warnings }");
        }
      },
    },
    {
      // bytes that are not a model are refused with a RangeError saying so; a model file reads
      name: "readWordModel",
      call: (s) => {
        try {
          return L.readWordModel(bytesOf(s));
        } catch (e) {
          if (e instanceof RangeError && /not a word model/.test(e.message)) return undefined;
          throw e;
        }
      },
      verify: (_s, o) => {
        if (o !== undefined && !((o as { weights?: unknown }).weights instanceof Int8Array))
          fail("readWordModel: expected a model with Int8Array weights");
      },
    },
    {
      name: "sniffCharset",
      call: (s) => api.sniffCharset && (api.sniffCharset as AnyFn)(bytesOf(s)),
      verify: (_s, o) => {
        if (o !== undefined && o !== null && typeof o !== "string")
          fail("sniffCharset: expected a string or null");
      },
    },
    // Argument-check helpers of src/core (internal: imported from src/core/validate).
    {
      name: "describe",
      call: (s) => validate.describe(s),
      verify: (_s, o) => (o === "a string" ? undefined : fail(`describe(string) = ${o}`)),
    },
    { name: "expectString", call: (s) => validate.expectString(s, "f", "text") },
    {
      name: "expectBoolean",
      call: (s) => expectThrow(TypeError, () => validate.expectBoolean(s, "f", "flag")),
    },
    { name: "expectOptions", call: (s) => expectThrow(TypeError, () => validate.expectOptions(s, "f")) },
    {
      name: "expectOneOf",
      call: (s) => {
        if (s === "a" || s === "b") validate.expectOneOf(s, ["a", "b"], "f", "n");
        else expectThrow(RangeError, () => validate.expectOneOf(s, ["a", "b"], "f", "n"));
      },
    },
  ];
}

function expectThrow(kind: ErrorConstructor | RangeErrorConstructor, fn: () => unknown): void {
  try {
    fn();
  } catch (e) {
    if (e instanceof kind && /expected/.test(e.message)) return;
    throw e;
  }
  fail(`expected a ${kind.name}`);
}

/** XML 1.0 `Char`: what a well-formed document may contain at all, escaped or not. */
const NON_XML_CHAR = /[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/u;

function assertXml(xml: unknown): void {
  assertStringResult(xml, "toXML");
  const bad = NON_XML_CHAR.exec(xml);
  if (bad) {
    const cu = bad[0].charCodeAt(0).toString(16).padStart(4, "0");
    fail(`toXML: output holds U+${cu} at ${bad.index}, not an XML 1.0 character`);
  }
  const v = XMLValidator.validate(xml);
  if (v !== true) fail(`toXML: not well-formed: ${JSON.stringify(v.err)}`);
}

function assertFeed(out: unknown): void {
  if (!Array.isArray(out)) fail("parseFeed: expected an array");
  out.forEach((item: Record<string, unknown>, i) => {
    for (const k of ["title", "link", "date", "summary"]) {
      if (item[k] !== null && typeof item[k] !== "string")
        fail(`parseFeed[${i}].${k} is neither null nor a string`);
    }
  });
}

const KNOWN_GENERIC = new Set(["describe", "expectString", "expectBoolean", "expectOptions", "expectOneOf"]);

/**
 * Every function exported from src/index.ts: the known subjects, plus, for an export added since,
 * a generic subject that calls it with the string, then with the string's bytes, and accepts only a
 * result or a TypeError saying what was expected (a function whose first argument is something else).
 */
export function subjects(): Subject[] {
  const known = knownSubjects();
  const names = new Set(known.map((k) => k.name.split(" ")[0]));
  const extra: Subject[] = publicFunctionNames()
    .filter((n) => !names.has(n) && !KNOWN_GENERIC.has(n))
    .map((n) => ({
      name: n,
      call: (s: string) => {
        // A string first; when the function refuses strings with a proper TypeError, bytes.
        for (const arg of [s, bytesOf(s)]) {
          try {
            return (api[n] as AnyFn)(arg);
          } catch (e) {
            if (!(e instanceof TypeError && /expected/.test(e.message))) throw e;
          }
        }
        return undefined;
      },
    }));
  return [...known, ...extra];
}

/** Names of the functions exported from src/index.ts, sorted. */
export function publicFunctionNames(): string[] {
  return Object.keys(api)
    .filter((k) => typeof api[k] === "function")
    .sort();
}

// --- the properties --------------------------------------------------------------------------------

const str = (v: unknown): string => v as string;
const pair = (v: unknown): [string, string] => v as [string, string];

/** Replaces every "Đ"/"đ" with the look-alike "Ð"/"ð" (same length). */
const toEth = (s: string): string => s.replace(/Đ/g, "Ð").replace(/đ/g, "ð");
const fromEth = (s: string): string => s.replace(/Ð/g, "Đ").replace(/ð/g, "đ");
const spanKeys = (xs: { start: number; end: number; kind?: string }[]): string =>
  xs.map((x) => `${x.kind ?? ""}${x.start}-${x.end}`).join(" ");

/** Every property, in a fixed order. */
export function properties(): PropertyDef[] {
  const out: PropertyDef[] = [];
  for (const sub of subjects()) {
    out.push({
      name: `${sub.name}: never throws on any string; its result holds its invariants`,
      arbitrary: anyText,
      check: (v) => {
        const s = str(v);
        const r = sub.call(s);
        sub.verify?.(s, r);
      },
      cost: sub.cost,
    });
    out.push({
      name: `${sub.name}: deterministic (same input, same JSON, after another call)`,
      arbitrary: fc.tuple(anyText, anyText),
      check: (v) => {
        const [a, b] = pair(v);
        const first = JSON.stringify(sub.call(a));
        sub.call(b);
        const again = JSON.stringify(sub.call(a));
        if (first !== again) fail(`${sub.name}(${show(a)}) changed after a call on ${show(b)}`);
      },
      cost: (sub.cost ?? 1) * 3,
    });
  }
  const styles = ["preserve", "old", "new"] as const;
  out.push(
    {
      name: "normalize: idempotent in every style",
      arbitrary: anyText,
      check: (v) => {
        for (const toneStyle of styles) {
          for (const decodeEntities of [false, true]) {
            const once = lib.normalize(str(v), { toneStyle, decodeEntities });
            const twice = lib.normalize(once, { toneStyle, decodeEntities });
            if (once !== twice)
              fail(
                `normalize ${toneStyle}${decodeEntities ? "+entities" : ""}: ${show(once)} -> ${show(twice)}`,
              );
          }
        }
      },
    },
    {
      name: "normalize: NFC and NFD forms of a text normalise alike",
      arbitrary: anyText,
      check: (v) => {
        for (const toneStyle of styles) {
          const a = lib.normalize(str(v).normalize("NFC"), { toneStyle });
          const b = lib.normalize(str(v).normalize("NFD"), { toneStyle });
          if (a !== b) fail(`normalize ${toneStyle}: NFC gives ${show(a)}, NFD gives ${show(b)}`);
        }
      },
    },
    {
      name: "normalize: old(new(x)) == old(x) and new(old(x)) == new(x) on Vietnamese text",
      arbitrary: vietnameseText(),
      check: (v) => {
        const s = str(v);
        const old = lib.normalize(s, { toneStyle: "old" });
        const nw = lib.normalize(s, { toneStyle: "new" });
        const oldOfNew = lib.normalize(nw, { toneStyle: "old" });
        const newOfOld = lib.normalize(old, { toneStyle: "new" });
        if (oldOfNew !== old) fail(`old(new(x)) ${show(oldOfNew)} != old(x) ${show(old)}`);
        if (newOfOld !== nw) fail(`new(old(x)) ${show(newOfOld)} != new(x) ${show(nw)}`);
      },
    },
    {
      name: "toneKey: the same for the old- and new-style normalisations of Vietnamese text",
      arbitrary: vietnameseText(),
      check: (v) => {
        const a = lib.toneKey(lib.normalize(str(v), { toneStyle: "old" }));
        const b = lib.toneKey(lib.normalize(str(v), { toneStyle: "new" }));
        if (a !== b) fail(`toneKey(old) ${show(a)} != toneKey(new) ${show(b)}`);
      },
    },
    {
      name: "fold: idempotent",
      arbitrary: anyText,
      check: (v) => {
        const once = lib.fold(str(v));
        if (lib.fold(once) !== once) fail(`fold not idempotent on ${show(once)}`);
      },
    },
    {
      name: "decodeLegacy and detectEncoding: clean NFC Vietnamese is unicode and untouched",
      arbitrary: cleanVietnamese,
      check: (v) => {
        const s = str(v);
        const r = lib.decodeLegacy(s);
        if (r.encoding !== "unicode" || r.text !== s) {
          fail(`decodeLegacy(${show(s)}) = ${r.encoding} ${show(r.text)}`);
        }
        const d = lib.detectEncoding(s);
        if (d.encoding !== "unicode") fail(`detectEncoding(${show(s)}) = ${d.encoding}`);
      },
    },
    {
      name: "segmentWords: the same boundaries in old and new tone style",
      arbitrary: vietnameseText(),
      check: (v) => {
        const old = lib.normalize(str(v), { toneStyle: "old" });
        const nw = lib.normalize(str(v), { toneStyle: "new" });
        if (old.length !== nw.length) return;
        const a = spanKeys(lib.segmentWords(old));
        const b = spanKeys(lib.segmentWords(nw));
        if (a !== b) fail(`segmentWords boundaries differ: old ${show(old)} [${a}] / new ${show(nw)} [${b}]`);
      },
      cost: 2,
    },
    {
      name: "extractEntities: the same spans in old and new tone style",
      arbitrary: vietnameseText(),
      check: (v) => {
        const old = lib.normalize(str(v), { toneStyle: "old" });
        const nw = lib.normalize(str(v), { toneStyle: "new" });
        if (old.length !== nw.length) return;
        const a = spanKeys(lib.extractEntities(old, { referenceDate: "2020-07-01" }));
        const b = spanKeys(lib.extractEntities(nw, { referenceDate: "2020-07-01" }));
        if (a !== b) fail(`extractEntities spans differ: old ${show(old)} [${a}] / new ${show(nw)} [${b}]`);
      },
      cost: 2,
    },
    {
      name: "extractEntities: the same spans with 'Ð'/'ð' written for 'Đ'/'đ'",
      arbitrary: vietnameseText({ eth: false }),
      check: (v) => {
        const d = lib.normalize(fromEth(str(v)));
        const eth = toEth(d);
        const a = spanKeys(lib.extractEntities(d, { referenceDate: "2020-07-01" }));
        const b = spanKeys(lib.extractEntities(eth, { referenceDate: "2020-07-01" }));
        if (a !== b) fail(`extractEntities spans differ: Đ ${show(d)} [${a}] / Ð [${b}]`);
      },
      cost: 2,
    },
  );
  return out;
}

/** Runs a subject on one big input; throws an Error naming the subject and the input. */
export function checkBig(sub: Subject, name: string, text: string): void {
  let out: unknown;
  try {
    out = sub.call(text);
  } catch (e) {
    throw new Error(`${sub.name} threw on ${name}: ${(e as Error).message}`);
  }
  try {
    sub.verify?.(text, out);
  } catch (e) {
    throw new Error(`${sub.name} on ${name}: ${(e as Error).message}`);
  }
}

/** Looks a property up by name. */
export function propertyByName(name: string): PropertyDef | undefined {
  return properties().find((p) => p.name === name);
}

/** Runs one property and returns fast-check's report (never throws). */
export function runProperty(def: PropertyDef, params: fc.Parameters<[unknown]>): fc.RunDetails<[unknown]> {
  return fc.check(
    fc.property(def.arbitrary, (v) => {
      def.check(v);
    }),
    params,
  );
}

/** A one-line description of a failure's cause. */
export function failureMessage(details: fc.RunDetails<[unknown]>): string {
  const e = details.errorInstance;
  return e instanceof Error ? `${e.name}: ${e.message}` : String(e);
}
