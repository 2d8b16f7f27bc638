import type { AnyActor } from "../auth/actor";
import type { Prisma } from "../db/generated/client";
import type { ActorKind, ReferenceEventType } from "../db/generated/enums";
import { queueReferenceWebhooks } from "../webhooks/outbox";

// R14: every change writes one audit event in the same transaction as the change itself, and
// (issue 19) the webhook messages it causes, so receivers hear of exactly the changes that commit.

export type EventActor = AnyActor | { kind: "customer"; email: string };

type Tx = Prisma.TransactionClient;

export function actorColumns(actor: EventActor): {
  actorKind: ActorKind;
  actorUserId: string | null;
  actorLabel: string;
} {
  switch (actor.kind) {
    case "partner-user":
      return {
        actorKind: "PARTNER_USER",
        actorUserId: actor.apiKeyId ? null : actor.userId,
        actorLabel: actor.name,
      };
    case "agent":
      return {
        actorKind: "AGENT",
        actorUserId: actor.userId,
        actorLabel: `${actor.name} (Regional Service Center)`,
      };
    case "customer":
      return { actorKind: "CUSTOMER", actorUserId: null, actorLabel: `Customer (${actor.email})` };
    case "system":
      return {
        actorKind: "SYSTEM",
        actorUserId: null,
        actorLabel: "Partner Reference Center (scheduled job)",
      };
  }
}

export async function recordEvent(
  tx: Tx,
  event: {
    referenceId: string;
    type: ReferenceEventType;
    actor: EventActor;
    at: Date;
    before?: Prisma.InputJsonValue | null;
    after?: Prisma.InputJsonValue | null;
    note?: string;
  },
): Promise<void> {
  await tx.referenceEvent.create({
    data: {
      referenceId: event.referenceId,
      type: event.type,
      ...actorColumns(event.actor),
      before: event.before ?? undefined,
      after: event.after ?? undefined,
      note: event.note,
      createdAt: event.at,
    },
  });
  await queueReferenceWebhooks(tx, { referenceIds: [event.referenceId], type: event.type, at: event.at });
}
