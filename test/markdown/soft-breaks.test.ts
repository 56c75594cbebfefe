// joinSoftBreaks writes a paragraph's line breaks as spaces for the parser (fewer lines, the same
// tree at the same offsets); the property tests in shortcuts.test.ts check the rendering, these
// which breaks it joins.
import { describe, expect, it } from "vitest";
import { joinSoftBreaks } from "../../src/markdown/soft-breaks";

const join = (lines: string[]) => joinSoftBreaks(lines, false);

describe("joinSoftBreaks", () => {
  it("should join a paragraph's lines and a list item's lazy lines, keeping the length", () => {
    const lines = [
      "*Căn cứ Nghị định số",
      "118/2025/NĐ-CP ngày 09/6/2025;*",
      "- Ali, Tariq (2017).",
      "*The Dilemmas of Lenin*. London",
    ];
    const out = join(lines);
    expect(out).toBe(
      "*Căn cứ Nghị định số 118/2025/NĐ-CP ngày 09/6/2025;*\n- Ali, Tariq (2017). *The Dilemmas of Lenin*. London",
    );
    expect(out.length).toBe(lines.join("\n").length);
  });

  it("should leave a break after a heading, a blank-ended line or a thematic break, and before a block", () => {
    expect(join(["## Tiểu sử", "**Ông** sinh năm 1963"])).toBe("## Tiểu sử\n**Ông** sinh năm 1963");
    expect(join(["Dòng một  ", "*dòng hai*"])).toBe("Dòng một  \n*dòng hai*");
    expect(join(["- _ __", "*x*"])).toBe("- _ __\n*x*");
    expect(join(["*a*", "- b", "1. c"])).toBe("*a*\n- b\n1. c");
  });

  it("should not join two lines into a block of their own", () => {
    expect(join(["__", "_"])).toBe("__\n_");
  });

  it("should leave alone a piece with code (also fenced in a quote or an item), HTML, images, a table or definitions", () => {
    for (const lines of [
      ["a `b", "c` d"],
      ["a <b", "class=x> c"],
      ["![a", "b](x.png)"],
      ["> a | b", "> :---", "c"],
      ["x *y*", "> ~~~", "> a *b*", "c *d*"],
      ["x *y*", "- ~~~", "  a *b*", "  c *d*"],
    ])
      expect(join(lines)).toBe(lines.join("\n"));
    expect(joinSoftBreaks(["[a", "b] c"], true)).toBe("[a\nb] c");
  });
});
