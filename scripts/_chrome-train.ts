/**
 * Training and cross-validation of the chrome line classifier, shared by `npm run train:chrome`
 * and `npm run bench:accuracy`.
 *
 * Data: every labelled page in `../shared/dev` (the 17 gold articles), `../shared/dev/chrome-corpus`
 * (40 crawl pages) and `../shared/dev/entities-corpus` (12 crawl pages, cut). A line is chrome when
 * its trimmed text is in the page's `chrome` list; lines of only punctuation are neither and are
 * not scored. Pages are grouped by site template for cross-validation (leave one template out),
 * so a figure is always on pages of a template the model never saw.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { scoreLines } from "../src/chrome/classify-lines";
import { decideLines } from "../src/chrome/_lib/decide";
import { cutInlineChrome } from "../src/chrome/_lib/inline-chrome";
import {
  CONTEXT_FEATURES,
  contextFeatures,
  describeLines,
  FEATURES,
  type LineInfo,
} from "../src/chrome/_lib/line-features";
import { type ChromeModel, probability } from "../src/chrome/_lib/model";
import { type BoilerplateProfile, BoilerplateLearner } from "../src/chrome/boilerplate";
import { crawlRecords } from "./_crawl";
import { DEFAULT_GBDT, type GbdtOptions, trainGbdt } from "./_gbdt";

/** A labelled page. */
export interface LabelledPage {
  id: string;
  /** Which labelled set it comes from. */
  set: "dev" | "chrome-corpus" | "entities-corpus";
  kind: string;
  /** Site template, the unit of cross-validation. */
  group: string;
  text: string;
  chrome: string[];
}

/** Site templates of the labelled crawl pages that are not told by their kind (see the sets' READMEs). */
const TEMPLATE: Record<string, string> = {
  // the TVPL legal-document page template (both pages in one fold); the two chrome-free plans are
  // from other portals (the set's README: at most two pages of one portal template)
  "9063e901ca3fd0c3": "legal-doc-tvpl",
  ca6ff32db1f99d30: "legal-doc-tvpl",
  "8e9a425dd83e56b3": "legal-doc-117",
  d40513a8b25883ec: "legal-doc-181",
  d9bd1c26ebc42be0: "google-books",
  // news pages with the "Bình luận (0)" counter: one site
  "8bec111e1458f826": "news-binh-luan",
  "8ddc77a34d9348cb": "news-binh-luan",
  "8f3188048d22eb3d": "news-binh-luan",
  // government news (chinhphu.vn family: "(Chinhphu.vn) -", app badge, comment form)
  ae759a578e5bff5f: "chinhphu",
  c166602740e65633: "chinhphu",
  ddf1b53ecb8fd75b: "chinhphu",
  de8c728a634204c1: "chinhphu",
  cf6c4b65d580c8eb: "chinhphu",
  "901786144942f306": "chinhphu",
  df6ba02e83f6819e: "chinhphu",
  // a legal portal's news repost with its "Nội dung chính" box
  "9dc1a389b65d1993": "legal-qa",
};

function groupOf(set: LabelledPage["set"], id: string, kind: string, source: string): string {
  if (TEMPLATE[id]) return TEMPLATE[id];
  if (set === "dev") return /chinhphu/.test(source) ? "chinhphu" : `dev-${id}`;
  if (kind === "wiki") return "wikipedia";
  if (kind === "legal-qa") return "legal-qa";
  return `page-${id}`;
}

/** Every labelled page under `shared`. */
export function loadLabelled(shared: string): LabelledPage[] {
  const out: LabelledPage[] = [];
  const read = (dir: string, set: LabelledPage["set"]) => {
    const full = join(shared, "dev", dir);
    if (!existsSync(full)) return;
    for (const f of readdirSync(full)
      .filter((x) => x.endsWith(".json"))
      .sort()) {
      const g = JSON.parse(readFileSync(join(full, f), "utf8")) as {
        id: string;
        kind?: string;
        source?: string;
        text: string;
        chrome: string[];
      };
      const id = g.id ?? f.replace(/\.json$/, "");
      const kind = g.kind ?? "news";
      out.push({
        id,
        set,
        kind,
        group: groupOf(set, id, kind, g.source ?? ""),
        text: g.text,
        chrome: g.chrome,
      });
    }
  };
  read(".", "dev");
  read("chrome-corpus", "chrome-corpus");
  read("entities-corpus", "entities-corpus");
  return out;
}

