import { expect, type Page, type Response, test } from "@playwright/test";
import { createReferenceViaForm, rowIds, signInAs, USERS } from "./support";

// Issue 8, item 4: every response carries the security headers, scripts run only with the
// per-request nonce, and no page of ours trips the Content-Security-Policy in Chromium.

function expectSecurityHeaders(response: Response | null, path: string) {
  expect(response, `no response for ${path}`).not.toBeNull();
  const h = response!.headers();
  const csp = h["content-security-policy"] ?? "";
  expect(csp, path).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{16,}' 'strict-dynamic'/);
  expect(csp.match(/script-src[^;]*/)?.[0], path).not.toContain("unsafe-inline");
  expect(csp, path).toContain("frame-ancestors 'none'");
  expect(csp, path).toContain("object-src 'none'");
  expect(h["x-frame-options"], path).toBe("DENY");
  expect(h["x-content-type-options"], path).toBe("nosniff");
  expect(h["permissions-policy"], path).toContain("camera=()");
  expect(h["referrer-policy"], path).toBe(
    new URL(response!.url()).pathname.startsWith("/respond/")
      ? "no-referrer"
      : "strict-origin-when-cross-origin",
  );
}

/** Records CSP violations (the DOM event and Chromium's console report) for the life of the page. */
async function watchCsp(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to (execute|load|apply|connect|frame)/i.test(message.text()))
      violations.push(`${page.url()}: ${message.text()}`);
  });
  await page.exposeFunction("__reportCsp", (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      (window as unknown as { __reportCsp: (t: string) => void }).__reportCsp(
        `${location.pathname}: ${e.violatedDirective} blocked ${e.blockedURI}`,
      );
    });
  });
  return violations;
}

async function visit(page: Page, path: string, hydrated: () => Promise<void>) {
  const response = await page.goto(path);
  expectSecurityHeaders(response, path);
  await hydrated(); // a state only React can produce: the nonce let the scripts run
}

test.describe("security headers and CSP", () => {
  // The two page walks visit a dozen pages each; on a loaded machine that takes longer than one page's budget.
  test.describe.configure({ timeout: 150_000 });
  test("public pages: headers on every response, scripts hydrate, no CSP violation", async ({ page }) => {
    const violations = await watchCsp(page);
    const emailButton = page.getByRole("button", { name: "Email me a sign-in link" });
    await visit(page, "/signin", () => expect(emailButton).toBeEnabled());
    await visit(page, "/signin/check-email", () => expect(page.getByTestId("neutral-answer")).toBeVisible());
    await visit(page, "/dev/mailbox", () => expect(page.getByTestId("mailbox-row").first()).toBeVisible());

    // A reference request in the mailbox: its page embeds the email in a frame.
    const email = await page
      .getByTestId("mailbox-row")
      .filter({ hasNotText: /sign-in/i })
      .first()
      .getByRole("link")
      .getAttribute("href");
    await visit(page, email!, () =>
      expect(page.getByRole("heading", { name: "Links in this email" })).toBeVisible(),
    );
    await visit(page, "/respond/not-a-valid-token-0000000000", () =>
      expect(page.getByRole("heading", { name: "Link not valid" })).toBeVisible(),
    );
    await visit(page, "/no-such-page", () => expect(page.getByRole("heading", { level: 1 })).toBeVisible());
    expect(violations).toEqual([]);
  });

  test("portal pages: headers on every response, scripts hydrate, no CSP violation", async ({ page }) => {
    const violations = await watchCsp(page);
    await signInAs(page, USERS.contosoGlobal);
    const [id] = await rowIds(page);
    const signOut = page.getByRole("button", { name: "Sign out" });
    for (const path of [
      "/references",
      "/references/new",
      `/references/${id}`,
      "/competencies",
      "/service-center",
      "/references?q=zzzz-no-match",
    ])
      await visit(page, path, () => expect(signOut).toBeEnabled());

    // A fresh request, so its customer page still has the buttons React brings to life.
    const contactEmail = `csp.${Date.now()}@litware.example`;
    await createReferenceViaForm(page, {
      customer: `CSP Labs ${Date.now()}`,
      contactEmail,
      projectTitle: "CSP",
    });
    await page.goto(`/dev/mailbox?to=${encodeURIComponent(contactEmail)}`);
    await page.getByTestId("mailbox-row").first().getByRole("link").click();
    const respond = await page
      .locator('[data-testid="email-link"][href*="/respond/"]')
      .first()
      .getAttribute("href");
    await visit(page, new URL(respond!).pathname, () =>
      expect(page.getByRole("button", { name: "Approve" })).toBeEnabled(),
    );

    await page.goto("/references");
    await signOut.click();
    await expect(page).toHaveURL(/\/signin/);
    await signInAs(page, USERS.agent, "/service-center/partners");
    for (const path of ["/service-center", "/service-center/partners"])
      await visit(page, path, () => expect(signOut).toBeEnabled());
    expect(violations).toEqual([]);
  });

  test("static files, route handlers and redirects carry the headers too", async ({ request, page }) => {
    await page.goto("/signin");
    const script = await page.locator("script[src]").first().getAttribute("src");
    for (const path of [script!, "/api/auth/csrf", "/api/cron", "/references"]) {
      const response = await request.get(path, { maxRedirects: 0 });
      expect(response.headers()["x-content-type-options"], path).toBe("nosniff");
      expect(response.headers()["x-frame-options"], path).toBe("DENY");
      expect(response.headers()["content-security-policy"], path).toContain("frame-ancestors 'none'");
    }
  });

  test("every response gets a fresh nonce, and the page's scripts carry it", async ({ request }) => {
    const nonces = new Set<string>();
    for (let i = 0; i < 3; i++) {
      const response = await request.get("/signin");
      const nonce = /'nonce-([^']+)'/.exec(response.headers()["content-security-policy"] ?? "")?.[1];
      expect(nonce).toBeTruthy();
      nonces.add(nonce!);
      const html = await response.text();
      const scripts = html.match(/<script\b[^>]*>/g) ?? [];
      expect(scripts.length).toBeGreaterThan(0);
      for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
    }
    expect(nonces.size).toBe(3);
  });

  test("HSTS only when the site is served over https", async ({ request }) => {
    const plain = await request.get("/signin");
    expect(plain.headers()["strict-transport-security"]).toBeUndefined();
    const tls = await request.get("/signin", { headers: { "x-forwarded-proto": "https" } });
    expect(tls.headers()["strict-transport-security"]).toMatch(/max-age=\d{8,}/);
  });

  test("the customer's page cannot be framed by another site", async ({ page }) => {
    const violations = await watchCsp(page);
    await page.setContent(`<iframe id="f" src="${test.info().project.use.baseURL}/signin"></iframe>`);
    const frame = page.frameLocator("#f");
    await expect(frame.getByRole("button", { name: "Email me a sign-in link" })).toHaveCount(0);
    expect(violations.join("\n")).toMatch(/frame-ancestors|Refused to frame|Refused to display/i);
  });
});
