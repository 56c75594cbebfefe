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
 * ```
 */
export function cliV8Flags(
  execArgv: readonly string[],
  nodeOptions = "",
  args: readonly string[] = [],
): string[] {
  const given = [...execArgv, nodeOptions].join(" ");
  const flags = /inlin/.test(given) ? [] : ["--no-turbo-inlining"];
  if (args.includes("--low-memory") && !/heap-growing/.test(given)) flags.push("--heap-growing-percent=10");
  return flags;
}
