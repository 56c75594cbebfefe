/**
 * Word segmentation throughput: syllables per second of segmentWords on UD-VTB dev text (when
 * ../shared is present; otherwise the seed article repeated), single-threaded, plus the one-off
 * model load (decoding the generated modules into the dictionary and weight tables, and the first
 * call's merged dictionary table) as its own row.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { readConllu } from "../src/segment/words/corpus";
import { segmentWords } from "../src/segment/words/index";
import { buildWordModel } from "../src/segment/words/load";
import { SYL, scanTokens } from "../src/segment/words/scan";
import { type BenchRow, byteLength, measure, sharedDir } from "./harness";

function corpus(): { name: string; text: string } {
  const shared = sharedDir();
  if (shared) {
    const dev = readConllu(readFileSync(join(shared, "data/ud-vtb/vi_vtb-ud-dev.conllu"), "utf8"));
    return { name: "UD-VTB dev text", text: dev.map((s) => s.text).join("\n") };
  }
  const article = readFileSync(join(__dirname, "..", "examples", "quang-tri-party-building.txt"), "utf8");
  return { name: "seed article x40", text: Array(40).fill(article).join("\n\n") };
}

function syllables(text: string): number {
  const scan = scanTokens(text);
  let n = 0;
  for (let i = 0; i < scan.n; i++) if (scan.kind[i] === SYL) n++;
  return n;
}

/** The benchmark rows. */
export function run(): BenchRow[] {
  const { name, text } = corpus();
  const units = syllables(text);
  // the load includes the one-probe table of dictionary, names and places, which the first
  // segmentWords call with a model makes
  const load = measure(() => segmentWords("a", { model: buildWordModel() }), {
    minRuns: 5,
    minTimeMs: 500,
    warmup: 1,
  });
  // CPU time beside wall time: on a busy shared machine the wall-clock median mostly measures waiting.
  let cpuMs = Number.POSITIVE_INFINITY;
  const seg = measure(
    () => {
      const t = process.cpuUsage();
      segmentWords(text);
      const u = process.cpuUsage(t);
      cpuMs = Math.min(cpuMs, (u.user + u.system) / 1000);
    },
    { minRuns: 10, minTimeMs: 3000 },
  );
  return [
    {
      group: "wordseg",
      name: "model load (dictionary + weights + first call)",
      median: load.median,
      runs: load.runs,
    },
    {
      group: "wordseg",
      name: `segmentWords, ${name}`,
      median: seg.median,
      runs: seg.runs,
      bytes: byteLength(text),
      units,
      unitName: "syllables",
      note: `best CPU time ${cpuMs.toFixed(1)} ms = ${(units / cpuMs / 1000).toFixed(2)}M syllables/s`,
    },
  ];
}
