// The shipped model's trees compiled to code (src/chrome/_data/model-code.ts, written by
// build:data) score every vector exactly as the walk over the model's arrays: on the lines of the
// seed article, of the chrome families and of the dev pages (when ../shared is present), and on
// random vectors made of the model's own thresholds, so both sides of every comparison occur.
import { readdirSync, readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MODEL } from "../../src/chrome/_data/model";
import { MODEL_CODE } from "../../src/chrome/_data/model-code";
import { contextFeatures, describeLines } from "../../src/chrome/_lib/line-features";
import { type Ensemble, score } from "../../src/chrome/_lib/model";
import { scoreLines } from "../../src/chrome/classify-lines";
import { hasShared, SEED_TEXT, sharedPath } from "../_shared";
import { articleLines, FAMILIES } from "./fixtures";

const SEED = SEED_TEXT;

function pages(): string[][] {
  const out = [SEED.split("\n"), ...FAMILIES.map((f) => [...f.head, ...articleLines(), "", ...f.tail])];
  if (hasShared) {
    for (const file of readdirSync(sharedPath("dev")).filter((f) => f.endsWith(".json"))) {
      out.push(
        (JSON.parse(readFileSync(sharedPath("dev", file), "utf8")) as { text: string }).text.split("\n"),
      );
    }
  }
  return out;
}

/** Every threshold the ensemble tests, per feature. */
function thresholds(e: Ensemble, width: number): number[][] {
  const out: number[][] = Array.from({ length: width }, () => [0]);
  for (const t of e.trees) for (let i = 0; i < t.f.length; i++) if (t.f[i] >= 0) out[t.f[i]].push(t.t[i]);
  return out;
}

/** Vectors whose every value is one of the model's thresholds, or a hair either side of one. */
function vectors(e: Ensemble, width: number): fc.Arbitrary<Float64Array> {
  const per = thresholds(e, width);
  return fc
    .tuple(
      ...per.map((ts) =>
        fc.tuple(fc.constantFrom(...ts), fc.constantFrom(-1e-9, 0, 0, 1e-9)).map(([t, d]) => t + d),
      ),
    )
    .map((v) => Float64Array.from(v));
}

describe.skipIf(!MODEL || !MODEL_CODE)("the chrome model's trees as code", () => {
  const model = MODEL!;
  const code = MODEL_CODE!;

  it("should score every line of real pages exactly as the trees' arrays, in both stages", () => {
    let lines = 0;
    for (const page of pages()) {
      const info = describeLines(page, []);
      const p1 = new Float64Array(info.length);
      for (let i = 0; i < info.length; i++) {
        if (info[i].blank) continue;
        const s = code.stage1(info[i].x);
        expect(s).toBe(score(model.stage1, info[i].x));
        p1[i] = 1 / (1 + Math.exp(-s));
        lines++;
      }
      if (!model.stage2) continue;
      const ctx = contextFeatures(info, p1);
      for (let i = 0; i < info.length; i++) {
        if (!info[i].blank) expect(code.stage2!(ctx[i])).toBe(score(model.stage2, ctx[i]));
      }
    }
    expect(lines).toBeGreaterThan(100);
  });

  it("should score vectors on and around every threshold exactly as the trees' arrays", () => {
    const stages = [model.stage1, model.stage2].filter((e): e is Ensemble => e !== null);
    const fns = [code.stage1, code.stage2];
    stages.forEach((e, k) => {
      const width = k === 0 ? model.features.length : model.features.length + model.contextFeatures.length;
      fc.assert(
        fc.property(vectors(e, width), (x) => fns[k]!(x) === score(e, x)),
        { numRuns: 300 },
      );
    });
  });

  it("should give the same probabilities through the code as a copy of the model walked as arrays", () => {
    const copy = structuredClone(model);
    for (const page of pages().slice(0, 6)) {
      const info = describeLines(page, []);
      expect(Array.from(scoreLines(info, model))).toEqual(Array.from(scoreLines(info, copy)));
    }
  });
});
