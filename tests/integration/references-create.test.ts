import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { createReference } from "@/lib/references/create";
import { hashToken } from "@/lib/references/tokens";
import { seedWorld, type World } from "../support/factories";
import {
  createThroughDomain,
  eventsOf,
  failOutboxInsertsTo,
  rowCounts,
  T0,
  validInput,
} from "../support/lifecycle";

let world: World;
beforeAll(async () => {
  world = await seedWorld();
});

describe("R1: creation", () => {
  it("R1: a new request is AWAITING_APPROVAL with first and last send at the creation time", async () => {
    const result = await createReference({ actor: world.actors.seattle, input: validInput(world), now: T0 });
    expect(result).toEqual({
      ok: true,
      data: { id: expect.any(String), customerCompany: "Northwind Traders" },
    });
    if (!result.ok) return;
    const db = await getDb();
    const row = await db.referenceRequest.findUniqueOrThrow({ where: { id: result.data.id } });
    expect(row).toMatchObject({
      status: "AWAITING_APPROVAL",
      firstSentAt: T0,
      lastSentAt: T0,
      sendCount: 1,
      locationId: world.location("Seattle").id,
      partnerId: world.contoso.id,
      createdById: world.actors.seattle.userId,
      completedOn: new Date("2026-09-30T00:00:00Z"),
    });
  });

  it("R1: the request email is queued with the request, to the contact, with the customer's link", async () => {
    const before = await rowCounts();
    const { id, token } = await createThroughDomain(world);
    expect(await rowCounts()).toEqual({
      references: before.references + 1,
      events: before.events + 2,
      tokens: before.tokens + 1,
      outbox: before.outbox + 1,
    });
    const db = await getDb();
    const email = await db.outboxEmail.findFirstOrThrow({ orderBy: { createdAt: "desc" } });
    expect(email).toMatchObject({
      to: expect.stringMatching(/^nancy\.davolio\.\d+@northwind\.example$/),
      status: "PENDING",
      attempts: 0,
    });
    expect(email.subject).toBe("Contoso asks you to confirm a customer reference");
    expect(email.html).toContain(`/respond/${token}`);
    expect(email.text).toContain(`/respond/${token}`);
    expect(email.text).toContain("Order platform migration");
    expect(email.text).toContain("Contoso");
    expect(email.text).toContain("references@partner-center.example");
    const stored = await db.responseToken.findFirstOrThrow({ where: { referenceId: id } });
    expect(stored.tokenHash).toBe(hashToken(token));
  });

  it("R14: creation records CREATED and SENT events with the partner user, before and after", async () => {
    const { id } = await createThroughDomain(world);
    const events = await eventsOf(id);
    expect(events.map((e) => e.type)).toEqual(["CREATED", "SENT"]);
    for (const e of events) {
      expect(e).toMatchObject({
        actorKind: "PARTNER_USER",
        actorUserId: world.actors.global.userId,
        actorLabel: "Dana Whitfield",
        createdAt: T0,
        before: null,
      });
    }
    expect(events[0]!.after).toMatchObject({ status: "AWAITING_APPROVAL", location: "Seattle" });
    expect(events[1]!.after).toMatchObject({ sendCount: 1, lastSentAt: T0.toISOString() });
  });

  it("R15: when the transaction fails at the email, neither the request nor its email exists", async () => {
    await failOutboxInsertsTo("fail@outbox.example");
    const before = await rowCounts();
    await expect(
      createReference({
        actor: world.actors.global,
        input: validInput(world, { contactEmail: "fail@outbox.example" }),
        now: T0,
      }),
    ).rejects.toThrow();
    expect(await rowCounts()).toEqual(before);
  });
});
