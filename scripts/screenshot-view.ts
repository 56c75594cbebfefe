// Writes docs/seed-view.png, the README's picture of the article view: the example article through
// parseArticle and toHTML, rendered by headless Chromium (Debian's package). Run with
// `npm run docs:view` after a change to the view.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parseArticle, toHTML } from "../src/index";
import { findChromium, screenshot } from "./_chromium";

const root = resolve(__dirname, "..");
const chromium = findChromium();
if (!chromium) {
  process.stderr.write("docs:view: no Chromium (apt-get install chromium, or set $CHROMIUM)\n");
  process.exit(1);
}
const page = toHTML(
  parseArticle(readFileSync(join(root, "examples", "quang-tri-party-building.txt"), "utf8")),
);
const file = join(tmpdir(), `vietnews-view-${process.pid}.html`);
writeFileSync(file, page);
try {
  mkdirSync(join(root, "docs"), { recursive: true });
  screenshot(chromium, file, join(root, "docs", "seed-view.png"), 1000, 1300);
  process.stdout.write("wrote docs/seed-view.png\n");
} finally {
  rmSync(file, { force: true });
}
