import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { looksLikeHtml } from "../../src/cli/run-cli";
import { encodeModel } from "../../src/segment/words/model-format";
import { cli } from "./_run";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const SEED = join(ROOT, "examples", "quang-tri-party-building.txt");
const PAGE = join(ROOT, "test", "fixtures", "html", "government-portal.html");
const TEXT = "Sáng 1/7/2020, Bộ Chính trị họp. Hội nghị bế mạc.";

describe("vietnews --help", () => {
  it("should print help with examples for every command and exit 0", async () => {
    for (const cmd of ["parse", "normalize", "segment", "entities"]) {
      const r = await cli([cmd, "--help"]);
      expect(r.code).toBe(0);
      expect(r.out).toContain(`Usage: vietnews ${cmd}`);
      expect(r.out).toContain("Examples:");
      expect((await cli(["help", cmd])).out).toBe(r.out);
    }
    const top = await cli(["--help"]);
    expect(top.code).toBe(0);
    expect(top.out).toMatch(/Commands:[\s\S]*parse[\s\S]*Exit status/);
  });
});

describe("vietnews argument errors", () => {
  const cases: [string[], RegExp][] = [
    [["frobnicate"], /unknown command "frobnicate"/],
    [["parse", "--bogus"], /'--bogus'/],
    [["parse", "--format", "yaml"], /--format: "yaml" \(expected json, ndjson, xml, html, text\)/],
    [["parse", "--tone", "modern"], /--tone: "modern" \(expected preserve, old, new\)/],
    [["parse", "--reference-date", "2020-13-01"], /--reference-date: "2020-13-01"/],
    [["parse", "--reference-date", "yesterday"], /--reference-date/],
    [["parse", "--ndjson", "--workers", "0"], /--workers: "0"/],
    [["parse", "--ndjson", "--workers", "two"], /--workers: "two"/],
    [["parse", "--workers", "2"], /--workers needs --ndjson/],
    [["parse", "--format"], /--format/],
    [["normalize", "--tone", "x"], /--tone: "x"/],
    [["normalize", "--legacy", "utf7"], /--legacy: "utf7"/],
    [["segment", "--words", "--sentences"], /--words and --sentences/],
    [["segment", "--format", "xml"], /--format: "xml"/],
    [["entities", "--reference-date", "1/7/2020"], /--reference-date/],
  ];
  for (const [argv, message] of cases) {
    it(`should exit 2 naming the bad argument for: ${argv.join(" ")}`, async () => {
      const r = await cli(argv, TEXT);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(message);
      expect(r.out).toBe("");
    });
  }

  it("should exit 2 with the overview when no command is given", async () => {
    const r = await cli([]);
    expect(r.code).toBe(2);
    expect(r.out).toContain("Commands:");
  });
});

