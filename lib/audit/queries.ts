import "server-only";
import type { Actor } from "../auth/actor";
import { getDb } from "../db/client";
import { Prisma } from "../db/generated/client";
import { ok, type Result, refuse } from "../result";
import { canSeeActivity } from "../users/permissions";
import { ADMIN_MESSAGES } from "../users/wording";
import { ACTIVITY_KINDS, type ActivityKind } from "./wording";

export const ACTIVITY_PAGE_SIZE = 25;

export interface ActivityRow {
  id: string;
  at: Date;
  kind: ActivityKind;
  action: string;
  subject: string;
  actorUserId: string | null;
  actorLabel: string;
  before: unknown;
  after: unknown;
}

export interface ActivityPage {
  rows: ActivityRow[];
  /** Opaque keyset cursor of the next (older) page; null on the last page. */
  next: string | null;
}

export type ActivityFilters = { kind?: ActivityKind; personId?: string; cursor?: string };

// Cursor = "<ISO time>|<id>" of the last row shown: the next page starts strictly after it in
// (time desc, id desc) order, so paging costs the same on page 1 and page 1000 (no OFFSET walk).
function decodeCursor(cursor: string | undefined): { at: Date; id: string } | null {
  if (!cursor) return null;
  const [iso, id] = cursor.split("|");
  const at = new Date(iso ?? "");
  if (!id || Number.isNaN(at.getTime()) || id.length > 80) return null;
  return { at, id };
}

export const encodeCursor = (row: { at: Date; id: string }) => `${row.at.toISOString()}|${row.id}`;

/**
 * A partner's activity, newest first: reference events (R14), administration events and
 * service-center cases, merged by time. Agents see any partner's; a partner's Global
 * Administrators see their own.
 */
export async function listActivity(options: {
  actor: Actor;
  partnerId: string;
  filters: ActivityFilters;
  pageSize?: number;
}): Promise<Result<ActivityPage>> {
  const { actor, partnerId, filters } = options;
  if (!canSeeActivity(actor, partnerId)) return refuse("FORBIDDEN", ADMIN_MESSAGES.forbiddenActivity);
  const size = Math.min(options.pageSize ?? ACTIVITY_PAGE_SIZE, 100);
  const kind = filters.kind && ACTIVITY_KINDS.includes(filters.kind) ? filters.kind : null;
  const person = filters.personId?.slice(0, 64) || null;
  const cursor = decodeCursor(filters.cursor);
  const after = cursor ? Prisma.sql`AND ("at", "id") < (${cursor.at}, ${cursor.id})` : Prisma.empty;
  const who = person ? Prisma.sql`AND "actorUserId" = ${person}` : Prisma.empty;
  const want = (k: ActivityKind) => !kind || kind === k;
  const sources: Prisma.Sql[] = [];
  if (want("REFERENCE"))
    sources.push(Prisma.sql`
      SELECT e."id", e."createdAt" AS "at", 'REFERENCE' AS "kind", e."type"::text AS "action",
             r."customerCompany" || ' — ' || r."projectTitle" AS "subject", e."actorUserId", e."actorLabel",
             e."before", e."after"
      FROM "ReferenceEvent" e JOIN "ReferenceRequest" r ON r."id" = e."referenceId"
      WHERE r."partnerId" = ${partnerId}`);
  // Administration and service-case events are AuditEvent rows; a case's are kind SERVICE_CASE.
  const auditKinds = [
    ...(["USER", "LOCATION", "PARTNER", "API_KEY", "WEBHOOK"] as const).filter(want),
    ...(want("CASE") ? ["SERVICE_CASE"] : []),
  ];
  if (auditKinds.length > 0)
    sources.push(Prisma.sql`
      SELECT a."id", a."createdAt" AS "at",
             CASE a."kind" WHEN 'SERVICE_CASE' THEN 'CASE' ELSE a."kind"::text END AS "kind",
             a."action", a."subjectLabel" AS "subject", a."actorUserId", a."actorLabel", a."before", a."after"
      FROM "AuditEvent" a
      WHERE a."partnerId" = ${partnerId} AND a."kind"::text IN (${Prisma.join(auditKinds)})`);
  const db = await getDb();
  const rows = await db.$queryRaw<ActivityRow[]>`
    SELECT * FROM (${Prisma.join(sources, " UNION ALL ")}) AS activity
    WHERE TRUE ${after} ${who}
    ORDER BY "at" DESC, "id" DESC
    LIMIT ${size + 1}`;
  const page = rows.slice(0, size);
  const last = page.at(-1);
  return ok({ rows: page, next: rows.length > size && last ? encodeCursor(last) : null });
}

/** The competency catalog's own history (program-wide events), newest first, bounded. */
export async function catalogHistory(limit = 50) {
  const db = await getDb();
  return db.auditEvent.findMany({
    where: { kind: "COMPETENCY" },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: Math.min(limit, 200),
  });
}

/** People who appear as actors in the partner's activity filter: its users (bounded). */
export async function activityPeople(partnerId: string) {
  const db = await getDb();
  return db.user.findMany({
    where: { partnerId },
    select: { id: true, name: true },
    orderBy: { name: "asc" },
    take: 500,
  });
}
