import { type APIRequestContext, expect, request as playwrightRequest, test } from "@playwright/test";
import { USERS } from "./support";

// Issue 8 findings reproduced over HTTP against `next start`: each failed before its fix.

async function client(baseURL: string) {
  const http = await playwrightRequest.newContext({ baseURL });
  const { csrfToken } = (await (await http.get("/api/auth/csrf")).json()) as { csrfToken: string };
  return { http, csrfToken };
}

function signInEmail(c: { http: APIRequestContext; csrfToken: string }, email: string, json: boolean) {
  return c.http.post("/api/auth/signin/email", {
    form: { email, csrfToken: c.csrfToken, callbackUrl: "/references", ...(json ? { json: "true" } : {}) },
    maxRedirects: 0,
  });
}

/** Every hop of a redirect chain as "status location", the last one with its page's text. */
async function chain(http: APIRequestContext, first: string) {
  const hops: string[] = [];
  let url: string | undefined = first;
  while (url && hops.length < 10) {
    const response: Awaited<ReturnType<APIRequestContext["get"]>> = await http.get(url, { maxRedirects: 0 });
    hops.push(`${response.status()} ${response.headers().location ?? ""}`);
    url = response.headers().location;
  }
  return hops;
}

test.describe("hardening over HTTP", () => {
  test("open redirect: /signin?callbackUrl=%2F.%2F%2Fevil.example sends a signed-in user to this site only", async ({
    baseURL,
  }) => {
    const c = await client(baseURL!);
    await c.http.post("/api/auth/callback/demo", {
      form: { email: USERS.member.email, csrfToken: c.csrfToken, json: "true" },
    });
    for (const payload of [
      "%2F.%2F%2Fevil.example",
      "%2F%2Fevil.example",
      "%2F%5Cevil.example",
      "https%3A%2F%2Fevil.example",
    ]) {
      const response = await c.http.get(`/signin?callbackUrl=${payload}`, { maxRedirects: 0 });
      expect(response.status(), payload).toBe(307);
      expect(new URL(response.headers().location!, baseURL).href, payload).toBe(`${baseURL}/references`);
    }
    const kept = await c.http.get("/signin?callbackUrl=%2Fcompetencies", { maxRedirects: 0 });
    expect(new URL(kept.headers().location!, baseURL).href).toBe(`${baseURL}/competencies`);
  });

  test("known and unknown addresses get byte-identical sign-in answers and the same redirect chain", async ({
    baseURL,
  }) => {
    const known = await client(baseURL!);
    const unknown = await client(baseURL!);
    const a = await signInEmail(known, USERS.fabrikamGlobal.email, true);
    const b = await signInEmail(unknown, `nobody-${Date.now()}@unknown.example`, true);
    expect(a.status()).toBe(200);
    expect(b.status()).toBe(a.status());
    expect((await b.body()).equals(await a.body())).toBe(true);
    const headers = (r: typeof a) =>
      r
        .headersArray()
        .filter((h) => !/^(date|content-security-policy|x-request-id)$/i.test(h.name))
        .map((h) => `${h.name}: ${h.value}`);
    expect(headers(b)).toEqual(headers(a));

    // Without JavaScript's json=true: the same 302 and the same hops to the same page.
    const a2 = await signInEmail(known, USERS.fabrikamGlobal.email, false);
    const b2 = await signInEmail(unknown, `nobody-${Date.now()}@unknown.example`, false);
    expect(a2.status()).toBe(302);
    expect(b2.headers().location).toBe(a2.headers().location);
    const hops = await chain(known.http, a2.headers().location!);
    expect(await chain(unknown.http, b2.headers().location!)).toEqual(hops);
    expect(hops.at(-1)).toBe("200 ");
  });

  test("a server action posted from another site answers 403, not 500", async ({ request }) => {
    const response = await request.post("/references/new", {
      headers: { "next-action": "00aa", origin: "https://evil.example", "content-type": "text/plain" },
      data: "[]",
    });
    expect(response.status()).toBe(403);
    expect(await response.text()).toBe("This form can only be submitted from this site.");
  });

  test("a 5 MB action body answers 413, not 500", async ({ request, baseURL }) => {
    const response = await request.post("/references/new", {
      headers: { "next-action": "00aa", origin: baseURL!, "content-type": "text/plain" },
      data: "x".repeat(5 * 1024 * 1024),
    });
    expect(response.status()).toBe(413);
  });

  test("the email sign-in form never submits as a GET, and waits for hydration", async ({
    request,
    page,
  }) => {
    const html = await (await request.get("/signin")).text();
    const form = /<form[^>]*>/.exec(html.slice(html.indexOf("Sign in with your email")))?.[0] ?? "";
    expect(form).toMatch(/method="post"/i);
    const button = /<button[^>]*type="submit"[^>]*>/.exec(html.slice(html.indexOf(form)))?.[0] ?? "";
    expect(button).toMatch(/disabled/);
    await page.goto("/signin");
    await expect(page.getByRole("button", { name: "Email me a sign-in link" })).toBeEnabled();
  });

  test("too many sign-in emails for one address: the 6th gets 429 and the page says when to try again", async ({
    page,
    baseURL,
  }) => {
    const c = await client(baseURL!);
    for (let i = 0; i < 5; i++)
      expect((await signInEmail(c, USERS.munichAdmin.email, true)).status()).toBe(200);
    const refused = await signInEmail(c, USERS.munichAdmin.email, true);
    expect(refused.status()).toBe(429);

    await page.goto("/signin");
    await page.getByLabel("Work email address").fill(USERS.munichAdmin.email);
    await page.getByRole("button", { name: "Email me a sign-in link" }).click();
    await expect(
      page.getByText(/Too many sign-in emails were requested\. Please try again in \d+ minutes?\./),
    ).toBeVisible();
    await page.goto(`/dev/mailbox?to=${encodeURIComponent(USERS.munichAdmin.email)}`);
    await expect(page.getByTestId("mailbox-row").filter({ hasText: /sign-in/i })).toHaveCount(5);
  });
});
