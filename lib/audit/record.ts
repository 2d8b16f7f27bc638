import type { AnyActor } from "../auth/actor";
import type { Prisma } from "../db/generated/client";
import type { AuditKind } from "../db/generated/enums";
import { actorColumns } from "../references/events";

// Every administrative change writes one AuditEvent in the same transaction as the change, like
// R14 does for references: who, when, what, before → after.

type Tx = Prisma.TransactionClient;

export type AuditEntry = {
  partnerId: string | null;
  kind: AuditKind;
  /** What happened, e.g. "location.archived"; the activity page words it (lib/audit/wording.ts). */
  action: string;
  subjectId?: string | null;
  subjectLabel: string;
  /** The system actor disables a failing webhook endpoint on its own. */
  actor: AnyActor;
  at: Date;
  before?: Prisma.InputJsonValue | null;
  after?: Prisma.InputJsonValue | null;
};

export async function recordAudit(tx: Tx, entry: AuditEntry): Promise<void> {
  await tx.auditEvent.create({
    data: {
      partnerId: entry.partnerId,
      kind: entry.kind,
      action: entry.action,
      subjectId: entry.subjectId ?? null,
      subjectLabel: entry.subjectLabel,
      ...actorColumns(entry.actor),
      before: entry.before ?? undefined,
      after: entry.after ?? undefined,
      createdAt: entry.at,
    },
  });
}
