import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { settleBackgroundDeliveries } from "@/lib/email/at-once";
import { requeueFailedEmail } from "@/lib/email/failed";
import { deliverDueEmails } from "@/lib/email/outbox";
import { autoApproveDue } from "@/lib/references/auto-approve";
import { correctContactEmail, SAME_ADDRESS } from "@/lib/references/correct-contact";
import { getReferenceDetail } from "@/lib/references/detail";
import { listReferences } from "@/lib/references/queries";
import { viewByToken } from "@/lib/references/respond";
import { DAY, seedWorld, type World } from "../support/factories";
import { createThroughDomain, eventsOf, T0 } from "../support/lifecycle";
import { smtpPerTest } from "../support/smtp-per-test";
import type { SmtpSink } from "../support/smtp-sink";
import { rememberTokens } from "../support/tokens";

// R17: mail nobody received is not evidence. A real SMTP listener answers 550 for one recipient.

let world: World;
const smtp = smtpPerTest();
beforeAll(async () => {
  world = await seedWorld();
});

const HOUR = 60 * 60 * 1000;
let n = 0;

/** A request to an address the customer's server refuses, delivered until its email is FAILED. */
async function bounced(): Promise<{
  sink: SmtpSink;
  id: string;
  token: string;
  bounce: string;
  clock: number;
}> {
  const bounce = `no.such.person.${++n}@customer.example`;
  const sink = await smtp.start(0, { rejectRecipients: [bounce] });
  smtp.use(sink.url);
  const created = await createThroughDomain(world, T0, {
    contactEmail: bounce,
    customerCompany: `Bounce ${n}`,
  });
  await settleBackgroundDeliveries();
  let clock = T0.getTime();
  for (let i = 0; i < 12; i++) {
    clock += HOUR;
    await deliverDueEmails({ now: new Date(clock), smtpUrl: sink.url });
  }
  return { sink, id: created.id, token: created.token, bounce, clock };
}

const recipients = (sink: SmtpSink) =>
  sink.messages.map((m) => (Array.isArray(m.to) ? "" : (m.to?.text ?? "")));

