import { DomUtils, parseDocument } from "htmlparser2";
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/article/index";
import type { Article, Entity } from "../../src/core/types";
import { toHTML } from "../../src/view/index";
import { SEED_TEXT } from "../_shared";
import { makeArticle } from "../xml/_helpers";

const seed = SEED_TEXT;

type El = ReturnType<typeof DomUtils.getElementsByTagName>[number];
const marks = (html: string): El[] => DomUtils.getElementsByTagName("mark", parseDocument(html).children);
const textOf = (el: El) => DomUtils.textContent(el);

/** The marks' texts by data-id, the parts of a split mark joined. */
function marked(html: string): Map<string, { kind: string; text: string; parts: number }> {
  const out = new Map<string, { kind: string; text: string; parts: number }>();
  for (const m of marks(html)) {
    const id = m.attribs["data-id"];
    const had = out.get(id);
    out.set(id, {
      kind: m.attribs["data-kind"],
      text: (had?.text ?? "") + textOf(m),
      parts: (had?.parts ?? 0) + 1,
    });
  }
  return out;
}

describe("toHTML", () => {
  it("should mark every entity of the seed article once, by kind, with its text and a tooltip", () => {
    const a = parseArticle(seed);
    const html = toHTML(a);
    const got = marked(html);
    expect(got.size).toBe(a.entities.length);
    a.entities.forEach((e, i) => {
      expect(got.get(`e${i}`)).toEqual({ kind: e.kind, text: e.text, parts: 1 });
    });
    // an official's tooltip gives the name and the titles; a body inside it is a mark inside it
    const official = marks(html).find((m) => m.attribs["data-kind"] === "official") as El;
    expect(official.attribs.title).toBe("official: Nguyễn Đăng Quang — Phó Bí thư Thường trực Tỉnh ủy");
    expect(DomUtils.getElementsByTagName("mark", official.children).map(textOf)).toEqual(["Tỉnh ủy"]);
    // the legend counts the kinds; the officials table lists the people
    expect(html).toContain(`official: ${a.entities.filter((e) => e.kind === "official").length}<`);
    for (const p of a.people) expect(html).toContain(`<td>${p.name}</td>`);
  });

  it("should list every removed line with its reason in a closed panel, and nothing to load or run", () => {
    const a = parseArticle(`${seed}\n\nChia sẻ bài viết\nXem thêm: Tin mới nhất`);
    const doc = parseDocument(toHTML(a));
    const panel = DomUtils.getElementsByTagName("details", doc.children)[0];
    expect(panel.attribs.open).toBeUndefined();
    const rows = DomUtils.getElementsByTagName("tr", panel.children)
      .slice(1)
      .map((r) => DomUtils.getElementsByTagName("td", r.children).map(textOf));
    expect(rows).toEqual(a.removed.map((r) => [r.reason, r.text]));
    expect(DomUtils.getElementsByTagName("script", doc.children)).toEqual([]);
    expect(DomUtils.findAll((el) => "src" in el.attribs || "href" in el.attribs, doc.children)).toEqual([]);
  });

  it("should split a mark that crosses another into parts sharing one id, and escape the text", () => {
    const text = "Trong <Nghị quyết> ngày 1/7/2020 của Bộ Chính trị";
    const date: Entity = { kind: "date", start: 19, end: 32, text: text.slice(19, 32), value: "2020-07-01" };
    const body: Entity = {
      kind: "body",
      start: 26,
      end: 49,
      text: text.slice(26, 49),
      canonical: "Bộ Chính trị",
      system: "party",
      level: "central",
    };
    const a: Article = makeArticle(text, { entities: [date, body] });
    const html = toHTML(a);
    const got = marked(html);
    expect(got.get("e0")).toEqual({ kind: "date", text: date.text, parts: 1 });
    expect(got.get("e1")).toEqual({ kind: "body", text: body.text, parts: 2 });
    expect(html).toContain("Trong &lt;Nghị quyết&gt;");
  });

  it("should give a fragment when asked, leave the panel out when asked, and check its arguments", () => {
    const a = parseArticle(seed);
    expect(toHTML(a, { fragment: true }).startsWith('<div class="vn">')).toBe(true);
    expect(toHTML(a, { removed: false })).not.toContain("<details>");
    expect(() => toHTML("text" as never)).toThrow(/expected article to be an Article/);
    expect(() => toHTML(a, { fragment: "yes" } as never)).toThrow(TypeError);
  });
});
