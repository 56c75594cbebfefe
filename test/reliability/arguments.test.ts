// Bad arguments: every public function checks its argument types and option values and throws a
// TypeError (wrong type) or RangeError (unknown value) whose message names the function, the argument
// and what was expected ("vietnews.tokenize: expected text to be a string, got a number"); a
// RangeError for an enumeration lists the allowed values.
import { describe, expect, it } from "vitest";
import * as lib from "../../src/index";

type Call = (bad: unknown) => unknown;
const api = lib as unknown as Record<string, (...args: unknown[]) => unknown>;

/** The wrong types every main argument is tried with. */
const WRONG = { number: 42, null: null, undefined: undefined, object: { a: 1 }, array: ["a"] } as const;
type WrongName = keyof typeof WRONG;
const ALL: WrongName[] = ["number", "null", "undefined", "object", "array"];

interface MainCase {
  fn: string;
  /** How the message names the argument ("text", "input"...). */
  arg: string;
  call: Call;
  /** Which wrong values to try (default: all). */
  wrong?: WrongName[];
  /** Extra wrong values beyond the common five. */
  extra?: [string, unknown][];
}

const MAIN: MainCase[] = [
  { fn: "normalize", arg: "text", call: (x) => api.normalize(x) },
  { fn: "normalizeWithReport", arg: "text", call: (x) => api.normalizeWithReport(x) },
  { fn: "fold", arg: "text", call: (x) => api.fold(x) },
  { fn: "toneKey", arg: "text", call: (x) => api.toneKey(x) },
  { fn: "decodeLegacy", arg: "input", call: (x) => api.decodeLegacy(x) },
  { fn: "detectEncoding", arg: "input", call: (x) => api.detectEncoding(x) },
  { fn: "splitParagraphs", arg: "text", call: (x) => api.splitParagraphs(x) },
  { fn: "splitSentences", arg: "text", call: (x) => api.splitSentences(x) },
  { fn: "tokenize", arg: "text", call: (x) => api.tokenize(x) },
  { fn: "tokenTable", arg: "text", call: (x) => api.tokenTable(x) },
  { fn: "segmentWords", arg: "text", call: (x) => api.segmentWords(x) },
  {
    fn: "stripChrome",
    arg: "text",
    call: (x) => api.stripChrome(x),
    wrong: ["number", "null", "undefined", "object"],
    extra: [
      ["an array of numbers", [1, 2]],
      ["an array with null", ["a", null]],
    ],
  },
  {
    fn: "stripChromeLines",
    arg: "text",
    call: (x) => api.stripChromeLines(x),
    wrong: ["number", "null", "undefined", "object"],
    extra: [["an array with null", ["a", null]]],
  },
  {
    fn: "classifyLines",
    arg: "lines",
    call: (x) => api.classifyLines(x),
    wrong: ["number", "null", "undefined", "object"],
    extra: [["a string", "a\nb"]],
  },
  { fn: "extractEntities", arg: "text", call: (x) => api.extractEntities(x) },
  { fn: "findBodies", arg: "text", call: (x) => api.findBodies(x) },
  { fn: "findOfficials", arg: "text", call: (x) => api.findOfficials(x) },
  { fn: "findDates", arg: "text", call: (x) => api.findDates(x) },
  { fn: "findDocuments", arg: "text", call: (x) => api.findDocuments(x) },
  { fn: "findEvents", arg: "text", call: (x) => api.findEvents(x) },
  {
    fn: "groupPeople",
    arg: "entities",
    call: (x) => api.groupPeople(x),
    wrong: ["number", "null", "undefined", "object"],
    extra: [["a string", "Phạm Minh Chính"]],
  },
  { fn: "parseArticle", arg: "input", call: (x) => api.parseArticle(x) },
  { fn: "extractHtml", arg: "input", call: (x) => api.extractHtml(x) },
  { fn: "toXML", arg: "article", call: (x) => api.toXML(x), extra: [["a string", "<TEI/>"]] },
  { fn: "toHTML", arg: "article", call: (x) => api.toHTML(x), extra: [["a string", "<p>"]] },
  { fn: "parseFeed", arg: "xml", call: (x) => api.parseFeed(x) },
  { fn: "decodeHtmlBytes", arg: "bytes", call: (x) => api.decodeHtmlBytes(x), extra: [["a string", "<p>"]] },
  { fn: "sniffCharset", arg: "bytes", call: (x) => api.sniffCharset(x), extra: [["a string", "<p>"]] },
];

interface OptionCase {
  fn: string;
  what: string;
  call: () => unknown;
  error: typeof TypeError | typeof RangeError;
  /** The message must match this after the "vietnews.<fn>: " prefix. */
  message: RegExp;
}

