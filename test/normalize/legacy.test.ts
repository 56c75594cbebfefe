import { describe, expect, it } from "vitest";
import { CORPUS_ENCODINGS, hasIconv, makeParallel, udLines } from "../../scripts/make-legacy-corpus";
import { decodeLegacy, detectEncoding, type LegacyEncoding } from "../../src/normalize/index";
import { hasShared, SHARED } from "../_shared";

const iconv = hasIconv();

describe("decodeLegacy: each encoding", () => {
  it("should decode UTF-8 mojibake read as Windows-1252 or Latin-1", () => {
    const utf8 = Buffer.from("Đảng Cộng sản Việt Nam", "utf8");
    expect(decodeLegacy(utf8.toString("latin1"), { from: "mojibake" }).text).toBe("Đảng Cộng sản Việt Nam");
    expect(decodeLegacy("Äáº£ng Cá»™ng sáº£n Viá»‡t Nam").text).toBe("Đảng Cộng sản Việt Nam");
    expect(decodeLegacy("Äáº£ng Cá»™ng sáº£n Viá»‡t Nam").encoding).toBe("mojibake");
    // A non-breaking space lost to a plain space ("Ã " for "à").
    expect(decodeLegacy("lÃ  thÃ nh phá»‘", { from: "mojibake" }).text).toBe("là thành phố");
  });
  it("should decode VIQR with RFC 1456 escapes and dd", () => {
    expect(decodeLegacy("Vie^.t Nam, ddi\\. QDD", { from: "viqr" }).text).toBe("Việt Nam, đi. QĐ");
    expect(decodeLegacy("Nu+o+'c Vie^.t Nam DDo^.c la^.p").encoding).toBe("viqr");
  });
  it("should decode bytes, reading the 8-bit encodings byte by byte", () => {
    const tcvn = new Uint8Array([0x56, 0x69, 0xd6, 0x74, 0x20, 0x4e, 0x61, 0x6d]);
    expect(decodeLegacy(tcvn, { from: "tcvn3" }).text).toBe("Việt Nam");
    const utf8 = new TextEncoder().encode("Việt Nam");
    expect(decodeLegacy(utf8)).toEqual({ text: "Việt Nam", encoding: "unicode", confidence: 1 });
  });
  it.skipIf(!iconv)("should read both TCVN3 capital forms (ABC lowercase codes and TCVN 5712)", async () => {
    const { execFileSync } = await import("node:child_process");
    const text = "Ở VIỆT NAM, Ấp Ông Ẩn, Ọc Ịch";
    const bytes = execFileSync("iconv", ["-f", "UTF-8", "-t", "TCVN5712-1"], { input: text });
    expect(decodeLegacy(new Uint8Array(bytes), { from: "tcvn3" }).text).toBe(text);
    // 0x91-0x94 are TCVN 5712 capitals only inside a word; elsewhere Windows-1252 quotes.
    expect(decodeLegacy("“Hµ Néi” ‘ThÞ’", { from: "tcvn3" }).text).toBe("“Hà Nội” ‘Thị’");
  });
});

describe("detectEncoding: ordinary text stays unicode", () => {
  it("should not fire on digits, codes, prices and foreign words", () => {
    for (const s of [
      "COVID19 và F1 tại mục 2a, giá 25.000 đ",
      "Giá vàng 9999 tăng 1,5% lên 68,5 triệu đồng/lượng; USD 23.000 ₫; 30°C; ½ kg; €20",
      "Nhà hàng café crème brûlée à la carte, Müller, Straße, Grüße, naïve, façade",
      "What? Is it OK? Go... e.g. don't I'm ll.",
      "Lần đầu tiên cô uống ¼ viên thuốc",
      "Đảng Cộng sản Việt Nam",
      "",
    ]) {
      expect(detectEncoding(s).encoding).toBe("unicode");
      expect(decodeLegacy(s).text).toBe(s);
    }
  });
  it("should throw TypeError and RangeError on bad arguments", () => {
    expect(() => detectEncoding(3 as never)).toThrow(TypeError);
    expect(() => decodeLegacy(null as never)).toThrow(/vietnews.decodeLegacy: expected input/);
    expect(() => decodeLegacy("x", { from: "latin9" as never })).toThrow(RangeError);
    expect(() => decodeLegacy("x", { from: "latin9" as never })).toThrow(/"tcvn3"/);
    expect(() => decodeLegacy("x", "tcvn3" as never)).toThrow(TypeError);
  });
});

describe.skipIf(!hasShared)("legacy decoding on parallel UD-VTB dev data", () => {
  const dev = hasShared ? udLines(SHARED, "dev") : [];
  for (const enc of CORPUS_ENCODINGS) {
    const needsIconv = enc === "viscii" || enc === "cp1258" || enc === "tcvn5712";
    it.skipIf(needsIconv && !iconv)(`should detect and decode ${enc}`, () => {
      const lines = makeParallel(dev, enc, SHARED);
      expect(lines.length).toBeGreaterThanOrEqual(500);
      const from: LegacyEncoding = enc.startsWith("tcvn")
        ? "tcvn3"
        : enc.startsWith("mojibake")
          ? "mojibake"
          : (enc as LegacyEncoding);
      const same = (a: string, b: string) =>
        enc === "tcvn3" ? a.toLowerCase() === b.toLowerCase() : a === b;
      let det = 0;
      let detN = 0;
      let ok = 0;
      for (const p of lines) {
        if (p.encoded.length >= 20 && p.encoded !== p.expected) {
          detN++;
          if (detectEncoding(p.encoded).encoding === from) det++;
        }
        if (same(decodeLegacy(p.encoded, { from }).text.normalize("NFC"), p.expected)) ok++;
      }
      expect(det / detN).toBeGreaterThanOrEqual(0.99);
      expect(ok / lines.length).toBeGreaterThanOrEqual(0.995);
    });
  }
  it("should detect nothing in UD-VTB train text as it is", () => {
    const fired = udLines(SHARED, "train").filter((l) => detectEncoding(l).encoding !== "unicode");
    expect(fired).toEqual([]);
  });
});
