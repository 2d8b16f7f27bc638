import { getDb } from "@/lib/db/client";

// Helpers for the administration tests (issue 9).

/** The raw token of the newest invitation email to this address, as the invitee would click it. */
export async function invitationTokenFor(email: string): Promise<string> {
  const db = await getDb();
  const mail = await db.outboxEmail.findFirst({ where: { to: email }, orderBy: { createdAt: "desc" } });
  const token = mail?.text.match(/\/invitation\/([A-Za-z0-9_-]{43})/)?.[1];
  if (!token) throw new Error(`no invitation email to ${email}`);
  return token;
}

/** Row counts of everything an administrative change may write, to prove "nothing written". */
export async function adminCounts() {
  const db = await getDb();
  const [partners, locations, users, roles, invitations, audit, outbox, competencies, projectTypes] =
    await Promise.all([
      db.partner.count(),
      db.location.count(),
      db.user.count(),
      db.partnerRole.count(),
      db.invitation.count(),
      db.auditEvent.count(),
      db.outboxEmail.count(),
      db.competency.count(),
      db.competencyProjectType.count(),
    ]);
  return { partners, locations, users, roles, invitations, audit, outbox, competencies, projectTypes };
}

export const inviteInput = (over: Record<string, unknown> = {}) => ({
  email: "new.person@contoso.example",
  name: "New Person",
  role: "MEMBER",
  locationIds: [],
  ...over,
});
