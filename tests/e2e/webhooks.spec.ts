import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { Webhook } from "standardwebhooks";
import { startWebhookReceiver, type WebhookReceiver } from "../support/webhook-receiver";
import { expectAccessible, signInAs, USERS } from "./support";

// Issue 19: a Global Administrator adds a webhook endpoint on /settings/webhooks pointing at a real
// receiver this spec runs on 127.0.0.1 (the server runs with WEBHOOK_ALLOW_PRIVATE=1, acknowledged
// for production), sees the secret once, sends a test event that the receiver verifies and the
// delivery log shows, disables and enables it, rotates the secret and deletes it after confirming.

let receiver: WebhookReceiver;
test.beforeAll(async () => {
  receiver = await startWebhookReceiver();
});
test.afterAll(() => receiver.close());

const verify = (secret: string, r: WebhookReceiver["received"][number]) =>
  new Webhook(secret).verify(r.body, r.headers as Record<string, string>) as { type: string };

test("Issue 19: add a webhook endpoint, test it, disable and enable, rotate the secret, delete it", async ({
  page,
}) => {
  await signInAs(page, USERS.contosoGlobal, "/settings/webhooks");
  await expect(page.getByRole("heading", { name: "Webhooks", level: 1 })).toBeVisible();
  await expect(
    page.getByRole("navigation", { name: "Settings" }).getByRole("link", { name: "Webhooks" }),
  ).toBeVisible();
  await expect(page.getByText("No endpoints yet.")).toBeVisible();

  // Refused first, with a message on the field: no event chosen.
  await page.getByLabel("Endpoint URL").fill(receiver.url);
  for (const box of await page.getByRole("checkbox", { name: /reference\./ }).all()) await box.uncheck();
  await page.getByRole("button", { name: "Add endpoint" }).click();
  await expect(page.getByText("Choose at least one event to send.")).toBeVisible();
  await expect(page.getByLabel("Endpoint URL")).toHaveValue(receiver.url);

  await page.getByRole("checkbox", { name: /reference\.created/ }).check();
  await page.getByRole("checkbox", { name: /reference\.approved/ }).check();
  await page.getByRole("button", { name: "Add endpoint" }).click();
  const secretField = page.getByLabel("Signing secret");
  await expect(secretField).toHaveValue(/^whsec_[A-Za-z0-9+/]{43}=$/);
  await expect(secretField).toHaveAttribute("readonly", "");
  const secret = await secretField.inputValue();

  await page.reload();
  await expect(page.getByLabel("Signing secret")).toHaveCount(0); // shown once
  await expect(page.locator("body")).not.toContainText(secret);
  const endpoint = page.getByTestId("webhook-endpoint").filter({ hasText: receiver.url });
  await expect(endpoint.getByTestId("webhook-state")).toHaveText("Enabled");
  await expect(endpoint).toContainText("reference.created, reference.approved");
  await expect(endpoint).toContainText("No deliveries yet.");

  await endpoint.getByRole("button", { name: "Send test event" }).click();
  await expect(endpoint.getByRole("status")).toHaveText("Answered HTTP 204 — delivered.");
  expect(receiver.received).toHaveLength(1);
  expect(verify(secret, receiver.received[0]!).type).toBe("webhook.test");
  const attempt = endpoint.getByTestId("webhook-attempt").first();
  await expect(attempt).toContainText("webhook.test");
  await expect(attempt).toContainText("204");
  await expect(attempt).toContainText(" ms");
  await expectAccessible(page);
  const all = await new AxeBuilder({ page }).analyze();
  expect(all.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);

  await endpoint.getByRole("button", { name: "Disable" }).click();
  await expect(endpoint.getByTestId("webhook-state")).toHaveText("Disabled");
  await expect(endpoint.getByRole("button", { name: "Send test event" })).toHaveCount(0);
  await endpoint.getByRole("button", { name: "Enable" }).click();
  await expect(endpoint.getByTestId("webhook-state")).toHaveText("Enabled");

  await endpoint.getByRole("button", { name: "Rotate secret" }).click();
  await endpoint.getByRole("button", { name: "Rotate now" }).click();
  const rotatedField = endpoint.getByLabel("New signing secret");
  await expect(rotatedField).toHaveValue(/^whsec_/);
  const rotated = await rotatedField.inputValue();
  expect(rotated).not.toBe(secret);
  await endpoint.getByRole("button", { name: "Send test event" }).click();
  await expect(endpoint.getByRole("status").filter({ hasText: "Answered" })).toHaveText(
    "Answered HTTP 204 — delivered.",
  );
  const second = receiver.received[1]!;
  expect(verify(rotated, second).type).toBe("webhook.test");
  expect(() => verify(secret, second)).toThrow();

  await endpoint.getByRole("button", { name: "Delete", exact: true }).click();
  await endpoint.getByRole("button", { name: "Delete endpoint" }).click();
  await expect(page.getByTestId("webhook-endpoint")).toHaveCount(0);
  await expect(page.getByText("No endpoints yet.")).toBeVisible();

  // Every change is on the activity page.
  await page.goto("/settings/activity?kind=WEBHOOK");
  for (const words of [
    "Webhook endpoint added",
    "Webhook endpoint disabled",
    "Webhook endpoint enabled",
    "Webhook signing secret rotated",
    "Webhook endpoint deleted",
  ])
    await expect(page.getByText(words, { exact: true }).first()).toBeVisible();
});

test("Issue 19: a Local Administrator has no Webhooks tab and cannot open /settings/webhooks", async ({
  page,
}) => {
  await signInAs(page, USERS.seattleAdmin, "/settings/users");
  await expect(
    page.getByRole("navigation", { name: "Settings" }).getByRole("link", { name: "Webhooks" }),
  ).toHaveCount(0);
  const response = await page.goto("/settings/webhooks");
  expect(response?.status()).toBe(404);
});
