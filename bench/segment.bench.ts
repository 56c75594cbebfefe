/**
 * Throughput of the segment stage's scanners, single-threaded: `tokenize`, `splitSentences` and
 * `splitParagraphs` on the seed article and, when ../shared is present, on UD-VTB dev text
 * (its `# text` sentences detokenised and joined five to a paragraph, paragraphs separated by a
 * blank line). Units are syllables: tokens of kind "syllable", counted once outside the timing.
 * The first call (which builds the character-class table and parses the abbreviation data) is
 * reported separately.
 */
import { readFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { join } from "node:path";
import { splitParagraphs } from "../src/segment/split-paragraphs";
import { splitSentences } from "../src/segment/split-sentences";
import { tokenize } from "../src/segment/tokenize";
import { detokenize, makeParagraphs, readSentences } from "./accuracy/sentences";
import { type BenchRow, byteLength, measure, sharedDir } from "./harness";

function fmt(n: number): string {
  return n >= 1e6 ? `${(n / 1e6).toFixed(2)}M` : `${(n / 1e3).toFixed(1)}k`;
}

function rowsFor(corpus: string, text: string, minTimeMs: number): BenchRow[] {
  const syllables = tokenize(text).filter((t) => t.kind === "syllable").length;
  const bytes = byteLength(text);
  const rows: BenchRow[] = [];
  for (const [name, fn] of [
    ["tokenize", () => tokenize(text)],
    ["splitSentences", () => splitSentences(text)],
    ["splitParagraphs", () => splitParagraphs(text)],
  ] as const) {
    const r = measure(fn, { minTimeMs });
    // CPU time of this process over the same work: immune to preemption on a loaded machine.
    const reps = Math.min(r.runs, 200);
    const c = process.cpuUsage();
    for (let k = 0; k < reps; k++) fn();
    const used = process.cpuUsage(c);
    const cpuMs = (used.user + used.system) / 1000 / reps;
    rows.push({
      group: `segment: ${corpus}`,
      name,
      median: r.median,
      runs: r.runs,
      bytes,
      units: syllables,
      unitName: "syl",
      baseline: name === "tokenize" ? undefined : "tokenize",
      note: `CPU ${cpuMs.toFixed(3)} ms/call = ${fmt(syllables / (cpuMs / 1000))} syl/s`,
    });
  }
  return rows;
}

/** The benchmark rows. */
export function run(): BenchRow[] {
  const seed = readFileSync(join(__dirname, "..", "examples", "quang-tri-party-building.txt"), "utf8");
  const t0 = performance.now();
  splitSentences(seed);
  const first = performance.now() - t0;
  const rows: BenchRow[] = [
    {
      group: "segment: load",
      name: "first splitSentences call (seed)",
      median: first,
      runs: 1,
      note: `includes parsing the abbreviation data unless loaded earlier; load average ${loadavg()[0].toFixed(1)} on ${cpus().length} CPUs`,
    },
    ...rowsFor("seed article", seed, 1500),
  ];
  const shared = sharedDir();
  if (shared) {
    const sents = readSentences(join(shared, "data", "ud-vtb", "vi_vtb-ud-dev.conllu")).map(detokenize);
    const text = makeParagraphs(sents)
      .map((p) => p.text)
      .join("\n\n");
    rows.push(...rowsFor("UD-VTB dev", text, 3000));
  }
  return rows;
}
