import { describe, expect, it } from "vitest";
import { CLUSTER_DEFAULTS, syllableClusters } from "../../scripts/_syllable-clusters";

/**
 * A stream where two families of syllables are used in different company: family A (ids 100-109)
 * always stands between 1 and 2, family B (200-209) between 3 and 4, picked by a fixed sequence.
 */
function stream(): Uint32Array {
  const out: number[] = [];
  let r = 7;
  const next = () => {
    r = (Math.imul(r, 1103515245) + 12345) >>> 0;
    return r >>> 16;
  };
  for (let i = 0; i < 4000; i++) {
    const a = next() % 2 === 0;
    const id = (a ? 100 : 200) + (next() % 10);
    out.push(a ? 1 : 3, id, a ? 2 : 4, 0);
  }
  return Uint32Array.from(out);
}

describe("syllableClusters (scripts/_syllable-clusters.ts)", () => {
  const opts = { ...CLUSTER_DEFAULTS, minCount: 5, contexts: 10, dims: 32, branching: [2, 2] };

  it("puts syllables used in the same company together and the two families apart", () => {
    const leaves = syllableClusters(stream(), opts);
    const a = new Set([...Array(10).keys()].map((k) => leaves.get(100 + k)));
    const b = new Set([...Array(10).keys()].map((k) => leaves.get(200 + k)));
    // each family's members share the top-level group ((leaf - 1) >> 1 with a branching of 2, 2)
    const top = (s: Set<number | undefined>) => new Set([...s].map((l) => ((l as number) - 1) >> 1));
    expect(top(a).size).toBe(1);
    expect(top(b).size).toBe(1);
    expect([...top(a)][0]).not.toBe([...top(b)][0]);
    for (const l of [...a, ...b]) expect(l).toBeGreaterThanOrEqual(1);
    for (const l of [...a, ...b]) expect(l).toBeLessThanOrEqual(4);
  });

  it("leaves out syllables seen fewer than minCount times, and gives the same leaves twice", () => {
    const s = stream();
    const withRare = Uint32Array.from([...s, 999, 0]);
    const leaves = syllableClusters(withRare, opts);
    expect(leaves.has(999)).toBe(false);
    expect([...syllableClusters(withRare, opts)]).toEqual([...leaves]);
  });
});
