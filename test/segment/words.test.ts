import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { segmentWords } from "../../src/segment/words/index";
import { decodeModel, encodeModel, fromBase64, toBase64 } from "../../src/segment/words/model-format";
import { SEED_TEXT } from "../_shared";
import { timeCall } from "../_timing";

const ARTICLE = SEED_TEXT;

const words = (text: string): string[] => segmentWords(text).map((w) => w.text);

/** Characters the segmenter may leave outside every span: white space and zero-width spaces. */
const SKIPPABLE = /^[\s\u0085\u200b]*$/u;

function checkSpans(text: string): void {
  const spans = segmentWords(text);
  let last = 0;
  for (const s of spans) {
    expect(s.start).toBeGreaterThanOrEqual(last);
    expect(s.end).toBeGreaterThan(s.start);
    expect(text.slice(s.start, s.end)).toBe(s.text);
    // Nothing between two spans but white space: every syllable and mark is covered.
    expect(SKIPPABLE.test(text.slice(last, s.start))).toBe(true);
    last = s.end;
  }
  expect(SKIPPABLE.test(text.slice(last))).toBe(true);
}

/** Rewrites new-style tone placement as old style on the common rhymes (same length in NFC). */
function toOldStyle(text: string): string {
  const pairs: [string, string][] = [
    ["oà", "òa"],
    ["oá", "óa"],
    ["oả", "ỏa"],
    ["oã", "õa"],
    ["oạ", "ọa"],
    ["oè", "òe"],
    ["oé", "óe"],
    ["uỳ", "ùy"],
    ["uý", "úy"],
    ["uỷ", "ủy"],
    ["uỹ", "ũy"],
    ["uỵ", "ụy"],
    ["Uỷ", "Ủy"],
    ["Uý", "Úy"],
  ];
  let out = text;
  for (const [n, o] of pairs) out = out.split(n).join(o);
  return out;
}

function toNewStyle(text: string): string {
  const pairs: [string, string][] = [
    ["òa", "oà"],
    ["óa", "oá"],
    ["ỏa", "oả"],
    ["õa", "oã"],
    ["ọa", "oạ"],
    ["òe", "oè"],
    ["óe", "oé"],
    ["ùy", "uỳ"],
    ["úy", "uý"],
    ["ủy", "uỷ"],
    ["ũy", "uỹ"],
    ["ụy", "uỵ"],
    ["Ủy", "Uỷ"],
    ["Úy", "Uý"],
  ];
  let out = text;
  for (const [o, n] of pairs) out = out.split(o).join(n);
  return out;
}

const offsets = (text: string) => segmentWords(text).map((w) => [w.start, w.end]);

