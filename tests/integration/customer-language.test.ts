import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { createReference } from "@/lib/references/create";
import { resendReference } from "@/lib/references/resend";
import { viewByToken } from "@/lib/references/respond";
import { DAY, seedWorld, type World } from "../support/factories";
import { createThroughDomain, rowCounts, T0, validInput } from "../support/lifecycle";

// The customer is written to in their language (R1 request, R3 reminder, R13 page); partner-facing
// words stay English.

let world: World;
beforeAll(async () => {
  world = await seedWorld();
});

async function latestEmailTo(to: string) {
  const db = await getDb();
  return db.outboxEmail.findFirstOrThrow({ where: { to }, orderBy: [{ createdAt: "desc" }, { id: "desc" }] });
}

describe("R1/R13: the request in the customer's language", () => {
  it("R1: a request for the Munich office (Germany) is written in German by default", async () => {
    const contactEmail = "jonas.weber@alpine.example";
    const { id, token } = await createThroughDomain(world, T0, {
      locationId: world.location("Munich").id,
      contactEmail,
      contactName: "Jonas Weber",
    });
    const db = await getDb();
    expect((await db.referenceRequest.findUniqueOrThrow({ where: { id } })).contactLanguage).toBe("de");
    const email = await latestEmailTo(contactEmail);
    expect(email.subject).toBe("Contoso bittet Sie, eine Kundenreferenz zu bestätigen");
    expect(email.html).toContain('lang="de"');
    expect(email.text).toContain("Guten Tag Jonas Weber,");
    expect(email.text).toContain("Referenz ansehen");
    // Auto-approval six weeks after the first send (R4), told as a German date.
    expect(email.text).toContain("bis zum 14. Dezember 2026");
    expect(email.text).toContain(`/respond/${token}`);
    const view = await viewByToken({ token });
    expect(view.ok && view.data.language).toBe("de");
  });

  it("R1: the person creating the request can choose another language than the location's", async () => {
    const contactEmail = "haruka.sato@example.jp";
    await createThroughDomain(world, T0, { contactEmail, contactLanguage: "ja" });
    const email = await latestEmailTo(contactEmail);
    expect(email.subject).toBe("Contoso より顧客リファレンスのご確認のお願い");
    expect(email.html).toContain('lang="ja"');
    expect(email.text).toContain("2026年12月14日");
  });

  it("R1: an English-speaking location still writes English, as before", async () => {
    const contactEmail = "en.contact@northwind.example";
    await createThroughDomain(world, T0, { contactEmail });
    const email = await latestEmailTo(contactEmail);
    expect(email.subject).toBe("Contoso asks you to confirm a customer reference");
    expect(email.text).toContain("Without an answer by December 14, 2026");
  });

  it("R1: a language we do not ship is refused with a field message and nothing is written", async () => {
    const before = await rowCounts();
    const result = await createReference({
      actor: world.actors.global,
      input: validInput(world, { contactLanguage: "xx" }),
      now: T0,
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.fieldErrors?.contactLanguage).toEqual(["Choose a language from the list."]);
    expect(await rowCounts()).toEqual(before);
  });

  it("R3: the reminder goes out in the request's language, with the original six-week date", async () => {
    const contactEmail = "lucia.garcia@andes.example";
    const { id } = await createThroughDomain(world, T0, { contactEmail, contactLanguage: "es" });
    const result = await resendReference({
      actor: world.actors.global,
      referenceId: id,
      now: new Date(T0.getTime() + 8 * DAY),
    });
    expect(result.ok).toBe(true);
    const email = await latestEmailTo(contactEmail);
    expect(email.subject).toBe("Recordatorio: Contoso le pide que confirme una referencia de cliente");
    expect(email.text).toContain("Este es un recordatorio");
    expect(email.text).toContain("14 de diciembre de 2026");
  });

  it("R1: a company name ending with a period does not end the English sentence twice", async () => {
    const contactEmail = "ltd.contact@vanarsdel.example";
    await createThroughDomain(world, T0, { contactEmail, customerCompany: "VanArsdel, Ltd." });
    const email = await latestEmailTo(contactEmail);
    expect(email.text).toContain("for VanArsdel, Ltd.");
    expect(email.text).not.toContain("Ltd..");
  });
});
