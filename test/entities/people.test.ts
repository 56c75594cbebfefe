import { createRequire } from "node:module";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Entity } from "../../src/core/types";
import { findOfficials } from "../../src/entities/officials/index";
import { groupPeople } from "../../src/entities/people/index";
import { similarity } from "../../src/entities/people/string-similarity";
import { scalesLinearly as linear, timeCall as time } from "../_timing";

describe("groupPeople", () => {
  it("should merge one person across capitals, tone styles and honorifics", () => {
    const text =
      "Thủ tướng Phạm Minh Chính chủ trì. PHẠM MINH CHÍNH, Ủy viên Bộ Chính trị, phát biểu. " +
      "Đồng chí Phạm Minh Chính, Thủ tướng Chính phủ kết luận. Uỷ viên Bộ Chính trị Nguyễn Hoà Bình; " +
      "Phó Thủ tướng Nguyễn Hòa Bình dự.";
    const people = groupPeople(findOfficials(text));
    expect(people.map((p) => p.name)).toEqual(["Phạm Minh Chính", "Nguyễn Hoà Bình"]);
    expect(people[0]?.titles).toEqual(["Thủ tướng", "Ủy viên Bộ Chính trị", "Thủ tướng Chính phủ"]);
    expect(people[0]?.mentions).toHaveLength(3);
    expect(people[1]?.mentions).toHaveLength(2);
    for (const p of people) for (const m of p.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it("should list each title once, in order of first appearance", () => {
    const text =
      "nguyên Chủ tịch nước Trần Đức Lương mất. Nguyên Chủ tịch nước Trần Đức Lương sinh năm 1937.";
    const [p] = groupPeople(findOfficials(text));
    expect(p?.titles).toEqual(["nguyên Chủ tịch nước"]);
    expect(p?.mentions).toHaveLength(2);
  });

  it("should merge a one-letter misspelling but keep different people apart", () => {
    const typo = groupPeople(findOfficials("Thủ tướng Phạm Minh Chính; Thủ tướng Phạm Mính Chính."));
    expect(typo).toHaveLength(1);
    const two = groupPeople(
      findOfficials(
        "Phó Trưởng ban Nguyễn Thanh Bình; Phó Trưởng ban Đỗ Thanh Bình; Phó Trưởng ban Nguyễn Thành Tâm.",
      ),
    );
    expect(two.map((p) => p.name)).toEqual(["Nguyễn Thanh Bình", "Đỗ Thanh Bình", "Nguyễn Thành Tâm"]);
  });

  it("should ignore other kinds and give nothing for no officials", () => {
    const body: Entity = {
      kind: "body",
      start: 0,
      end: 3,
      text: "x",
      canonical: "x",
      system: "state",
      level: null,
    };
    expect(groupPeople([body])).toEqual([]);
    expect(groupPeople([])).toEqual([]);
  });

  it("should throw a TypeError for a non-array", () => {
    expect(() => groupPeople("x" as unknown as Entity[])).toThrow(
      /groupPeople: expected entities to be an array/,
    );
    expect(() => groupPeople(null as unknown as Entity[])).toThrow(TypeError);
  });

  it("should stay linear in the number of mentions (100 kB within 30x of 10 kB)", () => {
    const make = (n: number) => "Bí thư Tỉnh ủy Lê Quang Tùng. ".repeat(n / 30);
    const small = findOfficials(make(10_000));
    const large = findOfficials(make(100_000));
    groupPeople(small);
    const ts = time(() => groupPeople(small));
    const tl = time(() => groupPeople(large));
    expect(linear(ts, tl), `${ts.wall.toFixed(2)} ms vs ${tl.wall.toFixed(2)} ms`).toBe(true);
  });
});

describe("similarity (Jaro-Winkler without natural at run time)", () => {
  it("should equal natural's JaroWinklerDistance, the oracle, on random and Vietnamese strings", () => {
    const oracle = createRequire(import.meta.url)("natural/lib/natural/distance/jaro-winkler_distance") as (
      a: string,
      b: string,
    ) => number;
    const letters = fc.string({
      unit: fc.constantFrom(..."aăâbcdđeêghiklmnoôơpqrstuưvxyÁÀẢÃẠ "),
      maxLength: 14,
    });
    fc.assert(
      fc.property(letters, letters, (a, b) => {
        expect(similarity(a, b)).toBeCloseTo(oracle(a, b), 12);
      }),
      { numRuns: 2000 },
    );
    expect(similarity("Phạm Minh Chính", "Phạm Minh Chinh")).toBeCloseTo(
      oracle("Phạm Minh Chính", "Phạm Minh Chinh"),
      12,
    );
  });
});
