import { beforeAll, describe, expect, it } from "vitest";
import { doNotAskAgain } from "@/lib/customers/do-not-ask";
import { erasePersonalData, findPersonalData, NOTHING_HELD } from "@/lib/customers/personal-data";
import { contactHash } from "@/lib/customers/suppression";
import { getDb } from "@/lib/db/client";
import { settleBackgroundDeliveries } from "@/lib/email/at-once";
import { createReference } from "@/lib/references/create";
import { respondByToken } from "@/lib/references/respond";
import { DAY, seedWorld, type World } from "../support/factories";
import { createThroughDomain, T0, validInput } from "../support/lifecycle";
import { findInAnyColumn } from "../support/scan-columns";
import { rememberTokens } from "../support/tokens";

// R21 for one person: an agent finds everything held about one address across all partners,
// downloads it and erases it; both audited with a keyed hash, never the address.

let world: World;
beforeAll(async () => {
  world = await seedWorld();
});

const ADDRESS = "Imogen.Sharp@sharp-consulting.example";
const NAME = "Imogen Sharp";

async function requestAtFabrikam(now: Date) {
  const tokens = rememberTokens();
  const fabrikamLocation = world.fabrikam.locations[0]!;
  const result = await createReference({
    actor: world.actors.fabrikam,
    input: validInput(world, {
      locationId: fabrikamLocation.id,
      contactEmail: ADDRESS.toLowerCase(),
      contactName: NAME,
    }),
    now,
    issueToken: tokens.issueToken,
  });
  if (!result.ok) throw new Error(result.message);
  return { ...result.data, token: tokens.last() };
}

describe("R21: an agent's search, download and erasure of one address", () => {
  it("R21: finds the requests at every partner, the emails and the do-not-ask wish; the audit entry names a keyed hash only", async () => {
    const contoso = await createThroughDomain(world, T0, { contactEmail: ADDRESS, contactName: NAME });
    await respondByToken({ token: contoso.token, decision: "approve", now: new Date(T0.getTime() + DAY) });
    const fabrikam = await requestAtFabrikam(new Date(T0.getTime() + 2 * DAY));
    await doNotAskAgain({ token: fabrikam.token, now: new Date(T0.getTime() + 3 * DAY) });
    await settleBackgroundDeliveries();

    const found = await findPersonalData({
      actor: world.actors.agent,
      input: { email: ` ${ADDRESS.toUpperCase()} ` },
      now: T0,
    });
    if (!found.ok) throw new Error(found.message);
    expect(found.data.requests.map((r) => [r.partnerName, r.status, r.contactName])).toEqual([
      ["Contoso", "Customer Approved", NAME],
      ["Fabrikam", "Awaiting Approval", NAME],
    ]);
    expect(found.data.requests[0]!.history.map((h) => h.type)).toEqual([
      "CREATED",
      "SENT",
      "CUSTOMER_APPROVED",
    ]);
    expect(found.data.emails.length).toBeGreaterThanOrEqual(2);
    expect(found.data.doNotAskAgain).toBe(true);

    const db = await getDb();
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "contact.data_viewed" } });
    expect(audit.subjectId).toBe(contactHash(ADDRESS));
    expect(JSON.stringify(audit).toLowerCase()).not.toContain(ADDRESS.toLowerCase());
  });

  it("R21: erasure leaves the address and the name in no column of any table; counts stay; the wish stays as its hash; a second erasure says nothing is held", async () => {
    const db = await getDb();
    const approved = await db.referenceRequest.findFirstOrThrow({
      where: { status: "CUSTOMER_APPROVED", contactName: NAME },
    });
    const erased = await erasePersonalData({
      actor: world.actors.agent,
      input: { email: ADDRESS },
      now: new Date(T0.getTime() + 5 * DAY),
    });
    if (!erased.ok) throw new Error(erased.message);
    expect(erased.data).toMatchObject({ requests: 2, doNotAskAgainKept: true });
    expect(erased.data.emails).toBeGreaterThanOrEqual(2);

    for (const value of [ADDRESS, ADDRESS.toLowerCase(), NAME])
      expect(await findInAnyColumn(value), value).toEqual([]);
    const after = await db.referenceRequest.findUniqueOrThrow({ where: { id: approved.id } });
    expect(after).toMatchObject({
      status: "CUSTOMER_APPROVED",
      customerCompany: approved.customerCompany,
      contactEmail: "",
    });
    expect(await db.contactSuppression.count({ where: { keyHash: contactHash(ADDRESS) } })).toBe(1);
    // The awaiting request's link no longer works: its tokens are gone.
    expect(await db.responseToken.count({ where: { reference: { contactErasedAt: { not: null } } } })).toBe(
      0,
    );

    const again = await erasePersonalData({ actor: world.actors.agent, input: { email: ADDRESS }, now: T0 });
    expect(again).toMatchObject({ ok: false, message: NOTHING_HELD });
    const audits = await db.auditEvent.findMany({ where: { action: "contact.erased" } });
    expect(audits).toHaveLength(1);
    expect(audits[0]!.subjectLabel).toMatch(/^Contact [0-9a-f]{8}…$/);
  });

  it("R21: partner administrators are refused; a malformed address is refused with a message and nothing is written", async () => {
    const db = await getDb();
    const before = await db.auditEvent.count();
    expect(
      await findPersonalData({ actor: world.actors.global, input: { email: ADDRESS }, now: T0 }),
    ).toMatchObject({
      ok: false,
      code: "FORBIDDEN",
    });
    expect(
      await erasePersonalData({ actor: world.actors.global, input: { email: ADDRESS }, now: T0 }),
    ).toMatchObject({
      ok: false,
      code: "FORBIDDEN",
    });
    const malformed = await erasePersonalData({
      actor: world.actors.agent,
      input: { email: "not an address" },
      now: T0,
    });
    expect(malformed).toMatchObject({
      ok: false,
      code: "INVALID_INPUT",
      fieldErrors: { email: ["Enter a valid email address, such as name@company.com."] },
    });
    expect(await db.auditEvent.count()).toBe(before);
  });
});