describe("segmentWords", () => {
  it("should group syllables into words and keep punctuation apart", () => {
    expect(words("Hôm nay, Ban Chấp hành Trung ương họp.")).toEqual([
      "Hôm nay",
      ",",
      "Ban Chấp hành",
      "Trung ương",
      "họp",
      ".",
    ]);
    expect(words("Ban Tổ chức Tỉnh ủy tổ chức hội nghị")).toContain("Tổ chức");
  });

  it("should keep names of people and places as one word", () => {
    const w = words("Chủ tịch UBND tỉnh Quảng Trị Nguyễn Đăng Quang phát biểu tại Hà Nội.");
    expect(w).toContain("Quảng Trị");
    expect(w).toContain("Nguyễn Đăng Quang");
    expect(w).toContain("Hà Nội");
    expect(words("Ông Lê Quang Tùng, Ủy viên Ban Thường vụ Tỉnh ủy")).toContain("Lê Quang Tùng");
    expect(words("Đồng chí Võ Văn Hưng, Bí thư Tỉnh ủy Thừa Thiên Huế")).toContain("Võ Văn Hưng");
    expect(words("ĐỒNG CHÍ LÊ QUANG TÙNG ĐƯỢC BẦU")).toContain("LÊ QUANG TÙNG");
  });

  it("should split a place from a person or a name written right after it", () => {
    // The model alone joins these runs of capitals; the place gazetteer and surnames split them.
    expect(words("Giám đốc Sở Y tế Quảng Nam Trần Văn Tân cho biết")).toEqual(
      expect.arrayContaining(["Quảng Nam", "Trần Văn Tân"]),
    );
    expect(words("Bí thư Tỉnh ủy Thừa Thiên Huế Lê Trường Lưu dự họp")).toEqual(
      expect.arrayContaining(["Thừa Thiên Huế", "Lê Trường Lưu"]),
    );
    expect(words("Tập đoàn Thép Việt Nam phát triển")).toEqual(expect.arrayContaining(["Thép", "Việt Nam"]));
    // A person whose given name is also a place keeps the whole name.
    expect(words("Ông Nguyễn Thái Bình là người Thái Bình")).toEqual([
      "Ông",
      "Nguyễn Thái Bình",
      "là",
      "người",
      "Thái Bình",
    ]);
  });

  it("should start a name after a lower-case word even when the two make a dictionary word", () => {
    // "bà hoàng" (queen) is in VnVocab.
    expect(words("Hôm qua bà Hoàng Thị Lan về quê.")).toEqual(
      expect.arrayContaining(["bà", "Hoàng Thị Lan"]),
    );
  });

  it("should keep month names written in words as one word", () => {
    expect(words("Tháng Chín và tháng mười hai là mùa mưa")).toEqual(
      expect.arrayContaining(["Tháng Chín", "tháng mười hai"]),
    );
  });

  it("should name the seed article's officials as single words", () => {
    const w = new Set(words(ARTICLE));
    for (const name of ["Nguyễn Đăng Quang", "Phan Văn Phụng", "Quảng Trị", "Trung ương"]) {
      expect(w.has(name), name).toBe(true);
    }
  });

  it("should keep numbers, dates, percentages and initials as their own spans", () => {
    expect(words("Hôm nay 1/7/2020 tăng 3,5%, đạt 29.621.682 đồng")).toEqual([
      "Hôm nay",
      "1/7/2020",
      "tăng",
      "3,5%",
      ",",
      "đạt",
      "29.621.682",
      "đồng",
    ]);
    expect(words("ông H. nói")).toContain("H.");
  });

  it("should never join words across a line break, a tab (a table's cell boundary) or punctuation", () => {
    for (const w of segmentWords(`${ARTICLE}\nHôm\nnay Trung,ương\tQuang Hào\tQuê hương`)) {
      expect(w.text).not.toMatch(/[\n\r\t]/);
      if (/\s/u.test(w.text))
        expect(w.text).toMatch(/^[\p{L}\p{M}\p{N}-]+(?:[ \u00a0][\p{L}\p{M}\p{N}-]+)+$/u);
    }
    expect(words("Trung\nương")).toEqual(["Trung", "ương"]);
    expect(words("Trung, ương")).toEqual(["Trung", ",", "ương"]);
    // a row of a table as the article writes it: cells joined by tabs
    const row = words("Quỳnh Hợp\tHà Anh Tuấn; Quang Hào\tQuê hương");
    for (const w of row) expect(w).not.toMatch(/\t/);
    expect(row).toEqual(expect.arrayContaining(["Quang Hào", "Quê hương"]));
  });

  it("should give the same boundaries for old and new tone style", () => {
    const oldStyle = toOldStyle(ARTICLE);
    const newStyle = toNewStyle(ARTICLE);
    expect(oldStyle).not.toBe(newStyle);
    expect(offsets(oldStyle)).toEqual(offsets(newStyle));
    expect(words("Uỷ ban nhân dân hoà giải")).toEqual(["Uỷ ban nhân dân", "hoà giải"]);
    expect(words("Ủy ban nhân dân hòa giải")).toEqual(["Ủy ban nhân dân", "hòa giải"]);
  });

  it("should give the same words for NFC and NFD input", () => {
    const nfd = ARTICLE.normalize("NFD");
    expect(nfd).not.toBe(ARTICLE);
    expect(segmentWords(nfd).map((w) => w.text.normalize("NFC"))).toEqual(words(ARTICLE.normalize("NFC")));
  });

  it("should cover every syllable in order, without overlap, with offsets that slice back", () => {
    checkSpans(ARTICLE);
    checkSpans("");
    checkSpans("  \n\t ");
    checkSpans("\ud800 lone \udfff surrogates 👍🏽 and \u0000\u0007 controls\u200b\ufeff\u0085");
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 200 }), (s) => {
        checkSpans(s);
      }),
      { numRuns: 300 },
    );
    const viet = fc.constantFrom(
      "Hôm",
      "nay",
      "Trung",
      "ương",
      "hoà",
      "hòa",
      "Ủy",
      "ban",
      ",",
      ".",
      " ",
      "\n",
      "1/7",
      "%",
      "H.",
      "-",
    );
    fc.assert(
      fc.property(fc.array(viet, { maxLength: 60 }), (parts) => {
        checkSpans(parts.join(""));
        checkSpans(parts.join(" "));
      }),
      { numRuns: 300 },
    );
  });

  it("should not throw on junk and large input", () => {
    const junk = Array.from({ length: 5000 }, (_, i) => String.fromCharCode((i * 7919) % 0xffff)).join("");
    expect(() => segmentWords(junk)).not.toThrow();
    const big = ARTICLE.repeat(Math.ceil(1_000_000 / ARTICLE.length));
    const spans = segmentWords(big);
    expect(spans.length).toBeGreaterThan(100_000);
    expect(spans[spans.length - 1].end).toBeLessThanOrEqual(big.length);
  });

  it("should throw a TypeError naming the function on a non-string", () => {
    expect(() => segmentWords(42 as unknown as string)).toThrow(TypeError);
    expect(() => segmentWords(null as unknown as string)).toThrow(
      "vietnews.segmentWords: expected text to be a string, got null",
    );
  });

  it("should run in linear time on adversarial input", () => {
    const cases = [
      (n: number) => "a ".repeat(n / 2),
      (n: number) => "a".repeat(n),
      (n: number) => "1.".repeat(n / 2),
      (n: number) => "a-".repeat(n / 2),
      (n: number) => "H. ".repeat(n / 3),
      (n: number) => "trung ương ".repeat(n / 11),
      (n: number) => ".".repeat(n),
    ];
    // Time per call, min of 5 samples. The small input is timed over 10 calls per sample so both
    // samples last about as long: on a busy shared machine a preemption then hits both alike.
    const time = (s: string, calls: number) => {
      segmentWords(s); // warm-up: first sight of a syllable computes its key
      return timeCall(() => segmentWords(s), { runs: 5, calls }).wall;
    };
    for (const make of cases) {
      const small = time(make(10_000), 10);
      const large = time(make(100_000), 1);
      expect(large, make(12)).toBeLessThan(Math.max(small, 0.05) * 30);
    }
  });
});

describe("word model format", () => {
  it("should round-trip sparse weights and base64", () => {
    const w = new Int8Array(1 << 12);
    w[3] = -7;
    w[4000] = 127;
    w[4095] = -128;
    const back = decodeModel(fromBase64(toBase64(encodeModel(w))));
    expect(Array.from(back)).toEqual(Array.from(w));
  });
});