/** Streams the texts of an NDJSON(.gz) crawl file. */
export async function* crawlTexts(file: string, keep?: (id: string) => boolean): AsyncGenerator<string> {
  for await (const r of crawlRecords(file, keep)) yield r.text;
}

/** A profile learned over the crawl sample in `shared/corpus`, or null when it is absent. */
export async function crawlProfile(shared: string): Promise<BoilerplateProfile | null> {
  const file = join(shared, "corpus", "tnt305-dev.ndjson.gz");
  if (!existsSync(file)) return null;
  const learner = new BoilerplateLearner();
  for await (const t of crawlTexts(file)) learner.add(t);
  return learner.profile();
}

/** A page made ready for training: its lines described (with and without a profile) and labelled. */
export interface PreparedPage {
  page: LabelledPage;
  lines: string[];
  /** 1 where the gold calls the line chrome. */
  gold: Uint8Array;
  /** 1 chrome, 0 content, -1 not scored (blank once inline chrome is cut). */
  labels: Int8Array;
  /** True where a line was only an edit link (chrome by rule). */
  ruleChrome: Uint8Array;
  plain: LineInfo[];
  profiled: LineInfo[] | null;
  /** Documents of the profile (0 without one). */
  profileDocs: number;
}

/** Describes and labels a page. */
export function preparePage(page: LabelledPage, profile: BoilerplateProfile | null): PreparedPage {
  const lines = page.text.split("\n");
  const gold = goldLines(lines, page.chrome);
  const blocks: string[] = [];
  const cuts: boolean[] = [];
  const ruleChrome = new Uint8Array(lines.length);
  for (const l of lines) {
    const c = cutInlineChrome(l);
    blocks.push(c.text);
    cuts.push(c.cuts.length > 0);
  }
  const plain = describeLines(blocks, cuts);
  const profiled = profile ? describeLines(blocks, cuts, profile) : null;
  const labels = new Int8Array(lines.length);
  for (let i = 0; i < lines.length; i++) {
    const letters = /[\p{L}\p{N}]/u.test(lines[i]);
    if (plain[i].blank) {
      labels[i] = -1;
      if (cuts[i] && letters) ruleChrome[i] = 1;
      continue;
    }
    labels[i] = gold[i];
  }
  return {
    page,
    lines,
    gold,
    labels,
    ruleChrome,
    plain,
    profiled,
    profileDocs: profile ? profile.documents : 0,
  };
}

/**
 * Which lines the gold calls chrome: its list is in document order, one entry a line, so it is
 * matched to the lines in order (a line shown twice may be chrome in one place and content in the
 * other, as a sapo repeated in a header box is); an entry that does not match in order falls back
 * to every line with its text.
 */
export function goldLines(lines: string[], chrome: string[]): Uint8Array {
  const out = new Uint8Array(lines.length);
  let at = 0;
  const unmatched: string[] = [];
  for (const c of chrome) {
    const t = c.trim();
    let i = at;
    while (i < lines.length && lines[i].trim() !== t) i++;
    if (i < lines.length) {
      out[i] = 1;
      at = i + 1;
    } else unmatched.push(t);
  }
  if (unmatched.length) {
    const rest = new Set(unmatched);
    for (let i = 0; i < lines.length; i++) if (rest.has(lines[i].trim())) out[i] = 1;
  }
  return out;
}

/** Training options of the two-stage model. */
export interface ChromeTrainOptions {
  stage1: GbdtOptions;
  stage2: GbdtOptions;
  /** Folds of the inner cross-validation that gives the second stage out-of-fold first-stage scores. */
  innerFolds: number;
  threshold: number;
  /** 1: the first stage alone; 2: both. */
  stages: 1 | 2;
  /** How lines are weighted: "page" (each page weighs √lines) or "group" (each template weighs the same). */
  weighting: "page" | "group";
}

