/**
 * Reads a crawl in NDJSON (optionally gzipped), `{"id", "text"}` (or `"markdown"`) per line, as a
 * stream: for the audit and training scripts and the crawl benchmarks.
 */
import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import { createGunzip } from "node:zlib";

/** One record of a crawl. */
export interface CrawlRecord {
  id: string;
  text: string;
}

/**
 * Streams the records of an NDJSON(.gz) crawl file, those whose id `keep` accepts.
 *
 * @param file - the path
 * @param keep - a filter on ids (default: every record)
 */
export async function* crawlRecords(
  file: string,
  keep?: (id: string) => boolean,
): AsyncGenerator<CrawlRecord> {
  const input = file.endsWith(".gz") ? createReadStream(file).pipe(createGunzip()) : createReadStream(file);
  const rl = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  for await (const line of rl) {
    if (!line.trim()) continue;
    const r = JSON.parse(line) as { id?: unknown; text?: unknown; markdown?: unknown };
    const text = typeof r.text === "string" ? r.text : typeof r.markdown === "string" ? r.markdown : null;
    if (text === null) continue;
    const id = String(r.id ?? "");
    if (keep && !keep(id)) continue;
    yield { id, text };
  }
}

/**
 * A filter on record ids by their first hex digit ("c-f" keeps ids starting with c, d, e or f), or
 * undefined for no spec.
 *
 * @param spec - a range such as "c-f"
 * @throws Error when the spec is not such a range (the message names what was expected)
 */
export function idRange(spec: string | undefined): ((id: string) => boolean) | undefined {
  if (!spec) return undefined;
  const m = /^([0-9a-f])-([0-9a-f])$/i.exec(spec);
  if (!m) throw new Error(`expected a hex digit range such as c-f, got "${spec}"`);
  const lo = Number.parseInt(m[1], 16);
  const hi = Number.parseInt(m[2], 16);
  return (id) => {
    const d = Number.parseInt(id.charAt(0), 16);
    return d >= lo && d <= hi;
  };
}

/**
 * A small seeded generator (mulberry32); a string seed is hashed with FNV-1a first.
 *
 * @param seed - a number or a string
 * @returns a function giving numbers in [0, 1), the same sequence for the same seed
 */
export function seededRandom(seed: number | string): () => number {
  let a: number;
  if (typeof seed === "number") a = seed >>> 0;
  else {
    let h = 0x811c9dc5;
    for (let i = 0; i < seed.length; i++) h = Math.imul(h ^ seed.charCodeAt(i), 0x01000193);
    a = h >>> 0;
  }
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
