import { expect, test } from "@playwright/test";
import { expectAccessible, signInAs, USERS } from "./support";

test("the home page reads from the embedded database and leads signed-in users to their list", async ({
  page,
}) => {
  await page.goto("/");
  // The seed's 13 competencies, plus any an earlier spec added through the catalog editor.
  const count = page.getByTestId("competency-count");
  await expect(count).toHaveText(/^\d+$/);
  expect(Number(await count.textContent())).toBeGreaterThanOrEqual(13);
  await expectAccessible(page);
  await signInAs(page, USERS.member);
  await page.goto("/");
  await expect(page).toHaveURL(/\/references$/);
});