export const DEFAULT_TRAIN: ChromeTrainOptions = {
  stage1: { ...DEFAULT_GBDT, trees: 100, depth: 4 },
  stage2: { ...DEFAULT_GBDT, trees: 80, depth: 3 },
  innerFolds: 4,
  threshold: 0.6,
  stages: Number(process.env.CHROME_STAGES ?? 2) === 1 ? 1 : 2,
  weighting: process.env.CHROME_WEIGHTING === "group" ? "group" : "page",
};

/** The described variants of a page used in training: without a profile, and with one when given. */
function variants(p: PreparedPage): LineInfo[][] {
  return p.profiled ? [p.plain, p.profiled] : [p.plain];
}

let weighting: ChromeTrainOptions["weighting"] = "page";
let groupPages = new Map<string, number>();

function rowWeight(p: PreparedPage): number {
  let n = 0;
  for (const l of p.labels) if (l >= 0) n++;
  if (!n) return 0;
  if (weighting === "page") return 1 / Math.sqrt(n);
  return 100 / (n * (groupPages.get(p.page.group) ?? 1));
}

function stage1Rows(pages: PreparedPage[]) {
  const X: Float64Array[] = [];
  const y: number[] = [];
  const w: number[] = [];
  for (const p of pages) {
    const wt = rowWeight(p);
    for (const info of variants(p)) {
      for (let i = 0; i < info.length; i++) {
        if (p.labels[i] < 0) continue;
        X.push(info[i].x);
        y.push(p.labels[i]);
        w.push(wt);
      }
    }
  }
  return { X, y: Uint8Array.from(y), w: Float64Array.from(w) };
}

/** Splits the distinct groups of `pages` into k folds, deterministically (sorted, round robin by size). */
function foldsOf(pages: PreparedPage[], k: number): number[] {
  const sizes = new Map<string, number>();
  for (const p of pages) sizes.set(p.page.group, (sizes.get(p.page.group) ?? 0) + p.lines.length);
  const groups = [...sizes.keys()].sort(
    (a, b) => (sizes.get(b) ?? 0) - (sizes.get(a) ?? 0) || a.localeCompare(b),
  );
  const load = new Array(k).fill(0);
  const fold = new Map<string, number>();
  for (const g of groups) {
    let best = 0;
    for (let f = 1; f < k; f++) if (load[f] < load[best]) best = f;
    fold.set(g, best);
    load[best] += sizes.get(g) ?? 0;
  }
  return pages.map((p) => fold.get(p.page.group) ?? 0);
}

/** Trains the two stages on `pages`. */
export function fitChrome(pages: PreparedPage[], opts: ChromeTrainOptions = DEFAULT_TRAIN): ChromeModel {
  weighting = opts.weighting;
  groupPages = new Map();
  for (const p of pages) groupPages.set(p.page.group, (groupPages.get(p.page.group) ?? 0) + 1);
  const s1 = stage1Rows(pages);
  const stage1 = trainGbdt(s1.X, s1.y, s1.w, opts.stage1);
  if (opts.stages === 1) {
    return {
      version: 1,
      features: [...FEATURES],
      contextFeatures: [...CONTEXT_FEATURES],
      stage1,
      stage2: null,
      threshold: opts.threshold,
    };
  }
  // out-of-fold first-stage scores for the second stage's training rows
  const k = Math.min(opts.innerFolds, new Set(pages.map((p) => p.page.group)).size);
  const fold = foldsOf(pages, Math.max(2, k));
  const oof: Map<LineInfo[], Float64Array> = new Map();
  for (let f = 0; f < Math.max(2, k); f++) {
    const train = pages.filter((_, i) => fold[i] !== f);
    const test = pages.filter((_, i) => fold[i] === f);
    if (!test.length) continue;
    const r = stage1Rows(train);
    const e = r.X.length ? trainGbdt(r.X, r.y, r.w, opts.stage1) : stage1;
    for (const p of test) {
      for (const info of variants(p)) {
        const p1 = new Float64Array(info.length).fill(Number.NaN);
        for (let i = 0; i < info.length; i++) if (!info[i].blank) p1[i] = probability(e, info[i].x);
        oof.set(info, p1);
      }
    }
  }
  const X2: Float64Array[] = [];
  const y2: number[] = [];
  const w2: number[] = [];
  for (const p of pages) {
    const wt = rowWeight(p);
    for (const info of variants(p)) {
      const p1 = oof.get(info);
      if (!p1) continue;
      const ctx = contextFeatures(info, p1);
      for (let i = 0; i < info.length; i++) {
        if (p.labels[i] < 0) continue;
        X2.push(ctx[i]);
        y2.push(p.labels[i]);
        w2.push(wt);
      }
    }
  }
  const stage2 = trainGbdt(X2, Uint8Array.from(y2), Float64Array.from(w2), opts.stage2);
  return {
    version: 1,
    features: [...FEATURES],
    contextFeatures: [...CONTEXT_FEATURES],
    stage1,
    stage2,
    threshold: opts.threshold,
  };
}

