import { expect, test } from "@playwright/test";
import { expectAccessible, signInAs, USERS } from "./support";

test("the home page reads from the embedded database and leads signed-in users to their list", async ({
  page,
}) => {
  await page.goto("/");
  await expect(page.getByTestId("competency-count")).toHaveText("13");
  await expectAccessible(page);
  await signInAs(page, USERS.member);
  await page.goto("/");
  await expect(page).toHaveURL(/\/references$/);
});
