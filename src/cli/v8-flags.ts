// The V8 flags the command line sets for its own process (workers included: V8's flags are per
// process).

/**
 * V8 flags for the `vietnews` command: TurboFan's inlining off. On the crawl sample about a quarter
 * of the CPU of a parse went to compiling optimised code on V8's helper threads, and each worker
 * compiles its own; without inlining the compiles are smaller. Measured on 2,000 crawl pages,
 * medians of 5 runs: 1 worker 12.75 s against 12.74 s (15.1 s of CPU against 16.7 s), 2 workers
 * 10.3 s against 11.5 s. None when the user gave an inlining flag of their own (in `node`'s
 * arguments or `NODE_OPTIONS`). The library itself sets no flags.
 *
 * With two or more `--workers`, V8 also waits six times longer before it optimises a function
 * (`--interrupt-budget=400000`, default 67584): every worker compiles its own code on the same cores,
 * so fewer compiles of lukewarm functions pay. Medians of 4 alternating runs on the same pages:
 * 2 workers 9.2 s against 9.95 s; one worker would be slower (13.5 s against 12.4 s), so it is
 * left alone.
 *
 * With `--low-memory` among the command's arguments, the heap also grows by 10% at a time
 * (`--heap-growing-percent=10`) instead of V8's default, which lets it double between full
 * collections: peak RSS on 2,000 crawl pages 195 MB against 282–290 MB with one worker, 392–402 MB
 * against 570–601 MB with two, for 10–20% more time.
 *
 * @param execArgv - node's own arguments (`process.execArgv`)
 * @param nodeOptions - the `NODE_OPTIONS` variable, if any
 * @param args - the command's arguments
 * @returns the flags to set with `v8.setFlagsFromString`
 * @example
 * ```ts
 * [cliV8Flags([]), cliV8Flags(["--turbo-inlining"]), cliV8Flags([], "--max-inlined-bytecode-size=100")];
 * //=> [["--no-turbo-inlining"], [], []]
 * cliV8Flags([], "", ["parse", "--ndjson", "--low-memory"]);
 * //=> ["--no-turbo-inlining", "--heap-growing-percent=10"]
 * cliV8Flags([], "", ["parse", "--ndjson", "--workers", "2"]);
 * //=> ["--no-turbo-inlining", "--interrupt-budget=400000"]
 * ```
 */
export function cliV8Flags(
  execArgv: readonly string[],
  nodeOptions = "",
  args: readonly string[] = [],
): string[] {
  const given = [...execArgv, nodeOptions].join(" ");
  const flags = /inlin/.test(given) ? [] : ["--no-turbo-inlining"];
  if (workersOf(args) >= 2 && !/interrupt-budget/.test(given)) flags.push("--interrupt-budget=400000");
  if (args.includes("--low-memory") && !/heap-growing/.test(given)) flags.push("--heap-growing-percent=10");
  return flags;
}

/** The number given to `--workers` (`--workers 2` or `--workers=2`), 1 when none or not a number. */
function workersOf(args: readonly string[]): number {
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const v = a === "--workers" ? args[i + 1] : a.startsWith("--workers=") ? a.slice(10) : undefined;
    if (v !== undefined) return /^\d+$/.test(v) ? Number(v) : 1;
  }
  return 1;
}
