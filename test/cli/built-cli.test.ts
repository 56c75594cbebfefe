// Runs the built CLI (tsup output, ESM and CommonJS) as a subprocess: worker threads, exit status, and
// the GNU parallel scaling recipe. Builds once into node_modules/.cache so dist/ is left alone.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { SSHD, startSshd } from "./_sshd";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const OUT = join(ROOT, "node_modules", ".cache", "vietnews-cli-test");
const ESM = join(OUT, "cli.js");
const CJS = join(OUT, "cli.cjs");

const hasParallel = spawnSync("parallel", ["--version"], { encoding: "utf8" }).status === 0;
// CI installs sshd and sets this, so the multi-host test fails there rather than skips
const requireSsh = Boolean(process.env.VIETNEWS_REQUIRE_SSH);

let input = "";
let inputFile = "";
/** One single-process run of the input, the reference for every comparison. */
let single: { code: number | null; out: string; err: string };

function run(bin: string, args: string[], stdin: string, env?: Record<string, string>) {
  const r = spawnSync(process.execPath, [bin, ...args], {
    input: stdin,
    encoding: "utf8",
    maxBuffer: 1 << 28,
    ...(env ? { env: { ...process.env, ...env } } : {}),
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

beforeAll(() => {
  execFileSync(join(ROOT, "node_modules", ".bin", "tsup"), ["--out-dir", OUT, "--no-dts", "--silent"], {
    cwd: ROOT,
    stdio: "ignore",
  });
  const seed = readFileSync(join(ROOT, "examples", "quang-tri-party-building.txt"), "utf8");
  const page = readFileSync(join(ROOT, "test", "fixtures", "html", "national-daily.html"), "utf8");
  const lines: string[] = [];
  for (let i = 0; i < 32; i++) {
    if (i % 16 === 5) lines.push(`{"id": ${i}, broken`);
    else if (i % 16 === 11) lines.push(JSON.stringify({ id: i }));
    else if (i % 3 === 0)
      lines.push(JSON.stringify({ id: i, html: page, url: `https://bao.example.vn/${i}` }));
    else lines.push(JSON.stringify({ id: `t${i}`, text: seed.slice(0, 400 + i * 40) }));
  }
  input = `${lines.join("\n")}\n`;
  inputFile = join(mkdtempSync(join(tmpdir(), "vn-built-")), "in.ndjson");
  writeFileSync(inputFile, input);
  single = run(ESM, ["parse", "--ndjson"], input);
}, 240_000);

describe("built vietnews CLI", { timeout: 180_000 }, () => {
  it("should give the same output with 2 worker threads as with one, in ESM and CommonJS builds", () => {
    const one = single;
    expect(one.out.trimEnd().split("\n")).toHaveLength(32);
    const two = run(ESM, ["parse", "--ndjson", "--workers", "2"], input);
    expect(two.err).not.toMatch(/worker failed|not found/);
    expect(two.out).toBe(one.out);
    expect(two.code).toBe(one.code);
    const cjs = run(CJS, ["parse", "--ndjson", "--workers", "2"], input);
    expect(cjs.out).toBe(one.out);
  });

  it("should give the same output with workers when a batch's output outgrows a megabyte", () => {
    const seed = readFileSync(join(ROOT, "examples", "quang-tri-party-building.txt"), "utf8");
    const big = Array.from({ length: 3 }, (_, i) => JSON.stringify({ id: i, text: seed.repeat(40 + i) }));
    const text = `${big.join("\n")}\n`;
    const one = run(ESM, ["parse", "--ndjson"], text);
    expect(one.out.length).toBeGreaterThan(1 << 20);
    expect(run(ESM, ["parse", "--ndjson", "--workers", "2"], text).out).toBe(one.out);
  });

  it("should fail a crashed worker's records by their line numbers, and go on", () => {
    const worker = join(mkdtempSync(join(tmpdir(), "vn-worker-")), "worker.mjs");
    writeFileSync(worker, 'export function parseBatch() { throw new Error("boom"); }\n');
    const r = run(ESM, ["parse", "--ndjson", "--workers", "2"], '{"id":1}\n\n  \n{"id":2}\r\nx\n', {
      VIETNEWS_WORKER: worker,
    });
    const out = r.out
      .trimEnd()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(out).toEqual([1, 4, 5].map((line) => ({ id: null, line, error: "worker failed: boom" })));
    expect(r.err).toMatch(/3 of 3 records failed/);
  });

  it("should exit with 2 + the number of failed records, after writing every line", () => {
    // (The 2-worker run gives the same status: see the test above.)
    const r = single;
    const lines = r.out
      .trimEnd()
      .split("\n")
      .map((l) => JSON.parse(l));
    const failed = lines.filter((l) => "error" in l).length;
    expect(failed).toBe(4);
    expect(r.code).toBe(2 + failed);
    expect(lines.map((l) => l.id)).toEqual(
      Array.from({ length: 32 }, (_, i) =>
        i % 16 === 5 ? null : i % 16 === 11 || i % 3 === 0 ? i : `t${i}`,
      ),
    );
  });

  it("should exit 2 on a usage error and 0 on --help from the built file", () => {
    expect(run(ESM, ["parse", "--workers", "x"], "").code).toBe(2);
    expect(run(CJS, ["parse", "--help"], "").code).toBe(0);
  });

  it("should parse a file given as an argument (the README's first example)", () => {
    const r = run(ESM, ["parse", join(ROOT, "examples", "quang-tri-party-building.txt")], "");
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).text.length).toBeGreaterThan(100);
  });

  it.skipIf(!hasParallel)("should give the single-process output under GNU parallel --pipe", () => {
    const cmd = `parallel --will-cite --pipe --block 40k -k -j 2 ${JSON.stringify(process.execPath)} ${JSON.stringify(ESM)} parse --ndjson < ${JSON.stringify(inputFile)}`;
    const r = spawnSync("sh", ["-c", cmd], { encoding: "utf8", maxBuffer: 1 << 28 });
    expect(r.stdout.length).toBeGreaterThan(0);
    // Error records count lines within each chunk under --pipe; everything else is identical.
    const strip = (s: string) =>
      s
        .trimEnd()
        .split("\n")
        .map((l) => {
          const o = JSON.parse(l);
          delete o.line;
          return JSON.stringify(o);
        });
    expect(strip(r.stdout)).toEqual(strip(single.out));
    const good = single.out.split("\n").filter((l) => l && !l.includes('"error"'));
    expect(r.stdout.split("\n").filter((l) => l && !l.includes('"error"'))).toEqual(good);
  });

  it.runIf(requireSsh)("should find sshd and GNU parallel where CI installed them", () => {
    expect(SSHD, "no sshd (apt-get install openssh-server)").not.toBeNull();
    expect(hasParallel, "no GNU parallel").toBe(true);
  });

  it.skipIf(!hasParallel || !SSHD)(
    "should give the single-process output across two hosts (the README's recipe, over ssh)",
    async () => {
      const sshd = await startSshd(["node-a", "node-b"]);
      try {
        const dir = mkdtempSync(join(tmpdir(), "vn-hosts-"));
        const joblog = join(dir, "jobs.log");
        // the README's recipe: parallel --pipe -k -S hosts, each host running vietnews parse --ndjson
        const cmd = [
          "parallel --will-cite --pipe --block 40k -k",
          `--ssh ${JSON.stringify(sshd.ssh)} -S 1/node-a,1/node-b --joblog ${JSON.stringify(joblog)}`,
          `${JSON.stringify(process.execPath)} ${JSON.stringify(ESM)} parse --ndjson`,
          `< ${JSON.stringify(inputFile)}`,
        ].join(" ");
        const r = spawnSync("sh", ["-c", cmd], { encoding: "utf8", maxBuffer: 1 << 28 });
        const good = (s: string) => s.split("\n").filter((l) => l && !l.includes('"error"'));
        expect(r.stdout.trimEnd().split("\n")).toHaveLength(32);
        expect(good(r.stdout)).toEqual(good(single.out));
        // both aliases ran blocks, through the daemon (one accepted key per connection)
        const hosts = readFileSync(joblog, "utf8")
          .trimEnd()
          .split("\n")
          .slice(1)
          .map((l) => l.split("\t")[1]);
        expect(new Set(hosts)).toEqual(new Set(["node-a", "node-b"]));
        expect(sshd.log().match(/Accepted publickey/g)?.length ?? 0).toBeGreaterThanOrEqual(hosts.length);
      } finally {
        sshd.stop();
      }
    },
  );

  it.skipIf(!hasParallel)("should give the same output through scripts/parallel-parse.sh", () => {
    const r = spawnSync(join(ROOT, "scripts", "parallel-parse.sh"), ["--block", "40k", "-j", "2"], {
      input,
      encoding: "utf8",
      maxBuffer: 1 << 28,
      env: { ...process.env, VIETNEWS: `${process.execPath} ${ESM}` },
    });
    const good = (s: string) => s.split("\n").filter((l) => l && !l.includes('"error"'));
    expect(good(r.stdout)).toEqual(good(single.out));
    expect(r.stdout.trimEnd().split("\n")).toHaveLength(32);
  });
});