const article = () => lib.parseArticle("Bộ Chính trị họp.\n\nĐồng chí Phạm Minh Chính phát biểu.");
const notObject = (fn: string, call: (o: unknown) => unknown): OptionCase[] =>
  (
    [
      ["a number", 42],
      ["a string", "toneStyle"],
      ["an array", []],
    ] as [string, unknown][]
  ).map(([what, v]) => ({
    fn,
    what: `options as ${what}`,
    call: () => call(v),
    error: TypeError,
    message: /expected options to be an object/,
  }));

const STYLES = /"preserve", "old", "new"/;
const OPTIONS: OptionCase[] = [
  ...notObject("normalize", (o) => api.normalize("a", o)),
  ...notObject("normalizeWithReport", (o) => api.normalizeWithReport("a", o)),
  ...notObject("decodeLegacy", (o) => api.decodeLegacy("a", o)),
  ...notObject("splitParagraphs", (o) => api.splitParagraphs("a", o)),
  ...notObject("extractEntities", (o) => api.extractEntities("a", o)),
  ...notObject("findDates", (o) => api.findDates("a", o)),
  ...notObject("parseArticle", (o) => api.parseArticle("a", o)),
  ...notObject("extractHtml", (o) => api.extractHtml("<p>a</p>", o)),
  ...notObject("toXML", (o) => api.toXML(article(), o)),
  ...notObject("toHTML", (o) => api.toHTML(article(), o)),
  ...(["normalize", "normalizeWithReport", "parseArticle"] as const).flatMap((fn): OptionCase[] => [
    {
      fn,
      what: 'toneStyle: "x"',
      call: () => api[fn]("hòa", { toneStyle: "x" }),
      error: RangeError,
      message: new RegExp(`toneStyle.*${STYLES.source}`),
    },
    {
      fn,
      what: "toneStyle: 1",
      call: () => api[fn]("hòa", { toneStyle: 1 }),
      error: TypeError,
      message: /toneStyle/,
    },
  ]),
  ...(["normalize", "normalizeWithReport"] as const).map(
    (fn): OptionCase => ({
      fn,
      what: 'decodeEntities: "yes"',
      call: () => api[fn]("a&amp;b", { decodeEntities: "yes" }),
      error: TypeError,
      message: /decodeEntities.*boolean/,
    }),
  ),
  {
    fn: "decodeLegacy",
    what: 'from: "latin9"',
    call: () => api.decodeLegacy("a", { from: "latin9" }),
    error: RangeError,
    message: /from.*"tcvn3"/,
  },
  {
    fn: "decodeLegacy",
    what: "from: 5",
    call: () => api.decodeLegacy("a", { from: 5 }),
    error: TypeError,
    message: /from/,
  },
  {
    fn: "splitParagraphs",
    what: 'breaks: "x"',
    call: () => api.splitParagraphs("a", { breaks: "x" }),
    error: RangeError,
    message: /breaks.*"line", "blank"/,
  },
  ...(["extractEntities", "segmentWords", "splitSentences"] as const).flatMap((fn): OptionCase[] => [
    {
      fn,
      what: "tokens: an array",
      call: () => api[fn]("Bộ Nội vụ", { tokens: [0, 3] }),
      error: TypeError,
      message: /options\.tokens to be a token table \(from tokenTable\), got an array/,
    },
    {
      fn,
      what: "tokens: another text's table",
      call: () => api[fn]("Bộ Nội vụ", { tokens: api.tokenTable("Bộ Tư pháp") }),
      error: RangeError,
      message: /options\.tokens is the token table of another text/,
    },
  ]),
  ...(["extractEntities", "parseArticle"] as const).flatMap((fn): OptionCase[] => [
    {
      fn,
      what: 'referenceDate: "not a date"',
      call: () => api[fn]("Hôm nay", { referenceDate: "not a date" }),
      error: RangeError,
      message: /referenceDate/,
    },
    {
      fn,
      what: "referenceDate: an invalid Date",
      call: () => api[fn]("Hôm nay", { referenceDate: new Date("x") }),
      error: RangeError,
      message: /referenceDate/,
    },
    {
      fn,
      what: "referenceDate: {}",
      call: () => api[fn]("Hôm nay", { referenceDate: {} }),
      error: TypeError,
      message: /referenceDate/,
    },
  ]),
  {
    fn: "findDates",
    what: "referenceDate: an invalid Date",
    call: () => api.findDates("Hôm nay", { referenceDate: new Date("x") }),
    error: RangeError,
    message: /referenceDate/,
  },
  {
    fn: "findDates",
    what: 'referenceDate: "not a date"',
    call: () => api.findDates("Hôm nay", { referenceDate: "not a date" }),
    error: RangeError,
    message: /referenceDate/,
  },
  {
    fn: "parseArticle",
    what: 'words: "yes"',
    call: () => api.parseArticle("a", { words: "yes" }),
    error: TypeError,
    message: /words.*boolean/,
  },
  ...(["segmentWords", "parseArticle"] as const).map(
    (fn): OptionCase => ({
      fn,
      what: 'fixedWords: "học máy"',
      call: () => api[fn]("học máy", { words: true, fixedWords: "học máy" }),
      error: TypeError,
      message: /fixedWords to be an array of strings/,
    }),
  ),
  {
    fn: "parseArticle",
    what: 'inputMap: "yes"',
    call: () => api.parseArticle("a", { inputMap: "yes" }),
    error: TypeError,
    message: /inputMap.*boolean/,
  },
  {
    fn: "parseArticle",
    what: "maxInputLength: -1",
    call: () => api.parseArticle("a", { maxInputLength: -1 }),
    error: RangeError,
    message: /maxInputLength/,
  },
  {
    fn: "parseArticle",
    what: "maxInputLength: NaN",
    call: () => api.parseArticle("a", { maxInputLength: Number.NaN }),
    error: RangeError,
    message: /maxInputLength/,
  },
  {
    fn: "parseArticle",
    what: 'maxInputLength: "big"',
    call: () => api.parseArticle("a", { maxInputLength: "big" }),
    error: TypeError,
    message: /maxInputLength/,
  },
  {
    fn: "parseArticle",
    what: "{ html: 5 }",
    call: () => api.parseArticle({ html: 5 }),
    error: TypeError,
    message: /html/,
  },
  {
    fn: "parseArticle",
    what: "{ text: 5 }",
    call: () => api.parseArticle({ text: 5 }),
    error: TypeError,
    message: /text/,
  },
  {
    fn: "parseArticle",
    what: "{ html, url: 5 }",
    call: () => api.parseArticle({ html: "<p>a</p>", url: 5 }),
    error: TypeError,
    message: /url/,
  },
  {
    fn: "extractHtml",
    what: "url: 5",
    call: () => api.extractHtml("<p>a</p>", { url: 5 }),
    error: TypeError,
    message: /url/,
  },
  {
    fn: "toXML",
    what: 'words: "yes"',
    call: () => api.toXML(article(), { words: "yes" }),
    error: TypeError,
    message: /words.*boolean/,
  },
  {
    fn: "parseArticle",
    what: 'entities: "no"',
    call: () => api.parseArticle("Bộ Chính trị họp.", { entities: "no" }),
    error: TypeError,
    message: /options\.entities.*boolean/,
  },
  {
    fn: "classifyLines",
    what: 'lines: ["a", 5]',
    call: () => api.classifyLines(["a", 5]),
    error: TypeError,
    message: /lines\[1\]/,
  },
  {
    fn: "groupPeople",
    what: "entities: [null]",
    call: () => api.groupPeople([null]),
    error: TypeError,
    message: /entities/,
  },
];

