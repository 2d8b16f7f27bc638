import { expect, type Page, test } from "@playwright/test";
import type { ParsedMail } from "mailparser";
import { MAIL_FROM, PORTS, SMTP_PORT } from "../../playwright.instances.config";
import { startSmtpSink } from "../support/smtp-sink";
import { INSTANCES_CRON_SECRET } from "./constants";
import { startBalancer } from "./haproxy";
import { type SpawnedServer, spawnServer } from "./spawn-server";
import { query } from "./support";

// Issue 20, the rolling-restart drill: two instances behind HAProxy (deploy/haproxy.cfg, health-
// checking /api/ready), a steady load of list views, detail views and creates for 60 s, and both
// instances restarted one after the other the way docs/operations.md says — drain in the balancer,
// SIGTERM, start the new one, back to ready. Nothing may fail, no create may happen twice, and every
// created request's email is delivered exactly once.

const BALANCER = `http://localhost:${PORTS.balancer}`;
const DRILL_MS = 60_000;
const MAIL_PORT = SMTP_PORT + 2;
const CREATE_EVERY_MS = 2_500;
const ADMIN = "Dana Whitfield"; // Contoso's Global Administrator in the demo data

test.setTimeout(300_000);

async function createReference(page: Page, contact: string) {
  await page.goto(`${BALANCER}/references/new`);
  await page.getByLabel("Location").selectOption({ label: "Seattle" });
  await page.getByLabel("Customer company").fill("Northwind Drill Ltd");
  await page.getByLabel("Customer contact name").fill("Drill Contact");
  await page.getByLabel("Customer contact email").fill(contact);
  await page.getByLabel("Project title").fill(`Rolling restart ${contact}`);
  await page.getByLabel("Project type").selectOption("CLOUD_MIGRATION");
  await page.getByLabel("Completed on").fill("2026-06-30");
  await page.getByLabel("Project description").fill("Created while the instances restart.");
  await page.getByRole("button", { name: "Send reference request" }).click();
  await page.waitForURL(/\/references\?created=/, { timeout: 30_000 });
}

test("rolling restart of two instances behind HAProxy under load: 0 failed requests, 0 duplicate creates, each email delivered once", async ({
  page,
}) => {
  const sink = await startSmtpSink(MAIL_PORT);
  const database = process.env.E2E_INSTANCES_DATABASE_URL ?? "";
  const env = {
    TRUST_PROXY: "1",
    NEXTAUTH_URL: BALANCER,
    SMTP_URL: `smtp://127.0.0.1:${MAIL_PORT}`,
    EMAIL_FROM: MAIL_FROM,
  };
  const ports = { a: PORTS.rollingA, b: PORTS.rollingB };
  const servers: Record<"a" | "b", SpawnedServer> = {
    a: await spawnServer(ports.a, database, env),
    b: await spawnServer(ports.b, database, env),
  };
  const balancer = await startBalancer(PORTS.balancer, ports);
  const run = Date.now().toString(36);
  try {
    for (const name of ["a", "b"] as const)
      await expect.poll(async () => (await balancer.server(name)).status, { timeout: 30_000 }).toBe("UP");

    await page.goto(`${BALANCER}/signin?callbackUrl=%2Freferences`);
    await page.getByRole("button", { name: new RegExp(`Sign in as ${ADMIN}`) }).click();
    await expect(page.getByRole("heading", { name: "Reference List", level: 1 })).toBeVisible();
    const cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
    const [detail] = await query<{ id: string }>(
      `SELECT r.id FROM "ReferenceRequest" r JOIN "Partner" p ON p.id = r."partnerId" WHERE p.name = 'Contoso' LIMIT 1`,
    );

    const stats = { sent: 0, failures: [] as string[] };
    const creates: string[] = [];
    let loading = true;
    const started = performance.now();
    const view = async (path: string) => {
      stats.sent++;
      try {
        const response = await fetch(`${BALANCER}${path}`, { headers: { cookie }, redirect: "manual" });
        const body = await response.text();
        if (response.status !== 200 || body.length === 0) stats.failures.push(`${path}: ${response.status}`);
      } catch (error) {
        stats.failures.push(`${path}: ${(error as Error).message}`);
      }
    };
    const reader = async () => {
      while (loading) {
        await view("/references");
        await view(`/references/${detail?.id}`);
      }
    };
    // One create every 2.5 s at most: 24 in the minute, under the per-user limit of 30 an hour.
    const creator = async () => {
      for (let n = 1; loading; n++) {
        const due = started + (n - 1) * CREATE_EVERY_MS - performance.now();
        if (due > 0) await new Promise((resolve) => setTimeout(resolve, due));
        if (!loading) break;
        const contact = `drill.${run}.${n}@northwind-drill.example`;
        stats.sent++;
        try {
          await createReference(page, contact);
          creates.push(contact);
        } catch (error) {
          stats.failures.push(`create ${contact}: ${(error as Error).message.split("\n")[0]}`);
        }
      }
    };
    const load = Promise.all([reader(), reader(), creator()]);

    const restart = async (name: "a" | "b") => {
      await balancer.command(`set server instances/${name} state drain`);
      await expect.poll(async () => (await balancer.server(name)).sessions, { timeout: 30_000 }).toBe(0);
      servers[name].child.kill("SIGTERM");
      expect(await servers[name].exited, servers[name].output()).toBe(0);
      servers[name] = await spawnServer(ports[name], database, env);
      await balancer.command(`set server instances/${name} state ready`);
      await expect.poll(async () => (await balancer.server(name)).status, { timeout: 30_000 }).toBe("UP");
    };
    await new Promise((resolve) => setTimeout(resolve, 8_000));
    await restart("a");
    await restart("b");
    await new Promise((resolve) =>
      setTimeout(resolve, Math.max(0, DRILL_MS - (performance.now() - started))),
    );
    loading = false;
    await load;

    // Whatever the at-once path left is sent by the scheduled run; a second run finds nothing more.
    for (let i = 0; i < 2; i++) {
      const response = await fetch(`${BALANCER}/api/cron`, {
        method: "POST",
        headers: { authorization: `Bearer ${INSTANCES_CRON_SECRET}` },
      });
      expect(response.status).toBe(200);
    }
    const drillMail = () =>
      sink.messages.filter((m: ParsedMail) =>
        (Array.isArray(m.to) ? m.to : [m.to]).some((t) => t?.text.includes(`drill.${run}.`)),
      );
    await expect.poll(() => drillMail().length, { timeout: 30_000 }).toBeGreaterThanOrEqual(creates.length);
    const rows = await query<{ contactEmail: string; n: number }>(
      `SELECT "contactEmail", count(*)::int AS n FROM "ReferenceRequest" WHERE "contactEmail" LIKE $1 GROUP BY 1`,
      [`drill.${run}.%`],
    );
    const delivered = drillMail().map((m) => (Array.isArray(m.to) ? m.to[0] : m.to)?.value[0]?.address);
    console.log(
      `rolling restart: requests sent ${stats.sent}, failed ${stats.failures.length}, creates ${creates.length}, ` +
        `rows ${rows.length}, emails delivered ${delivered.length}`,
    );

    expect(stats.failures).toEqual([]);
    expect(creates.length).toBeGreaterThan(10);
    expect(rows.every((r) => r.n === 1)).toBe(true);
    expect(rows.map((r) => r.contactEmail).sort()).toEqual([...creates].sort());
    expect([...delivered].sort()).toEqual([...creates].sort());
  } finally {
    await balancer.stop();
    for (const server of Object.values(servers)) await server.stop();
    await sink.close();
  }
});
