// Timing helper for the 30x linearity checks of the bodies, officials and people tests.

/** Minimum wall time (performance.now) and CPU time (process.cpuUsage) of three runs, in ms. */
export function time(fn: (run: number) => unknown): { wall: number; cpu: number } {
  let wall = Number.POSITIVE_INFINITY;
  let cpu = Number.POSITIVE_INFINITY;
  for (let i = 0; i < 3; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    fn(i);
    wall = Math.min(wall, performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu = Math.min(cpu, (c.user + c.system) / 1000);
  }
  return { wall, cpu };
}

/**
 * True when `large` (100 kB) took at most 30x `small` (10 kB). Wall time decides; on a machine so
 * loaded that the scheduler preempts every run longer than a time slice (short runs escape it), the
 * process's own CPU time is the fallback. Quadratic code fails both. Small times are floored at 1 ms:
 * below that, timer resolution would decide the ratio, not the algorithm.
 */
export function linear(small: { wall: number; cpu: number }, large: { wall: number; cpu: number }): boolean {
  return large.wall < 30 * Math.max(small.wall, 1) || large.cpu < 30 * Math.max(small.cpu, 1);
}
