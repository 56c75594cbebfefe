import { readFileSync } from "node:fs";
import unorm from "unorm";
import { describe, expect, it } from "vitest";
import { fold, normalize, toneKey } from "../../src/normalize/index";
import { hasShared, sharedPath } from "../_shared";

// The 134 Vietnamese letters, built with unorm (the oracle), not with the native normaliser.
const BASES: [string, string][] = [
  ["a", ""],
  ["a", "\u0306"],
  ["a", "\u0302"],
  ["e", ""],
  ["e", "\u0302"],
  ["i", ""],
  ["o", ""],
  ["o", "\u0302"],
  ["o", "\u031b"],
  ["u", ""],
  ["u", "\u031b"],
  ["y", ""],
];
const TONES = ["", "\u0301", "\u0300", "\u0309", "\u0303", "\u0323"];
const letters: { nfc: string; base: string; quality: string; tone: string }[] = [];
for (const upper of [false, true]) {
  for (const [b, q] of BASES) {
    for (const t of TONES) {
      if (!q && !t) continue;
      const base = upper ? b.toUpperCase() : b;
      letters.push({ nfc: unorm.nfc(base + q + t), base, quality: q, tone: t });
    }
  }
  letters.push({ nfc: upper ? "Đ" : "đ", base: upper ? "Đ" : "đ", quality: "", tone: "" });
}

describe("normalize: the 134 letters against unorm", () => {
  it("should have 134 distinct letters", () => {
    expect(new Set(letters.map((l) => l.nfc)).size).toBe(134);
  });
  it("should agree with unorm.nfc on every form of every letter", () => {
    for (const l of letters) {
      const forms = [
        l.nfc,
        unorm.nfd(l.nfc),
        unorm.nfkd(l.nfc),
        unorm.nfc(l.base + l.quality) + l.tone, // CP1258 style
        l.base + l.tone + l.quality, // tone typed before the quality mark
        l.base + l.quality + l.tone.replace("\u0300", "\u0340").replace("\u0301", "\u0341"),
      ];
      for (const f of forms) {
        expect(normalize(f)).toBe(unorm.nfc(l.base + l.quality + l.tone));
        expect(normalize(`t${f}n`)).toBe(unorm.nfc(`t${l.base}${l.quality}${l.tone}n`));
      }
      expect(normalize(unorm.nfd(l.nfc))).toBe(unorm.nfc(unorm.nfd(l.nfc)));
      expect(fold(l.nfc)).toBe(
        unorm
          .nfd(l.nfc)
          .replace(/[\u0300-\u036f]/g, "")
          .replace("đ", "d")
          .replace("Đ", "D"),
      );
    }
  });
});

function syllables(): string[] {
  const set = new Set<string>();
  const add = (text: string) => {
    for (const w of text.normalize("NFC").split(/[\s,.;:!?"'()“”…\-–/]+/)) {
      if (/^\p{L}+$/u.test(w)) set.add(w);
    }
  };
  add(readFileSync(sharedPath("data", "vnvocab", "VnVocab.txt"), "utf8"));
  for (const split of ["train", "dev"]) {
    const file = sharedPath("data", "ud-vtb", `vi_vtb-ud-${split}.conllu`);
    for (const line of readFileSync(file, "utf8").split("\n"))
      if (line.startsWith("# text =")) add(line.slice(8));
  }
  return [...set];
}

// Split a letter into its precomposed quality letter plus a combining tone (Windows-1258 style).
function cp1258(word: string): string {
  let out = "";
  for (const ch of word) {
    const d = unorm.nfd(ch);
    const tone = d.match(/[\u0300\u0301\u0303\u0309\u0323]/)?.[0] ?? "";
    out += unorm.nfc(d.replace(tone, "")) + tone;
  }
  return out;
}

describe.skipIf(!hasShared)("normalize: every syllable of VnVocab and UD-VTB", () => {
  const words = hasShared ? syllables() : [];
  it("should read enough syllables", () => {
    expect(words.length).toBeGreaterThan(5000);
  });
  it("should be idempotent and convert between styles losslessly", () => {
    const bad: string[] = [];
    for (const x of words) {
      const old = normalize(x, { toneStyle: "old" });
      const neu = normalize(x, { toneStyle: "new" });
      const kept = normalize(x);
      const ok =
        normalize(old, { toneStyle: "old" }) === old &&
        normalize(neu, { toneStyle: "new" }) === neu &&
        normalize(kept) === kept &&
        normalize(neu, { toneStyle: "old" }) === old &&
        normalize(old, { toneStyle: "new" }) === neu &&
        toneKey(old) === toneKey(neu) &&
        toneKey(kept) === toneKey(old);
      if (!ok) bad.push(x);
    }
    expect(bad.slice(0, 20)).toEqual([]);
  });
  it("should normalise NFD and CP1258 forms to the same NFC text", () => {
    const bad: string[] = [];
    for (const x of words) {
      const want = normalize(x);
      if (normalize(unorm.nfd(x)) !== want || normalize(cp1258(x)) !== want || want !== unorm.nfc(want))
        bad.push(x);
    }
    expect(bad.slice(0, 20)).toEqual([]);
  });
  it("should change almost no well-spelled word in preserve mode", () => {
    const changed = words.filter((x) => normalize(x) !== x);
    expect(changed.length).toBeLessThan(words.length * 0.002);
  });
  it("should place tones by the style's rule (checked by pattern, not by the parser)", () => {
    const openOld = /(?<![qQgG])[oO][àáảãạÀÁẢÃẠèéẻẽẹÈÉẺẼẸ]$|(?<![qQ])[uU][ỳýỷỹỵỲÝỶỸỴ]$/u;
    const openNew = /(?<![qQgG])[òóỏõọÒÓỎÕỌ][aeAE]$|(?<![qQ])[ùúủũụÙÚỦŨỤ][yY]$/u;
    for (const x of words) {
      expect(normalize(x, { toneStyle: "old" })).not.toMatch(openOld);
      expect(normalize(x, { toneStyle: "new" })).not.toMatch(openNew);
    }
  });
});
