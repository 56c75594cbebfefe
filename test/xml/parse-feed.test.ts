import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseFeed } from "../../src/xml/index";
import { linearTimes } from "./_helpers";

const RSS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
  <title>Báo Mẫu - Chính trị</title>
  <link>https://baomau.example.vn/chinh-tri</link>
  <item>
    <title><![CDATA[Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 12]]></title>
    <link>https://baomau.example.vn/hoi-nghi-12.html</link>
    <pubDate>Wed, 01 Jul 2020 08:15:00 +0700</pubDate>
    <description><![CDATA[<a href="/x"><img src="a.jpg"></a>Sáng 1/7, Tỉnh ủy tổ chức hội nghị &amp; bế mạc.]]></description>
  </item>
  <item>
    <title>Quốc hội &amp; Chính phủ</title>
    <guid isPermaLink="true">https://baomau.example.vn/qh.html</guid>
    <dc:date>2020-07-02T10:00:00+07:00</dc:date>
  </item>
</channel>
</rss>`;

const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Cổng thông tin</title>
  <entry>
    <title type="html">Thủ tướng &lt;b&gt;chủ trì&lt;/b&gt; phiên họp</title>
    <link rel="alternate" href="https://chinhphu.example.vn/a.htm"/>
    <link rel="enclosure" href="https://chinhphu.example.vn/a.jpg"/>
    <published>2024-06-01T09:30:00+07:00</published>
    <summary>Sáng 1/6, Chính phủ họp thường kỳ.</summary>
  </entry>
  <entry>
    <title>Tin thứ hai</title>
    <link href="https://chinhphu.example.vn/b.htm"/>
    <updated>2024-06-02T01:00:00Z</updated>
  </entry>
</feed>`;

describe("parseFeed", () => {
  it("should read RSS 2.0 items with plain-text title and summary and an ISO date keeping the offset", () => {
    expect(parseFeed(RSS)).toEqual([
      {
        title: "Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 12",
        link: "https://baomau.example.vn/hoi-nghi-12.html",
        date: "2020-07-01T08:15:00+07:00",
        summary: "Sáng 1/7, Tỉnh ủy tổ chức hội nghị & bế mạc.",
      },
      {
        title: "Quốc hội & Chính phủ",
        link: "https://baomau.example.vn/qh.html",
        date: "2020-07-02T10:00:00+07:00",
        summary: null,
      },
    ]);
  });

  it("should read Atom entries, preferring the alternate link", () => {
    expect(parseFeed(ATOM)).toEqual([
      {
        title: "Thủ tướng chủ trì phiên họp",
        link: "https://chinhphu.example.vn/a.htm",
        date: "2024-06-01T09:30:00+07:00",
        summary: "Sáng 1/6, Chính phủ họp thường kỳ.",
      },
      {
        title: "Tin thứ hai",
        link: "https://chinhphu.example.vn/b.htm",
        date: "2024-06-02T01:00:00Z",
        summary: null,
      },
    ]);
  });

  it("should read RSS 1.0 (RDF) items and Vietnamese dd/mm/yyyy dates", () => {
    const rdf = `<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">
      <channel><title>T</title></channel>
      <item><title>Một</title><link>https://x.vn/1</link><pubDate>01/07/2020 08:15</pubDate></item>
    </rdf:RDF>`;
    expect(parseFeed(rdf)).toEqual([
      { title: "Một", link: "https://x.vn/1", date: "2020-07-01T08:15:00", summary: null },
    ]);
  });

  it("should give null for a date it cannot read", () => {
    const rss = "<rss><channel><item><title>A</title><pubDate>hôm qua</pubDate></item></channel></rss>";
    expect(parseFeed(rss)[0].date).toBeNull();
  });

  it("should return an empty list for HTML, junk and empty strings", () => {
    expect(parseFeed("")).toEqual([]);
    expect(parseFeed("<html><body><p>không phải feed</p></body></html>")).toEqual([]);
    expect(parseFeed("<rss><channel><item><title>unclosed")).toEqual(expect.any(Array));
  });

  it("should throw a TypeError naming the argument on a non-string", () => {
    expect(() => parseFeed(42 as never)).toThrow(/parseFeed: expected xml to be a string, got a number/);
  });

  it("should never throw on any string", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 300 }), (s) => {
        expect(Array.isArray(parseFeed(s))).toBe(true);
        expect(
          Array.isArray(
            parseFeed(
              `<rss><channel><item><title>${s}</title><pubDate>${s}</pubDate></item></channel></rss>`,
            ),
          ),
        ).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("should take linear time on adversarial input", () => {
    const build = (n: number) => {
      const junk = "<item><title>".repeat(n / 13) + "1 Jan ".repeat(n / 60);
      return `<rss><channel><item><pubDate>${"1".repeat(n / 2)}/${"/1".repeat(n / 4)}</pubDate><title>${junk.replace(/</g, "&lt;")}</title></item></channel></rss>`;
    };
    const { small, large } = linearTimes(build, (feed) => parseFeed(feed));
    expect(large).toBeLessThan(small * 30);
  });
});
