// Property tests of every public function (see properties.ts), with a fixed seed so CI runs are
// reproducible; `npm run fuzz` runs the same properties with random seeds and many more cases.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import * as lib from "../../src/index";
import { hasShared, sharedPath } from "../_shared";
import { bigInputs } from "./arbitraries";
import {
  assertArticle,
  assertCovers,
  assertSpans,
  checkBig,
  failureMessage,
  properties,
  publicFunctionNames,
  runProperty,
  subjects,
} from "./properties";

/** Fixed seed of the CI runs; change it only on purpose. */
const SEED = 20261126;
/** Cases for a property of cost 1; a costlier property gets proportionally fewer (at least 15). */
const BASE_RUNS = 100;

describe("reliability properties", () => {
  for (const def of properties()) {
    it(`should hold: ${def.name}`, () => {
      const numRuns = Math.max(15, Math.round(BASE_RUNS / (def.cost ?? 1)));
      const details = runProperty(def, { seed: SEED, numRuns });
      if (details.failed) {
        throw new Error(
          `${failureMessage(details)}\non ${JSON.stringify(details.counterexample?.[0])} (seed ${details.seed}, path ${details.counterexamplePath})`,
        );
      }
      expect(details.numRuns).toBe(numRuns);
    });
  }
});

describe("big inputs", () => {
  // 1 MB of one character and 10,000 lines for every function; the other one-character families at
  // 64 kB here (the fuzz run tries them all at 1 MB), so that the suite stays fast.
  const big = [
    ...bigInputs().filter((b) => b.kind === "letter" || b.kind === "lines"),
    ...bigInputs(1 << 16).filter((b) => b.kind !== "letter" && b.kind !== "lines"),
  ];
  for (const sub of subjects()) {
    if (sub.variant) continue;
    it(`should handle 1 MB of one character and 10,000 lines: ${sub.name}`, () => {
      for (const { name, text } of big) checkBig(sub, name, text);
    });
  }
});

const SEED_FILE = resolve(
  dirname(fileURLToPath(import.meta.url)),
  "..",
  "..",
  "examples",
  "quang-tri-party-building.txt",
);

/** Runs every subject (variants too) on a real text, and parseArticle twice around another call. */
function checkReal(name: string, text: string): void {
  for (const sub of subjects()) checkBig(sub, name, text);
  const a = JSON.stringify(lib.parseArticle(text, { words: true }));
  lib.parseArticle("Tiêu đề\n\n(TTXVN) – Hôm qua, Quốc hội họp.");
  expect(
    JSON.stringify(lib.parseArticle(text, { words: true })),
    `${name}: parseArticle is deterministic`,
  ).toBe(a);
}

describe("real articles", () => {
  it("should hold every invariant on the seed article", () => {
    checkReal("the seed article", readFileSync(SEED_FILE, "utf8"));
  });

  describe.skipIf(!hasShared)("the dev set in ../shared", () => {
    const files = hasShared ? readdirSync(sharedPath("dev")).filter((f) => f.endsWith(".json")) : [];
    it.each(files)("should hold every invariant on %s", (file) => {
      const rec = JSON.parse(readFileSync(sharedPath("dev", file), "utf8")) as { text: string };
      checkReal(file, rec.text);
    });
    const pages = hasShared ? readdirSync(sharedPath("dev", "html")).filter((f) => f.endsWith(".html")) : [];
    it.each(pages)("should hold every invariant on the page %s", (file) => {
      const html = readFileSync(sharedPath("dev", "html", file));
      const bytes = new Uint8Array(html);
      checkReal(file, html.toString("utf8"));
      const fromBytes = lib.parseArticle(bytes);
      const fromHtml = lib.parseArticle({ html: bytes, url: "https://chinhphu.vn/" });
      for (const a of [fromBytes, fromHtml]) {
        for (const key of ["paragraphs", "sentences", "entities"] as const) {
          for (const sp of a[key]) expect(a.text.slice(sp.start, sp.end)).toBe(sp.text);
        }
      }
    });
  });
});

describe("the checks themselves", () => {
  it("should see every public function of src/index.ts", () => {
    const names = new Set(subjects().map((s) => s.name.split(" ")[0]));
    for (const fn of ["normalize", "parseArticle", "tokenize", "extractEntities", "toXML", "parseFeed"]) {
      expect(publicFunctionNames()).toContain(fn);
    }
    for (const fn of publicFunctionNames()) expect(names.has(fn)).toBe(true);
  });

  it("should reject a span that does not slice back", () => {
    expect(() => assertSpans("Bộ Chính trị", [{ start: 0, end: 2, text: "Bộ " }], "x")).toThrow(/slice back/);
    expect(() => assertSpans("abc", [{ start: 2, end: 9, text: "c" }], "x")).toThrow(/bad offsets/);
  });

  it("should reject spans that leave a non-space character out", () => {
    expect(() => assertCovers("ab cd", [{ start: 0, end: 2, text: "ab" }], "x")).toThrow(/"c" at 3/);
    expect(() => assertCovers("ab  ", [{ start: 0, end: 2, text: "ab" }], "x")).not.toThrow();
  });

  it("should reject an article that loses or invents characters", () => {
    const base = {
      title: null,
      source: null,
      published: null,
      authors: [],
      paragraphs: [{ start: 0, end: 3, text: "abc" }],
      sentences: [],
      entities: [],
      people: [],
      removed: [],
      normalization: {
        encoding: "unicode",
        toneStyle: "preserve",
        changes: 0,
        report: lib.normalizeWithReport("").changes,
      },
      warnings: [],
      text: "abc",
    };
    expect(() => assertArticle("abc", base)).not.toThrow();
    expect(() => assertArticle("abc\n\nxyz", base)).toThrow(/lost "x"x1/);
    expect(() => assertArticle("ab", base)).toThrow(/invented "c"x1/);
    expect(() =>
      assertArticle("xyz\n\nabc", { ...base, removed: [{ text: "xyz", reason: "title" }] }),
    ).not.toThrow();
    expect(() => assertArticle("xyz\n\nabc", { ...base, title: "xyz" })).toThrow(/lost "x"x1/);
  });
});
