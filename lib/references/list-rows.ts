import "server-only";
import type { PrismaClient } from "../db/generated/client";
import type { ReferenceStatus } from "../db/generated/enums";
import type { ListRowRecord } from "./list-row";

// Prisma turns full model rows into objects slowly (about 1 s for 2 000 rows on a busy 2-core
// machine, against 0.15 s for the same rows through $queryRaw: docs/performance.md). The list and
// the export therefore choose and order their rows with Prisma — the one shared where
// (list-where.ts) and keyset (list-keyset.ts), selecting only the sort keys — and then read the
// columns of exactly those rows here, in one plain query with the three names joined.

/** The sort-key columns (and id) the choosing query needs for order and cursors. */
export const keyColumns = {
  id: true,
  createdAt: true,
  lastSentAt: true,
  status: true,
  customerCompany: true,
} as const;

type RawRow = Omit<ListRowRecord, "location" | "partner" | "competency"> & {
  locationName: string;
  partnerName: string;
  competencyName: string | null;
};

/** The list rows for `ids`, in the order of `ids` (a row deleted in between is left out). */
export async function loadListRows(db: PrismaClient, ids: string[]): Promise<ListRowRecord[]> {
  if (ids.length === 0) return [];
  const raw = await db.$queryRaw<RawRow[]>`
    SELECT r.id, r."partnerId", r."customerCompany", r."contactName", r."contactEmail", r."projectTitle",
      r."projectType", r."locationId", r.status::text AS status, r."firstSentAt", r."lastSentAt",
      r."sendCount", r."competencyId", r."createdAt",
      l.name AS "locationName", p.name AS "partnerName", c.name AS "competencyName"
    FROM "ReferenceRequest" r
    JOIN "Location" l ON l.id = r."locationId"
    JOIN "Partner" p ON p.id = r."partnerId"
    LEFT JOIN "Competency" c ON c.id = r."competencyId"
    WHERE r.id = ANY(${ids})`;
  const byId = new Map(raw.map((r) => [r.id, r]));
  return ids.flatMap((id) => {
    const r = byId.get(id);
    if (!r) return [];
    const { locationName, partnerName, competencyName, ...columns } = r;
    return [
      {
        ...columns,
        status: columns.status as ReferenceStatus,
        location: { name: locationName },
        partner: { name: partnerName },
        competency: competencyName === null ? null : { name: competencyName },
      },
    ];
  });
}
