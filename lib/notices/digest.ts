import "server-only";
import { getDb } from "../db/client";
import type { Prisma } from "../db/generated/client";
import { queueEmail } from "../email/outbox";
import { renderAutoApprovalReceipt } from "../email/receipt";
import { recipientLocale } from "../email/recipient-locale";
import { toLocale } from "../i18n/locales";
import { newToken, storeWithdrawToken } from "../references/tokens";
import { TX_OPTIONS } from "../references/tx";
import { portalUrl, renderAutoApprovalDigest } from "./render";

// R4's digest: the scheduled run may auto-approve thousands of requests; each person hears of
// theirs in one email per run. Notes are left by a database trigger in the approving transaction
// (AutoApprovalNotice); here each partner's notes are taken, turned into one email per person and
// deleted in one transaction, so a crash sends nothing twice and loses nothing.

export const DIGEST_LIST_LIMIT = 50;

type AudienceRow = {
  userId: string;
  email: string;
  /** The portal language they chose: their digest is written in it. */
  locale: string | null;
  total: number;
  items: { id: string; customerCompany: string; projectTitle: string }[];
};

export async function sendAutoApprovalDigests({
  now,
  deadline,
}: {
  now: Date;
  /** performance.now() after which no further partner is started. */
  deadline?: number;
}): Promise<{ digests: number; partners: number }> {
  const db = await getDb();
  const report = { digests: 0, partners: 0 };
  const done = new Set<string>();
  while (deadline === undefined || performance.now() < deadline) {
    const next = await db.$queryRaw<{ partnerId: string }[]>`
      SELECT r."partnerId" FROM "AutoApprovalNotice" n
      JOIN "ReferenceRequest" r ON r.id = n."referenceId"
      ORDER BY n."createdAt" LIMIT 1`;
    const partnerId = next[0]?.partnerId;
    // A partner whose notes reappear within this run waits for the next run: one digest per run.
    if (!partnerId || done.has(partnerId)) break;
    done.add(partnerId);
    report.digests += await digestForPartner(partnerId, now);
    report.partners++;
  }
  return report;
}

/** Notes taken per partner and run; the rest make the next run's digest. */
const NOTES_PER_RUN = 2_000;

type ApprovedForCustomer = {
  id: string;
  contactEmail: string;
  contactLanguage: string;
  projectTitle: string;
  decidedAt: Date;
  partnerName: string;
};

/**
 * R20: each customer whose request was auto-approved is told, in their language, with a withdraw
 * link — in the transaction that takes the notes, so each hears once.
 */
async function tellCustomers(
  tx: Prisma.TransactionClient,
  partnerId: string,
  rows: ApprovedForCustomer[],
  now: Date,
) {
  for (const r of rows) {
    const issued = newToken();
    const email = await renderAutoApprovalReceipt(r.contactEmail, toLocale(r.contactLanguage), {
      partnerName: r.partnerName,
      projectTitle: r.projectTitle,
      at: r.decidedAt,
      withdrawToken: issued.token,
    });
    await storeWithdrawToken(tx, r.id, issued, now);
    await queueEmail(tx, {
      ...email,
      now,
      referenceId: r.id,
      linkTokenHash: issued.tokenHash,
      partnerId,
    });
  }
}

async function digestForPartner(partnerId: string, now: Date): Promise<number> {
  const db = await getDb();
  const audience = await db.$transaction(async (tx) => {
    const notes = await tx.$queryRaw<(ApprovedForCustomer & { status: string; erased: boolean })[]>`
      SELECT r.id, r."contactEmail", r."contactLanguage", r."projectTitle", r."decidedAt", r.status::text AS status,
        r."contactErasedAt" IS NOT NULL AS erased, p.name AS "partnerName"
      FROM "AutoApprovalNotice" n
      JOIN "ReferenceRequest" r ON r.id = n."referenceId"
      JOIN "Partner" p ON p.id = r."partnerId"
      WHERE r."partnerId" = ${partnerId}
      ORDER BY n."createdAt" LIMIT ${NOTES_PER_RUN}
      FOR UPDATE OF n`;
    const ids = notes.map((n) => n.id);
    await tellCustomers(
      tx,
      partnerId,
      notes.filter((n) => n.status === "MICROSOFT_AUTO_APPROVED" && !n.erased && n.decidedAt !== null),
      now,
    );
    const rows = await tx.$queryRaw<AudienceRow[]>`
      WITH claimed AS (
        DELETE FROM "AutoApprovalNotice" n
        USING "ReferenceRequest" r
        WHERE r.id = n."referenceId" AND r."partnerId" = ${partnerId} AND n."referenceId" = ANY(${ids}::text[])
        RETURNING r.id, r."locationId", r."createdById", r."customerCompany", r."projectTitle", r."createdAt"
      ),
      audience AS (
        SELECT DISTINCT u.id AS "userId", u.email, u.locale, c.*
        FROM claimed c
        JOIN "User" u ON u."partnerId" = ${partnerId}
        WHERE NOT EXISTS (
            SELECT 1 FROM "NoticeOptOut" o WHERE o."userId" = u.id AND o.kind = 'AUTO_APPROVAL_DIGEST')
          AND (u.id = c."createdById" OR EXISTS (
            SELECT 1 FROM "PartnerRole" pr
            WHERE pr."userId" = u.id AND pr."partnerId" = ${partnerId}
              AND (pr.role = 'GLOBAL_ADMINISTRATOR'
                   OR (pr.role = 'LOCAL_ADMINISTRATOR' AND pr."locationId" = c."locationId"))))
      )
      SELECT "userId", email, locale, count(*)::int AS total,
        (array_agg(json_build_object('id', id, 'customerCompany', "customerCompany", 'projectTitle', "projectTitle")
          ORDER BY "createdAt" DESC, id))[1:${DIGEST_LIST_LIMIT}] AS items
      FROM audience GROUP BY "userId", email, locale ORDER BY email`;
    for (const person of rows) {
      const email = await renderAutoApprovalDigest(
        {
          total: person.total,
          items: person.items.map((i) => ({
            customerCompany: i.customerCompany,
            projectTitle: i.projectTitle,
            url: portalUrl(`/references/${i.id}`),
          })),
          listUrl: portalUrl("/references?status=MICROSOFT_AUTO_APPROVED&assigned=no"),
        },
        recipientLocale(person.locale),
      );
      await queueEmail(tx, {
        to: person.email,
        ...email,
        now,
        template: "auto-approval-digest",
        userId: person.userId,
        partnerId,
        carriesSecret: false,
      });
    }
    return rows;
  }, TX_OPTIONS);
  return audience.length;
}
