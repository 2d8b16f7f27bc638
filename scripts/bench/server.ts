import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, openSync } from "node:fs";
import { encode } from "next-auth/jwt";

// the production server (server.mjs) against the benchmark database, and a signed-in session for its requests.

export const SECRET = "bench-only-secret-0123456789abcdef";

/** Builds the app once when no production build exists (or when asked to). */
export async function ensureBuild(force: boolean, log: (s: string) => void): Promise<void> {
  if (!force && existsSync(".next/BUILD_ID")) return;
  log("No production build found: running next build (≈1–2 min)…");
  await run("npx", ["next", "build"], { NEXT_TELEMETRY_DISABLED: "1" });
}

function run(cmd: string, args: string[], env: Record<string, string>): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: "inherit", env: { ...process.env, ...env } });
    child.on("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`${cmd} ${args.join(" ")} exited ${code}`)),
    );
  });
}

export interface Server {
  url: string;
  /** The server process, for its CPU time (cpu.ts). */
  pid: number;
  stop(): Promise<void>;
}

export async function startServer(
  port: number,
  env: Record<string, string>,
  logFile: string,
  /** Another checkout's built server (bench:compare's baseline); this one by default. */
  cwd = process.cwd(),
): Promise<Server> {
  const url = `http://127.0.0.1:${port}`;
  const out = openSync(logFile, "a");
  // BENCH_NODE_ARGS (e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof") profiles the server; Node refuses
  // profiling flags in NODE_OPTIONS, so they go on the command line.
  const nodeArgs = process.env.BENCH_NODE_ARGS?.split(" ").filter(Boolean) ?? [];
  const child: ChildProcess = spawn(
    process.execPath,
    [...nodeArgs, "server.mjs", "-p", String(port), "-H", "127.0.0.1"],
    {
      cwd,
      stdio: ["ignore", out, out],
      env: {
        ...process.env,
        NODE_ENV: "production",
        NEXT_TELEMETRY_DISABLED: "1",
        NEXTAUTH_URL: url,
        NEXTAUTH_SECRET: SECRET,
        DEMO_MODE: "0",
        // The API bench makes more calls with its one key than the default 600 a minute.
        API_RATE_LIMIT_PER_MINUTE: "100000",
        // Production refuses to start without them; the bench sends no mail and calls no cron route.
        SMTP_URL: "smtp://127.0.0.1:9",
        CRON_SECRET: "bench-cron-secret-not-for-production-0123",
        ...env,
      },
    },
  );
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once("exit", () => resolve());
      child.kill("SIGTERM");
    });
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited ${child.exitCode}; see ${logFile}`);
    try {
      if ((await fetch(`${url}/signin`)).status === 200) return { url, pid: child.pid!, stop };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  await stop();
  throw new Error(`the server did not answer within 120 s; see ${logFile}`);
}

/** A next-auth session cookie for a user, minted with the server's secret (no sign-in round trip). */
export async function sessionCookie(userId: string, email: string): Promise<string> {
  const token = await encode({ token: { sub: userId, userId, email, name: email }, secret: SECRET });
  return `next-auth.session-token=${token}`;
}
