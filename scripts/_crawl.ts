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
