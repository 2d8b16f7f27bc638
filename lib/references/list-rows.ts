import "server-only";
import { Prisma, type PrismaClient } from "../db/generated/client";
import type { ReferenceStatus } from "../db/generated/enums";
import type { ListRowRecord } from "./list-row";

// The Reference List's rows in one plain statement: the list's where and keyset (list-where.ts,
// list-keyset.ts), its order, and the three names joined. Prisma turns full model rows into objects
// slowly (about 1 s for 2 000 rows on a busy 2-core machine, against 0.15 s through $queryRaw:
// docs/performance.md), and a page read as "keys, then rows" took two round trips.

/** The rows with their location, partner and competency names, for any where over r. */
export const LIST_ROWS_FROM = Prisma.sql`FROM "ReferenceRequest" r
  JOIN "Location" l ON l.id = r."locationId"
  JOIN "Partner" p ON p.id = r."partnerId"
  LEFT JOIN "Competency" c ON c.id = r."competencyId"`;

type RawRow = Omit<ListRowRecord, "location" | "partner" | "competency"> & {
  locationName: string;
  partnerName: string;
  competencyName: string | null;
};

/** Up to `limit` rows matching `where`, in `order`. */
export async function selectListRows(
  db: PrismaClient,
  where: Prisma.Sql,
  order: Prisma.Sql,
  limit: number,
): Promise<ListRowRecord[]> {
  const raw = await db.$queryRaw<RawRow[]>`
    SELECT r.id, r."partnerId", r."customerCompany", r."contactName", r."contactEmail", r."projectTitle",
      r."projectType", r."locationId", r.status::text AS status, r."firstSentAt", r."lastSentAt",
      r."sendCount", r."competencyId", r."createdAt", r."deliveryFailedAt",
      l.name AS "locationName", p.name AS "partnerName", c.name AS "competencyName"
    ${LIST_ROWS_FROM}
    WHERE ${where}
    ORDER BY ${order}
    LIMIT ${limit}`;
  return raw.map(({ locationName, partnerName, competencyName, ...columns }) => ({
    ...columns,
    status: columns.status as ReferenceStatus,
    location: { name: locationName },
    partner: { name: partnerName },
    competency: competencyName === null ? null : { name: competencyName },
  }));
}
