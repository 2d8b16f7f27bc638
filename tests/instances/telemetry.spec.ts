import { createServer, type Server } from "node:http";
import { expect, test } from "@playwright/test";
import { PORTS, SMTP_PORT } from "../../playwright.instances.config";
import { INSTANCES_CRON_SECRET } from "./constants";
import { spawnServer } from "./spawn-server";

// Issue 20: with OTEL_EXPORTER_OTLP_ENDPOINT set, a page view's spans reach an OTLP/HTTP receiver —
// the server entry's request span, Next's own, and a database span — under one trace whose id is in
// the request's log line; a scheduled run has a span per job. The receiver is this test's.

type Span = { traceId: string; spanId: string; parentSpanId?: string; name: string };
type Export = { resourceSpans: { scopeSpans: { spans: Span[] }[] }[] };

const RECEIVER_PORT = SMTP_PORT + 1;

function startReceiver(): Promise<{ server: Server; spans: Span[] }> {
  const spans: Span[] = [];
  const server = createServer((request, response) => {
    let body = "";
    request.on("data", (chunk) => {
      body += chunk;
    });
    request.on("end", () => {
      if (request.url === "/v1/traces" && request.headers["content-type"]?.includes("json")) {
        const exported = JSON.parse(body) as Export;
        for (const resource of exported.resourceSpans)
          for (const scope of resource.scopeSpans) spans.push(...scope.spans);
      }
      response.writeHead(200, { "content-type": "application/json" }).end("{}");
    });
  });
  return new Promise((resolve) =>
    server.listen(RECEIVER_PORT, "127.0.0.1", () => resolve({ server, spans })),
  );
}

test("a page view's spans, a database span among them, reach the OTLP receiver under the trace id of its log line", async () => {
  const receiver = await startReceiver();
  const server = await spawnServer(PORTS.telemetry, process.env.E2E_INSTANCES_DATABASE_URL ?? "", {
    OTEL_EXPORTER_OTLP_ENDPOINT: `http://127.0.0.1:${RECEIVER_PORT}`,
    OTEL_BSP_SCHEDULE_DELAY: "200",
  });
  try {
    const page = await fetch(`http://127.0.0.1:${PORTS.telemetry}/signin`);
    expect(page.status).toBe(200);
    const requestId = page.headers.get("x-request-id");

    // The request's log line carries its trace id.
    await expect.poll(() => server.output().includes(`"requestId":"${requestId}"`)).toBe(true);
    const line = server
      .output()
      .split("\n")
      .find((l) => l.includes(`"requestId":"${requestId}"`) && l.includes('"message":"request"'));
    const traceId = (JSON.parse(line ?? "{}") as { traceId?: string }).traceId;
    expect(traceId).toMatch(/^[0-9a-f]{32}$/);

    const inTrace = () => receiver.spans.filter((s) => s.traceId === traceId).map((s) => s.name);
    await expect.poll(() => inTrace().includes("GET /signin"), { timeout: 20_000 }).toBe(true);
    await expect.poll(() => inTrace().some((n) => n.startsWith("prisma:")), { timeout: 20_000 }).toBe(true);
    // Next's own spans are children of the entry's request span.
    const root = receiver.spans.find((s) => s.traceId === traceId && !s.parentSpanId);
    expect(root?.name).toBe("GET /signin");
    expect(inTrace().length).toBeGreaterThan(3);

    const run = await fetch(`http://127.0.0.1:${PORTS.telemetry}/api/cron`, {
      method: "POST",
      headers: { authorization: `Bearer ${INSTANCES_CRON_SECRET}` },
    });
    expect(run.status).toBe(200);
    await expect
      .poll(() => receiver.spans.map((s) => s.name).filter((n) => n.startsWith("job ")), { timeout: 20_000 })
      .toEqual(
        expect.arrayContaining([
          "job auto-approve",
          "job deliver-email",
          "job renewal-reminders",
          "job purge",
        ]),
      );
  } finally {
    await server.stop();
    receiver.server.close();
  }
});
