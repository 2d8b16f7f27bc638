import { createHash, randomBytes } from "node:crypto";
import { expect, test } from "@playwright/test";
import { PORTS } from "../../playwright.instances.config";
import { REAL_USER } from "./constants";
import { askForSignInEmail, authClient, query } from "./support";

// Issue 16, item 4: with no trusted proxy, the address the abuse limits key on is the connection's,
// whatever X-Forwarded-For says. Against the server as shipped (server.mjs, TRUST_PROXY unset).

const OPEN = `http://localhost:${PORTS.demoOff}`;
// LIMITS in lib/security/rate-limit.ts (a server-only module, so its numbers are repeated here).
const SIGN_IN_PER_ADDRESS = 20;
const ANSWERS_PER_ADDRESS = 30;

/** The limit's counters, key → points used (other specs on this database use some too). */
async function counters(prefix: string): Promise<Map<string, number>> {
  const rows = await query<{ key: string; points: number }>(
    `SELECT key, points FROM "RateLimit" WHERE key LIKE $1 AND (expire IS NULL OR expire > now())`,
    [`${prefix}:%`],
  );
  return new Map(rows.map((r) => [r.key, r.points]));
}

/**
 * The counters this drill moved: exactly one, keyed on the connection's loopback address. Returns
 * how many uses it had left when the drill began.
 */
async function onlyCounterMoved(prefix: string, before: Map<string, number>, limit: number) {
  const after = await counters(prefix);
  const moved = [...after].filter(([key, points]) => points !== before.get(key));
  expect(moved.map(([key]) => key)).toEqual([expect.stringMatching(/:(127\.0\.0\.1|::1)$/)]);
  return limit - (before.get(moved[0]![0]) ?? 0);
}

test("Decision 021: 40 sign-in requests with 40 forged X-Forwarded-For are limited after the limit, on one counter", async () => {
  const before = await counters("signInEmailPerIp");
  const statuses: number[] = [];
  for (let i = 0; i < 40; i++) {
    const client = await authClient(OPEN, `203.0.113.${i + 1}`);
    statuses.push((await askForSignInEmail(client, `forged.${i}@unknown.example`)).status());
  }
  const left = await onlyCounterMoved("signInEmailPerIp", before, SIGN_IN_PER_ADDRESS);
  expect(left).toBeGreaterThan(0);
  expect(statuses).toEqual([...Array(left).fill(200), ...Array(40 - left).fill(429)]);
});

test("Decision 021: 40 customer answers with 40 forged X-Forwarded-For — refused once the limit is used up, one counter", async ({
  browser,
}) => {
  test.setTimeout(300_000); // forty answers through the page on a busy machine
  const [location] = await query<{ id: string; partnerId: string }>(
    `SELECT l.id, l."partnerId" FROM "Location" l JOIN "Partner" p ON p.id = l."partnerId" WHERE p.name = $1`,
    [REAL_USER.partner],
  );
  const tokens: string[] = [];
  for (let i = 0; i < 40; i++) {
    const id = `drill${Date.now().toString(36)}${i}`;
    const token = randomBytes(32).toString("base64url");
    tokens.push(token);
    await query(
      `INSERT INTO "ReferenceRequest" (id, "partnerId", "locationId", "firstSentAt", "lastSentAt", "customerCompany",
         "contactName", "contactEmail", "projectTitle", "projectDescription", "projectType", "completedOn", "updatedAt")
       VALUES ($1, $2, $3, now(), now(), 'Drill AS', 'Dana Drill', 'dana@drill.example', 'Drill', 'Drill', 'DEVOPS', '2026-01-01', now())`,
      [id, location!.partnerId, location!.id],
    );
    await query(`INSERT INTO "ResponseToken" (id, "referenceId", "tokenHash") VALUES ($1, $1, $2)`, [
      id,
      createHash("sha256").update(token).digest("hex"),
    ]);
  }
  const before = await counters("customerDecisionPerIp");
  const answers: string[] = [];
  for (const [i, token] of tokens.entries()) {
    const context = await browser.newContext({
      extraHTTPHeaders: { "x-forwarded-for": `198.51.100.${i + 1}` },
    });
    const page = await context.newPage();
    await page.goto(`${OPEN}/respond/${token}?lang=en`);
    await page.getByRole("button", { name: "Approve" }).click();
    await page.getByRole("button", { name: "Yes, approve" }).click();
    const answer = page.getByText(
      /^(Thank you\. You approved this reference\.|Too many answers came from your network\.)/,
    );
    await expect(answer).toBeVisible();
    answers.push((await answer.textContent())?.startsWith("Thank you") ? "approved" : "limited");
    await context.close();
  }
  const left = await onlyCounterMoved("customerDecisionPerIp", before, ANSWERS_PER_ADDRESS);
  expect(left).toBeGreaterThan(0);
  expect(answers).toEqual([...Array(left).fill("approved"), ...Array(40 - left).fill("limited")]);
});
