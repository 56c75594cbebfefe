// The V8 flags the command line sets for its own process (workers included: V8's flags are per
// process).

/**
 * V8 flags for the `vietnews` command: with two or more workers a longer wait before optimising a
 * function, and the heap kept from growing far past what it holds. The library itself sets no
 * flags.
 *
 * TurboFan's inlining stays on (V8's default). Until 2026-12-07 the command turned it off: on the
 * first 2,000 crawl pages, where compiling is a large share of a run, that made two workers 10%
 * faster (10.3 s against 11.5 s) and left one worker level. On a crawl of the length the command is
 * for it costs: without inlining the optimised code runs 19–20% more instructions a record once it
 * is compiled (callgrind, 40 crawl pages after ten warm passes: 19.39M against 16.28M as Markdown,
 * 13.60M against 11.34M as text), and over the crawl sample four times (27,940 pages, alternating
 * runs on the 2-vCPU Intel machine) one worker took 175.1 and 193.1 s without inlining against
 * 162.9 and 178.1 s with it, two workers 135.6 and 116.2 s against 126.7 and 106.0 s (and less CPU:
 * 261 and 229 s against 249 and 208 s). `node --no-turbo-inlining $(which vietnews) ...` still
 * turns it off for a short run.
 *
 * With two or more `--workers`, V8 also waits six times longer before it optimises a function
 * (`--interrupt-budget=400000`, default 67584): every worker compiles its own code on the same cores,
 * so fewer compiles of lukewarm functions pay. Medians of 4 alternating runs on the first 2,000
 * crawl pages, when the command turned inlining off: 2 workers 9.2 s against 9.95 s; one worker
 * would be slower (13.5 s against 12.4 s), so it is left alone.
 *
 * The old space may grow by 100% of what a full collection leaves before the next one with one
 * worker (the main thread), and by 30% with two or more (`--heap-growing-percent`); V8 picks up to
 * 300% itself, and over 2,000 crawl pages it ran one full collection, at start-up, while the old
 * space filled to about 100 MB. Measured in alternating runs, 2026-12-06:
 * - one worker, on the first 2,000 pages of the crawl sample: 207–214 MB peak RSS against
 *   212–290 MB, up to 4% more time (medians 12.1 s against 11.65 s of 5 runs); on the whole sample
 *   (6,985 pages) 233–236 MB against 300 MB. 30% would cost it about 15%: its collector runs beside
 *   it on the second core, which two workers keep busy;
 * - two workers, on the 2,000 pages: 349–366 MB against 478–560 MB, for 8% more time (medians
 *   9.31 s against 8.58 s of 5 runs); 40% and 50% take as long as 30% and hold 359–376 MB. On the
 *   whole sample 371–395 MB (six runs), where 50% held 395–412 MB (644 MB with V8's own growth,
 *   before the main thread passed bytes to the workers instead of strings).
 *
 * With `--low-memory` among the command's arguments it grows by 10%: on the same pages 177–182 MB
 * with one worker and 345–358 MB with two, for 1.15–1.19x and 1.03–1.10x the time (two runs of
 * `npm run bench -- crawl`). A flag of the user's own (`node --heap-growing-percent=0`: V8's
 * growth) is left alone.
 *
 * @param execArgv - node's own arguments (`process.execArgv`)
 * @param nodeOptions - the `NODE_OPTIONS` variable, if any
 * @param args - the command's arguments
 * @returns the flags to set with `v8.setFlagsFromString`
 * @example
 * ```ts
 * cliV8Flags([]);
 * //=> ["--heap-growing-percent=100"]
 * cliV8Flags([], "", ["parse", "--ndjson", "--low-memory"]);
 * //=> ["--heap-growing-percent=10"]
 * cliV8Flags([], "", ["parse", "--ndjson", "--workers", "2"]);
 * //=> ["--interrupt-budget=400000", "--heap-growing-percent=30"]
 * ```
 */
export function cliV8Flags(
  execArgv: readonly string[],
  nodeOptions = "",
  args: readonly string[] = [],
): string[] {
  const given = [...execArgv, nodeOptions].join(" ");
  const flags: string[] = [];
  if (workersOf(args) >= 2 && !/interrupt-budget/.test(given)) flags.push("--interrupt-budget=400000");
  if (!/heap-growing/.test(given)) {
    const percent = args.includes("--low-memory") ? 10 : workersOf(args) >= 2 ? 30 : 100;
    flags.push(`--heap-growing-percent=${percent}`);
  }
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
