import { expect, test } from "@playwright/test";
import { invitationLink, readyForm } from "./admin-support";
import { expectAccessible, pageFor, USERS } from "./support";

// Issue 16, item 3: invitations can be withdrawn, and accepting one while someone else is signed in
// asks first.

async function invite(page: import("@playwright/test").Page, email: string, name: string) {
  await page.goto("/settings/users");
  const form = await readyForm(page, "Invite a person");
  await form.getByLabel("Email").fill(email);
  await form.getByLabel("Name").fill(name);
  await form.getByLabel("Member").check();
  await form.getByRole("button", { name: "Send invitation" }).click();
  await expect(page.getByText("Invitation sent.")).toBeVisible();
}

test("Invitations: a Global Administrator revokes a pending invitation after confirming; its link then cannot be used", async ({
  browser,
}) => {
  const stamp = Date.now();
  const email = `revoked.${stamp}@contoso.example`;
  const admin = await pageFor(browser, USERS.contosoGlobal, "/settings/users");
  await invite(admin, email, `Revoked ${stamp}`);
  const row = admin.getByTestId("invitation-row").filter({ hasText: email });
  await expect(row).toBeVisible();
  const link = await invitationLink(admin, email);

  await admin.goto("/settings/users");
  const pending = admin.getByTestId("invitation-row").filter({ hasText: email });
  await pending.getByRole("button", { name: `Revoke the invitation of Revoked ${stamp}` }).click();
  await expect(pending.getByText("The link in their email stops working.")).toBeVisible();
  await pending.getByRole("button", { name: "Yes, revoke" }).click();
  // The list is rendered again without it.
  await expect(admin.getByTestId("invitation-row").filter({ hasText: email })).toHaveCount(0);
  await admin.reload();
  await expect(admin.getByTestId("invitation-row").filter({ hasText: email })).toHaveCount(0);

  await admin.goto(link);
  await expect(admin.getByText("This link cannot be used")).toBeVisible();
  await expect(admin.getByRole("button", { name: "Accept and sign in" })).toHaveCount(0);
});

test("Invitations: opened while someone else is signed in, accepting says so and needs their consent to switch", async ({
  browser,
}) => {
  const stamp = Date.now();
  const email = `switch.${stamp}@contoso.example`;
  const name = `Sasha ${stamp}`;
  const admin = await pageFor(browser, USERS.contosoGlobal, "/settings/users");
  await invite(admin, email, name);
  const link = await invitationLink(admin, email);

  // The same browser, still signed in as Dana Whitfield.
  await admin.goto(link);
  await expect(admin.getByText(`You are signed in as ${USERS.contosoGlobal.name}`)).toBeVisible();
  await expectAccessible(admin);
  const consent = admin.getByLabel(`Sign out ${USERS.contosoGlobal.name} and continue as ${name}`);
  await admin.getByRole("button", { name: "Accept and sign in" }).click();
  // The browser will not send the form without the tick: still on the invitation, still Dana.
  await expect(admin).toHaveURL(link);
  await consent.check();
  await admin.getByRole("button", { name: "Accept and sign in" }).click();
  await expect(admin).toHaveURL(/\/references\?welcome=1/);
  await expect(admin.getByTestId("user-name")).toHaveText(name);
});

test("Invitations: a cross-site POST to accept is refused with 403 and accepts nothing", async ({
  browser,
  request,
}) => {
  const stamp = Date.now();
  const email = `crosssite.${stamp}@contoso.example`;
  const admin = await pageFor(browser, USERS.contosoGlobal, "/settings/users");
  await invite(admin, email, `Cross ${stamp}`);
  const link = await invitationLink(admin, email);
  const forged = await request.post(`${link}/accept`, {
    headers: { origin: "https://evil.example", "sec-fetch-site": "cross-site" },
    maxRedirects: 0,
  });
  expect(forged.status()).toBe(403);
  await admin.goto(link);
  await expect(admin.getByRole("button", { name: "Accept and sign in" })).toBeVisible();
});