describe("vietnews parse", () => {
  it("should parse text from stdin into one JSON article", async () => {
    const r = await cli(["parse"], TEXT);
    expect(r.code).toBe(0);
    const a = JSON.parse(r.out);
    expect(a.text).toBe(TEXT);
    expect(a.sentences.length).toBeGreaterThanOrEqual(1);
    for (const s of a.sentences) expect(a.text.slice(s.start, s.end)).toBe(s.text);
  });

  it("should detect HTML in a file and use the page's metadata", async () => {
    const r = await cli(["parse", PAGE]);
    const a = JSON.parse(r.out);
    expect(a.text).toContain("Cùng dự có các Phó Thủ tướng");
    expect(a.text).not.toContain("Đọc nhiều");
    expect(a.title).toBe("Thủ tướng chủ trì phiên họp Chính phủ thường kỳ tháng 6");
  });

  it("should detect HTML on stdin and take --url", async () => {
    const html =
      "<html><body><article><p>Bộ Chính trị họp.</p><p>Hội nghị bế mạc.</p></article></body></html>";
    const a = JSON.parse((await cli(["parse", "--url", "https://bao.vn/a"], html)).out);
    expect(a.text).toContain("Bộ Chính trị họp.");
    expect(a.text).not.toContain("<p>");
  });

  it("should write one compact line per file with --format ndjson, naming each file", async () => {
    const r = await cli(["parse", "--format", "ndjson", SEED, PAGE]);
    const lines = r.out.trimEnd().split("\n");
    expect(lines).toHaveLength(2);
    expect(lines.map((l) => JSON.parse(l).file)).toEqual([SEED, PAGE]);
  });

  it("should write a JSON array for several files with --format json", async () => {
    const arr = JSON.parse((await cli(["parse", SEED, PAGE])).out);
    expect(arr).toHaveLength(2);
    expect(arr[1].file).toBe(PAGE);
  });

  it("should write well-formed TEI with --format xml, and a teiCorpus for several files", async () => {
    const one = (await cli(["parse", "--format", "xml"], TEXT)).out;
    expect(XMLValidator.validate(one)).toBe(true);
    expect(one).toContain("<TEI");
    const many = (await cli(["parse", "--format", "xml", SEED, PAGE])).out;
    expect(XMLValidator.validate(many)).toBe(true);
    expect(many.match(/<TEI /g)).toHaveLength(2);
  });

  it("should write the article view with --format html: a page, one page for several files, a view a record", async () => {
    const one = (await cli(["parse", "--format", "html", SEED])).out;
    expect(one.startsWith("<!DOCTYPE html>")).toBe(true);
    expect(one).toContain('data-kind="official"');
    const many = (await cli(["parse", "--format", "html", SEED, PAGE])).out;
    expect(many.match(/<!DOCTYPE html>/g)).toHaveLength(1);
    expect(many.match(/<section>/g)).toHaveLength(2);
    const batch = (
      await cli(["parse", "--ndjson", "--format", "html"], '{"id":"a","text":"Bộ Chính trị họp."}\n')
    ).out;
    const rec = JSON.parse(batch.trim());
    expect(rec.id).toBe("a");
    expect(rec.view).toContain('<mark class="k-body"');
  });

  it("should write the clean text with --format text", async () => {
    const r = await cli(["parse", "--format", "text", SEED]);
    const a = JSON.parse((await cli(["parse", SEED])).out);
    expect(r.out).toBe(`${a.text}\n`);
  });

  it("should apply --tone to the article", async () => {
    const a = JSON.parse(
      (await cli(["parse", "--tone", "old"], "Uỷ ban nhân dân tỉnh họp bàn việc hoà giải.")).out,
    );
    expect(a.normalization.toneStyle).toBe("old");
    expect(a.text).toContain("Ủy ban");
    const b = JSON.parse((await cli(["parse", "--tone", "new"], "Ủy ban nhân dân tỉnh họp.")).out);
    expect(b.text).toContain("Uỷ ban");
  });

  it("should add words with --words, and <w> elements in XML", async () => {
    const plain = JSON.parse((await cli(["parse"], TEXT)).out);
    expect(plain.words).toBeUndefined();
    const a = JSON.parse((await cli(["parse", "--words"], TEXT)).out);
    expect(a.words.length).toBeGreaterThan(0);
    expect((await cli(["parse", "--words", "--format", "xml"], TEXT)).out).toContain("<w");
  });

  it("should resolve dates without a year against --reference-date", async () => {
    const a = JSON.parse(
      (await cli(["parse", "--reference-date", "2019-03-05"], "Ngày 1/7, Bộ Chính trị họp.")).out,
    );
    const date = a.entities.find((e: { kind: string }) => e.kind === "date");
    expect(date?.value).toBe("2019-07-01");
  });

  it("should report an unreadable file, go on with the others and exit 2 + failures", async () => {
    const r = await cli(["parse", "--format", "ndjson", "/nonexistent/a.txt", SEED]);
    expect(r.code).toBe(3);
    expect(r.err).toContain("cannot read /nonexistent/a.txt");
    expect(r.out.trimEnd().split("\n")).toHaveLength(1);
  });

  it("should say in its help what the exit statuses mean, as they are", async () => {
    const r = await cli(["--help"]);
    expect(r.out).toContain("1 a crash");
    expect(r.out).toContain("a missing or unreadable file among them");
  });

  it("should read legacy bytes through the decoder", async () => {
    // "Việt Nam" in TCVN3 bytes, with more text so the detector is sure.
    const tcvn3 = Buffer.from("Vi\xd6t Nam lµ mét n\xadíc. §¶ng Céng s¶n ViÖt Nam l·nh ®¹o.", "latin1");
    const a = JSON.parse((await cli(["parse"], tcvn3)).out);
    expect(a.text).toContain("Việt Nam");
  });
});