describe("R17: mail nobody received is not evidence", () => {
  it("R17: a 550 makes the request “Email not delivered” with the server's reason, tells the creator and R6 administrators once, and it is not auto-approved at day 43", async () => {
    const { sink, id, token, bounce, clock } = await bounced();
    const db = await getDb();
    const reference = await db.referenceRequest.findUniqueOrThrow({ where: { id } });
    expect(reference.deliveryFailedAt).not.toBeNull();
    expect(reference.deliveryFailure).toMatch(/^550 /);

    // The list row and the page say so.
    const list = await listReferences({
      actor: world.actors.global,
      filters: { q: `Bounce ${n}` },
      now: new Date(clock),
    });
    expect(list.rows.map((r) => [r.id, r.deliveryFailedAt !== null])).toEqual([[id, true]]);
    const page = await getReferenceDetail({
      actor: world.actors.global,
      referenceId: id,
      now: new Date(clock),
    });
    expect(page.ok && page.data.history.map((e) => e.type)).toContain("DELIVERY_FAILED");

    // The notice: the creator (a Global Administrator) and Seattle's Local Administrator, once each.
    for (let i = 0; i < 5; i++) {
      await deliverDueEmails({ now: new Date(clock + i * HOUR), smtpUrl: sink.url });
    }
    const notices = await db.outboxEmail.findMany({
      where: { referenceId: id, template: "delivery-failed-notice" },
    });
    expect(notices.map((e) => e.to).sort()).toEqual([
      "admin@contoso.example",
      "seattle.admin@contoso.example",
    ]);
    expect(notices.every((e) => e.status === "SENT")).toBe(true);
    expect(recipients(sink).filter((to) => to === "seattle.admin@contoso.example")).toHaveLength(1);
    expect(notices[0]!.text).toContain("550");
    expect((await eventsOf(id)).filter((e) => e.type === "DELIVERY_FAILED")).toHaveLength(1);

    // Day 43: the scheduled run and the customer's link (R4 at use) both leave it awaiting.
    const day43 = new Date(T0.getTime() + 43 * DAY);
    await autoApproveDue({ now: day43 });
    expect((await db.referenceRequest.findUniqueOrThrow({ where: { id } })).status).toBe("AWAITING_APPROVAL");
    expect(await viewByToken({ token, now: day43 })).toMatchObject({ ok: true, data: { canRespond: true } });
    expect(recipients(sink)).not.toContain(bounce);
  });

  it("R17: correcting the address sends a new link there, kills the old link, and restarts the six weeks; the same address is refused", async () => {
    const { sink, id, token, bounce } = await bounced();
    const day43 = new Date(T0.getTime() + 43 * DAY);
    const db = await getDb();
    const before = await db.referenceRequest.findUniqueOrThrow({ where: { id } });
    for (const same of [bounce, bounce.toUpperCase(), bounce.replace("@", "+tag@")])
      expect(
        await correctContactEmail({
          actor: world.actors.seattle,
          referenceId: id,
          input: { contactEmail: same },
          now: day43,
        }),
      ).toMatchObject({ ok: false, code: "INVALID_INPUT", fieldErrors: { contactEmail: [SAME_ADDRESS] } });
    expect(
      await correctContactEmail({
        actor: world.actors.member,
        referenceId: id,
        input: { contactEmail: "x@y.example" },
        now: day43,
      }),
    ).toMatchObject({ ok: false, code: "FORBIDDEN_CREATE" });
    expect(
      await correctContactEmail({
        actor: world.actors.seattle,
        referenceId: id,
        input: { contactEmail: "not an address" },
        now: day43,
      }),
    ).toMatchObject({ ok: false, code: "INVALID_INPUT" });
    expect(await db.referenceRequest.findUniqueOrThrow({ where: { id } })).toEqual(before);

    const corrected = `right.person.${n}@customer.example`;
    const tokens = rememberTokens();
    const result = await correctContactEmail({
      actor: world.actors.seattle,
      referenceId: id,
      input: { contactEmail: corrected },
      now: day43,
      issueToken: tokens.issueToken,
    });
    expect(result).toEqual({ ok: true, data: { contactEmail: corrected } });
    await settleBackgroundDeliveries();
    await deliverDueEmails({ now: day43, smtpUrl: sink.url });
    expect(recipients(sink)).toContain(corrected);
    const after = await db.referenceRequest.findUniqueOrThrow({ where: { id } });
    expect(after).toMatchObject({
      contactEmail: corrected,
      firstSentAt: day43,
      lastSentAt: day43,
      deliveryFailedAt: null,
    });
    expect(await viewByToken({ token, now: day43 })).toMatchObject({
      ok: false,
      message: "This link is not valid.",
    });
    expect(await viewByToken({ token: tokens.last(), now: day43 })).toMatchObject({ ok: true });
    const event = (await eventsOf(id)).find((e) => e.type === "CONTACT_CORRECTED");
    expect(event?.before).toMatchObject({ contactEmail: bounce });

    // Six weeks from the corrected send: not at 41 days, yes at 42.
    await autoApproveDue({ now: new Date(day43.getTime() + 41 * DAY) });
    expect((await db.referenceRequest.findUniqueOrThrow({ where: { id } })).status).toBe("AWAITING_APPROVAL");
    await autoApproveDue({ now: new Date(day43.getTime() + 42 * DAY) });
    expect((await db.referenceRequest.findUniqueOrThrow({ where: { id } })).status).toBe(
      "MICROSOFT_AUTO_APPROVED",
    );
  });

  it("R17: correcting is allowed at any time (not bound by R3's seven days) and follows R16", async () => {
    const tokens = rememberTokens();
    const { id } = await createThroughDomain(world, T0, { contactEmail: `typo.${++n}@customer.exmaple` });
    const hourLater = new Date(T0.getTime() + HOUR);
    expect(
      await correctContactEmail({
        actor: world.actors.global,
        referenceId: id,
        input: { contactEmail: "seattle.admin+x@contoso.example" },
        now: hourLater,
      }),
    ).toMatchObject({ ok: false, code: "CONTACT_REFUSED" });
    expect(
      await correctContactEmail({
        actor: world.actors.global,
        referenceId: id,
        input: { contactEmail: `typo.${n}@customer.example` },
        now: hourLater,
        issueToken: tokens.issueToken,
      }),
    ).toMatchObject({ ok: true });
  });

  it("R17: a requeued request email is on its way again, so the request is no longer “Email not delivered”", async () => {
    const { id } = await bounced();
    const db = await getDb();
    const failed = await db.outboxEmail.findFirstOrThrow({ where: { referenceId: id, status: "FAILED" } });
    const requeued = await requeueFailedEmail({
      actor: world.actors.agent,
      emailId: failed.id,
      now: new Date(T0.getTime() + DAY),
    });
    expect(requeued.ok).toBe(true);
    expect((await db.referenceRequest.findUniqueOrThrow({ where: { id } })).deliveryFailedAt).toBeNull();
  });
});
