import { expect, test } from "@playwright/test";
import { PORTS } from "../../playwright.instances.config";
import { REAL_USER } from "./constants";
import { authClient, demoSignIn, query } from "./support";

// Issue 8, item 5 and issue 16, item 2: demo mode switched on against a database that also holds a
// real partner and its user (this PostgreSQL database), and demo mode off (DEMO_MODE=0) on the
// same data. Decision 022: the demo agent, who would see every partner, is then not offered.

const DEMO = `http://localhost:${PORTS.a}`;
const OFF = `http://localhost:${PORTS.demoOff}`;

async function realEmailId(): Promise<string> {
  const [row] = await query<{ id: string }>(`SELECT id FROM "OutboxEmail" WHERE "to" = $1`, [
    REAL_USER.email,
  ]);
  return row!.id;
}

test.describe("DEMO_MODE=1 on a database with real users", () => {
  test("the one-click provider signs in demo users only, and not the demo agent", async () => {
    const real = await demoSignIn(await authClient(DEMO), REAL_USER.email);
    expect(real.session.user).toBeUndefined();
    const agent = await demoSignIn(await authClient(DEMO), "agent@servicecenter.example");
    expect(agent.session.user).toBeUndefined();
    const demo = await demoSignIn(await authClient(DEMO), "admin@fabrikam.example");
    expect(demo.session.user?.email).toBe("admin@fabrikam.example");
  });

  test("/dev/mailbox lists no email to a real user and will not open one", async ({ page }) => {
    await page.goto(`${DEMO}/dev/mailbox`);
    await expect(page.getByTestId("mailbox-row").first()).toBeVisible();
    await expect(page.getByText(REAL_USER.email)).toHaveCount(0);
    await page.goto(`${DEMO}/dev/mailbox?to=${encodeURIComponent(REAL_USER.email)}`);
    await expect(page.getByText("No emails yet.")).toBeVisible();
    const response = await page.goto(`${DEMO}/dev/mailbox/${await realEmailId()}`);
    expect(response?.status()).toBe(404);
    expect(await page.content()).not.toContain(REAL_USER.secret);
  });

  test("/signin offers the demo partners' users from the database, and no one else", async ({ page }) => {
    await page.goto(`${DEMO}/signin`);
    const buttons = page.getByRole("button", { name: /^Sign in as / });
    await expect(buttons).toHaveCount(5);
    await expect(
      page.getByRole("button", { name: /Sign in as Dana Whitfield.*Global Administrator, Contoso/ }),
    ).toBeVisible();
    await expect(
      page.getByRole("button", { name: /Sign in as Sam Ortega.*Local Administrator, Seattle/ }),
    ).toBeVisible();
    await expect(page.getByRole("button", { name: /Regional Service Center agent/ })).toHaveCount(0);
    await expect(page.getByText(REAL_USER.name)).toHaveCount(0);
  });
});

test.describe("DEMO_MODE=0", () => {
  test("/dev/mailbox and its emails answer 404", async ({ request }) => {
    expect((await request.get(`${OFF}/dev/mailbox`)).status()).toBe(404);
    const [demoMail] = await query<{ id: string }>(
      `SELECT id FROM "OutboxEmail" WHERE "to" LIKE '%.example' LIMIT 1`,
    );
    expect((await request.get(`${OFF}/dev/mailbox/${demoMail!.id}`)).status()).toBe(404);
    expect((await request.get(`${OFF}/dev/mailbox/${await realEmailId()}`)).status()).toBe(404);
  });

  test("the one-click provider is refused, even for a demo user", async () => {
    const { response, session } = await demoSignIn(await authClient(OFF), "admin@contoso.example");
    expect(session.user).toBeUndefined();
    expect(JSON.stringify(await response.json().catch(() => ({})))).not.toContain("/references");
  });

  test("/signin shows no demo accounts", async ({ page }) => {
    await page.goto(`${OFF}/signin`);
    await expect(page.getByRole("button", { name: "Email me a sign-in link" })).toBeEnabled();
    await expect(page.getByRole("heading", { name: "Demo accounts" })).toHaveCount(0);
    await expect(page.getByRole("button", { name: /^Sign in as / })).toHaveCount(0);
  });
});
