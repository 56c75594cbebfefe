// The package's licence line must cover what it ships: the licences data/README.md names.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = join(__dirname, "..");

describe("package licence", () => {
  it("should name, as SPDX, every licence of the data it ships", () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { license: string };
    const spdx = pkg.license.split(/\s+AND\s+/);
    const table = readFileSync(join(ROOT, "data", "README.md"), "utf8");
    // the last column of each table row is the file's licence
    const named = new Set<string>();
    for (const row of table.split("\n").filter((l) => l.startsWith("| `"))) {
      const licence = row.split("|").at(-2) ?? "";
      if (/CC BY-SA 4\.0/.test(licence)) named.add("CC-BY-SA-4.0");
      if (/Apache-2\.0/.test(licence)) named.add("Apache-2.0");
      if (/MIT/.test(licence)) named.add("MIT");
    }
    expect(named.size).toBeGreaterThan(0);
    for (const l of named) expect(spdx, `${l} is shipped in data/`).toContain(l);
    expect(readFileSync(join(ROOT, "LICENSE"), "utf8")).toContain("MIT License");
  });
});