describe("vietnews parse --fields and --spans", () => {
  it("should write only the fields asked for, and spans as offsets, the same for files and records", async () => {
    const full = JSON.parse((await cli(["parse"], TEXT)).out);
    const a = JSON.parse(
      (await cli(["parse", "--fields", "text,sentences,entities", "--spans", "offsets"], TEXT)).out,
    );
    expect(Object.keys(a)).toEqual(["text", "sentences", "entities"]);
    expect(a.sentences).toEqual(full.sentences.map((s: { start: number; end: number }) => [s.start, s.end]));
    expect(a.entities).toHaveLength(full.entities.length);
    for (const [k, e] of a.entities.entries()) {
      expect(e).not.toHaveProperty("text");
      expect(a.text.slice(e.start, e.end)).toBe(full.entities[k].text);
    }
    const record = `${JSON.stringify({ id: "r", text: TEXT })}\n`;
    const line = JSON.parse(
      (await cli(["parse", "--ndjson", "--fields", "text,sentences,entities", "--spans", "offsets"], record))
        .out,
    );
    expect(line).toEqual({ id: "r", ...a });
  });
  it("should leave the default output as it was and refuse an unknown field or a non-JSON format", async () => {
    const plain = JSON.parse((await cli(["parse", "--spans", "full"], TEXT)).out);
    expect(plain).toEqual(JSON.parse((await cli(["parse"], TEXT)).out));
    const bad = await cli(["parse", "--fields", "text,nope"], TEXT);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('unknown field "nope"');
    expect((await cli(["parse", "-f", "xml", "--spans", "offsets"], TEXT)).code).toBe(2);
  });
});

describe("vietnews --fixed-words", () => {
  const LIST = join(ROOT, "test", "fixtures", "fixed-words.txt");
  const SENTENCE = "Nhóm học máy của Viện nghiên cứu trí tuệ nhân tạo.";
  it("should keep the file's words whole in segment and in parse (main thread and records)", async () => {
    expect((await cli(["segment", "--words"], SENTENCE)).out).not.toContain("học_máy");
    const seg = (await cli(["segment", "--words", "--fixed-words", LIST], SENTENCE)).out;
    expect(seg).toContain("học_máy");
    expect(seg).toContain("Viện_nghiên_cứu");
    const a = JSON.parse((await cli(["parse", "--words", "--fixed-words", LIST], SENTENCE)).out);
    const r = JSON.parse(
      (
        await cli(
          ["parse", "--ndjson", "--words", "--fixed-words", LIST],
          `${JSON.stringify({ id: 1, text: SENTENCE })}\n`,
        )
      ).out,
    );
    expect(r.words).toEqual(a.words);
    expect(a.words.map((w: { text: string }) => w.text)).toContain("trí tuệ nhân tạo");
    const missing = await cli(["parse", "--words", "--fixed-words", join(ROOT, "none.txt")], SENTENCE);
    expect(missing.code).toBe(1);
    expect(missing.err).toContain("cannot read the fixed words");
  });
});

