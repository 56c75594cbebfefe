import { describe, expect, it } from "vitest";
import { normalize, normalizeWithReport } from "../../src/normalize/index";

describe("normalize: repairs", () => {
  it("should merge doubled tone marks in one syllable", () => {
    expect(normalize("gíá")).toBe("giá");
    expect(normalize("Nguỹễn")).toBe("Nguyễn");
  });
  it("should move a tone mark from a vowel where no spelling puts it", () => {
    expect(normalize("baỏ")).toBe("bảo");
    expect(normalize("tóan")).toBe("toán");
    expect(normalize("nghịêm")).toBe("nghiệm");
    expect(normalize("qúy")).toBe("quý");
    expect(normalize("gìa")).toBe("già");
    expect(normalize("ngòai")).toBe("ngoài");
  });
  it("should compose NFD and CP1258-style input", () => {
    expect(normalize("Vie\u0323\u0302t Nam")).toBe("Việt Nam");
    expect(normalize("Vi\u00ea\u0323t")).toBe("Việt");
    const r = normalizeWithReport("Ha\u0300 No\u0302\u0323i");
    expect(r.text).toBe("Hà Nội");
    expect(r.changes.composed).toBe(3);
  });
  it("should put a tone mark typed before the quality mark after it", () => {
    const r = normalizeWithReport("a\u0301\u0302n");
    expect(r.text).toBe("ấn");
    expect(r.changes.repaired).toBe(1);
  });
  it("should map U+0340/U+0341 to the grave and acute marks", () => {
    const r = normalizeWithReport("ca\u0340 phe\u0341");
    expect(r.text).toBe("cà phé");
    expect(r.changes.mapped).toBe(2);
  });
  it("should absorb a combining tone mark left after a toned letter", () => {
    expect(normalize("ba\u0301\u0301n")).toBe("bán");
    expect(normalize("bá\u0301n")).toBe("bán");
  });
  it("should read Ð/ð as Đ/đ inside Vietnamese words only", () => {
    const r = normalizeWithReport("Ðặng ðược Guðrún Ð");
    expect(r.text).toBe("Đặng được Guðrún Ð");
    expect(r.changes.mapped).toBe(2);
  });
  it("should remove zero-width characters, soft hyphens and BOMs but keep emoji joiners", () => {
    const r = normalizeWithReport("\ufeffViệt\u200b Nam\u00ad và\u2060 t\u200có\u200dan 👩\u200d💻");
    expect(r.text).toBe("Việt Nam và toán 👩\u200d💻");
    expect(r.changes.invisibleRemoved).toBe(6);
  });
  it("should turn Unicode spaces into plain spaces and collapse runs, keeping line breaks", () => {
    const r = normalizeWithReport("Hà\u00a0Nội  và\u2009\u3000TP.\n\n  Huế\t!");
    expect(r.text).toBe("Hà Nội và TP.\n\n Huế\t!");
    expect(r.changes.spacesNormalized).toBe(5);
  });
});

describe("normalize: tone style", () => {
  it("should write the old style", () => {
    expect(normalize("Uỷ ban hoà giải, khoẻ, thuỷ điện", { toneStyle: "old" })).toBe(
      "Ủy ban hòa giải, khỏe, thủy điện",
    );
  });
  it("should write the new style and keep case", () => {
    expect(normalize("ỦY BAN HÒA GIẢI, Khỏe, thủy", { toneStyle: "new" })).toBe(
      "UỶ BAN HOÀ GIẢI, Khoẻ, thuỷ",
    );
  });
  it("should leave qu/gi onsets and syllables with a coda alone", () => {
    const s = "quý giá già quỳnh khuya khuỷu thuở người ngoài xoáy hoàng toán huỳnh quyết giữa";
    expect(normalize(s, { toneStyle: "new" })).toBe(s);
    expect(normalize(s, { toneStyle: "old" })).toBe(s);
  });
  it("should keep both styles in preserve mode and count moves only when converting", () => {
    expect(normalizeWithReport("hòa hoà").changes.total).toBe(0);
    const r = normalizeWithReport("hòa hoà thủy", { toneStyle: "new" });
    expect(r.text).toBe("hoà hoà thuỷ");
    expect(r.changes.toneMoved).toBe(2);
  });
  it("should leave words that are not Vietnamese syllables alone", () => {
    const s = "COVID-19 Facebook iPhone café José Müller Hòa-Bình TP.HCM";
    expect(normalize(s, { toneStyle: "new" })).toBe(
      "COVID-19 Facebook iPhone café José Müller Hoà-Bình TP.HCM",
    );
  });
  it("should be idempotent", () => {
    for (const s of ["gíá tóan baỏ", "Ủy hòa", "Vie\u0323\u0302t  \u00a0Nam"]) {
      for (const toneStyle of ["preserve", "old", "new"] as const) {
        const once = normalize(s, { toneStyle });
        expect(normalize(once, { toneStyle })).toBe(once);
      }
    }
  });
});

describe("normalize: entities", () => {
  it("should decode HTML character references only when asked", () => {
    expect(normalize("Vi&#7879;t&nbsp;Nam &ecirc;")).toBe("Vi&#7879;t&nbsp;Nam &ecirc;");
    const r = normalizeWithReport("Vi&#7879;t&nbsp;Nam &ecirc; &amp;&#x1EA3; &bogus;", {
      decodeEntities: true,
    });
    expect(r.text).toBe("Việt Nam ê &ả &bogus;");
    expect(r.changes.entitiesDecoded).toBe(5);
  });
});

describe("normalize: report", () => {
  it("should return the same string object when nothing changes", () => {
    const s = "Đảng Cộng sản Việt Nam";
    expect(normalize(s)).toBe(s);
    expect(normalizeWithReport(s).changes.total).toBe(0);
  });
  it("should sum the counts in total", () => {
    const { changes } = normalizeWithReport("gíá\u200b  Ðà Na\u0306\u0303ng", { toneStyle: "old" });
    const { total, ...rest } = changes;
    expect(total).toBe(Object.values(rest).reduce((a, b) => a + b, 0));
    expect(total).toBeGreaterThan(0);
  });
});

describe("normalize: arguments", () => {
  it("should throw a TypeError naming the function and argument", () => {
    expect(() => normalize(1 as unknown as string)).toThrow(TypeError);
    expect(() => normalize(1 as unknown as string)).toThrow(
      "vietnews.normalize: expected text to be a string, got a number",
    );
    expect(() => normalizeWithReport(null as unknown as string)).toThrow(/normalizeWithReport.*got null/);
    expect(() => normalize("a", "new" as never)).toThrow(TypeError);
    expect(() => normalize("a", { decodeEntities: "yes" as never })).toThrow(TypeError);
  });
  it("should throw a RangeError listing the tone styles", () => {
    expect(() => normalize("a", { toneStyle: "modern" as never })).toThrow(RangeError);
    expect(() => normalize("a", { toneStyle: "modern" as never })).toThrow(/"preserve", "old", "new"/);
  });
});
