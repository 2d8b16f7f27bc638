import { expect, test } from "@playwright/test";
import { PORTS } from "../../playwright.instances.config";
import { spawnServer } from "./spawn-server";
import { startTcpProxy, type TcpProxy } from "./tcp-proxy";

// Issue 20: the probes a load balancer uses, the request id, and a graceful shutdown. A server as
// shipped (server.mjs) reaches the shared database through a TCP proxy the test can cut or slow.

const PORT = PORTS.lifecycle;
const BASE = `http://127.0.0.1:${PORT}`;

function databaseBehind(proxy: TcpProxy): string {
  const url = new URL(process.env.E2E_INSTANCES_DATABASE_URL ?? "");
  url.hostname = "127.0.0.1";
  url.port = String(proxy.port);
  return url.toString();
}

function realDatabase() {
  const url = new URL(process.env.E2E_INSTANCES_DATABASE_URL ?? "");
  return { host: url.hostname === "localhost" ? "127.0.0.1" : url.hostname, port: Number(url.port || 5432) };
}

const startServer = (databaseUrl: string, extra: Record<string, string> = {}) =>
  spawnServer(PORT, databaseUrl, extra);

const ready = async () => {
  const response = await fetch(`${BASE}/api/ready`);
  return {
    status: response.status,
    body: (await response.json()) as { status: string; checks: Record<string, string> },
  };
};

test("health answers 200 while the process serves; ready follows the database, back to 200 without a restart", async () => {
  const proxy = await startTcpProxy(realDatabase());
  const server = await startServer(databaseBehind(proxy));
  try {
    const health = await fetch(`${BASE}/api/health`);
    expect([health.status, await health.json()]).toEqual([200, { status: "ok" }]);
    expect(await ready()).toEqual({
      status: 200,
      body: { status: "ready", checks: { database: "ok", migrations: "ok" } },
    });

    proxy.down();
    await expect.poll(async () => (await ready()).status, { timeout: 20_000 }).toBe(503);
    expect((await ready()).body).toEqual({ status: "not ready", checks: { database: "unavailable" } });
    expect((await fetch(`${BASE}/api/health`)).status).toBe(200);

    proxy.up();
    await expect.poll(async () => (await ready()).status, { timeout: 20_000 }).toBe(200);
    // Nothing in the answers names a host, a port or a secret.
    expect(JSON.stringify((await ready()).body)).not.toMatch(/127\.0\.0\.1|5432|postgres/);
  } finally {
    server.child.kill("SIGKILL");
    await proxy.close();
  }
});

test("every response carries a request id; one a client sends is not trusted without a proxy", async () => {
  const proxy = await startTcpProxy(realDatabase());
  const server = await startServer(databaseBehind(proxy));
  try {
    const a = await fetch(`${BASE}/api/health`);
    const b = await fetch(`${BASE}/signin`, { headers: { "X-Request-Id": "chosen-by-the-client" } });
    const ids = [a.headers.get("x-request-id"), b.headers.get("x-request-id")];
    for (const id of ids) expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(ids[0]).not.toBe(ids[1]);
  } finally {
    server.child.kill("SIGKILL");
    await proxy.close();
  }
});

test("SIGTERM during 20 slow requests: all 20 complete, new connections are refused, the process exits 0", async () => {
  const proxy = await startTcpProxy(realDatabase());
  // A generous grace period: the slow database makes these take ~20 s on a busy machine.
  const server = await startServer(databaseBehind(proxy), { SHUTDOWN_GRACE_MS: "60000" });
  try {
    await fetch(`${BASE}/signin`); // warm: compiled, pool open
    proxy.delay(1_500);
    const started = performance.now();
    const requests = Array.from({ length: 20 }, () =>
      fetch(`${BASE}/signin`).then(async (r) => ({
        status: r.status,
        ms: performance.now() - started,
        ok: (await r.text()).includes("Sign in"),
      })),
    );
    await new Promise((r) => setTimeout(r, 500));
    server.child.kill("SIGTERM");
    const results = await Promise.all(requests);
    expect(results.map((r) => r.status)).toEqual(Array(20).fill(200));
    expect(results.every((r) => r.ok)).toBe(true);
    // They were slow (the database answered late), so they were in flight when SIGTERM came.
    expect(Math.max(...results.map((r) => r.ms))).toBeGreaterThan(1_500);
    await expect(fetch(`${BASE}/api/health`)).rejects.toThrow();
    expect(await server.exited, server.output()).toBe(0);
    expect(server.output()).toContain("drained; exiting");
  } finally {
    if (server.child.exitCode === null) server.child.kill("SIGKILL");
    await proxy.close();
  }
});

test("metrics: request durations by route template, method and status, answered only with the token", async () => {
  const token = "instances-metrics-token-0123456789";
  const server = await startServer(process.env.E2E_INSTANCES_DATABASE_URL ?? "", { METRICS_TOKEN: token });
  try {
    const signin = await fetch(`${BASE}/signin`);
    expect(signin.status).toBe(200);
    await signin.text(); // the request is observed when its response ends
    await (await fetch(`${BASE}/respond/not-a-real-token-but-long-enough-0123456789`)).text();
    expect((await fetch(`${BASE}/api/metrics`)).status).toBe(401);
    const scrape = async () => {
      const response = await fetch(`${BASE}/api/metrics`, { headers: { authorization: `Bearer ${token}` } });
      return { status: response.status, text: await response.text() };
    };
    // A path with a token in it is counted under its template (or as unmatched), never under the token.
    await expect
      .poll(async () => (await scrape()).text, { timeout: 10_000 })
      .toMatch(/route="(\/respond\/\[id\]|\(unmatched\))"/);
    const { status, text } = await scrape();
    expect(status).toBe(200);
    expect(text).toMatch(
      /prc_http_request_duration_seconds_count\{[^}]*route="\/signin"[^}]*status="200"[^}]*\} [1-9]/,
    );
    expect(text).not.toContain("not-a-real-token");
    for (const name of [
      "prc_outbox_due",
      "prc_cron_last_success_timestamp_seconds",
      "nodejs_eventloop_lag_seconds",
    ])
      expect(text).toContain(name);
  } finally {
    await server.stop();
  }
});
