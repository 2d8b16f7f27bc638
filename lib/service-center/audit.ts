import "server-only";
import { recordAudit } from "../audit/record";
import type { Actor } from "../auth/actor";
import type { Prisma } from "../db/generated/client";
import type { ServiceCaseType } from "../db/generated/enums";
import { CASE_TYPE_LABELS } from "./labels";

// R12's cases are changes like any other (decision 050): opening, resolving and declining one
// each write an AuditEvent in the transaction that does it; the partner's activity reads them.

export type CaseAction = "case.opened" | "case.resolved" | "case.declined";

export async function recordCaseAudit(
  tx: Prisma.TransactionClient,
  entry: {
    partnerId: string;
    caseId: string;
    action: CaseAction;
    type: ServiceCaseType;
    projectTitle: string | null;
    actor: Actor;
    now: Date;
    after: Prisma.InputJsonValue;
  },
): Promise<void> {
  await recordAudit(tx, {
    partnerId: entry.partnerId,
    kind: "SERVICE_CASE",
    action: entry.action,
    subjectId: entry.caseId,
    subjectLabel: caseLabel(entry.type, entry.projectTitle),
    actor: entry.actor,
    at: entry.now,
    before: entry.action === "case.opened" ? null : { status: "OPEN" },
    after: entry.after,
  });
}

/** "Cancellation request: Order platform migration" — what the activity page lists. */
export function caseLabel(type: ServiceCaseType, projectTitle: string | null): string {
  return projectTitle ? `${CASE_TYPE_LABELS[type]}: ${projectTitle}` : CASE_TYPE_LABELS[type];
}
