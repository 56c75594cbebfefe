/**
 * `npx ts-node scripts/make-legacy-tables.ts [shared-dir]`: writes the human-editable legacy-encoding
 * tables in `data/normalize/` from bamboo-core's charset_tables.json (MIT, in ../shared) and from
 * glibc iconv (VISCII, CP1258, TCVN5712-1), the independent source where the JSON table is wrong or
 * silent. Run once by hand; `scripts/build-data-normalize.ts` compiles the TSVs into src/.
 *
 * Every TSV row is: bytes (hex) <TAB> the same bytes read as Windows-1252 <TAB> Unicode <TAB> source.
 */
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";

const root = resolve(__dirname, "..");
const shared = process.argv[2] ?? resolve(root, "..", "shared");
const tables = JSON.parse(
  readFileSync(join(shared, "data", "legacy-encodings", "charset_tables.json"), "utf8"),
) as Record<string, Record<string, string>>;

// Windows-1252 for 0x80-0x9F (Node's TextDecoder may be built without it and read Latin-1);
// 0x81, 0x8D, 0x8F, 0x90 and 0x9D are undefined and stay the C1 controls, as browsers show them.
const HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ";
const cp1252 = {
  decode: (bytes: Uint8Array): string =>
    [...bytes].map((b) => (b >= 0x80 && b < 0xa0 ? HIGH[b - 0x80] : String.fromCharCode(b))).join(""),
};
/** Windows-1252 byte of a character (the tables write legacy bytes that way), or -1. */
const byteOf = new Map<string, number>();
for (let b = 0; b < 256; b++) byteOf.set(cp1252.decode(new Uint8Array([b])), b);

type Row = { bytes: number[]; unicode: string; source: string };

function hex(bytes: number[]): string {
  return bytes.map((b) => b.toString(16).toUpperCase().padStart(2, "0")).join(" ");
}
function shown(bytes: number[]): string {
  // Control characters and the five bytes Windows-1252 leaves undefined are shown as "·".
  return bytes
    .map((b) =>
      b < 0x20 || b === 0x7f || [0x81, 0x8d, 0x8f, 0x90, 0x9d].includes(b)
        ? "·"
        : cp1252.decode(new Uint8Array([b])),
    )
    .join("");
}
function iconvByte(enc: string, b: number): string | null {
  try {
    return execFileSync("iconv", ["-f", enc, "-t", "UTF-8"], {
      input: Buffer.from([b]),
      stdio: ["pipe", "pipe", "ignore"],
    }).toString("utf8");
  } catch {
    return null;
  }
}
function fromJson(name: string, source: string): Row[] {
  const rows: Row[] = [];
  for (const [unicode, legacy] of Object.entries(tables[name])) {
    const bytes = [...legacy].map((c) => byteOf.get(c) ?? -1);
    if (bytes.includes(-1)) throw new Error(`${name}: ${unicode} -> ${legacy} is not Windows-1252`);
    rows.push({ bytes, unicode, source });
  }
  return rows;
}
function write(file: string, title: string, rows: Row[]): void {
  rows.sort((a, b) => hex(a.bytes).localeCompare(hex(b.bytes)) || a.unicode.localeCompare(b.unicode));
  const seen = new Set<string>();
  const lines = [`# ${title}`, "# bytes\twindows-1252 reading\tunicode\tsource"];
  for (const r of rows) {
    const key = hex(r.bytes);
    if (seen.has(key)) continue;
    seen.add(key);
    lines.push(`${key}\t${shown(r.bytes)}\t${r.unicode}\t${r.source}`);
  }
  writeFileSync(join(root, "data", "normalize", file), `${lines.join("\n")}\n`);
  console.log(`wrote data/normalize/${file} (${seen.size} rows)`);
}

// Windows-1252 bytes 0x80-0x9F (0x81, 0x8D, 0x8F, 0x90, 0x9D stay C1 controls, as in Latin-1).
const w1252: Row[] = [];
for (let b = 0x80; b < 0xa0; b++)
  w1252.push({ bytes: [b], unicode: cp1252.decode(new Uint8Array([b])), source: "WHATWG" });
