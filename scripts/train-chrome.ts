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
  cvReport,
  DEFAULT_TRAIN,
  fitChrome,
  loadLabelled,
  preparePage,
} from "./_chrome-train";

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
    console.log(cvReport(pages, cv, DEFAULT_TRAIN.threshold));
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