describe("vietnews --word-model", () => {
  // a model that has learned nothing: every weight zero, in a table of 2^10
  const dir = mkdtempSync(join(tmpdir(), "vietnews-model-"));
  const blank = join(dir, "blank.bin");
  writeFileSync(blank, encodeModel(new Int8Array(1024)));
  const SHIPPED = join(ROOT, "data", "wordseg", "model.bin");
  const SENTENCE = "Ban Chấp hành Trung ương Đảng họp phiên bế mạc tại Hà Nội.";
  it("should segment words with the model given, in segment and in parse (main thread and records)", async () => {
    const plain = (await cli(["segment", "--words"], SENTENCE)).out;
    expect((await cli(["segment", "--words", "--word-model", SHIPPED], SENTENCE)).out).toBe(plain);
    const other = (await cli(["segment", "--words", "--word-model", blank], SENTENCE)).out;
    expect(other).not.toBe(plain);
    const a = JSON.parse((await cli(["parse", "--words", "--word-model", blank], SENTENCE)).out);
    const r = JSON.parse(
      (
        await cli(
          ["parse", "--ndjson", "--words", "--word-model", blank],
          `${JSON.stringify({ id: 1, text: SENTENCE })}\n`,
        )
      ).out,
    );
    expect(r.words).toEqual(a.words);
    const shipped = JSON.parse((await cli(["parse", "--words"], SENTENCE)).out);
    const texts = (ws: { text: string }[]) => ws.map((w) => w.text);
    expect(texts(a.words)).not.toEqual(texts(shipped.words));
  });
  it("should stop before any record when the model file is missing or not a model", async () => {
    const missing = await cli(["parse", "--words", "--word-model", join(dir, "none.bin")], SENTENCE);
    expect(missing.code).toBe(1);
    expect(missing.err).toContain("cannot read the word model");
    const notModel = await cli(["segment", "--words", "--word-model", SEED], SENTENCE);
    expect(notModel.err).toMatch(/not a word model/);
  });
});

