import fc from "fast-check";
import { XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/article/index";
import type {
  BodyEntity,
  DateEntity,
  DocumentEntity,
  EventEntity,
  OfficialEntity,
} from "../../src/core/types";
import { toXML } from "../../src/xml/index";
import {
  elements,
  entity,
  findElement,
  linearTimes,
  makeArticle,
  parseOrdered,
  spanOf,
  textContent,
} from "./_helpers";

const TEXT =
  "Sáng 1/7/2020, Bí thư Tỉnh ủy Lê Quang Tùng chủ trì Hội nghị lần thứ 5 Ban Chấp hành Đảng bộ tỉnh.\n\n" +
  "Hội nghị quán triệt Chỉ thị số 35-CT/TW của Bộ Chính trị. Các đại biểu thảo luận.";

function seedLike() {
  const s1 = spanOf(
    TEXT,
    "Sáng 1/7/2020, Bí thư Tỉnh ủy Lê Quang Tùng chủ trì Hội nghị lần thứ 5 Ban Chấp hành Đảng bộ tỉnh.",
  );
  const s2 = spanOf(TEXT, "Hội nghị quán triệt Chỉ thị số 35-CT/TW của Bộ Chính trị.");
  const s3 = spanOf(TEXT, "Các đại biểu thảo luận.");
  return makeArticle(TEXT, {
    sentences: [s1, s2, s3],
    entities: [
      entity<DateEntity>(TEXT, "1/7/2020", { kind: "date", value: "2020-07-01" }),
      entity<OfficialEntity>(TEXT, "Bí thư Tỉnh ủy Lê Quang Tùng", {
        kind: "official",
        name: "Lê Quang Tùng",
        titles: ["Bí thư Tỉnh ủy"],
      }),
      entity<EventEntity>(TEXT, "Hội nghị lần thứ 5 Ban Chấp hành Đảng bộ tỉnh", {
        kind: "event",
        event: "plenum",
        ordinal: 5,
        term: null,
      }),
      entity<BodyEntity>(TEXT, "Ban Chấp hành Đảng bộ tỉnh", {
        kind: "body",
        canonical: "Ban Chấp hành Đảng bộ tỉnh",
        system: "party",
        level: "province",
      }),
      entity<DocumentEntity>(TEXT, "Chỉ thị số 35-CT/TW", {
        kind: "document",
        docType: "Chỉ thị",
        number: "35",
        code: "35-CT/TW",
        year: null,
        issuer: "Bộ Chính trị",
        system: "party",
      }),
      entity<BodyEntity>(TEXT, "Bộ Chính trị", {
        kind: "body",
        canonical: "Bộ Chính trị",
        system: "party",
        level: "central",
      }),
    ],
    words: [
      { ...spanOf(TEXT, "Sáng"), kind: "word" },
      { ...spanOf(TEXT, "1/7/2020"), kind: "date" },
      { ...spanOf(TEXT, "Bí thư"), kind: "word" },
      { ...spanOf(TEXT, "Tỉnh ủy"), kind: "word" },
    ],
  });
}

describe("toXML", () => {
  it("should write a well-formed TEI document whose body text equals article.text", () => {
    const xml = toXML(seedLike());
    const doc = parseOrdered(xml);
    expect(findElement(doc, "TEI")).not.toBeNull();
    expect(textContent(findElement(doc, "body")!)).toBe(TEXT);
  });

  it("should put title, authors, source and date in the header", () => {
    const doc = parseOrdered(toXML(seedLike()));
    const header = findElement(doc, "teiHeader")!;
    expect(elements([header], "title")[0].text).toBe("Tiêu đề");
    expect(elements([header], "author").map((a) => a.text)).toEqual(["Minh Anh", "Minh Anh"]);
    expect(elements([header], "publisher")[0].text).toBe("Báo Quảng Trị");
    expect(elements([header], "idno")[0]).toEqual({ attrs: { type: "code" }, text: "QTO" });
    expect(elements([header], "date")[0]).toEqual({ attrs: { when: "2020-07-01" }, text: "1/7/2020" });
  });

  it("should say in the header what normalisation rewrote, by kind", () => {
    // NFD marks composed and a no-break space made plain
    const a = parseArticle("Tiêu đề\n\nHo\u0300a Bi\u0300nh\u00a0họp phiên đầu tiên năm nay.");
    expect(a.normalization.report.composed).toBeGreaterThan(0);
    const p = elements([findElement(parseOrdered(toXML(a)), "encodingDesc")!], "p")[0].text;
    expect(p).toContain(
      `${a.normalization.changes} changes (composed ${a.normalization.report.composed}, spacesNormalized 1)`,
    );
  });

  it("should mark paragraphs, sentences and every entity kind inline", () => {
    const doc = parseOrdered(toXML(seedLike()));
    const body = [findElement(doc, "body")!];
    expect(elements(body, "p")).toHaveLength(2);
    expect(elements(body, "s").map((s) => s.text)).toEqual(seedLike().sentences.map((s) => s.text));
    expect(elements(body, "date")).toEqual([{ attrs: { when: "2020-07-01" }, text: "1/7/2020" }]);
    expect(elements(body, "persName")[0]).toEqual({
      attrs: { type: "official", key: "Lê Quang Tùng" },
      text: "Bí thư Tỉnh ủy Lê Quang Tùng",
    });
    expect(elements(body, "roleName").map((r) => r.text)).toEqual(["Bí thư Tỉnh ủy"]);
    expect(elements(body, "orgName").map((o) => o.text)).toEqual([
      "Ban Chấp hành Đảng bộ tỉnh",
      "Bộ Chính trị",
    ]);
    expect(elements(body, "ref")[0].attrs).toMatchObject({ type: "document", n: "35", key: "35-CT/TW" });
    expect(elements(body, "name")[0]).toMatchObject({
      attrs: { type: "event", subtype: "plenum", n: "5" },
      text: "Hội nghị lần thứ 5 Ban Chấp hành Đảng bộ tỉnh",
    });
  });

  it("should nest a body inside the event that contains it", () => {
    const xml = toXML(seedLike());
    expect(xml).toMatch(
      /<name type="event"[^>]*>Hội nghị lần thứ 5 <orgName[^>]*>Ban Chấp hành Đảng bộ tỉnh<\/orgName><\/name>/,
    );
  });

  it("should split a crossing entity into fragments marked part I and F, losing no text", () => {
    const text = "Ông Nguyễn Văn A phát biểu.";
    const a = makeArticle(text, {
      entities: [
        entity<OfficialEntity>(text, "Ông Nguyễn Văn A", {
          kind: "official",
          name: "Nguyễn Văn A",
          titles: [],
        }),
        entity<BodyEntity>(text, "Văn A phát", {
          kind: "body",
          canonical: "X",
          system: "other",
          level: null,
        }),
      ],
    });
    const doc = parseOrdered(toXML(a));
    const orgs = elements([findElement(doc, "body")!], "orgName");
    expect(orgs.map((o) => [o.attrs.part, o.text])).toEqual([
      ["I", "Văn A"],
      ["F", " phát"],
    ]);
    expect(textContent(findElement(doc, "body")!)).toBe(text);
  });

  it("should add <w> elements only when words is set", () => {
    expect(toXML(seedLike())).not.toContain("<w");
    const doc = parseOrdered(toXML(seedLike(), { words: true }));
    const ws = elements([findElement(doc, "body")!], "w");
    expect(ws.map((w) => w.text)).toEqual(["Sáng", "1/7/2020", "Bí thư", "Tỉnh ủy"]);
    // a word's kind other than "word" as TEI's type
    expect(ws.map((w) => w.attrs.type)).toEqual([undefined, "date", undefined, undefined]);
    expect(textContent(findElement(doc, "body")!)).toBe(TEXT);
  });

  it("should keep characters XML must escape or cannot carry", () => {
    const text = "A & B < C > D \"q\" 'a'\r\nE\u0001F \ud800 G";
    const doc = parseOrdered(toXML(makeArticle(text, { title: "x & <y>" })));
    expect(textContent(findElement(doc, "body")!)).toBe(text);
    expect(elements(doc, "title")[0].text).toBe("x & <y>");
  });

  it("should list removed blocks in <back> with their reason", () => {
    const a = makeArticle("Nội dung.", { removed: [{ text: "Go top", reason: "go-top" }] });
    const doc = parseOrdered(toXML(a));
    const back = findElement(doc, "back")!;
    expect(elements([back], "p")).toEqual([{ attrs: { ana: "go-top" }, text: "Go top" }]);
    expect(toXML(a, { removed: false })).not.toContain("<back>");
  });

  it("should split paragraphs on blank lines when an article has no paragraph spans", () => {
    const a = makeArticle("Một.\n\nHai.", { paragraphs: [] });
    const doc = parseOrdered(toXML(a));
    expect(elements(doc, "p").map((p) => p.text)).toContain("Hai.");
  });

  it("should not mutate the article", () => {
    const a = seedLike();
    const copy = structuredClone(a);
    toXML(a, { words: true });
    expect(a).toEqual(copy);
  });

  it("should throw a TypeError naming the argument on a non-article", () => {
    expect(() => toXML("text" as never)).toThrow(/toXML: expected article/);
    expect(() => toXML(makeArticle("x"), { words: "yes" } as never)).toThrow(TypeError);
  });

  it("should stay well-formed and lossless for any text and any spans", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: "binary", maxLength: 200 }),
        fc.array(
          fc.tuple(fc.nat(210), fc.nat(60), fc.constantFrom("date", "body", "official", "event", "document")),
          {
            maxLength: 12,
          },
        ),
        (text, raw) => {
          const entities = raw.map(([s, l, kind]) => {
            const start = Math.min(s, text.length);
            const end = Math.min(start + l, text.length);
            return {
              kind,
              start,
              end,
              text: text.slice(start, end),
              value: "2020",
              name: "N",
              titles: [text.slice(start, start + 2)],
              canonical: "C",
              system: "party",
              level: null,
              event: "plenum",
              ordinal: 1,
              term: null,
              docType: null,
              number: "1",
              issuer: null,
            };
          });
          const sentences = raw.map(([s, l]) => ({ start: s, end: s + l, text: "" }));
          const words = sentences.map((s) => ({ ...s, kind: "word" as const }));
          const a = makeArticle(text, { entities: entities as never, sentences, words });
          const doc = parseOrdered(toXML(a, { words: true }));
          expect(textContent(findElement(doc, "body")!)).toBe(text);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("toXML time", () => {
  it("should take linear time on many nested and crossing marks", () => {
    const build = (n: number) => {
      const text = "Ban Ban Ban & < ".repeat(n / 16);
      const entities = [];
      for (let i = 0; i + 12 < text.length; i += 4) {
        entities.push({
          kind: "body",
          start: i,
          end: i + 12,
          text: text.slice(i, i + 12),
          canonical: "B",
          system: "party",
          level: null,
        });
      }
      return makeArticle(text, { entities: entities as never });
    };
    const { small, large } = linearTimes(build, (a) => toXML(a));
    expect(large).toBeLessThan(small * 30);
  });
});

describe("toXML structure from Markdown", () => {
  it("should write headings as <head>, links as <ref target> and tables as <table>/<row>/<cell>, text unchanged", () => {
    const a = parseArticle(
      "# Hội nghị bế mạc\n\n**(TTXVN)** - Hội nghị [Trung ương](https://x.vn/tw) họp.\n\n## Kết quả\n\n| Chức vụ | Họ tên |\n|---|---|\n| Thư ký | Trần Văn Hai |",
    );
    const xml = toXML(a);
    expect(XMLValidator.validate(xml)).toBe(true);
    const nodes = parseOrdered(xml);
    const body = findElement(nodes, "body");
    expect(body && textContent(body)).toBe(a.text);
    expect(elements(nodes, "head")).toEqual([{ attrs: { n: "2" }, text: "Kết quả" }]);
    expect(elements(nodes, "ref").filter((r) => r.attrs.target)).toEqual([
      { attrs: { target: "https://x.vn/tw" }, text: "Trung ương" },
    ]);
    expect(elements(nodes, "row").map((r) => r.text)).toEqual(["Chức vụ\tHọ tên", "Thư ký\tTrần Văn Hai"]);
    expect(elements(nodes, "cell").map((c) => c.text)).toEqual([
      "Chức vụ",
      "Họ tên",
      "Thư ký",
      "Trần Văn Hai",
    ]);
  });

  it("should write a list's items as <list>/<item>", () => {
    const a = parseArticle({
      markdown:
        "# Hội nghị bế mạc\n\n**(TTXVN)** - Hội nghị thông qua các văn bản sau:\n\n1. Nghị quyết về kinh tế;\n2. Nghị quyết về nhân sự.\n\n- Một mục khác",
    });
    const nodes = parseOrdered(toXML(a));
    expect(elements(nodes, "list").map((l) => l.attrs.rend)).toEqual(["numbered", "bulleted"]);
    expect(elements(nodes, "item").map((i) => i.text)).toEqual([
      "1. Nghị quyết về kinh tế;",
      "2. Nghị quyết về nhân sự.",
      "Một mục khác",
    ]);
    const body = findElement(nodes, "body");
    expect(body && textContent(body)).toBe(a.text);
  });
});
