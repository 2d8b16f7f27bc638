import "server-only";
import type { Actor } from "../auth/actor";
import { getReferenceDetail } from "../references/detail";
import type { ReferenceRow } from "../references/list-row";
import { listReferencePage } from "../references/queries";
import { fieldErrorsOf, ok, type Result, refuse } from "../result";
import { type ApiReference, type ApiReferenceDetail, listQuerySchema } from "./contract";

// The Reference List and one reference as the API answers them: the same rows, filters and keyset
// pages the key's role sees on the page (lib/references), as JSON. The query is validated strictly —
// an unknown status is an error here, not a silent default as in a hand-edited page URL.

export function toApiReference(row: ReferenceRow): ApiReference {
  return {
    id: row.id,
    status: row.status,
    statusLabel: row.statusLabel,
    customerCompany: row.customerCompany,
    contact: row.contactErased ? null : { name: row.contactName, email: row.contactEmail },
    projectTitle: row.projectTitle,
    projectType: row.projectType,
    location: { id: row.locationId, name: row.locationName },
    competency: row.competencyId ? { id: row.competencyId, name: row.competencyName ?? "" } : null,
    firstSentAt: row.firstSentAt.toISOString(),
    lastSentAt: row.lastSentAt.toISOString(),
    sendCount: row.sendCount,
    createdAt: row.createdAt.toISOString(),
    emailDelivered: row.deliveryFailedAt === null,
  };
}

export async function apiListReferences(options: {
  actor: Actor;
  query: Record<string, string>;
  now: Date;
}): Promise<Result<{ data: ApiReference[]; nextCursor: string | null }>> {
  const parsed = listQuerySchema.safeParse(options.query);
  if (!parsed.success)
    return refuse("INVALID_INPUT", "Some query parameters are not valid.", fieldErrorsOf(parsed.error));
  const { status, location, competency, q, cursor, limit } = parsed.data;
  const list = await listReferencePage({
    actor: options.actor,
    filters: { status, locationId: location, competencyId: competency, q, after: cursor },
    now: options.now,
    pageSize: limit,
  });
  return ok({ data: list.rows.map(toApiReference), nextCursor: list.next });
}

export async function apiGetReference(options: {
  actor: Actor;
  id: string;
  now: Date;
}): Promise<Result<ApiReferenceDetail>> {
  const detail = await getReferenceDetail({
    actor: options.actor,
    referenceId: options.id,
    now: options.now,
  });
  if (!detail.ok) return detail;
  const d = detail.data;
  return ok({
    ...toApiReference(d),
    projectDescription: d.projectDescription,
    completedOn: d.completedOn.toISOString().slice(0, 10),
    history: d.history.map((h) => ({
      type: h.type,
      at: h.createdAt.toISOString(),
      actor: h.actorLabel,
      before: h.before,
      after: h.after,
      note: h.note,
    })),
  });
}
