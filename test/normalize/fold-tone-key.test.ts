import { describe, expect, it } from "vitest";
import { fold, toneKey } from "../../src/index";

describe("fold", () => {
  it("should strip every diacritic and map đ/Đ and the look-alike ð/Ð", () => {
    expect(fold("Đảng Cộng sản Việt Nam")).toBe("Dang Cong san Viet Nam");
    expect(fold("Ðại hội ðảng")).toBe("Dai hoi dang");
  });
  it("should throw a TypeError naming the argument on a non-string", () => {
    expect(() => fold(42 as unknown as string)).toThrow(/expected text to be a string/);
  });
});

describe("toneKey", () => {
  it("should give old- and new-style spellings the same key", () => {
    for (const [a, b] of [
      ["Ủy ban", "Uỷ ban"],
      ["hòa bình", "hoà bình"],
      ["khỏe", "khoẻ"],
      ["thủy", "thuỷ"],
      ["Ðảng", "Đảng"],
    ]) {
      expect(toneKey(a)).toBe(toneKey(b));
    }
  });
  it("should keep different tones apart", () => {
    expect(toneKey("hòa")).not.toBe(toneKey("họa"));
    expect(toneKey("ma")).not.toBe(toneKey("má"));
  });
});
