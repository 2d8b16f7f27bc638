import { expect, test } from "@playwright/test";
import { PORTS } from "../../playwright.instances.config";
import { askForSignInEmail, authClient, query } from "./support";

// Issue 8, item 1: the abuse limits hold across app instances because the counters are rows in
// the shared PostgreSQL database. Requests alternate between two `next start` processes.

const A = `http://localhost:${PORTS.a}`;
const B = `http://localhost:${PORTS.b}`;
const neutral = (base: string) => ({ url: `${base}/api/auth/verify-request?provider=email&type=email` });

test("sign-in emails per address: the 6th request, on either instance, is refused with 429 and queues nothing", async () => {
  const address = "member@contoso.example";
  const a = await authClient(A, "203.0.113.10");
  const b = await authClient(B, "203.0.113.10");
  for (let i = 0; i < 5; i++) {
    const client = i % 2 === 0 ? a : b;
    const response = await askForSignInEmail(client, address);
    expect(response.status(), `request ${i + 1}`).toBe(200);
  }
  const refused = await askForSignInEmail(b, address);
  expect(refused.status()).toBe(429);
  expect(Number(refused.headers()["retry-after"])).toBeGreaterThan(0);
  const body = (await refused.json()) as { url: string; message: string };
  expect(body.message).toMatch(/Too many sign-in emails were requested\. Please try again in \d+ minutes?\./);
  expect(body.url).toContain("/signin?error=TooManyRequests");
  // A 7th on the other instance is refused as well: neither process keeps its own count.
  expect((await askForSignInEmail(a, address)).status()).toBe(429);

  const [emails] = await query<{ emails: number }>(
    `SELECT count(*)::int AS emails FROM "OutboxEmail" WHERE "to" = $1`,
    [address],
  );
  expect(emails?.emails).toBe(5);
  const [counter] = await query<{ points: number }>(`SELECT points FROM "RateLimit" WHERE key = $1`, [
    `signInEmailPerAddress:${address}`,
  ]);
  expect(counter?.points).toBe(7);
});

test("sign-in emails per network address: 20 addresses from one client pass, the 21st is refused", async () => {
  // Behind two trusted proxies (TRUST_PROXY=2): the hop left of them is the client, theirs are not.
  const a = await authClient(A, "198.51.100.20, 10.0.0.1");
  const b = await authClient(B, "198.51.100.20, 10.0.0.2");
  for (let i = 0; i < 20; i++) {
    const [client, base] = i % 2 === 0 ? [a, A] : [b, B];
    const response = await askForSignInEmail(client, `nobody.${i}@unknown.example`);
    expect(response.status(), `request ${i + 1}`).toBe(200);
    expect(await response.json()).toEqual(neutral(base));
  }
  expect((await askForSignInEmail(a, "nobody.21@unknown.example")).status()).toBe(429);
  // Another client behind the same proxy is not affected.
  const other = await authClient(B, "198.51.100.21, 10.0.0.2");
  expect((await askForSignInEmail(other, "nobody.22@unknown.example")).status()).toBe(200);
});
