import { expect, type Page, test } from "@playwright/test";
import { rowIds, signInAs, USERS } from "./support";

/** "N references assigned" on the competency's card. */
async function assignedCount(page: Page, competency: string): Promise<number> {
  await page.goto("/competencies");
  const card = page
    .getByTestId("competency-card")
    .filter({ has: page.getByRole("heading", { name: competency, exact: true }) });
  const text = (await card.getByTestId("competency-count").textContent()) ?? "";
  return Number.parseInt(text, 10);
}

/** An approved, unassigned reference with at least two eligible competencies (so it can be reassigned). */
async function findCandidate(page: Page): Promise<{ id: string; competencies: string[] }> {
  for (const status of ["CUSTOMER_APPROVED", "MICROSOFT_AUTO_APPROVED"]) {
    await page.goto(`/references?status=${status}&assigned=no`);
    for (const id of await rowIds(page)) {
      await page.goto(`/references/${id}`);
      const select = page.getByLabel("Competency", { exact: true });
      if ((await select.count()) === 0) continue;
      const names = (await select.locator("option:not([disabled])").allTextContents()).map((s) => s.trim());
      if (names.length >= 2) return { id, competencies: names };
    }
  }
  throw new Error("the demo data has no approved, unassigned reference with two eligible competencies");
}

test("R11: assign with the Competency drop-down and OK, the count rises, Reassign moves it, history shows both", async ({
  page,
}) => {
  await signInAs(page, USERS.contosoGlobal);
  const { id, competencies } = await findCandidate(page);
  const [first, second] = competencies as [string, string];
  const firstBefore = await assignedCount(page, first);
  const secondBefore = await assignedCount(page, second);

  await page.goto(`/references/${id}`);
  await expect(page.getByRole("heading", { name: "Assign", exact: true })).toBeVisible();
  await page.getByLabel("Competency", { exact: true }).selectOption({ label: first });
  await page.getByRole("button", { name: "OK" }).click();
  await expect(page.getByRole("status").filter({ hasText: `Assigned to ${first}.` })).toBeVisible();
  // The page refreshes as Reassign; the assignment is said once, not also as "Currently assigned".
  await expect(page.getByRole("heading", { name: "Reassign", exact: true })).toBeVisible();
  await expect(page.getByText(`Currently assigned to ${first}.`)).toHaveCount(0);
  expect(await assignedCount(page, first)).toBe(firstBefore + 1);

  await page.goto(`/references/${id}`);
  await expect(page.getByRole("heading", { name: "Reassign", exact: true })).toBeVisible();
  await expect(page.getByText(`Currently assigned to ${first}.`)).toBeVisible();
  await page.getByLabel("Competency", { exact: true }).selectOption({ label: second });
  await page.getByRole("button", { name: "OK" }).click();
  await expect(page.getByRole("status").filter({ hasText: `Reassigned to ${second}.` })).toBeVisible();
  expect(await assignedCount(page, first)).toBe(firstBefore);
  expect(await assignedCount(page, second)).toBe(secondBefore + 1);

  await page.goto(`/references/${id}`);
  const history = page.getByTestId("history-entry");
  await expect(history.filter({ hasText: "Assigned to a competency" })).toContainText(first);
  await expect(history.filter({ hasText: "Reassigned to another competency" })).toContainText(`${first}`);
  await expect(history.filter({ hasText: "Reassigned to another competency" })).toContainText(`${second}`);
});
