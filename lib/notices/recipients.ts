import "server-only";
import type { Prisma } from "../db/generated/client";
import type { NoticeKind } from "../db/generated/enums";

type Tx = Prisma.TransactionClient;

/** `locale`: the portal language they chose (User.locale), which their notices are written in. */
export type Recipient = { id: string; email: string; name: string; locale: string | null };

/**
 * Who hears about a reference (R6): the person who created it and everyone who may assign it — the
 * partner's Global Administrators and the Local Administrators of its location — each once, less
 * those who turned this kind of notice off.
 */
export async function referenceAudience(
  tx: Tx,
  reference: { partnerId: string; locationId: string; createdById: string | null },
  kind: NoticeKind,
): Promise<Recipient[]> {
  return tx.user.findMany({
    where: {
      partnerId: reference.partnerId,
      noticeOptOuts: { none: { kind } },
      OR: [
        ...(reference.createdById ? [{ id: reference.createdById }] : []),
        { roles: { some: { partnerId: reference.partnerId, role: "GLOBAL_ADMINISTRATOR" } } },
        {
          roles: {
            some: {
              partnerId: reference.partnerId,
              role: "LOCAL_ADMINISTRATOR",
              locationId: reference.locationId,
            },
          },
        },
      ],
    },
    select: { id: true, email: true, name: true, locale: true },
    orderBy: { email: "asc" },
  });
}

/** Whether one user still wants this kind of notice. */
export async function wantsNotice(tx: Tx, userId: string, kind: NoticeKind): Promise<Recipient | null> {
  return tx.user.findFirst({
    where: { id: userId, noticeOptOuts: { none: { kind } } },
    select: { id: true, email: true, name: true, locale: true },
  });
}
