// An sshd of the test's own, for running the README's multi-host GNU parallel recipe for real: a host
// key, a client key and authorized_keys made in a temporary folder, the daemon on a high loopback
// port, and an `ssh -F` config with two host aliases for it (no change to /etc/hosts or ~/.ssh).
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir, userInfo } from "node:os";
import { join } from "node:path";

/** Where sshd is, or null when it is not installed (Debian's openssh-server). */
export const SSHD = ["/usr/sbin/sshd", "/usr/bin/sshd"].find((p) => existsSync(p)) ?? null;

/** A running daemon, its ssh config with the aliases, and how to stop it. */
export interface TestSshd {
  /** The `ssh -F <config>` command that reaches the aliases. */
  ssh: string;
  /** The host aliases the config defines. */
  hosts: string[];
  /** The daemon's log (one "Accepted publickey" line per connection). */
  log: () => string;
  stop: () => void;
}

/** A free TCP port on loopback. */
function freePort(): Promise<number> {
  return new Promise((res, rej) => {
    const s = createServer();
    s.once("error", rej);
    s.listen(0, "127.0.0.1", () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => res(port));
    });
  });
}

function keygen(file: string): void {
  const r = spawnSync("ssh-keygen", ["-q", "-t", "ed25519", "-N", "", "-f", file], { encoding: "utf8" });
  if (r.status !== 0) throw new Error(`ssh-keygen failed: ${r.stderr}`);
}

/** Starts sshd on loopback with two host aliases; resolves once it accepts a connection. */
export async function startSshd(aliases = ["node-a", "node-b"]): Promise<TestSshd> {
  if (!SSHD) throw new Error("no sshd");
  const dir = mkdtempSync(join(tmpdir(), "vietnews-sshd-"));
  const port = await freePort();
  keygen(join(dir, "host_key"));
  keygen(join(dir, "client_key"));
  writeFileSync(join(dir, "authorized_keys"), readFileSync(join(dir, "client_key.pub")));
  // sshd run by root wants its privilege-separation folder, which the package makes at boot
  if (process.getuid?.() === 0) mkdirSync("/run/sshd", { recursive: true, mode: 0o755 });
  const logFile = join(dir, "sshd.log");
  writeFileSync(
    join(dir, "sshd_config"),
    [
      `Port ${port}`,
      "ListenAddress 127.0.0.1",
      `HostKey ${join(dir, "host_key")}`,
      `AuthorizedKeysFile ${join(dir, "authorized_keys")}`,
      `PidFile ${join(dir, "sshd.pid")}`,
      "PubkeyAuthentication yes",
      "PasswordAuthentication no",
      "KbdInteractiveAuthentication no",
      "UsePAM no",
      "StrictModes no",
      "PermitRootLogin prohibit-password",
      "MaxStartups 50",
      "MaxSessions 50",
      "LogLevel INFO",
      "",
    ].join("\n"),
  );
  const hostKey = readFileSync(join(dir, "host_key.pub"), "utf8").split(" ").slice(0, 2).join(" ");
  writeFileSync(join(dir, "known_hosts"), `vietnews-test-sshd ${hostKey}\n`);
  const config = aliases
    .map((a) =>
      [
        `Host ${a}`,
        "  HostName 127.0.0.1",
        `  Port ${port}`,
        `  User ${userInfo().username}`,
        `  IdentityFile ${join(dir, "client_key")}`,
        "  IdentitiesOnly yes",
        "  HostKeyAlias vietnews-test-sshd",
        `  UserKnownHostsFile ${join(dir, "known_hosts")}`,
        "  StrictHostKeyChecking yes",
        "  BatchMode yes",
        "",
      ].join("\n"),
    )
    .join("");
  writeFileSync(join(dir, "ssh_config"), config);
  const daemon: ChildProcess = spawn(SSHD, ["-D", "-f", join(dir, "sshd_config"), "-E", logFile], {
    stdio: "ignore",
  });
  const ssh = `ssh -F ${join(dir, "ssh_config")}`;
  const stop = () => {
    daemon.kill("SIGTERM");
    rmSync(dir, { recursive: true, force: true });
  };
  // wait until it answers (a few tenths of a second)
  for (let i = 0; i < 50; i++) {
    const r = spawnSync("ssh", ["-F", join(dir, "ssh_config"), aliases[0], "true"], { encoding: "utf8" });
    if (r.status === 0) return { ssh, hosts: aliases, log: () => readFileSync(logFile, "utf8"), stop };
    if (daemon.exitCode !== null) break;
    await new Promise((res) => setTimeout(res, 100));
  }
  const log = existsSync(logFile) ? readFileSync(logFile, "utf8") : "";
  stop();
  throw new Error(`the test's sshd did not answer on port ${port}: ${log.slice(-1500)}`);
}