describe("wrong argument types", () => {
  for (const c of MAIN) {
    const values: [string, unknown][] = [
      ...(c.wrong ?? ALL).map((w): [string, unknown] => [w === "array" ? "an array" : `${w}`, WRONG[w]]),
      ...(c.extra ?? []),
    ];
    for (const [what, value] of values) {
      it(`should throw a TypeError naming ${c.arg} when ${c.fn} gets ${what}`, () => {
        expect(typeof api[c.fn], `${c.fn} is exported`).toBe("function");
        expect(() => c.call(value)).toThrow(TypeError);
        expect(() => c.call(value)).toThrow(new RegExp(`^vietnews\\.${c.fn}: expected ${c.arg} to be`));
      });
    }
  }
});

describe("bad option values", () => {
  for (const c of OPTIONS) {
    it(`should throw a ${c.error.name} when ${c.fn} gets ${c.what}`, () => {
      expect(typeof api[c.fn], `${c.fn} is exported`).toBe("function");
      expect(c.call).toThrow(c.error);
      expect(c.call).toThrow(new RegExp(`^vietnews\\.${c.fn}: .*${c.message.source}`));
    });
  }
});

describe("the valid forms still work", () => {
  it("should accept null and undefined options and every allowed value", () => {
    for (const toneStyle of ["preserve", "old", "new"] as const) {
      expect(typeof lib.normalize("hòa", { toneStyle })).toBe("string");
      expect(lib.parseArticle("Bộ Chính trị họp.", { toneStyle }).normalization.toneStyle).toBe(toneStyle);
    }
    expect(typeof lib.normalize("a", undefined)).toBe("string");
    expect(typeof lib.extractEntities("a", undefined)).toBe("object");
    expect(
      lib.parseArticle("a", { referenceDate: new Date("2020-07-01"), maxInputLength: 10 }).text,
    ).toBeTypeOf("string");
  });
});
