import { type ChildProcess, spawn } from "node:child_process";
import { expect } from "@playwright/test";
import { INSTANCES_CRON_SECRET, INSTANCES_SECRET } from "./constants";

export type SpawnedServer = {
  child: ChildProcess;
  exited: Promise<number | null>;
  output: () => string;
  stop: () => Promise<void>;
};

/**
 * The server as shipped (`node server.mjs`) on a port of the test's, started by the test itself so
 * it can signal it; resolves once `/api/health` answers.
 */
export async function spawnServer(
  port: number,
  databaseUrl: string,
  extra: Record<string, string> = {},
): Promise<SpawnedServer> {
  let output = "";
  const child = spawn(process.execPath, ["server.mjs", "-p", String(port)], {
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      NODE_ENV: "production",
      NEXTAUTH_SECRET: INSTANCES_SECRET,
      NEXTAUTH_URL: `http://localhost:${port}`,
      DATABASE_URL: databaseUrl,
      CRON_SECRET: INSTANCES_CRON_SECRET,
      DEMO_MODE: "1",
      NEXT_TELEMETRY_DISABLED: "1",
      ...extra,
    },
    stdio: "pipe",
  });
  const collect = (chunk: Buffer) => {
    output += chunk.toString();
  };
  child.stdout?.on("data", collect);
  child.stderr?.on("data", collect);
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  await expect
    .poll(async () => (await fetch(`http://127.0.0.1:${port}/api/health`).catch(() => null))?.status, {
      timeout: 60_000,
    })
    .toBe(200);
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
    await exited;
  };
  return { child, exited, output: () => output, stop };
}
