/**
 * Child process of boilerplate.bench.ts: streams the crawl sample `repeat` times through
 * learnBoilerplate (as an async iterable of texts, as a user with a big crawl would) and prints the
 * bytes read, the time and the peak RSS as JSON.
 */
import { crawlRecords } from "../scripts/_crawl";
import { learnBoilerplate } from "../src/chrome/boilerplate";

async function main(): Promise<void> {
  const [file, repeat] = [process.argv[2], Number(process.argv[3] ?? 1)];
  let bytes = 0;
  async function* texts(): AsyncGenerator<string> {
    for (let r = 0; r < repeat; r++) {
      for await (const rec of crawlRecords(file)) {
        bytes += Buffer.byteLength(rec.text);
        yield rec.text;
      }
    }
  }
  const t0 = performance.now();
  const profile = await learnBoilerplate(texts());
  const ms = performance.now() - t0;
  process.stdout.write(
    `${JSON.stringify({ bytes, ms, documents: profile.documents, maxRSS: process.resourceUsage().maxRSS / 1024 })}\n`,
  );
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
