// The command's own V8 flags: inlining off unless the user chose an inlining flag.
import { describe, expect, it } from "vitest";
import { cliV8Flags } from "../../src/cli/v8-flags";

describe("cliV8Flags", () => {
  it("should turn inlining off by default", () => {
    expect(cliV8Flags([])).toEqual(["--no-turbo-inlining"]);
    expect(cliV8Flags(["--max-old-space-size=4096"], "--enable-source-maps")).toEqual([
      "--no-turbo-inlining",
    ]);
  });
  it("should grow the heap in small steps with --low-memory, unless the user chose a growth", () => {
    expect(cliV8Flags([], "", ["parse", "--ndjson", "--low-memory"])).toEqual([
      "--no-turbo-inlining",
      "--heap-growing-percent=10",
    ]);
    expect(cliV8Flags(["--heap-growing-percent=50"], "", ["parse", "--low-memory"])).toEqual([
      "--no-turbo-inlining",
    ]);
    expect(cliV8Flags([], "", ["parse", "--ndjson"])).toEqual(["--no-turbo-inlining"]);
  });
  it("should delay optimising with two workers or more, unless the user chose a budget", () => {
    const budget = "--interrupt-budget=400000";
    expect(cliV8Flags([], "", ["parse", "--ndjson", "--workers", "2"])).toContain(budget);
    expect(cliV8Flags([], "", ["parse", "--ndjson", "--workers=4"])).toContain(budget);
    expect(cliV8Flags([], "", ["parse", "--ndjson", "--workers", "1"])).not.toContain(budget);
    expect(cliV8Flags([], "", ["parse", "--ndjson", "--workers", "x"])).not.toContain(budget);
    expect(cliV8Flags([], "", ["parse", "--ndjson"])).not.toContain(budget);
    expect(cliV8Flags(["--interrupt-budget=1000"], "", ["parse", "--workers", "2"])).not.toContain(budget);
  });
  it("should leave the user's own inlining flags alone", () => {
    expect(cliV8Flags(["--turbo-inlining"])).toEqual([]);
    expect(cliV8Flags([], "--max-inlined-bytecode-size-cumulative=300")).toEqual([]);
  });
});
