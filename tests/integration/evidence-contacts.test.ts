import { beforeAll, describe, expect, it } from "vitest";
import { doNotAskAgain, liftSuppression, NOT_SUPPRESSED } from "@/lib/customers/do-not-ask";
import { CONTACT_MESSAGES } from "@/lib/customers/wording";
import { getDb } from "@/lib/db/client";
import { setPartnerDomains } from "@/lib/partners/domains";
import { onboardPartner } from "@/lib/partners/onboard";
import { createReference } from "@/lib/references/create";
import { seedWorld, type World } from "../support/factories";
import { createThroughDomain, rowCounts, T0, validInput } from "../support/lifecycle";

// R16 (a reference comes from outside the partner) and R18 (customers are not over-asked), on
// whichever database the run uses (PGlite or PostgreSQL).

let world: World;
beforeAll(async () => {
  world = await seedWorld();
});

let n = 0;
const fresh = (domain = "northwind.example") => `contact.${++n}@${domain}`;

async function create(actor: World["actors"]["global"], over: Record<string, unknown>, location = "Seattle") {
  return createReference({
    actor,
    input: validInput(world, { locationId: world.location(location).id, ...over }),
    now: T0,
  });
}

describe("R16: a reference comes from outside the partner", () => {
  it("R16: the address of one of the partner's own users is refused, also with a +tag and in upper case", async () => {
    const before = await rowCounts();
    for (const contactEmail of [
      "seattle.admin@contoso.example",
      "Seattle.Admin+crm@Contoso.Example",
      "  SEATTLE.ADMIN@CONTOSO.EXAMPLE ",
    ]) {
      // Contoso's own domain is on its list too; take it off to prove the user check on its own.
      await setPartnerDomains({
        actor: world.actors.agent,
        partnerId: world.contoso.id,
        domains: "",
        now: T0,
      });
      const result = await create(world.actors.global, { contactEmail });
      expect(result).toMatchObject({
        ok: false,
        code: "CONTACT_REFUSED",
        message: CONTACT_MESSAGES.insidePartner,
      });
      expect(!result.ok && result.fieldErrors?.contactEmail).toEqual([CONTACT_MESSAGES.insidePartner]);
    }
    expect(await rowCounts()).toEqual(before);
  });

  it("R16: an address at one of the partner's domains (or a subdomain) is refused; another partner's people are fine", async () => {
    await setPartnerDomains({
      actor: world.actors.agent,
      partnerId: world.contoso.id,
      domains: "contoso.example, contoso-group.example",
      now: T0,
    });
    for (const contactEmail of ["someone@contoso-group.example", "x@mail.contoso.example"])
      expect(await create(world.actors.global, { contactEmail })).toMatchObject({
        ok: false,
        message: CONTACT_MESSAGES.insidePartner,
      });
    // Fabrikam's administrator may well be Contoso's customer.
    expect((await create(world.actors.global, { contactEmail: "admin@fabrikam.example" })).ok).toBe(true);
  });

  it("R16: agents edit the domains (audited); a malformed domain or a consumer provider is refused and nothing is written", async () => {
    const db = await getDb();
    const before = await db.partner.findUniqueOrThrow({ where: { id: world.contoso.id } });
    for (const domains of ["not a domain", "contoso..example", "gmail.com"])
      expect(
        await setPartnerDomains({ actor: world.actors.agent, partnerId: world.contoso.id, domains, now: T0 }),
      ).toMatchObject({ ok: false, code: "INVALID_INPUT" });
    expect(
      await setPartnerDomains({
        actor: world.actors.global,
        partnerId: world.contoso.id,
        domains: "x.example",
        now: T0,
      }),
    ).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect((await db.partner.findUniqueOrThrow({ where: { id: world.contoso.id } })).emailDomains).toEqual(
      before.emailDomains,
    );
    const audit = await db.auditEvent.findFirst({
      where: { partnerId: world.contoso.id, action: "partner.domains_changed" },
      orderBy: { createdAt: "desc" },
    });
    expect(audit?.actorKind).toBe("AGENT");
  });

  it("R16: onboarding fills the partner's domains from its first Global Administrator's address", async () => {
    const db = await getDb();
    const onboard = (name: string, programId: string, adminEmail: string) =>
      onboardPartner({
        actor: world.actors.agent,
        input: {
          name,
          programId,
          adminEmail,
          adminName: "First Admin",
          locations: [{ name: "HQ", country: "France" }],
        },
        now: T0,
      });
    // (Consumer providers are left out: tests/unit/customer-address.test.ts; the demo agent here may
    // invite reserved example addresses only, decision 022.)
    expect((await onboard("Litware", "4719001", "ceo@Litware.example")).ok).toBe(true);
    expect((await db.partner.findFirstOrThrow({ where: { name: "Litware" } })).emailDomains).toEqual([
      "litware.example",
    ]);
  });
});

