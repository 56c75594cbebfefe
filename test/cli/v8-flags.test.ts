// The command's own V8 flags: inlining off and the heap's growth bounded, unless the user chose flags of their own.
import { describe, expect, it } from "vitest";
import { cliV8Flags } from "../../src/cli/v8-flags";

describe("cliV8Flags", () => {
  it("should turn inlining off by default", () => {
    expect(cliV8Flags([])).toContain("--no-turbo-inlining");
    expect(cliV8Flags(["--max-old-space-size=4096"], "--enable-source-maps")).toContain(
      "--no-turbo-inlining",
    );
  });
  it("should bound the heap's growth by the number of workers, unless the user chose a growth", () => {
    const growth = (args: string[], execArgv: string[] = []) =>
      cliV8Flags(execArgv, "", args).filter((f) => f.startsWith("--heap-growing-percent"));
    expect(growth(["parse", "--ndjson"])).toEqual(["--heap-growing-percent=100"]);
    expect(growth(["parse", "--ndjson", "--workers", "1"])).toEqual(["--heap-growing-percent=100"]);
    expect(growth(["parse", "--ndjson", "--workers", "2"])).toEqual(["--heap-growing-percent=30"]);
    expect(growth(["parse", "--ndjson", "--workers=8"])).toEqual(["--heap-growing-percent=30"]);
    expect(growth(["parse", "--ndjson", "--low-memory"])).toEqual(["--heap-growing-percent=10"]);
    expect(growth(["parse", "--ndjson", "--workers", "2", "--low-memory"])).toEqual([
      "--heap-growing-percent=10",
    ]);
    expect(growth(["parse", "--low-memory"], ["--heap-growing-percent=50"])).toEqual([]);
    expect(growth(["parse", "--ndjson"], ["--heap-growing-percent=50"])).toEqual([]);
    expect(cliV8Flags([], "--heap-growing-percent=30", ["parse"])).not.toContain(
      "--heap-growing-percent=100",
    );
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
    expect(cliV8Flags(["--turbo-inlining"])).not.toContain("--no-turbo-inlining");
    expect(cliV8Flags([], "--max-inlined-bytecode-size-cumulative=300")).not.toContain("--no-turbo-inlining");
  });
});
