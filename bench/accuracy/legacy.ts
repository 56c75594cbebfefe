/**
 * Legacy-encoding accuracy on parallel data made from UD-VTB dev `# text` lines (see
 * scripts/make-legacy-corpus.ts): per encoding, detection on lines of 20+ characters, decoding with
 * the encoding given and with "auto", and false detections on UD-VTB train and dev text as it is.
 */
import { decodeLegacy, detectEncoding, type LegacyEncoding } from "../../src/normalize/index";
import { CORPUS_ENCODINGS, hasIconv, makeParallel, udLines } from "../../scripts/make-legacy-corpus";

function table(source: string[], shared: string): string[] {
  const out = [
    "| encoding | lines | detection (20+ chars, changed) | decoded = reference (given) | decoded = reference (auto) | detected as |",
    "|---|---|---|---|---|---|",
  ];
  for (const enc of CORPUS_ENCODINGS) {
    if ((enc === "viscii" || enc === "cp1258" || enc === "tcvn5712") && !hasIconv()) continue;
    const lines = makeParallel(source, enc, shared);
    const from: LegacyEncoding = enc.startsWith("tcvn")
      ? "tcvn3"
      : enc.startsWith("mojibake")
        ? "mojibake"
        : (enc as LegacyEncoding);
    const target = from;
    let det = 0;
    let detN = 0;
    let given = 0;
    let auto = 0;
    const seen = new Map<string, number>();
    const same = (a: string, b: string) => (enc === "tcvn3" ? a.toLowerCase() === b.toLowerCase() : a === b);
    for (const p of lines) {
      if (p.encoded.length >= 20 && p.encoded !== p.expected) {
        detN++;
        const d = detectEncoding(p.encoded).encoding;
        seen.set(d, (seen.get(d) ?? 0) + 1);
        if (d === target) det++;
      }
      if (same(decodeLegacy(p.encoded, { from }).text.normalize("NFC"), p.expected)) given++;
      if (same(decodeLegacy(p.encoded).text.normalize("NFC"), p.expected)) auto++;
    }
    const as = [...seen]
      .sort((a, b) => b[1] - a[1])
      .map(([k, v]) => `${k} ${v}`)
      .join(", ");
    out.push(
      `| ${enc} | ${lines.length} | ${pct(det, detN)} (${det}/${detN}) | ${pct(given, lines.length)} | ${pct(auto, lines.length)} | ${as} |`,
    );
  }
  return out;
}

const pct = (a: number, b: number): string => (b === 0 ? "n/a" : `${((100 * a) / b).toFixed(2)}%`);

/** The report. */
export function run(shared: string): string {
  const dev = udLines(shared, "dev");
  const train = udLines(shared, "train");
  if (dev.length === 0) return "UD-VTB dev is absent; nothing to score.";
  const out: string[] = [
    `UD-VTB dev: ${dev.length} lines; train: ${train.length} lines; iconv: ${hasIconv() ? "yes" : "no (VISCII/CP1258/TCVN5712 skipped)"}`,
  ];
  // Dev is where the detector was developed; train lines, encoded the same way, are a check on it.
  for (const [split, source] of [
    ["dev", dev],
    ["train", train],
  ] as const) {
    if (source.length === 0) continue;
    out.push("", `Parallel data from UD-VTB ${split}:`, "");
    out.push(...table(source, shared));
  }
  out.push("");
  for (const [name, lines] of [
    ["train", train],
    ["dev", dev],
  ] as const) {
    let fired = 0;
    const examples: string[] = [];
    for (const l of lines) {
      const d = detectEncoding(l);
      if (d.encoding !== "unicode") {
        fired++;
        if (examples.length < 3) examples.push(`${d.encoding}: ${l.slice(0, 60)}`);
      }
    }
    out.push(
      `False detections on UD-VTB ${name} as is: ${fired}/${lines.length}${examples.length ? ` (${examples.join(" | ")})` : ""}`,
    );
  }
  out.push(
    "",
    "TCVN3 (ABC table) is compared case-insensitively: ABC has no toned capitals. The reference is the",
    "original line, or for iconv encodings iconv's own decoding of its output (a line with a character",
    "the encoding lacks, such as U+00D0, loses it in both).",
  );
  return out.join("\n");
}
