// The module-level caches (interned words, fixed syllables) must not keep the pages their entries were
// cut from: a crawl would otherwise hold on to page after page. Measured in a child process started
// with --expose-gc, so the heap can be collected before it is read.
import { execFileSync } from "node:child_process";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = resolve(__dirname, "../..");

// 60 pages of about 400,000 code units each (48 MB as UTF-16), each with a long word and a long
// toned letter run of its own, so every page adds a cache entry cut from it
const SCRIPT = `
const { ownCopy } = require("./src/core/own-copy");
const { tokenTable } = require("./src/segment/token-table");
const { normalize } = require("./src/normalize/index");
const used = () => { global.gc(); return process.memoryUsage().heapUsed; };
const before = used();
const kept = [];
for (let i = 0; i < 60; i++) {
  const page = "Trang " + i + " " + "văn bản pháp luật ".repeat(22000) + " Internationalization" + String.fromCharCode(97 + (i % 26), 97 + ((i / 26) | 0)) + " xxxxxxxxxxxá" + String.fromCharCode(97 + (i % 26)) + "b" + " hết.";
  tokenTable(page);
  normalize(page);
  kept.push(ownCopy(page.slice(100, 140)));
}
process.stdout.write(JSON.stringify({ grown: used() - before, kept: kept.length }));
`;

describe("module caches", () => {
  it("keep no page alive through a word cut from it", () => {
    const out = execFileSync(
      process.execPath,
      ["--expose-gc", "-r", "ts-node/register/transpile-only", "-e", SCRIPT],
      { cwd: ROOT, encoding: "utf8", env: { ...process.env, TS_NODE_TRANSPILE_ONLY: "1" } },
    );
    const { grown, kept } = JSON.parse(out) as { grown: number; kept: number };
    expect(kept).toBe(60);
    // one retained page is 0.8 MB; sixty would be 48 MB
    expect(grown).toBeLessThan(12e6);
  }, 60_000);
});
