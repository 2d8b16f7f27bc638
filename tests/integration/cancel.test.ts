import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { CANCEL_FORBIDDEN, cancelReference } from "@/lib/references/cancel";
import { respondByToken, viewByToken } from "@/lib/references/respond";
import { insertReference, seedWorld, type World } from "../support/factories";
import { createThroughDomain, eventsOf, rowCounts, T0 } from "../support/lifecycle";

let world: World;
beforeAll(async () => {
  world = await seedWorld();
});

const now = new Date(T0.getTime() + 2 * 24 * 60 * 60 * 1000);

describe("R12: cancellation by the Regional Service Center", () => {
  it("R12: an agent cancels an awaiting request at the request of a named program administrator", async () => {
    const { id, token } = await createThroughDomain(world);
    const result = await cancelReference({
      actor: world.actors.agent,
      referenceId: id,
      programAdministrator: "Dana Whitfield",
      note: "Sent to the wrong contact.",
      now,
    });
    expect(result).toEqual({ ok: true, data: { status: "CANCELED" } });
    const db = await getDb();
    expect(await db.referenceRequest.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "CANCELED",
      decidedAt: now,
    });
    expect(await viewByToken({ token, now: T0 })).toMatchObject({
      data: { statusLabel: "Canceled", canRespond: false },
    });
    expect(await respondByToken({ token, decision: "approve", now })).toMatchObject({
      code: "ALREADY_FINAL",
      message: "This request is already Canceled.",
    });
  });

  it("R12: without the program administrator's name nothing is canceled", async () => {
    const { id } = await createThroughDomain(world);
    const before = await rowCounts();
    const result = await cancelReference({
      actor: world.actors.agent,
      referenceId: id,
      programAdministrator: "  ",
      now,
    });
    expect(result).toMatchObject({
      ok: false,
      code: "INVALID_INPUT",
      fieldErrors: {
        programAdministrator: ["Enter the name of the program administrator who asked for the cancellation."],
      },
    });
    expect(await rowCounts()).toEqual(before);
  });

  it.each(["CUSTOMER_APPROVED", "CUSTOMER_REJECTED", "MICROSOFT_AUTO_APPROVED", "CANCELED"] as const)(
    "R2: a %s request cannot be canceled",
    async (status) => {
      const row = await insertReference(world, { status });
      const before = await rowCounts();
      const result = await cancelReference({
        actor: world.actors.agent,
        referenceId: row.id,
        programAdministrator: "Dana Whitfield",
        now,
      });
      expect(result).toMatchObject({ ok: false, code: "ALREADY_FINAL" });
      expect(await rowCounts()).toEqual(before);
    },
  );

  it("R12: a partner's Global Administrator cannot cancel (they open a case instead)", async () => {
    const { id } = await createThroughDomain(world);
    const result = await cancelReference({
      actor: world.actors.global,
      referenceId: id,
      programAdministrator: "Dana Whitfield",
      now,
    });
    expect(result).toEqual({ ok: false, code: "FORBIDDEN", message: CANCEL_FORBIDDEN });
  });
});

describe("R14: cancellation history", () => {
  it("R14: CANCELED records the agent, the program administrator who asked, before and after", async () => {
    const { id } = await createThroughDomain(world);
    await cancelReference({
      actor: world.actors.agent,
      referenceId: id,
      programAdministrator: "Dana Whitfield",
      now,
    });
    const events = (await eventsOf(id)).filter((e) => e.type === "CANCELED");
    expect(events).toEqual([
      expect.objectContaining({
        actorKind: "AGENT",
        actorUserId: world.actors.agent.userId,
        actorLabel: "Alex Morgan (Regional Service Center)",
        createdAt: now,
        before: { status: "AWAITING_APPROVAL" },
        after: { status: "CANCELED", decidedAt: now.toISOString(), programAdministrator: "Dana Whitfield" },
        note: "Canceled at the request of Dana Whitfield.",
      }),
    ]);
  });
});
