import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { closeDatabase, getDb } from "@/lib/db/client";
import { deliverDueWebhooks } from "@/lib/webhooks/deliver";
import { IN_FLIGHT } from "@/lib/webhooks/retry";
import { newSigningSecret, sealSecret } from "@/lib/webhooks/secret-box";

// Issue 19: webhook deliveries per second — N queued messages delivered by the scheduled run's
// delivery (claim, sign, connect with the address check, settle, log) against a plain pooled fetch
// loop POSTing the same bodies to the same local receiver with as many requests in flight.
// Own process, so its DATABASE_URL (the bench database) and WEBHOOK_ALLOW_PRIVATE are its own.

const count = Number(process.argv[2] ?? 500);
const received = { app: 0, floor: 0 };
const receiver = createServer((req, res) => {
  req.resume();
  req.on("end", () => {
    received[req.url === "/floor" ? "floor" : "app"]++;
    res.writeHead(204).end();
  });
});
await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
const base = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;

const db = await getDb();
const now = new Date();
const endpoint = await db.webhookEndpoint.create({
  data: {
    partnerId: "bench-big",
    url: `${base}/app`,
    events: ["reference.created"],
    secretCipher: sealSecret(newSigningSecret()),
    createdByLabel: "bench",
    createdAt: now,
  },
});
const body = (i: number) =>
  JSON.stringify({
    id: `evt_bench_${i}`,
    type: "reference.created",
    occurredAt: now.toISOString(),
    sequence: 1,
    data: { id: `bench-${i}` },
  });
await db.webhookMessage.createMany({
  data: Array.from({ length: count }, (_, i) => ({
    eventId: `evt_bench_${i}`,
    endpointId: endpoint.id,
    type: "reference.created",
    body: body(i),
    nextAttemptAt: now,
    createdAt: now,
  })),
});

let started = performance.now();
let delivered = 0;
for (let run = 0; run < 100 && delivered < count; run++)
  delivered += (await deliverDueWebhooks({ now: new Date(), budgetMs: 60_000 })).delivered;
const appMs = performance.now() - started;
if (delivered !== count || received.app !== count)
  throw new Error(`delivered ${delivered} (${received.app} received) of ${count}`);

started = performance.now();
let next = 0;
await Promise.all(
  Array.from({ length: IN_FLIGHT }, async () => {
    while (next < count) {
      const i = next++;
      const response = await fetch(`${base}/floor`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: body(i),
      });
      await response.arrayBuffer();
    }
  }),
);
const floorMs = performance.now() - started;

await db.webhookEndpoint.delete({ where: { id: endpoint.id } });
await closeDatabase();
receiver.close();
process.stdout.write(`${JSON.stringify({ count, appMs, floorMs })}\n`);
