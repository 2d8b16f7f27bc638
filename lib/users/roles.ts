import "server-only";
import { recordAudit } from "../audit/record";
import type { Actor } from "../auth/actor";
import { getDb } from "../db/client";
import type { Prisma } from "../db/generated/client";
import { TX_OPTIONS } from "../references/tx";
import { isPlausibleId } from "../references/visible";
import { ok, type Refusal, type Result, refuse } from "../result";
import { lockPartner, mayGiveRole } from "./inviter-right";
import { roleLabelOf } from "./role-label";
import { fieldErrorsOf, type RoleChoice, roleInputSchema } from "./schemas";
import { ADMIN_MESSAGES } from "./wording";

type Tx = Prisma.TransactionClient;

/**
 * Opens a partner's role transaction: locks the partner row, so that role changes of one partner
 * run one after another (two Global Administrators demoting each other at once: exactly one
 * wins), then re-reads the actor's own role — the session's copy may be stale by then.
 */
async function lockPartnerAsGlobalAdministrator(tx: Tx, actor: Actor): Promise<Refusal | null> {
  if (actor.kind !== "partner-user" || !actor.isGlobalAdministrator)
    return refuse("FORBIDDEN", ADMIN_MESSAGES.forbiddenUsers);
  await lockPartner(tx, actor.partnerId);
  const stillGlobal = await mayGiveRole(tx, actor.userId, actor.partnerId, "GLOBAL_ADMINISTRATOR");
  return stillGlobal ? null : refuse("FORBIDDEN", ADMIN_MESSAGES.forbiddenUsers);
}

async function targetUser(tx: Tx, partnerId: string, userId: string) {
  if (!isPlausibleId(userId)) return null;
  return tx.user.findFirst({
    where: { id: userId, partnerId, kind: "PARTNER_USER" },
    include: { roles: { where: { partnerId }, include: { location: { select: { name: true } } } } },
  });
}

type Target = NonNullable<Awaited<ReturnType<typeof targetUser>>>;

function currentRole(user: Target): { role: RoleChoice; label: string } {
  if (user.roles.some((r) => r.role === "GLOBAL_ADMINISTRATOR"))
    return { role: "GLOBAL_ADMINISTRATOR", label: roleLabelOf("GLOBAL_ADMINISTRATOR", []) };
  const names = user.roles.flatMap((r) => (r.location ? [r.location.name] : [])).sort();
  if (names.length > 0)
    return { role: "LOCAL_ADMINISTRATOR", label: roleLabelOf("LOCAL_ADMINISTRATOR", names) };
  return { role: "MEMBER", label: roleLabelOf("MEMBER", []) };
}

/** True when removing this user's Global Administrator role would leave the partner without one. */
async function wouldLeaveNoGlobalAdministrator(tx: Tx, partnerId: string, user: Target): Promise<boolean> {
  if (currentRole(user).role !== "GLOBAL_ADMINISTRATOR") return false;
  const others = await tx.partnerRole.count({
    where: { partnerId, role: "GLOBAL_ADMINISTRATOR", userId: { not: user.id } },
  });
  return others === 0;
}

/** A Global Administrator changes anyone's role (their own too), keeping at least one Global Administrator. */
export async function changeRole(options: {
  actor: Actor;
  userId: string;
  input: unknown;
  now: Date;
}): Promise<Result<{ role: string }>> {
  const { actor, userId, now } = options;
  if (actor.kind !== "partner-user" || !actor.isGlobalAdministrator)
    return refuse("FORBIDDEN", ADMIN_MESSAGES.forbiddenUsers);
  const parsed = roleInputSchema.safeParse(options.input);
  if (!parsed.success)
    return refuse("INVALID_INPUT", ADMIN_MESSAGES.invalidInput, fieldErrorsOf(parsed.error));
  const next = parsed.data;
  const partnerId = actor.partnerId;
  const db = await getDb();
  return db.$transaction(async (tx): Promise<Result<{ role: string }>> => {
    const denied = await lockPartnerAsGlobalAdministrator(tx, actor);
    if (denied) return denied;
    const user = await targetUser(tx, partnerId, userId);
    if (!user) return refuse("NOT_FOUND", ADMIN_MESSAGES.userNotFound);
    const locations = await tx.location.findMany({
      where: { partnerId, id: { in: next.locationIds } },
      select: { id: true, name: true },
    });
    if (locations.length !== next.locationIds.length)
      return refuse("INVALID_INPUT", ADMIN_MESSAGES.invalidInput, {
        locationIds: ["Choose locations of this partner."],
      });
    if (next.role !== "GLOBAL_ADMINISTRATOR" && (await wouldLeaveNoGlobalAdministrator(tx, partnerId, user)))
      return refuse("CONFLICT", ADMIN_MESSAGES.lastGlobalAdministrator);
    const before = currentRole(user).label;
    await tx.partnerRole.deleteMany({ where: { userId: user.id, partnerId } });
    if (next.role === "GLOBAL_ADMINISTRATOR")
      await tx.partnerRole.create({ data: { userId: user.id, partnerId, role: "GLOBAL_ADMINISTRATOR" } });
    if (next.role === "LOCAL_ADMINISTRATOR")
      await tx.partnerRole.createMany({
        data: locations.map((l) => ({
          userId: user.id,
          partnerId,
          role: "LOCAL_ADMINISTRATOR" as const,
          locationId: l.id,
        })),
      });
    const after = roleLabelOf(next.role, locations.map((l) => l.name).sort());
    await recordAudit(tx, {
      partnerId,
      kind: "USER",
      action: "user.role_changed",
      subjectId: user.id,
      subjectLabel: `${user.name} <${user.email}>`,
      actor,
      at: now,
      before: { role: before },
      after: { role: after },
    });
    return ok({ role: after });
  }, TX_OPTIONS);
}

/**
 * A Global Administrator removes a person from the partner. The account goes (references and
 * events keep the name they recorded), so the person's session fails on its next request.
 */
export async function removeUser(options: {
  actor: Actor;
  userId: string;
  now: Date;
}): Promise<Result<{ email: string }>> {
  const { actor, userId, now } = options;
  if (actor.kind !== "partner-user" || !actor.isGlobalAdministrator)
    return refuse("FORBIDDEN", ADMIN_MESSAGES.forbiddenUsers);
  const partnerId = actor.partnerId;
  const db = await getDb();
  return db.$transaction(async (tx): Promise<Result<{ email: string }>> => {
    const denied = await lockPartnerAsGlobalAdministrator(tx, actor);
    if (denied) return denied;
    const user = await targetUser(tx, partnerId, userId);
    if (!user) return refuse("NOT_FOUND", ADMIN_MESSAGES.userNotFound);
    if (await wouldLeaveNoGlobalAdministrator(tx, partnerId, user))
      return refuse("CONFLICT", ADMIN_MESSAGES.lastGlobalAdministrator);
    await recordAudit(tx, {
      partnerId,
      kind: "USER",
      action: "user.removed",
      subjectId: user.id,
      subjectLabel: `${user.name} <${user.email}>`,
      actor,
      at: now,
      before: { email: user.email, role: currentRole(user).label },
      after: null,
    });
    await tx.user.delete({ where: { id: user.id } });
    return ok({ email: user.email });
  }, TX_OPTIONS);
}
