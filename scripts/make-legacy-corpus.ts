/**
 * Parallel data for the legacy decoders, made at test/bench time (UD text is never committed):
 * Unicode lines encoded to TCVN3, VNI, VIQR, VISCII, Windows-1258 and UTF-8 mojibake, each shown as
 * its bytes read as Windows-1252 (what an old page shows). VISCII, CP1258 and TCVN 5712 go through
 * glibc `iconv`, an independent implementation, which also decodes them back as the reference; the
 * others use bamboo-core's table (../shared/data/legacy-encodings/charset_tables.json).
 *
 * `npx ts-node scripts/make-legacy-corpus.ts <encoding> [n]` prints n encoded lines from UD-VTB dev.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";

/** The encodings parallel data can be made in. "tcvn3" uses the ABC table (toned capitals lowercase). */
export const CORPUS_ENCODINGS = [
  "tcvn3",
  "tcvn5712",
  "vni",
  "viqr",
  "viscii",
  "cp1258",
  "mojibake",
  "mojibake-latin1",
] as const;
export type CorpusEncoding = (typeof CORPUS_ENCODINGS)[number];

/** One parallel line: the encoded text and the Unicode it stands for. */
export interface ParallelLine {
  original: string;
  encoded: string;
  /** What the encoded line decodes to by the reference (= original unless the encoding lacks a character). */
  expected: string;
}

const HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ";
function read1252(bytes: Uint8Array): string {
  let s = "";
  for (const b of bytes) s += b >= 0x80 && b < 0xa0 ? HIGH[b - 0x80] : String.fromCharCode(b);
  return s;
}

/** `# text` lines of a UD-VTB split (the train file writes "# text =" without a space). */
export function udLines(shared: string, split: "dev" | "train"): string[] {
  const file = join(shared, "data", "ud-vtb", `vi_vtb-ud-${split}.conllu`);
  if (!existsSync(file)) return [];
  return readFileSync(file, "utf8")
    .split("\n")
    .filter((l) => l.startsWith("# text ="))
    .map((l) => l.replace(/^# text = ?/, "").trim())
    .filter((l) => l !== "");
}

/** True when the `iconv` command is on the PATH. */
export function hasIconv(): boolean {
  try {
    execFileSync("iconv", ["--version"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

function iconv(input: Buffer, from: string, to: string): Buffer {
  return execFileSync("iconv", ["-c", "-f", from, "-t", to], {
    input,
    maxBuffer: 1 << 28,
    stdio: ["pipe", "pipe", "ignore"],
  });
}

function splitBytes(buf: Buffer): Uint8Array[] {
  const out: Uint8Array[] = [];
  let s = 0;
  for (let i = 0; i <= buf.length; i++) {
    if (i === buf.length || buf[i] === 0x0a) {
      out.push(buf.subarray(s, i));
      s = i + 1;
    }
  }
  return out;
}

let tables: Record<string, Record<string, string>> | null = null;
function table(shared: string, name: string): Map<string, string> {
  tables ??= JSON.parse(
    readFileSync(join(shared, "data", "legacy-encodings", "charset_tables.json"), "utf8"),
  );
  return new Map(Object.entries(tables![name]));
}

/** Characters the table lacks are dropped (as `iconv -c` does); returns [encoded, expected]. */
function byTable(line: string, map: Map<string, string>): [string, string] {
  let out = "";
  let kept = "";
  for (const ch of line) {
    const enc = map.get(ch) ?? (ch < "\u0080" ? ch : "");
    out += enc;
    if (enc !== "") kept += ch;
  }
  return [out, kept];
}

const VIQR_MARKS = "^(+'`?~.";
function viqr(line: string, map: Map<string, string>): string {
  // RFC 1456: a literal mark character right after a vowel is escaped with a backslash.
  let out = "";
  let afterVowel = false;
  for (const ch of line) {
    const enc = map.get(ch);
    if (enc !== undefined && ch.toLowerCase() !== "đ") {
      out += enc;
      afterVowel = true;
      continue;
    }
    if (afterVowel && VIQR_MARKS.includes(ch)) out += "\\";
    out += enc ?? ch;
    afterVowel = "aeiouyAEIOUY".includes(ch);
  }
  return out;
}

/**
 * Encodes lines (made NFC; lines containing a line break are dropped) into a legacy encoding.
 *
 * @param lines - Unicode lines
 * @param encoding - the target encoding
 * @param shared - the shared data folder (for the bamboo-core table)
 * @returns one parallel line per input line
 */
export function makeParallel(lines: string[], encoding: CorpusEncoding, shared: string): ParallelLine[] {
  // U+00D0/U+00F0 (Icelandic eth) in the source text stand for Đ/đ, which every encoding has.
  const clean = lines
    .map((l) =>
      l
        .normalize("NFC")
        .replace(/\u00d0/g, "Đ")
        .replace(/\u00f0/g, "đ"),
    )
    .filter((l) => !/[\n\r]/.test(l));
  const iconvName = { viscii: "VISCII", cp1258: "CP1258", tcvn5712: "TCVN5712-1" }[encoding as string];
  if (iconvName) {
    const bytes = splitBytes(iconv(Buffer.from(clean.join("\n"), "utf8"), "UTF-8", iconvName));
    const back = iconv(Buffer.from(clean.join("\n"), "utf8"), "UTF-8", iconvName);
    const ref = iconv(back, iconvName, "UTF-8").toString("utf8").normalize("NFC").split("\n");
    if (bytes.length !== clean.length || ref.length !== clean.length)
      throw new Error(`iconv ${iconvName}: line count changed`);
    return clean.map((original, i) => ({ original, encoded: read1252(bytes[i]), expected: ref[i] }));
  }
  if (encoding === "mojibake" || encoding === "mojibake-latin1") {
    return clean.map((original) => {
      const b = Buffer.from(original, "utf8");
      return {
        original,
        encoded: encoding === "mojibake" ? read1252(b) : b.toString("latin1"),
        expected: original,
      };
    });
  }
  const map = table(
    shared,
    encoding === "tcvn3" ? "TCVN3 (ABC)" : encoding === "vni" ? "VNI Windows" : "VIQR",
  );
  return clean.map((original) => {
    const [encoded, expected] = byTable(original, map);
    return encoding === "viqr"
      ? { original, encoded: viqr(expected, map), expected }
      : { original, encoded, expected };
  });
}

if (require.main === module) {
  const shared = process.env.VIETNEWS_SHARED ?? resolve(__dirname, "..", "..", "shared");
  const enc = (process.argv[2] ?? "tcvn3") as CorpusEncoding;
  const n = Number(process.argv[3] ?? 5);
  for (const p of makeParallel(udLines(shared, "dev").slice(0, n), enc, shared)) console.log(p.encoded);
}
