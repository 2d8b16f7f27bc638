import { expect, type Page, test } from "@playwright/test";
import type { ParsedMail } from "mailparser";
import { MAIL_FROM, PORTS, SMTP_PORT } from "../../playwright.instances.config";
import { type SmtpSink, startSmtpSink } from "../support/smtp-sink";

// Issue 10: a request for a German contact goes out in German over real SMTP from the configured
// sender, the customer approves in German in Chromium, and the partner's administrators hear of it
// in English — on an instance whose email leaves at once (no scheduled run is called).

const MAIL = `http://localhost:${PORTS.mail}`;
// The configured sender (EMAIL_FROM of the mail instance), as a mail client reads it.
const [, senderName, senderAddress] = MAIL_FROM.match(/^(.*) <(.*)>$/) ?? [];
const SENDER = { name: senderName, address: senderAddress };
const MUNICH_ADMIN = { email: "munich.admin@contoso.example", name: "Mia Baumann" };

let sink: SmtpSink;
test.beforeAll(async () => {
  sink = await startSmtpSink(SMTP_PORT);
});
test.afterAll(async () => {
  await sink?.close();
});

async function received(predicate: (m: ParsedMail) => boolean, what: string): Promise<ParsedMail> {
  await expect.poll(() => sink.messages.some(predicate), { message: what, timeout: 30_000 }).toBe(true);
  return sink.messages.find(predicate) as ParsedMail;
}

const to = (address: string) => (m: ParsedMail) =>
  !Array.isArray(m.to) && m.to?.value.some((v) => v.address === address) === true;

async function signIn(page: Page) {
  await page.goto(`${MAIL}/signin?callbackUrl=%2Freferences%2Fnew`);
  await page.getByRole("button", { name: new RegExp(`Sign in as ${MUNICH_ADMIN.name}`) }).click();
  await expect(page.getByRole("heading", { name: "Create a Customer Reference", level: 1 })).toBeVisible();
}

test("R1/R13: a German contact gets the request in German, approves in German; the admins are told in English", async ({
  page,
}) => {
  const contact = `jonas.weber.${Date.now()}@alpenbau.example`;
  const project = `Lagerverwaltung in der Cloud ${Date.now()}`;
  await signIn(page);

  // Munich is in Germany: the contact's language defaults to German.
  await expect(page.getByLabel("Contact's language")).toHaveValue("de");
  await page.getByLabel("Customer company").fill("Alpenbau GmbH");
  await page.getByLabel("Customer contact name").fill("Jonas Weber");
  await page.getByLabel("Customer contact email").fill(contact);
  await page.getByLabel("Project title").fill(project);
  await page.getByLabel("Project type").selectOption("CLOUD_MIGRATION");
  await page.getByLabel("Completed on").fill("2026-06-30");
  await page.getByLabel("Project description").fill("Warehouse system moved to the cloud.");
  await page.getByRole("button", { name: "Send reference request" }).click();
  await expect(page).toHaveURL(/\/references\?created=/);

  const request = await received(to(contact), "the request email reached the listener");
  expect(request.subject).toBe("Contoso bittet Sie, eine Kundenreferenz zu bestätigen");
  expect(request.from?.value[0]).toEqual(SENDER);
  expect(request.text).toContain("Guten Tag Jonas Weber,");
  expect(request.text).toContain("Referenz ansehen");
  const link = request.text?.match(/http:\/\/localhost:\d+\/respond\/[A-Za-z0-9_-]+/)?.[0];
  expect(link, "the customer's link").toBeTruthy();

  // The customer, no account, in a browser of their own.
  const customer = await page.context().browser()!.newPage({ locale: "de-DE" });
  await customer.goto(link as string);
  await expect(customer.getByRole("heading", { name: "Contoso bittet um Ihre Referenz" })).toBeVisible();
  await expect(customer.locator("main")).toHaveAttribute("lang", "de");
  await expect(customer.getByText(project)).toBeVisible();
  const approve = customer.getByRole("button", { name: "Genehmigen" });
  await expect(approve).toBeEnabled(); // hydrated
  await customer.screenshot({ path: "docs/screenshots/respond-de.png", fullPage: true });
  await approve.click();
  await expect(
    // R20: an approval can be withdrawn later, and the confirmation says how.
    customer.getByText("Sie können Ihre Zustimmung später", { exact: false }),
  ).toBeVisible();
  await customer.getByRole("button", { name: "Ja, genehmigen" }).click();
  await expect(customer.getByRole("status")).toHaveText("Vielen Dank. Sie haben diese Referenz genehmigt.");

  // The creator (Munich's Local Administrator) and the Global Administrator, in English.
  const subject = `Alpenbau GmbH approved the reference “${project}”`;
  for (const admin of [MUNICH_ADMIN.email, "admin@contoso.example"]) {
    const notice = await received((m) => to(admin)(m) && m.subject === subject, `notice to ${admin}`);
    expect(notice.html || "").toContain("Assign it now");
  }
  expect(sink.messages.filter((m) => m.subject === subject)).toHaveLength(2);
});
