import { expect, test } from "@playwright/test";
import { acceptInvitation, readyForm } from "./admin-support";
import { pageFor, USERS } from "./support";

const R5 =
  "Make sure that you are a Global Administrator or a Local Administrator of the location where you want to create a reference.";

test("issue 9: onboard Adatum Consulting → its Global Administrator and a Local Administrator join from their emails → Cloud Platform's silver count rises for everyone", async ({
  browser,
}) => {
  test.setTimeout(240_000); // three people, two invitations: a long journey on a busy machine
  // An agent onboards the partner.
  const agent = await pageFor(browser, USERS.agent, "/service-center/partners");
  await agent.getByRole("link", { name: "Onboard a partner" }).click();
  await readyForm(agent, "Onboard a partner");
  await agent.getByLabel("Partner name").fill("Adatum Consulting");
  await agent.getByLabel("Program ID").fill("1234567");
  await agent.getByLabel("Location 1 name").fill("Oslo");
  await agent.getByLabel("Location 1 country").fill("Norway");
  await agent.getByLabel("Location 2 name").fill("Lima");
  await agent.getByLabel("Location 2 country").fill("Peru");
  await agent.getByLabel("Global Administrator's email").fill("gunnar@adatum.example");
  await agent.getByLabel("Global Administrator's name").fill("Gunnar Berg");
  await agent.getByRole("button", { name: "Onboard partner and send the invitation" }).click();
  await expect(agent.getByRole("heading", { name: "Adatum Consulting", level: 1 })).toBeVisible();
  await expect(agent.getByText("Program ID 1234567")).toBeVisible();

  // The invited Global Administrator signs in from the invitation email.
  const gunnar = await acceptInvitation(browser, "gunnar@adatum.example", "Gunnar Berg");
  await gunnar.goto("/settings/locations");
  await readyForm(gunnar, "Add a location");
  await gunnar.getByRole("form", { name: "Add a location" }).getByLabel("Name").fill("Quito");
  await gunnar.getByRole("form", { name: "Add a location" }).getByLabel("Country").fill("Ecuador");
  await gunnar.getByRole("button", { name: "Add location" }).click();
  await expect(gunnar.getByTestId("location-row").filter({ hasText: "Quito" })).toBeVisible();

  await gunnar.goto("/settings/users");
  const invite = await readyForm(gunnar, "Invite a person");
  await invite.getByLabel("Email").fill("olga@adatum.example");
  await invite.getByLabel("Name").fill("Olga Ruiz");
  await invite.getByLabel("Local Administrator").check();
  await invite.getByLabel("Oslo").check();
  await invite.getByRole("button", { name: "Send invitation" }).click();
  await expect(gunnar.getByText("Invitation sent.")).toBeVisible();
  await expect(
    gunnar.getByTestId("invitation-row").filter({ hasText: "Local Administrator of Oslo" }),
  ).toBeVisible();

  // Lima's id as the Global Administrator sees it, for the tampered attempt below.
  await gunnar.goto("/references/new");
  const limaId = await gunnar
    .getByLabel("Location")
    .locator("option", { hasText: "Lima" })
    .getAttribute("value");

  // The Local Administrator signs in, creates a reference for Oslo, and is refused for Lima.
  const olga = await acceptInvitation(browser, "olga@adatum.example", "Olga Ruiz");
  await olga.goto("/references/new");
  const options = await olga.getByLabel("Location").locator("option").allTextContents();
  expect(options).toContain("Oslo");
  expect(options).not.toContain("Lima");
  const fill = async (customer: string) => {
    await olga.getByLabel("Customer company").fill(customer);
    await olga.getByLabel("Customer contact name").fill("Rosa Customer");
    await olga.getByLabel("Customer contact email").fill(`rosa.${Date.now()}@customer.example`);
    await olga.getByLabel("Project title").fill("Oslo office move to the cloud");
    await olga.getByLabel("Project type").selectOption("CLOUD_MIGRATION");
    await olga.getByLabel("Completed on").fill("2026-03-01");
    await olga.getByLabel("Project description").fill("Moved the Oslo office systems to the cloud.");
  };
  await olga.getByLabel("Location").selectOption({ label: "Oslo" });
  await fill("Nordic Shipping");
  await olga.getByRole("button", { name: "Send reference request" }).click();
  await expect(olga).toHaveURL(/\/references\?created=/);
  await expect(olga.getByTestId("reference-row").filter({ hasText: "Nordic Shipping" })).toBeVisible();

  await olga.goto("/references/new");
  await olga.getByLabel("Location").evaluate((select, id) => {
    const option = document.createElement("option");
    option.value = id ?? "";
    option.textContent = "Lima";
    select.appendChild(option);
    (select as HTMLSelectElement).value = id ?? "";
  }, limaId);
  await fill("Andes Mining");
  await olga.getByRole("button", { name: "Send reference request" }).click();
  await expect(olga.getByRole("alert").filter({ hasText: R5 })).toBeVisible();

  // The agent raises Cloud Platform's silver count from 3 to 4; the partner's page shows it.
  await agent.goto("/service-center/competencies");
  const cloud = agent
    .getByTestId("catalog-entry")
    .filter({ has: agent.getByRole("heading", { name: "Cloud Platform" }) });
  await cloud.getByText("Change Cloud Platform").click();
  await readyForm(agent, "Requirements of Cloud Platform");
  await cloud.getByLabel("Silver count").fill("4");
  await cloud.getByRole("button", { name: "Save requirements" }).click();
  await expect(cloud.getByText("Saved. Progress uses the new counts at once.")).toBeVisible();

  await gunnar.goto("/competencies");
  const row = gunnar.getByTestId("requirement-row").filter({ hasText: "Cloud Platform" });
  await expect(row.locator("td").first()).toHaveText("4");
  for (const page of [agent, gunnar, olga]) await page.context().close();
});
