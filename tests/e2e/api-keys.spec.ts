import { expect, test } from "@playwright/test";
import { expectAccessible, signInAs, USERS } from "./support";

// Issue 19: a Global Administrator creates an API key on /settings/api — shown once, read-only, with
// a copy button — sees it listed by its first characters, and revokes it after confirming.

test("Issue 19: create an API key (shown once), see it listed, revoke it after confirming", async ({
  page,
}) => {
  await signInAs(page, USERS.contosoGlobal, "/settings/api");
  await expect(page.getByRole("heading", { name: "API keys", level: 1 })).toBeVisible();
  await expect(
    page.getByRole("navigation", { name: "Settings" }).getByRole("link", { name: "API" }),
  ).toBeVisible();

  const name = `CRM ${Date.now()}`;
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Read and write").check();
  await page.getByLabel("Some locations (as their Local Administrator)").check();
  await page.getByTestId("api-key-locations").getByLabel("Munich").check();
  await page.getByRole("button", { name: "Create key" }).click();

  const field = page.getByLabel("Your new API key");
  await expect(field).toHaveValue(/^prc_[0-9A-Za-z]{32}$/);
  await expect(field).toHaveAttribute("readonly", "");
  const key = await field.inputValue();
  await expectAccessible(page);

  // The key works at once, as the role it was given.
  const api = await page.request.get("/api/v1/references?limit=5", {
    headers: { authorization: `Bearer ${key}` },
  });
  expect(api.status()).toBe(200);
  const body = (await api.json()) as { data: { id: string }[]; nextCursor: string | null };
  expect(body.data.length).toBeGreaterThan(0);

  // A create through the key, retried with the same Idempotency-Key: one request, the same answer.
  await page.goto("/references/new");
  const munich = await page
    .getByLabel("Location")
    .locator("option", { hasText: "Munich" })
    .getAttribute("value");
  const stamp = Date.now();
  const company = `Api Works ${stamp}`;
  const create = () =>
    page.request.post("/api/v1/references", {
      headers: { authorization: `Bearer ${key}`, "idempotency-key": `e2e-${stamp}` },
      data: {
        locationId: munich,
        customerCompany: company,
        contactName: "Ana Api",
        contactEmail: `ana.${stamp}@apiworks.example`,
        projectTitle: "CRM integration",
        projectDescription: "Connected the CRM to the reference center.",
        projectType: "CLOUD_MIGRATION",
        completedOn: "2026-01-15",
      },
    });
  const [first, retry] = [await create(), await create()];
  expect([first.status(), retry.status()]).toEqual([201, 201]);
  const created = (await first.json()) as { id: string };
  expect(((await retry.json()) as { id: string }).id).toBe(created.id);
  await page.goto(`/references?q=${encodeURIComponent(company)}`);
  await expect(page.getByRole("row").filter({ hasText: company })).toHaveCount(1);
  await page.goto(`/references/${created.id}`);
  await expect(page.getByText(`API key “${name}”`).first()).toBeVisible();

  await page.goto("/settings/api");
  await expect(page.getByLabel("Your new API key")).toHaveCount(0); // shown once
  const row = page.getByTestId("api-key-row").filter({ hasText: name });
  await expect(row).toContainText(`${key.slice(0, 8)}…`);
  await expect(row).toContainText("Read and write");
  await expect(row).toContainText("Local Administrator of Munich");
  await expect(row).not.toContainText("Never"); // it was just used
  await expect(page.locator("body")).not.toContainText(key);

  await row.getByRole("button", { name: "Revoke" }).click();
  await row.getByRole("button", { name: "Revoke key" }).click();
  await expect(page.getByTestId("api-key-row").filter({ hasText: name })).toContainText("Revoked");
  const refused = await page.request.get("/api/v1/references", {
    headers: { authorization: `Bearer ${key}` },
  });
  expect(refused.status()).toBe(401);
  expect(refused.headers()["content-type"]).toBe("application/problem+json");
});

test("Issue 19: a Local Administrator has no API tab and cannot open /settings/api", async ({ page }) => {
  await signInAs(page, USERS.seattleAdmin, "/settings/users");
  await expect(
    page.getByRole("navigation", { name: "Settings" }).getByRole("link", { name: "API" }),
  ).toHaveCount(0);
  const response = await page.goto("/settings/api");
  expect(response?.status()).toBe(404);
});

test("Issue 19: the OpenAPI document and its readable reference at /api/docs", async ({ page }) => {
  const doc = await page.request.get("/api/v1/openapi.json");
  expect(doc.status()).toBe(200);
  const body = (await doc.json()) as { openapi: string; paths: Record<string, unknown> };
  expect(body.openapi).toBe("3.1.0");
  expect(Object.keys(body.paths)).toEqual(
    expect.arrayContaining([
      "/api/v1/references",
      "/api/v1/references/{id}",
      "/api/v1/references/{id}/resend",
      "/api/v1/references/{id}/assign",
    ]),
  );
  await page.goto("/api/docs");
  await expect(page.getByRole("heading", { name: "Partner Reference Center API", level: 1 })).toBeVisible();
  await expect(page.getByRole("heading", { name: "GET /api/v1/references", exact: true })).toBeVisible();
  await expect(page.getByRole("table", { name: "Request body (NewReference, JSON)" })).toContainText(
    "contactEmail",
  );
  await expectAccessible(page);
});
