/**
 * `npm run train:chrome [-- --cv]`: trains the chrome line classifier on every labelled page in
 * `../shared/dev` and writes `data/chrome/model.json` (then run `npm run build:data`). With `--cv`
 * it first prints leave-one-template-out cross-validation figures. Deterministic: the same data
 * gives the same bytes.
 */
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { sharedDir } from "../bench/harness";
import {
  crawlProfile,
  crossValidate,
  DEFAULT_TRAIN,
  figures,
  fitChrome,
  loadLabelled,
  preparePage,
} from "./_chrome-train";

function fmt(x: number): string {
  return Number.isNaN(x) ? "  n/a" : x.toFixed(3);
}

async function main(): Promise<void> {
  const shared = sharedDir();
  if (!shared) {
    console.log("train:chrome: ../shared is absent (set VIETNEWS_SHARED); nothing to train on.");
    return;
  }
  const t0 = Date.now();
  const profile = process.argv.includes("--no-profile") ? null : await crawlProfile(shared);
  console.log(
    `profile: ${profile ? `${profile.documents} documents` : "none"} (${((Date.now() - t0) / 1000).toFixed(1)} s)`,
  );
  const pages = loadLabelled(shared).map((p) => preparePage(p, profile));
  console.log(`${pages.length} labelled pages, ${new Set(pages.map((p) => p.page.group)).size} templates`);
  if (process.argv.includes("--cv")) {
    const cv = crossValidate(pages, DEFAULT_TRAIN, (s) => console.log(s));
    for (const [name, scores] of [
      ["without profile", cv.plain],
      ["with profile", cv.profiled],
    ] as const) {
      if (!scores) continue;
      for (const th of [0.3, 0.4, 0.5, 0.6, 0.7]) {
        const rows: string[] = [];
        for (const set of ["chrome-corpus", "entities-corpus", "dev"]) {
          const f = figures(
            pages.filter((p) => p.page.set === set),
            scores,
            th,
          );
          rows.push(
            `${set}: P ${fmt(f.precision)} R ${fmt(f.recall)} (pages P ${fmt(f.pagePrecision)} R ${fmt(f.pageRecall)}) lost ${f.lost}/${f.contentLines} gold ${f.gold}`,
          );
        }
        console.log(`${name} @${th}: ${rows.join(" | ")}`);
      }
      if (process.argv.includes("--errors")) {
        const f = figures(pages, scores, DEFAULT_TRAIN.threshold);
        console.log(`\n${name} misses:\n${f.misses.join("\n")}\n\n${name} losses:\n${f.losses.join("\n")}`);
      }
    }
  }
  if (process.argv.includes("--write")) {
    const m = fitChrome(pages, DEFAULT_TRAIN);
    m.trained = {
      pages: pages.length,
      templates: new Set(pages.map((p) => p.page.group)).size,
      profile: Boolean(profile),
    };
    const out = resolve(__dirname, "..", "data", "chrome", "model.json");
    writeFileSync(out, `${JSON.stringify(m)}\n`);
    console.log(`wrote ${out} (${m.stage1.trees.length} + ${m.stage2?.trees.length ?? 0} trees)`);
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