describe("vietnews parse --ndjson", () => {
  const records = [
    JSON.stringify({ id: "a", text: TEXT }),
    "",
    "{not json",
    JSON.stringify({ id: 7, html: "<article><p>Bộ Chính trị họp.</p></article>", url: "https://bao.vn/7" }),
    JSON.stringify({ id: "no-body", title: "x" }),
    JSON.stringify([1, 2]),
    JSON.stringify({ id: "bad-url", html: "<p>x</p>", url: 5 }),
    JSON.stringify({ id: "z", text: "Hội nghị bế mạc." }),
  ].join("\n");

  it("should write one line per record in input order, with error records for bad ones", async () => {
    const r = await cli(["parse", "--ndjson"], `${records}\n`);
    const lines = r.out
      .trimEnd()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(["a", null, 7, "no-body", null, "bad-url", "z"]);
    expect(lines[0].text).toBe(TEXT);
    expect(lines[1]).toMatchObject({ line: 3, error: expect.stringMatching(/^invalid JSON/) });
    expect(lines[2].text).toContain("Bộ Chính trị họp.");
    expect(lines[3].error).toMatch(/"text", a "markdown" or an "html"/);
    expect(lines[4].error).toMatch(/not a JSON object/);
    expect(lines[5].error).toMatch(/"url" must be a string/);
    expect(lines[6].text).toBe("Hội nghị bế mạc.");
    expect(r.code).toBe(2 + 4);
    expect(r.err).toContain("4 of 7 records failed");
  });

  it("should read Markdown records and text by --input-format, and refuse a format a record contradicts", async () => {
    const md =
      "# Hội nghị bế mạc\n\n**(TTXVN)** - Hội nghị [Trung ương](https://x.vn/tw) bế mạc.\n\n## Kết quả\n\nNội dung.";
    const input = `${[JSON.stringify({ id: 1, text: md }), JSON.stringify({ id: 2, markdown: md })].join("\n")}\n`;
    const auto = (await cli(["parse", "--ndjson"], input)).out
      .trimEnd()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(auto.map((a) => a.input.format)).toEqual(["markdown", "markdown"]);
    expect(auto[0].text).toBe("(TTXVN) - Hội nghị Trung ương bế mạc.\n\nKết quả\n\nNội dung.");
    expect(auto[1].input.confidence).toBe(1);
    const r = await cli(["parse", "--ndjson", "--input-format", "text"], input);
    const asText = r.out
      .trimEnd()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(asText[0].text).toContain("**(TTXVN)**");
    expect(asText[1].error).toMatch(/contradicts/);
    expect((await cli(["parse", "--input-format", "rtf"], md)).code).toBe(2);
  });

  it("should exit 0 when every record is good, and read a final line without a newline", async () => {
    const r = await cli(["parse", "--ndjson"], JSON.stringify({ id: 1, text: TEXT }));
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).id).toBe(1);
  });

  it("should cap the exit status at 125", async () => {
    const r = await cli(["parse", "--ndjson"], "x\n".repeat(200));
    expect(r.code).toBe(125);
    expect(r.out.trimEnd().split("\n")).toHaveLength(200);
  });

  it("should turn a record over --max-record-size into an error record and go on", async () => {
    const big = JSON.stringify({ id: "big", text: "Bộ Chính trị họp. ".repeat(2000) });
    const input = `${big}\n${JSON.stringify({ id: "ok", text: TEXT })}\n`;
    const r = await cli(["parse", "--ndjson", "--max-record-size", "4096"], input);
    const lines = r.out
      .trimEnd()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(lines[0]).toMatchObject({ id: "big", line: 1, error: expect.stringMatching(/too long/) });
    expect(lines[1].id).toBe("ok");
    expect(r.code).toBe(3);
  });

  it("should write {id, xml} and {id, text} lines with --format xml and text", async () => {
    const input = `${JSON.stringify({ id: 1, text: TEXT })}\n`;
    const x = JSON.parse((await cli(["parse", "--ndjson", "--format", "xml"], input)).out);
    expect(Object.keys(x)).toEqual(["id", "xml"]);
    expect(XMLValidator.validate(x.xml)).toBe(true);
    const t = JSON.parse((await cli(["parse", "--ndjson", "--format", "text"], input)).out);
    expect(t).toEqual({ id: 1, text: TEXT });
  });

  it("should apply a record's own referenceDate over --reference-date", async () => {
    const input = [
      JSON.stringify({ id: 1, text: "Ngày 1/7, Bộ Chính trị họp." }),
      JSON.stringify({ id: 2, text: "Ngày 1/7, Bộ Chính trị họp.", referenceDate: "2015-02-02" }),
    ].join("\n");
    const lines = (await cli(["parse", "--ndjson", "--reference-date", "2019-03-05"], input)).out
      .trimEnd()
      .split("\n")
      .map((l) => JSON.parse(l));
    const dateOf = (a: { entities: { kind: string; value: string }[] }) =>
      a.entities.find((e) => e.kind === "date")?.value;
    expect(dateOf(lines[0])).toBe("2019-07-01");
    expect(dateOf(lines[1])).toBe("2015-07-01");
  });

  it("should read NDJSON from files given as arguments", async () => {
    const dir = mkdtempSync(join(tmpdir(), "vn-cli-"));
    const f = join(dir, "in.ndjson");
    writeFileSync(f, `${JSON.stringify({ id: "f", text: TEXT })}\n`);
    const r = await cli(["parse", "--ndjson", f]);
    expect(JSON.parse(r.out).id).toBe("f");
  });

  it("should draw a progress bar on stderr only when stderr is a terminal", async () => {
    const input = `${JSON.stringify({ id: 1, text: TEXT })}\n`;
    expect((await cli(["parse", "--ndjson"], input, false)).err).toBe("");
    const tty = await cli(["parse", "--ndjson"], input, true);
    expect(tty.err).toMatch(/\r.*1 records .*\/s/);
    expect((await cli(["parse", "--ndjson", "--no-progress"], input, true)).err).toBe("");
  });

  it("should print a summary with --stats", async () => {
    const r = await cli(["parse", "--ndjson", "--stats"], `${JSON.stringify({ id: 1, text: TEXT })}\n`);
    expect(r.err).toMatch(/1 records, 0 failed, .* records\/s, CPU [\d.]+ s, peak RSS \d+ MB/);
  });
});

