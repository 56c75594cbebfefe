#!/usr/bin/env node
// The `vietnews` executable (dist/cli.js, dist/cli.cjs): runs the command line on the process streams.
import { setFlagsFromString } from "node:v8";
import { runCli } from "./run-cli";
import { cliV8Flags } from "./v8-flags";

// before any record is parsed, so every compile (the workers' too) sees them
for (const flag of cliV8Flags(process.execArgv, process.env.NODE_OPTIONS, process.argv.slice(2)))
  setFlagsFromString(flag);

runCli(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  stderrIsTTY: process.stderr.isTTY === true,
}).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`vietnews: ${(e as Error)?.stack ?? String(e)}\n`);
    process.exitCode = 1;
  },
);
// A closed pipe (`vietnews parse ... | head`) is not an error.
process.stdout.on("error", (e: NodeJS.ErrnoException) => {
  if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw e;
});
