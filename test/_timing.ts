// Timing for the linear-time checks (100 kB within 30x of 10 kB): one helper for every test file.
import { expect } from "vitest";

/** Best time per call of a function, in ms: wall clock and this process's CPU time. */
export interface CallTime {
  /** `performance.now()` time. */
  wall: number;
  /** `process.cpuUsage()` user + system time: immune to preemption on a loaded machine. */
  cpu: number;
}

/**
 * The min over `runs` samples (3) of the time per call, where each sample makes `calls` calls (1).
 * Timing a short input over several calls makes both sizes last about as long, so a busy neighbour
 * or a garbage collection slices both alike. `fn` gets the sample's index (to vary its input).
 */
export function timeCall(fn: (run: number) => unknown, { runs = 3, calls = 1 } = {}): CallTime {
  let wall = Number.POSITIVE_INFINITY;
  let cpu = Number.POSITIVE_INFINITY;
  for (let r = 0; r < runs; r++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    for (let c = 0; c < calls; c++) fn(r);
    wall = Math.min(wall, (performance.now() - t0) / calls);
    const c = process.cpuUsage(c0);
    cpu = Math.min(cpu, (c.user + c.system) / 1000 / calls);
  }
  return { wall, cpu };
}

/**
 * True when `large` (100 kB) took under `factor` (30) times `small` (10 kB) by wall time or by CPU
 * time. Wall time alone fails on a machine so loaded that the scheduler preempts every run longer
 * than a time slice (short runs escape it); CPU time is the fallback. Quadratic code fails both.
 * The small time is floored at `floor` ms (1): below it, timer resolution decides the ratio.
 */
export function scalesLinearly(small: CallTime, large: CallTime, { factor = 30, floor = 1 } = {}): boolean {
  return large.wall < factor * Math.max(small.wall, floor) || large.cpu < factor * Math.max(small.cpu, floor);
}

/**
 * Asserts that `fn` stays linear on each adversarial input family: 100 kB within 30x of 10 kB by
 * {@link scalesLinearly}, timing a slightly different string each run so no memoised result is
 * reused; a failed round is measured again, up to three rounds.
 */
export function expectLinear(
  fn: (text: string) => unknown,
  cases: Record<string, (n: number) => string>,
): void {
  for (const [name, make] of Object.entries(cases)) {
    const small = make(10_000);
    const large = make(100_000);
    fn(small);
    fn(large);
    // Up to three rounds: a busy neighbour or a collection can spoil one, while a superlinear
    // function (100x, not 10x) fails every round.
    let ts = timeCall((run) => fn(small + " ".repeat(run + 1)));
    let tl = timeCall((run) => fn(large + " ".repeat(run + 1)));
    for (let round = 1; round < 3 && !scalesLinearly(ts, tl); round++) {
      ts = timeCall((run) => fn(small + " ".repeat(run + 1)));
      tl = timeCall((run) => fn(large + " ".repeat(run + 1)));
    }
    const what = `${name}: ${ts.wall.toFixed(2)} ms vs ${tl.wall.toFixed(2)} ms (cpu ${ts.cpu.toFixed(2)} vs ${tl.cpu.toFixed(2)})`;
    expect(scalesLinearly(ts, tl), what).toBe(true);
  }
}
