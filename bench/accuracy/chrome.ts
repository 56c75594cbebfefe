/**
 * Scores the chrome stage on every page with chrome labels in `../shared/dev` (the 17 gold articles,
 * the 40 pages of `chrome-corpus`, the 12 of `entities-corpus`), by leave-one-template-out
 * cross-validation: each page is scored by a model trained on the other site templates only (the
 * page-level rules of src/chrome/_lib/decide.ts are fixed code). Lines of only punctuation are not
 * scored, as in the gold convention; a line that is only an edit link is chrome by rule. Figures
 * without a profile and with one learned from the crawl sample (`../shared/corpus`, when present).
 */
import {
  crawlProfile,
  crossValidate,
  cvReport,
  DEFAULT_TRAIN,
  loadLabelled,
  preparePage,
} from "../../scripts/_chrome-train";

/** Runs the scoring and returns the report. */
export async function run(shared: string): Promise<string> {
  const t0 = Date.now();
  const profile = await crawlProfile(shared);
  const pages = loadLabelled(shared).map((p) => preparePage(p, profile));
  const cv = crossValidate(pages, DEFAULT_TRAIN);
  const secs = ((Date.now() - t0) / 1000).toFixed(0);
  return [
    `${pages.length} labelled pages, ${new Set(pages.map((p) => p.page.group)).size} site templates; cross-validation took ${secs} s`,
    cvReport(pages, cv, DEFAULT_TRAIN.threshold),
    "",
    "goals (issue 11): recall >= 0.95, precision >= 0.97 and at most 1 content line lost in 500, pooled and per page, on chrome-corpus and on the 17 dev articles",
  ].join("\n");
}
