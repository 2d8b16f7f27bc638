import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { connect } from "node:net";
import os from "node:os";
import path from "node:path";
import { expect } from "@playwright/test";

// HAProxy from the Debian package, run on deploy/haproxy.cfg — the file operators use — with the
// test's ports, and driven through its runtime API as an operator would during a rolling restart.

export type Balancer = {
  /** Runs one runtime-API command and returns its answer. */
  command(line: string): Promise<string>;
  /** The server's status and current sessions, from `show stat`. */
  server(name: string): Promise<{ status: string; sessions: number }>;
  output: () => string;
  stop(): Promise<void>;
};

const HAPROXY = process.env.HAPROXY_PATH ?? "/usr/sbin/haproxy";

export async function startBalancer(listen: number, instances: { a: number; b: number }): Promise<Balancer> {
  const socket = path.join(mkdtempSync(path.join(os.tmpdir(), "prc-haproxy-")), "admin.sock");
  let output = "";
  const child: ChildProcess = spawn(HAPROXY, ["-db", "-f", "deploy/haproxy.cfg"], {
    env: {
      ...process.env,
      PRC_LISTEN: `127.0.0.1:${listen}`,
      PRC_INSTANCE_A: `127.0.0.1:${instances.a}`,
      PRC_INSTANCE_B: `127.0.0.1:${instances.b}`,
      PRC_HAPROXY_SOCKET: socket,
    },
    stdio: "pipe",
  });
  child.stdout?.on("data", (c: Buffer) => {
    output += c.toString();
  });
  child.stderr?.on("data", (c: Buffer) => {
    output += c.toString();
  });
  const exited = new Promise<void>((resolve) => child.on("exit", () => resolve()));

  const command = (line: string) =>
    new Promise<string>((resolve, reject) => {
      let answer = "";
      const client = connect(socket, () => client.write(`${line}\n`));
      client.on("data", (c) => {
        answer += c.toString();
      });
      client.on("end", () => resolve(answer));
      client.on("error", reject);
    });

  const server = async (name: string) => {
    const csv = await command("show stat");
    const [header, ...rows] = csv.replace(/^# /, "").trim().split("\n");
    const columns = (header ?? "").split(",");
    const row = rows.map((r) => r.split(",")).find((r) => r[0] === "instances" && r[1] === name);
    if (!row) throw new Error(`no server ${name} in: ${csv}`);
    const at = (column: string) => row[columns.indexOf(column)] ?? "";
    return { status: at("status"), sessions: Number(at("scur")) };
  };

  await expect
    .poll(
      () =>
        command("show info").then(
          () => true,
          () => false,
        ),
      { timeout: 10_000 },
    )
    .toBe(true);
  return {
    command,
    server,
    output: () => output,
    stop: async () => {
      child.kill("SIGTERM");
      await exited;
    },
  };
}
