import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Entity } from "../../src/core/types";
import { extractEntities } from "../../src/entities/index";
import { SEED_TEXT } from "../_shared";

// The seed article (Báo Quảng Trị, 1/7/2020), shipped in examples/ as the reference input.
const seed = SEED_TEXT;

// bodies and officials come from the entities-B extractors and are tested by their owner
const mine = (list: Entity[]) =>
  list.filter((e) => e.kind === "document" || e.kind === "event" || e.kind === "date");
const brief = (list: Entity[], kind: Entity["kind"]) => list.filter((e) => e.kind === kind);

describe("extractEntities", () => {
  it("should validate its arguments", () => {
    expect(() => extractEntities(1 as unknown as string)).toThrow(TypeError);
    expect(() => extractEntities(1 as unknown as string)).toThrow(
      /extractEntities: expected text to be a string/,
    );
    expect(() => extractEntities("x", 3 as unknown as object)).toThrow(TypeError);
    expect(() => extractEntities("x", { referenceDate: 5 as unknown as string })).toThrow(TypeError);
    expect(() => extractEntities("x", { referenceDate: "1/7/2020" })).toThrow(RangeError);
    expect(() => extractEntities("x", { referenceDate: "2020-13-01" })).toThrow(RangeError);
    expect(() => extractEntities("x", { referenceDate: new Date(Number.NaN) })).toThrow(RangeError);
    expect(extractEntities("", { referenceDate: "2020-07-01" })).toEqual([]);
    expect(extractEntities("x", null as unknown as undefined)).toEqual([]);
  });

  it("should never read a document number as a date", () => {
    const got = extractEntities(
      "Luật số 59/2020/QH14, Thông tư 05/2021/TT-BNV ngày 1/7/2021; số 12/10/NĐ-CP",
    );
    expect(mine(got).map((e) => [e.kind, e.text])).toEqual([
      ["document", "Luật số 59/2020/QH14"],
      ["document", "Thông tư 05/2021/TT-BNV"],
      ["date", "1/7/2021"],
    ]);
    // a number and a year read as a month and a year but for the document's mask
    expect(mine(extractEntities("theo Thông tư 12/2025 của Bộ")).map((e) => [e.kind, e.text])).toEqual([
      ["document", "Thông tư 12/2025"],
    ]);
  });

  it("should list entities in text order, longer first, and resolve relative words against the reference", () => {
    const got = extractEntities("Hôm nay, Hội nghị Trung ương 12, khóa XII họp; quý II năm nay.", {
      referenceDate: "2020-07-01",
    });
    expect(mine(got).map((e) => [e.kind, e.text])).toEqual([
      ["date", "Hôm nay"],
      ["event", "Hội nghị Trung ương 12, khóa XII"],
      ["date", "quý II"],
      ["date", "năm nay"],
    ]);
    expect(brief(got, "date").map((d) => (d.kind === "date" ? d.value : ""))).toEqual([
      "2020-07-01",
      "2020-04-01/2020-06-30",
      "2020",
    ]);
    for (let i = 1; i < got.length; i++) {
      const a = got[i - 1];
      const b = got[i];
      expect(a.start < b.start || (a.start === b.start && a.end >= b.end)).toBe(true);
    }
  });

  // From the seed (issue 5, "What it must show"): documents, events and dates here; the officials and
  // bodies of the same sentence list are asserted in test/entities/officials* and bodies* by their owner.
  it("should find the seed's documents, events and dates", () => {
    const got = extractEntities(seed);
    const docs = brief(got, "document").map((d) =>
      d.kind === "document" ? [d.text, d.docType, d.number, d.issuer] : [],
    );
    expect(docs).toEqual([
      ["Chỉ thị 35", "Chỉ thị", "35", "Bộ Chính trị"],
      ["45", "Chỉ thị", "45", "Bộ Chính trị"],
    ]);
    const events = brief(got, "event").map((e) =>
      e.kind === "event" ? [e.text, e.event, e.ordinal, e.term] : [],
    );
    expect(events).toEqual(
      expect.arrayContaining([
        ["Hội nghị Trung ương 12, khóa XII", "plenum", 12, 12],
        ["kỳ họp thứ 9, Quốc hội khóa XIV", "session", 9, 14],
        ["Hội nghị Trung ương 4", "plenum", 4, 12],
        ["6", "plenum", 6, 12],
        ["7", "plenum", 7, 12],
        ["8 khóa XII của Đảng", "plenum", 8, 12],
        ["Đại hội XIII của Đảng", "congress", 13, null],
      ]),
    );
    const dates = brief(got, "date").map((d) => (d.kind === "date" ? [d.text, d.value] : []));
    expect(dates).toEqual(
      expect.arrayContaining([
        ["1/7/2020", "2020-07-01"],
        ["Hôm nay", "2020-07-01"],
        ["6 tháng đầu năm 2020", "2020-01-01/2020-06-30"],
        ["6 tháng cuối năm", "2020-07-01/2020-12-31"],
        ["nhiệm kỳ 2020-2025", "2020/2025"],
        ["nhiệm kỳ 2021-2026", "2021/2026"],
      ]),
    );
  });

  it("should never throw and every span should slice back (property)", () => {
    const pieces = fc.constantFrom(
      "Chỉ thị 35",
      " và ",
      "45",
      "-CT/TW",
      "/2020/NĐ-CP",
      "Hội nghị Trung ương ",
      "khóa XII",
      ", ",
      "1/7/2020",
      "sáng ",
      "quý II",
      "nhiệm kỳ 2020-2025",
      "hôm nay",
      "Đại hội ",
      "XIII",
      "\u0000",
      "\ud800",
      "Ð",
      "\n",
      "số",
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(pieces, fc.string({ maxLength: 8 })), { maxLength: 30 }), (parts) => {
        const text = parts.join("");
        const got = extractEntities(text, { referenceDate: "2020-07-01" });
        for (const e of got) expect(text.slice(e.start, e.end)).toBe(e.text);
      }),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 200 }), (text) => {
        for (const e of extractEntities(text)) expect(text.slice(e.start, e.end)).toBe(e.text);
      }),
      { numRuns: 200 },
    );
  });
});