describe("R18: customers are not over-asked", () => {
  it("R18: one open request per contact from a partner (normalised), at most three across partners, and no refusal names another partner", async () => {
    const contact = fresh();
    expect((await create(world.actors.global, { contactEmail: contact })).ok).toBe(true);
    const again = await create(world.actors.seattle, {
      contactEmail: contact.replace("@", "+again@").toUpperCase(),
    });
    expect(again).toMatchObject({
      ok: false,
      code: "CONTACT_REFUSED",
      message: CONTACT_MESSAGES.openFromPartner,
    });

    // Two more partners may ask; a fourth may not, and is told nothing about who asked.
    expect((await create(world.actors.fabrikam, { contactEmail: contact }, "Lisbon")).ok).toBe(true);
    const db = await getDb();
    const elsewhere = async (name: string) => {
      const partner = await db.partner.create({
        data: { name, isDemo: true, locations: { create: [{ name: `${name} HQ`, country: "Norway" }] } },
        include: { locations: true },
      });
      await db.referenceRequest.create({
        data: {
          ...validInput(world),
          locationId: partner.locations[0]!.id,
          partnerId: partner.id,
          contactEmail: contact,
          contactKey: contact,
          completedOn: new Date("2026-09-30"),
          firstSentAt: T0,
          lastSentAt: T0,
        },
      });
      return partner;
    };
    const tailspin = await elsewhere("Tailspin");
    // Three open now; Contoso still has its own, so it hears about that one first.
    const fourth = await create(world.actors.global, { contactEmail: contact }, "Munich");
    expect(fourth).toMatchObject({ ok: false, message: CONTACT_MESSAGES.openFromPartner });
    // Contoso's is answered; another partner asks: three open elsewhere, so Contoso is refused.
    await db.referenceRequest.updateMany({
      where: { contactKey: contact, partnerId: world.contoso.id },
      data: { status: "CUSTOMER_REJECTED" },
    });
    await elsewhere("Wingtip");
    const tooMany = await create(world.actors.global, { contactEmail: contact });
    expect(tooMany).toMatchObject({ ok: false, message: CONTACT_MESSAGES.tooManyOpen });
    for (const refusal of [again, fourth, tooMany])
      expect(JSON.stringify(refusal)).not.toMatch(/Fabrikam|Tailspin|Wingtip/);
    // Answered requests no longer count: once the customer answers one, Contoso may ask again.
    await db.referenceRequest.updateMany({
      where: { contactKey: contact, partnerId: tailspin.id },
      data: { status: "CUSTOMER_APPROVED" },
    });
    expect((await create(world.actors.global, { contactEmail: contact })).ok).toBe(true);
    const other = fresh();
    expect((await create(world.actors.global, { contactEmail: other })).ok).toBe(true);
  });

  it("R18: two simultaneous creates for one contact make one request", async () => {
    const contact = fresh();
    const results = await Promise.all([
      create(world.actors.global, { contactEmail: contact }),
      create(world.actors.seattle, { contactEmail: contact.toUpperCase() }),
      create(world.actors.global, { contactEmail: contact.replace("@", "+x@") }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok).map((r) => !r.ok && r.message)).toEqual([
      CONTACT_MESSAGES.openFromPartner,
      CONTACT_MESSAGES.openFromPartner,
    ]);
    const db = await getDb();
    expect(await db.referenceRequest.count({ where: { contactKey: contact } })).toBe(1);
  });

  it("R18: after the customer's “Do not ask me again” no partner can create a request to the address; only a keyed hash is kept; an agent lifts it with a note", async () => {
    const contact = fresh("litware.example");
    const { token } = await createThroughDomain(world, T0, { contactEmail: contact });
    expect(await doNotAskAgain({ token, now: T0 })).toEqual({ ok: true, data: undefined });
    expect(await doNotAskAgain({ token, now: T0 })).toEqual({ ok: true, data: undefined }); // twice = once
    expect(await doNotAskAgain({ token: "x".repeat(43), now: T0 })).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
    });

    const db = await getDb();
    const rows = await db.contactSuppression.findMany();
    expect(rows).toHaveLength(1);
    expect(rows[0]!.keyHash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(rows)).not.toContain(contact.split("@")[0]);

    for (const [actor, location] of [
      [world.actors.fabrikam, "Lisbon"],
      [world.actors.global, "Munich"],
    ] as const)
      expect(
        await create(actor, { contactEmail: contact.replace("@", "+new@").toUpperCase() }, location),
      ).toMatchObject({
        ok: false,
        message: CONTACT_MESSAGES.suppressed,
      });

    // Only agents lift it, with a note; the audit keeps neither the address nor its local part.
    expect(
      await liftSuppression({
        actor: world.actors.global,
        input: { email: contact, note: "asked" },
        now: T0,
      }),
    ).toMatchObject({
      ok: false,
      code: "FORBIDDEN",
    });
    expect(
      await liftSuppression({ actor: world.actors.agent, input: { email: contact, note: "" }, now: T0 }),
    ).toMatchObject({
      ok: false,
      code: "INVALID_INPUT",
    });
    const lifted = await liftSuppression({
      actor: world.actors.agent,
      input: { email: ` ${contact.toUpperCase()} `, note: "Customer's email of 4 Dec 2026" },
      now: T0,
    });
    expect(lifted.ok).toBe(true);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "contact.suppression_lifted" } });
    expect(audit.after).toMatchObject({ note: "Customer's email of 4 Dec 2026" });
    expect(JSON.stringify(audit)).not.toContain(contact.split("@")[0]);
    expect(
      await liftSuppression({ actor: world.actors.agent, input: { email: contact, note: "again" }, now: T0 }),
    ).toMatchObject({
      ok: false,
      message: NOT_SUPPRESSED,
    });
    expect((await create(world.actors.fabrikam, { contactEmail: contact }, "Lisbon")).ok).toBe(true);
  });
});