/** Per page: the lines as described for scoring, the second stage's probability per line, the profile size. */
export type Scores = Map<PreparedPage, { info: LineInfo[]; p: Float64Array; docs: number }>;

/** Scores pages with a model, with or without the profile features. */
export function scorePages(pages: PreparedPage[], m: ChromeModel, withProfile: boolean): Scores {
  const profileDocs = pages.find((p) => p.profileDocs)?.profileDocs ?? 0;
  const out: Scores = new Map();
  for (const p of pages) {
    const info = withProfile && p.profiled ? p.profiled : p.plain;
    out.set(p, { info, p: scoreLines(info, m), docs: withProfile && p.profiled ? profileDocs : 0 });
  }
  return out;
}

/** Leave-one-template-out cross-validation: every page scored by a model that never saw its template. */
export function crossValidate(
  pages: PreparedPage[],
  opts: ChromeTrainOptions = DEFAULT_TRAIN,
  log?: (s: string) => void,
): { plain: Scores; profiled: Scores | null } {
  const groups = [...new Set(pages.map((p) => p.page.group))].sort();
  const plain: Scores = new Map();
  const profiled: Scores | null = pages.some((p) => p.profiled) ? new Map() : null;
  for (const g of groups) {
    const train = pages.filter((p) => p.page.group !== g);
    const test = pages.filter((p) => p.page.group === g);
    const t0 = Date.now();
    const m = fitChrome(train, opts);
    for (const [p, s] of scorePages(test, m, false)) plain.set(p, s);
    if (profiled) for (const [p, s] of scorePages(test, m, true)) profiled.set(p, s);
    log?.(`  fold ${g}: ${test.length} pages, ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  }
  return { plain, profiled };
}

/** Line figures of one set of pages at a threshold. */
export interface ChromeFigures {
  pages: number;
  gold: number;
  tp: number;
  fp: number;
  fn: number;
  /** Content lines (with a letter or digit) in the pages. */
  contentLines: number;
  /** Content lines removed. */
  lost: number;
  precision: number;
  recall: number;
  /** Mean over pages with any chrome predicted / gold (pages where it is defined). */
  pagePrecision: number;
  pageRecall: number;
  misses: string[];
  losses: string[];
}

/** Scores predictions against the gold at a threshold. */
export function figures(pages: PreparedPage[], scores: Scores, threshold: number): ChromeFigures {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let content = 0;
  const pp: number[] = [];
  const pr: number[] = [];
  const misses: string[] = [];
  const losses: string[] = [];
  for (const p of pages) {
    const got = scores.get(p);
    if (!got) continue;
    const decided = decideLines(got.info, got.p, threshold, got.docs);
    let a = 0;
    let b = 0;
    let c = 0;
    for (let i = 0; i < p.lines.length; i++) {
      if (p.labels[i] < 0 && !p.ruleChrome[i]) continue;
      const goldChrome = p.gold[i] === 1;
      const predicted = p.labels[i] >= 0 ? decided[i] === 1 : true;
      if (!goldChrome) content++;
      if (predicted && goldChrome) a++;
      else if (predicted) {
        b++;
        losses.push(`${p.page.id}:${i} ${p.lines[i].trim().slice(0, 100)}`);
      } else if (goldChrome) {
        c++;
        misses.push(`${p.page.id}:${i} ${p.lines[i].trim().slice(0, 100)}`);
      }
    }
    tp += a;
    fp += b;
    fn += c;
    if (a + b > 0) pp.push(a / (a + b));
    if (a + c > 0) pr.push(a / (a + c));
  }
  const mean = (xs: number[]) => (xs.length ? xs.reduce((x, y) => x + y, 0) / xs.length : Number.NaN);
  return {
    pages: pages.length,
    gold: tp + fn,
    tp,
    fp,
    fn,
    contentLines: content,
    lost: fp,
    precision: tp + fp ? tp / (tp + fp) : Number.NaN,
    recall: tp + fn ? tp / (tp + fn) : Number.NaN,
    pagePrecision: mean(pp),
    pageRecall: mean(pr),
    misses,
    losses,
  };
}

const SETS: [LabelledPage["set"], string][] = [
  ["chrome-corpus", "chrome-corpus (40 crawl pages)"],
  ["entities-corpus", "entities-corpus (12 crawl pages)"],
  ["dev", "dev (17 gold articles)"],
];

function num(x: number): string {
  return Number.isNaN(x) ? "  n/a" : x.toFixed(3);
}

function row(name: string, f: ChromeFigures): string {
  const lostRate = f.contentLines
    ? `${f.lost}/${f.contentLines} (1 in ${f.lost ? Math.round(f.contentLines / f.lost) : "∞"})`
    : "0";
  return `${name.padEnd(34)} ${String(f.pages).padStart(5)} ${String(f.gold).padStart(5)} ${String(f.tp).padStart(5)} ${String(f.fp).padStart(4)} ${String(f.fn).padStart(4)}  ${num(f.precision)}  ${num(f.recall)}   ${num(f.pagePrecision)}   ${num(f.pageRecall)}  ${lostRate}`;
}

const HEAD = `${"".padEnd(34)} pages  gold    tp   fp   fn      P       R   page P   page R  content lines lost`;

/**
 * The cross-validation report: per labelled set, pooled line figures and per-page averages (pages
 * where they are defined), with and without the crawl profile; per template; the misses and losses.
 */
export function cvReport(
  pages: PreparedPage[],
  cv: { plain: Scores; profiled: Scores | null },
  threshold: number,
): string {
  const out: string[] = [];
  for (const [name, scores] of [
    ["without a profile", cv.plain],
    ["with a profile of the crawl sample", cv.profiled],
  ] as const) {
    if (!scores) {
      out.push(`\n${name}: ../shared/corpus is absent, skipped`);
      continue;
    }
    out.push(`\n${name} (threshold ${threshold})\n`, HEAD);
    for (const [set, label] of SETS)
      out.push(
        row(
          label,
          figures(
            pages.filter((p) => p.page.set === set),
            scores,
            threshold,
          ),
        ),
      );
    out.push(row("all", figures(pages, scores, threshold)));
  }
  out.push("\nper site template (without a profile)\n", HEAD);
  for (const g of [...new Set(pages.map((p) => p.page.group))].sort()) {
    out.push(
      row(
        g,
        figures(
          pages.filter((p) => p.page.group === g),
          cv.plain,
          threshold,
        ),
      ),
    );
  }
  const f = figures(pages, cv.plain, threshold);
  out.push("\nchrome lines missed (without a profile):", ...f.misses.map((m) => `  ${m}`));
  out.push("\ncontent lines removed (without a profile):", ...f.losses.map((m) => `  ${m}`));
  return out.join("\n");
}
