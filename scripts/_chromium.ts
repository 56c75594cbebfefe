// Headless Chromium (Debian's `chromium` package) for the article view's browser test and its
// screenshot in docs/: the DOM the browser built from a page, and a PNG of it. The flags are the ones
// a closed network needs (no background connections, a fresh profile each run).
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

/** The Chromium executable ($CHROMIUM, else Debian's /usr/bin/chromium), or null when there is none. */
export function findChromium(): string | null {
  for (const c of [process.env.CHROMIUM, "/usr/bin/chromium", "/usr/bin/chromium-browser"]) {
    if (c && existsSync(c)) return c;
  }
  return null;
}

/** Runs Chromium headless on a local HTML file with extra arguments; returns its stdout. */
function runChromium(chromium: string, file: string, extra: string[]): string {
  const profile = mkdtempSync(join(tmpdir(), "vietnews-chromium-"));
  try {
    const r = spawnSync(
      chromium,
      [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--hide-scrollbars",
        `--user-data-dir=${profile}`,
        ...extra,
        pathToFileURL(file).href,
      ],
      { encoding: "utf8", maxBuffer: 64 * 1024 * 1024, timeout: 60_000 },
    );
    if (r.status !== 0) throw new Error(`chromium exited with ${r.status}: ${(r.stderr ?? "").slice(-2000)}`);
    return r.stdout;
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

/** The DOM Chromium built from an HTML file, serialised (`--dump-dom`). */
export function dumpDom(chromium: string, file: string): string {
  return runChromium(chromium, file, ["--dump-dom"]);
}

/** Writes a PNG screenshot of an HTML file's first `height` pixels at a window `width` wide. */
export function screenshot(chromium: string, file: string, png: string, width = 1000, height = 1400): void {
  runChromium(chromium, file, [`--screenshot=${png}`, `--window-size=${width},${height}`]);
  if (!existsSync(png)) throw new Error(`chromium wrote no screenshot at ${png}`);
}
