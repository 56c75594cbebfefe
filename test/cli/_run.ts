// Runs the CLI in-process on in-memory streams.
import { Readable, Writable } from "node:stream";
import { runCli } from "../../src/cli/run-cli";

export interface CliResult {
  code: number;
  out: string;
  err: string;
}

export async function cli(argv: string[], stdin: string | Buffer = "", tty = false): Promise<CliResult> {
  let out = "";
  let err = "";
  const stdout = new Writable({
    write(chunk, _enc, cb) {
      out += chunk.toString();
      cb();
    },
  });
  const stderr = new Writable({
    write(chunk, _enc, cb) {
      err += chunk.toString();
      cb();
    },
  });
  const input = Readable.from([typeof stdin === "string" ? Buffer.from(stdin) : stdin]);
  const code = await runCli(argv, { stdin: input, stdout, stderr, stderrIsTTY: tty });
  return { code, out, err };
}
