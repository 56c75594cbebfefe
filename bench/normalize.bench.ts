/**
 * Normaliser throughput in MB/s beside native `String.prototype.normalize("NFC")` on the same NFD
 * input (the baseline row). Corpus: UD-VTB dev `# text` lines (../shared) joined to about 1 MB, or
 * the seed article repeated when ../shared is absent. Legacy rows decode the same text encoded to
 * each legacy encoding (made at run time, see scripts/make-legacy-corpus.ts), with the encoding
 * given and with "auto" detection. Goals: "preserve" on NFD input within 3x the baseline's time;
 * style conversion at 30 MB/s or more.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { CORPUS_ENCODINGS, hasIconv, makeParallel, udLines } from "../scripts/make-legacy-corpus";
import { decodeLegacy, fold, type LegacyEncoding, normalize, toneKey } from "../src/normalize/index";
import { type BenchRow, byteLength, measure, sharedDir } from "./harness";

const TARGET = 1_000_000;

/** Runs the benchmark. */
export function run(): BenchRow[] {
  const shared = sharedDir();
  const lines = shared ? udLines(shared, "dev") : [];
  const source = lines.length
    ? lines.join("\n")
    : readFileSync(resolve(__dirname, "..", "examples", "quang-tri-party-building.txt"), "utf8");
  const nfc = source.repeat(Math.max(1, Math.round(TARGET / source.length))).normalize("NFC");
  const nfd = nfc.normalize("NFD");
  const oldStyle = normalize(nfc, { toneStyle: "old" });
  const newStyle = normalize(nfc, { toneStyle: "new" });
  const group = `normalize (${lines.length ? "UD-VTB dev" : "seed article"}, ${(byteLength(nfc) / 1e6).toFixed(2)} MB)`;
  const baseline = 'native normalize("NFC"), NFD input';
  const rows: BenchRow[] = [];
  const add = (name: string, input: string, fn: (s: string) => unknown, note?: string) => {
    const m = measure(() => fn(input), { minTimeMs: 1500, minRuns: 5 });
    rows.push({ group, name, median: m.median, runs: m.runs, bytes: byteLength(input), baseline, note });
  };
  add(baseline, nfd, (s) => s.normalize("NFC"));
  rows[0].baseline = undefined;
  add('native normalize("NFC"), NFC input', nfc, (s) => s.normalize("NFC"));
  add("normalize preserve, NFD input", nfd, (s) => normalize(s), "goal: within 3x of baseline");
  add("normalize preserve, NFC input", nfc, (s) => normalize(s));
  add(
    "normalize old, new-style input",
    newStyle,
    (s) => normalize(s, { toneStyle: "old" }),
    "goal: >= 30 MB/s",
  );
  add(
    "normalize new, old-style input",
    oldStyle,
    (s) => normalize(s, { toneStyle: "new" }),
    "goal: >= 30 MB/s",
  );
  add("normalize new, NFD input", nfd, (s) => normalize(s, { toneStyle: "new" }));
  add("normalize preserve + entities", nfc, (s) => normalize(s, { decodeEntities: true }));
  add("fold", nfc, (s) => fold(s));
  add("toneKey", nfc, (s) => toneKey(s));
  if (shared && lines.length) {
    const sample = lines.join("\n");
    const reps = Math.max(1, Math.round(200_000 / sample.length));
    for (const enc of CORPUS_ENCODINGS) {
      if (enc === "tcvn5712" || enc === "mojibake-latin1") continue;
      if ((enc === "viscii" || enc === "cp1258") && !hasIconv()) continue;
      const encoded = makeParallel(lines, enc, shared)
        .map((p) => p.encoded)
        .join("\n")
        .repeat(reps);
      const from = enc as LegacyEncoding;
      add(`decodeLegacy ${enc}`, encoded, (s) => decodeLegacy(s, { from }));
      add(`decodeLegacy auto (${enc})`, encoded, (s) => decodeLegacy(s));
    }
    add("decodeLegacy auto (unicode)", nfc, (s) => decodeLegacy(s));
  }
  return rows;
}