describe("vietnews normalize, segment, entities", () => {
  it("should normalise stdin to stdout with --tone", async () => {
    const r = await cli(["normalize", "--tone", "old"], "Thủ tướng hoà giải. Uỷ ban họp.");
    expect(r.out).toBe("Thủ tướng hòa giải. Ủy ban họp.");
    expect((await cli(["normalize", "--tone", "new"], "hòa")).out).toBe("hoà");
  });

  it("should decode a legacy encoding with --legacy and HTML references with --decode-entities", async () => {
    const r = await cli(["normalize", "--legacy", "tcvn3"], Buffer.from("Vi\xd6t Nam", "latin1"));
    expect(r.out).toBe("Việt Nam");
    expect((await cli(["normalize", "--decode-entities"], "Nh&agrave; n&#432;&#7899;c")).out).toBe(
      "Nhà nước",
    );
  });

  it("should split sentences one per line, or give the spans as JSON", async () => {
    expect((await cli(["segment"], TEXT)).out).toBe("Sáng 1/7/2020, Bộ Chính trị họp.\nHội nghị bế mạc.\n");
    expect((await cli(["segment", "--sentences"], TEXT)).out.split("\n")).toHaveLength(3);
    const spans = JSON.parse((await cli(["segment", "--format", "json"], TEXT)).out);
    for (const s of spans) expect(TEXT.slice(s.start, s.end)).toBe(s.text);
  });

  it("should join the syllables of a word with _ under --words", async () => {
    const r = await cli(["segment", "--words"], "Bộ Chính trị họp. Hội nghị bế mạc.");
    expect(r.out.split("\n")[0]).toContain("Bộ_Chính_trị");
    expect(r.out.trimEnd().split("\n")).toHaveLength(2);
    const spans = JSON.parse((await cli(["segment", "--words", "-f", "json"], TEXT)).out);
    for (const s of spans) expect(TEXT.slice(s.start, s.end)).toBe(s.text);
  });

  it("should write entities as NDJSON, or one JSON array with --format json", async () => {
    const r = await cli(["entities", "--reference-date", "2020-07-05"], "Ngày 1/7, Bộ Chính trị họp.");
    const lines = r.out
      .trimEnd()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(lines.find((e) => e.kind === "date")?.value).toBe("2020-07-01");
    expect(lines.some((e) => e.kind === "body" && e.text === "Bộ Chính trị")).toBe(true);
    const arr = JSON.parse((await cli(["entities", "--format", "json"], "Bộ Chính trị họp.")).out);
    expect(Array.isArray(arr)).toBe(true);
  });
});

describe("looksLikeHtml", () => {
  it("should tell pages from plain text", () => {
    expect(looksLikeHtml(Buffer.from("<!DOCTYPE html><html><body>x</body></html>"))).toBe(true);
    expect(looksLikeHtml(Buffer.from("<div><p>a</p><p>b</p></div>"))).toBe(true);
    expect(looksLikeHtml(Buffer.from(readFileSync(SEED)))).toBe(false);
    expect(looksLikeHtml(Buffer.from("1 < 2 và 3 > 2"))).toBe(false);
    expect(looksLikeHtml(Buffer.from("x"), "page.htm")).toBe(true);
  });
});
