import "server-only";
import type { Prisma } from "../db/generated/client";
import type { PartnerRoleKind } from "../db/generated/enums";

// Who may give which role (issue 16): a partner's Global Administrators give any role; the Regional
// Service Center invites a partner's Global Administrators. An invitation carries its inviter's
// right, so it is checked when it is sent and again when it is accepted — both under the partner
// row lock that role changes take, so a demotion and an acceptance cannot interleave
// (docs/decisions/055-invitations-carry-the-inviters-right.md).

type Tx = Prisma.TransactionClient;

export type LockedPartner = { id: string; name: string; isDemo: boolean };

/** Locks the partner row for the rest of the transaction: role changes and invitations queue here. */
export async function lockPartner(tx: Tx, partnerId: string): Promise<LockedPartner | null> {
  const [partner] = await tx.$queryRaw<LockedPartner[]>`
    SELECT id, name, "isDemo" FROM "Partner" WHERE id = ${partnerId} FOR UPDATE`;
  return partner ?? null;
}

/** Whether this user may (still) give `role` (null = member) in this partner. Read under lockPartner. */
export async function mayGiveRole(
  tx: Tx,
  userId: string | null,
  partnerId: string,
  role: PartnerRoleKind | null,
): Promise<boolean> {
  if (!userId) return false; // the inviter was removed
  const user = await tx.user.findUnique({
    where: { id: userId },
    select: {
      kind: true,
      partnerId: true,
      roles: { where: { partnerId, role: "GLOBAL_ADMINISTRATOR" }, select: { id: true } },
    },
  });
  if (!user) return false;
  if (user.kind === "SERVICE_AGENT") return role === "GLOBAL_ADMINISTRATOR";
  return user.partnerId === partnerId && user.roles.length > 0;
}
