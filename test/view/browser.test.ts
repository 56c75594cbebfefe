// The article view in a real browser: headless Chromium (Debian's `chromium` package) loads the
// seed's page from a file, and the DOM it built is checked against the article (one mark, or
// several sharing an id, per entity with the entity's text; every removed line in the closed panel;
// the legend's counts), then a screenshot is written where a person can look at it
// ($VIETNEWS_SCREENSHOT_DIR, else the temporary folder; the path is printed). Skips when there is
// no Chromium, unless $VIETNEWS_REQUIRE_BROWSER is set (.ci/run sets it, after installing Chromium).
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DomUtils, parseDocument } from "htmlparser2";
import { describe, expect, it } from "vitest";
import { dumpDom, findChromium, screenshot } from "../../scripts/_chromium";
import { parseArticle } from "../../src/article/index";
import { toHTML } from "../../src/view/index";
import { SEED_TEXT } from "../_shared";

const seed = SEED_TEXT;
const chromium = findChromium();
const required = Boolean(process.env.VIETNEWS_REQUIRE_BROWSER);

describe("toHTML in headless Chromium", () => {
  it.runIf(required)("should find Chromium where CI installed it", () => {
    expect(chromium, "no Chromium at $CHROMIUM or /usr/bin/chromium").not.toBeNull();
  });

  it.skipIf(!chromium)(
    "should render the seed's view: a mark per entity, every removed line, a screenshot",
    () => {
      const a = parseArticle(seed);
      const dir = process.env.VIETNEWS_SCREENSHOT_DIR ?? join(tmpdir(), "vietnews-view");
      mkdirSync(dir, { recursive: true });
      const file = join(dir, "seed-view.html");
      writeFileSync(file, toHTML(a));
      const dom = parseDocument(dumpDom(chromium as string, file));
      // the browser's DOM, not the string: what a reader sees
      const byId = new Map<string, { kind: string; text: string }>();
      for (const m of DomUtils.getElementsByTagName("mark", dom.children)) {
        const id = m.attribs["data-id"];
        const had = byId.get(id);
        byId.set(id, { kind: m.attribs["data-kind"], text: (had?.text ?? "") + DomUtils.textContent(m) });
      }
      expect(byId.size).toBe(a.entities.length);
      expect(a.entities.map((_, i) => byId.get(`e${i}`))).toEqual(
        a.entities.map((e) => ({ kind: e.kind, text: e.text })),
      );
      const panel = DomUtils.getElementsByTagName("details", dom.children)[0];
      expect(panel.attribs.open).toBeUndefined();
      const rows = DomUtils.getElementsByTagName("tr", panel.children)
        .slice(1)
        .map((r) => DomUtils.getElementsByTagName("td", r.children).map((c) => DomUtils.textContent(c)));
      expect(rows).toEqual(a.removed.map((r) => [r.reason, r.text]));
      expect(DomUtils.textContent(dom.children)).toContain(a.title as string);
      const png = join(dir, "seed-view.png");
      rmSync(png, { force: true });
      screenshot(chromium as string, file, png);
      const bytes = readFileSync(png);
      expect(bytes.subarray(1, 4).toString("latin1")).toBe("PNG");
      // a page with text and coloured marks, not a blank one (a blank 1000x1400 PNG is a few kB)
      expect(statSync(png).size).toBeGreaterThan(50_000);
      process.stdout.write(
        `browser view: ${byId.size} entities, ${rows.length} removed lines; screenshot at ${png}\n`,
      );
    },
  );
});