write("windows-1252.tsv", "Windows-1252 bytes 0x80-0x9F (the rest is Latin-1)", w1252);

// TCVN3 (ABC): the JSON table (toned capitals share the lowercase codes: the ABC capitals are a
// separate font), plus the capitals of TCVN 5712:1993 VN1 (iconv TCVN5712-1) at codes ABC leaves free.
const tcvn = fromJson("TCVN3 (ABC)", "bamboo-core").filter(
  (r) => r.unicode === r.unicode.toLowerCase() || /^[ĂÂÊÔƠƯĐ]$/.test(r.unicode),
);
const used = new Set(tcvn.map((r) => r.bytes[0]));
// Bytes 0x80-0x9F that Windows-1252 uses for quotes, dashes and bullets keep that reading except
// inside a word (a TCVN 5712 capital starts a word: "™ khu" is "Ở khu", "“Hà" is a quote).
const PUNCTUATION = new Set([0x82, 0x84, 0x85, 0x8b, 0x91, 0x92, 0x93, 0x94, 0x95, 0x96, 0x97, 0x9b]);
for (let b = 1; b < 256; b++) {
  // 0x20-0x7F stay ASCII; 0xB0-0xB4 stay °±²³´ (TCVN 5712 has combining marks there).
  if (used.has(b) || (b >= 0x20 && b < 0x80) || (b >= 0xb0 && b <= 0xb4)) continue;
  const u = iconvByte("TCVN5712-1", b);
  if (u && u !== cp1252.decode(new Uint8Array([b])) && /^\p{L}$/u.test(u)) {
    tcvn.push({
      bytes: [b],
      unicode: u,
      source: PUNCTUATION.has(b) ? "iconv TCVN5712-1, in words only" : "iconv TCVN5712-1",
    });
  }
}
write(
  "legacy-tcvn3.tsv",
  "TCVN3 (ABC), with the TCVN 5712:1993 capitals accepted where ABC has no code",
  tcvn,
);

// VNI Windows: the JSON table, plus the variant spellings other VNI tables use (ỵ as y + dot below,
// i + tone as for the other vowels).
const vni = fromJson("VNI Windows", "bamboo-core");
const extra: [string, string][] = [
  ["yï", "ỵ"],
  ["YÏ", "Ỵ"],
  ["iù", "í"],
  ["iø", "ì"],
  ["iû", "ỉ"],
  ["iõ", "ĩ"],
  ["iï", "ị"],
  ["IÙ", "Í"],
  ["IØ", "Ì"],
  ["IÛ", "Ỉ"],
  ["IÕ", "Ĩ"],
  ["IÏ", "Ị"],
];
for (const [legacy, unicode] of extra)
  vni.push({ bytes: [...legacy].map((c) => byteOf.get(c)!), unicode, source: "VNI variant" });
write("legacy-vni.tsv", "VNI Windows (letters; a toned letter is a base letter plus a mark byte)", vni);

// VISCII and CP1258: iconv (the JSON VISCII table has the capitals Õ, Ẳ, Ẵ, Ẫ, Ỷ, Ỹ, Ỵ wrong).
for (const [enc, file, title] of [
  ["VISCII", "legacy-viscii.tsv", "VISCII (RFC 1456), every byte that differs from Windows-1252"],
  [
    "CP1258",
    "legacy-cp1258.tsv",
    "Windows-1258, every byte that differs from Windows-1252 (0xCC 0xEC 0xD2 0xDE 0xF2 are combining tone marks)",
  ],
] as const) {
  const rows: Row[] = [];
  for (let b = 0; b < 256; b++) {
    const u = iconvByte(enc, b);
    if (u !== null && u !== cp1252.decode(new Uint8Array([b])))
      rows.push({ bytes: [b], unicode: u, source: `iconv ${enc}` });
  }
  write(file, title, rows);
}

// VIQR (RFC 1456): ASCII marks after the vowel; decoding is a grammar, the table is its alphabet.
write("legacy-viqr.tsv", "VIQR (RFC 1456) letters", fromJson("VIQR", "bamboo-core"));
