// The command's own V8 flags: the heap's growth bounded and, with workers, a longer wait before optimising,
// unless the user chose flags of their own; inlining is V8's to decide.
import { describe, expect, it } from "vitest";
import { cliV8Flags } from "../../src/cli/v8-flags";

describe("cliV8Flags", () => {
  it("should leave inlining on, as V8 has it (long runs are faster with it)", () => {
    expect(cliV8Flags([])).toEqual(["--heap-growing-percent=100"]);
    expect(
      cliV8Flags(["--max-old-space-size=4096"], "--enable-source-maps", ["parse", "--workers", "2"]),
    ).toEqual(["--interrupt-budget=400000", "--heap-growing-percent=30"]);
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
});
