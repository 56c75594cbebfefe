// joinWrapped: a run of hard-wrapped lines becomes one line. It must join as the pairwise rule does
// (each line onto the one before it when the wrap rule says so), and in linear time on a long run.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { BodyLine } from "../../src/article/assemble-body";
import { joinWrapped } from "../../src/article/join-wrapped";
import { emptyLine, type MarkdownLine } from "../../src/markdown/render-tree";
import { continuesLine } from "../../src/segment/_lib/wrapped-lines";
import { scalesLinearly, timeCall } from "../_timing";

/** The rule stated pairwise: each line joins the line (joined so far) before it. */
function pairwise(lines: readonly BodyLine[], md: readonly MarkdownLine[] | null): BodyLine[] {
  const plain = (i: number) =>
    !md || (md[i].heading === 0 && !md[i].listItem && md[i].cells === null && !md[i].tableDelimiter);
  const out: BodyLine[] = [];
  for (const line of lines) {
    const prev = out[out.length - 1];
    const last = prev ? (prev.through ?? prev.index) : -2;
    if (
      prev &&
      line.index === last + 1 &&
      plain(last) &&
      plain(line.index) &&
      !(md && md[line.index].links.length > 0) &&
      continuesLine(prev.text, line.text)
    )
      out[out.length - 1] = { index: prev.index, text: `${prev.text} ${line.text}`, through: line.index };
    else out.push(line);
  }
  return out;
}

const TEXTS = [
  "Thực hiện theo quy định của",
  "pháp luật.",
  "pháp luật và",
  "a) Định kỳ báo cáo",
  "Căn cứ Nghị định số",
  "08/2015/NĐ-CP;",
  "2. Hiệu lực",
  "Hội nghị bế mạc.",
  "sáng nay",
  "Pháp",
  "7,3",
];

/** Body lines: texts at increasing source indices, with gaps now and then. */
const bodyLines = fc
  .array(fc.tuple(fc.constantFrom(...TEXTS), fc.integer({ min: 1, max: 3 })), { maxLength: 30 })
  .map((items) => {
    let index = -1;
    return items.map(([text, step]): BodyLine => {
      index += step === 3 ? 2 : 1;
      return { index, text };
    });
  });

/** Rendered Markdown lines for up to 70 source lines: some headings, items, rows, links. */
const markdown = fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 70, maxLength: 70 }).map((kinds) =>
  kinds.map((k): MarkdownLine => {
    const l = emptyLine();
    if (k === 0) l.heading = 2;
    if (k === 1) l.listItem = true;
    if (k === 2) l.cells = ["a"];
    if (k === 3) l.links.push({ start: 0, end: 1, href: "https://example.vn" });
    return l;
  }),
);

describe("joinWrapped", () => {
  it("joins as the pairwise rule does, with and without Markdown", () => {
    fc.assert(
      fc.property(bodyLines, fc.option(markdown), (lines, md) => {
        expect(joinWrapped(lines, md, false)).toEqual(pairwise(lines, md));
      }),
      { numRuns: 2000, seed: 15 },
    );
  });

  it("keeps an HTML page's blocks as they are", () => {
    const lines = [
      { index: 0, text: "Thực hiện theo quy định của" },
      { index: 1, text: "pháp luật." },
    ];
    expect(joinWrapped(lines, null, true)).toEqual(lines);
  });

  it("joins a long wrapped paragraph in linear time", () => {
    // every line goes on the one before: one paragraph of the whole text
    const lines = (n: number) => Array.from({ length: n }, (_, index): BodyLine => ({ index, text: "a" }));
    expect(joinWrapped(lines(3), null, false)).toEqual([{ index: 0, text: "a a a", through: 2 }]);
    // 15,000 and 150,000 lines: testing the text joined so far against each line, then joining,
    // took 12 ms and 71 s (the text was copied whole for every line)
    const small = lines(15_000);
    const large = lines(150_000);
    joinWrapped(small, null, false);
    joinWrapped(large, null, false);
    const ts = timeCall(() => joinWrapped(small, null, false));
    const tl = timeCall(() => joinWrapped(large, null, false));
    expect(scalesLinearly(ts, tl), `${ts.cpu.toFixed(2)} ms CPU vs ${tl.cpu.toFixed(2)}`).toBe(true);
  });
});
