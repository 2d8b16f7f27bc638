import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { parseCsv, signInAs, USERS } from "./support";

test("the CSV export downloads and its rows match the filtered list", async ({ page }) => {
  await signInAs(page, USERS.contosoGlobal, "/references?status=AWAITING_APPROVAL&sort=customer&dir=asc");
  const listed = await page.getByTestId("reference-row").locator("td:first-child a").allTextContents();
  expect(listed.length).toBeGreaterThan(0);
  const total = (await page.getByTestId("count-AWAITING_APPROVAL").textContent()) ?? "";

  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Export CSV" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/\.csv$/);
  const text = readFileSync((await download.path())!, "utf8");
  // The UTF-8 byte order mark makes Excel read names such as Müller correctly.
  expect(text.startsWith("\uFEFF")).toBe(true);
  const rows = parseCsv(text.slice(1));
  const [header, ...data] = rows;
  expect(header?.[0]).toBe("Customer");
  expect(data).toHaveLength(Number(total));
  const statusColumn = header!.indexOf("Status");
  expect(new Set(data.map((r) => r[statusColumn]))).toEqual(new Set(["Awaiting Approval"]));
  expect(data.slice(0, listed.length).map((r) => r[0])).toEqual(listed.map((s) => s.trim()));
});
