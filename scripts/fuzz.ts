/**
 * `npm run fuzz [-- --seconds N] [-- --only <substring>]`: runs the reliability properties of
 * test/reliability/properties.ts with random seeds and many more cases than the test suite, round
 * after round, until the time is up (default 60 s). Each failure is shrunk by fast-check and saved as
 * `test/fuzz-found/<property>-<seed>.json` ({ property, seed, path, input, error, found }); the test
 * `test/reliability/fuzz-found.test.ts` replays every saved input as a regression test. Prints the
 * seeds it used, so any run can be repeated with `fc.check(..., { seed, path })`. Between properties
 * it also runs every public function on the big fixed inputs (1 MB of one character, 10,000 lines),
 * one pair at a time while time is left; a failure there is saved as `{ subject, bigInput }`.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { bigInputs } from "../test/reliability/arbitraries";
import {
  checkBig,
  failureMessage,
  type PropertyDef,
  properties,
  runProperty,
  subjects,
} from "../test/reliability/properties";

interface Args {
  seconds: number;
  only: string | null;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { seconds: 60, only: null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--seconds") {
      const n = Number(argv[++i]);
      if (!Number.isFinite(n) || n <= 0) {
        console.error(`fuzz: --seconds expects a positive number, got ${JSON.stringify(argv[i])}`);
        process.exit(2);
      }
      args.seconds = n;
    } else if (a === "--only") {
      args.only = argv[++i] ?? "";
    } else if (a === "--help" || a === "-h") {
      console.log("usage: npm run fuzz [-- --seconds N] [-- --only <property name substring>]");
      process.exit(0);
    } else {
      console.error(`fuzz: unknown argument ${JSON.stringify(a)} (try --help)`);
      process.exit(2);
    }
  }
  return args;
}

const FOUND_DIR = resolve(__dirname, "..", "test", "fuzz-found");

/** A file-name slug for a property name. */
function slug(name: string): string {
  return name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 60);
}

/** Inputs already saved, per property, to avoid saving the same counterexample twice. */
function savedInputs(): Set<string> {
  const seen = new Set<string>();
  if (!existsSync(FOUND_DIR)) return seen;
  for (const f of readdirSync(FOUND_DIR).filter((x) => x.endsWith(".json"))) {
    try {
      const rec = JSON.parse(readFileSync(join(FOUND_DIR, f), "utf8")) as {
        property: string;
        input: unknown;
      };
      seen.add(`${rec.property}\u0000${JSON.stringify(rec.input)}`);
    } catch {
      // a hand-edited or broken file: the replay test reports it
    }
  }
  return seen;
}

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  let defs: PropertyDef[] = properties();
  if (args.only) defs = defs.filter((d) => d.name.includes(args.only as string));
  if (defs.length === 0) {
    console.error(`fuzz: no property matches ${JSON.stringify(args.only)}`);
    process.exit(2);
  }
  mkdirSync(FOUND_DIR, { recursive: true });
  const seen = savedInputs();
  const deadline = Date.now() + args.seconds * 1000;
  const perCase = new Map<string, number>();
  const failing = new Set<string>();
  const bigQueue = args.only
    ? []
    : subjects().flatMap((sub) => bigInputs().map((b) => ({ sub, name: b.name, text: b.text })));
  let bigDone = 0;
  const bigFailed: string[] = [];
  const runBig = (): void => {
    const job = bigQueue.shift();
    if (!job) return;
    bigDone++;
    try {
      checkBig(job.sub, job.name, job.text);
    } catch (e) {
      const error = (e as Error).message;
      bigFailed.push(error);
      console.log(`FAIL big input: ${error.slice(0, 300)}`);
      const file = join(FOUND_DIR, `big-${slug(job.sub.name)}-${slug(job.name)}.json`);
      if (!existsSync(file)) {
        const record = {
          property: "big input",
          subject: job.sub.name,
          bigInput: job.name,
          error,
          found: new Date().toISOString(),
        };
        writeFileSync(file, `${JSON.stringify(record, null, 2)}\n`);
        saved++;
        console.log(`  saved ${file}`);
      }
    }
  };
  let cases = 0;
  let rounds = 0;
  let saved = 0;
  console.log(`fuzz: ${defs.length} properties, ${args.seconds} s`);
  while (Date.now() < deadline) {
    rounds++;
    for (const def of defs) {
      const left = deadline - Date.now();
      if (left <= 0) break;
      if (failing.has(def.name)) continue; // one counterexample per property and run is enough
      const seed = (Math.random() * 0x7fffffff) | 0;
      const numRuns = Math.max(20, Math.round(1000 / (def.cost ?? 1)));
      // Each property gets a slice of the time left, so one slow property cannot starve the rest.
      const slice = Math.max(200, Math.min(left, (args.seconds * 1000) / Math.max(4, defs.length / 4)));
      const details = runProperty(def, { seed, numRuns, interruptAfterTimeLimit: slice });
      if (Date.now() < deadline) runBig();
      cases += details.numRuns;
      perCase.set(def.name, (perCase.get(def.name) ?? 0) + details.numRuns);
      if (!details.failed) continue;
      failing.add(def.name);
      const input = details.counterexample?.[0];
      const error = failureMessage(details);
      console.log(`FAIL ${def.name}\n  seed ${seed}, path ${details.counterexamplePath}\n  ${error}`);
      console.log(`  input ${JSON.stringify(input).slice(0, 300)}`);
      const key = `${def.name}\u0000${JSON.stringify(input)}`;
      if (seen.has(key)) {
        console.log("  (already saved)");
        continue;
      }
      seen.add(key);
      const file = join(FOUND_DIR, `${slug(def.name)}-${seed}.json`);
      const record = {
        property: def.name,
        seed,
        path: details.counterexamplePath,
        input,
        error,
        found: new Date().toISOString(),
      };
      writeFileSync(file, `${JSON.stringify(record, null, 2)}\n`);
      saved++;
      console.log(`  saved ${file}`);
    }
    console.log(`round ${rounds}: ${cases} cases so far`);
  }
  console.log(
    `\nfuzz: ${cases} cases in ${rounds} rounds over ${defs.length} properties; ${failing.size} failing, ${saved} new inputs saved`,
  );
  console.log(
    `big inputs: ${bigDone} of ${bigDone + bigQueue.length} function x input pairs run, ${bigFailed.length} failed`,
  );
  const counts = [...perCase.entries()].sort((a, b) => a[1] - b[1]);
  if (counts.length) {
    const median = counts[counts.length >> 1][1];
    console.log(`cases per property: fewest ${counts[0][1]} (${counts[0][0]}), median ${median}`);
  }
  for (const name of failing) console.log(`  failing: ${name}`);
  process.exit(failing.size + bigFailed.length > 0 ? 1 : 0);
}

main();
