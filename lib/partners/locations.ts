import "server-only";
import { recordAudit } from "../audit/record";
import type { Actor } from "../auth/actor";
import { getDb } from "../db/client";
import type { Prisma } from "../db/generated/client";
import { TX_OPTIONS } from "../references/tx";
import { isPlausibleId } from "../references/visible";
import { ok, type Result, refuse } from "../result";
import { isUniqueViolation } from "../users/db-errors";
import { canAddLocation, canAdministerPartner } from "../users/permissions";
import { fieldErrorsOf } from "../users/schemas";
import { ADMIN_MESSAGES } from "../users/wording";
import { type LocationInput, locationSchema } from "./schemas";

type Tx = Prisma.TransactionClient;

const duplicate = () =>
  refuse("INVALID_INPUT", ADMIN_MESSAGES.invalidInput, { name: [ADMIN_MESSAGES.duplicateLocation] });

async function nameTaken(tx: Tx, partnerId: string, name: string, exceptId?: string): Promise<boolean> {
  const clash = await tx.location.findFirst({
    where: {
      partnerId,
      name: { equals: name, mode: "insensitive" },
      ...(exceptId ? { id: { not: exceptId } } : {}),
    },
    select: { id: true },
  });
  return clash !== null;
}

function parse(input: unknown): Result<LocationInput> {
  const parsed = locationSchema.safeParse(input);
  return parsed.success
    ? ok(parsed.data)
    : refuse("INVALID_INPUT", ADMIN_MESSAGES.invalidInput, fieldErrorsOf(parsed.error));
}

/** The partner's Global Administrators, or an agent, add a location. */
export async function addLocation(options: {
  actor: Actor;
  partnerId: string;
  input: unknown;
  now: Date;
}): Promise<Result<{ id: string; name: string }>> {
  const { actor, partnerId, now } = options;
  if (!canAddLocation(actor, partnerId)) return refuse("FORBIDDEN", ADMIN_MESSAGES.forbiddenLocations);
  const parsed = parse(options.input);
  if (!parsed.ok) return parsed;
  const db = await getDb();
  try {
    return await db.$transaction(async (tx): Promise<Result<{ id: string; name: string }>> => {
      const partner = await tx.partner.findUnique({ where: { id: partnerId }, select: { id: true } });
      if (!partner) return refuse("NOT_FOUND", ADMIN_MESSAGES.partnerNotFound);
      if (await nameTaken(tx, partnerId, parsed.data.name)) return duplicate();
      const location = await tx.location.create({ data: { partnerId, ...parsed.data } });
      await recordAudit(tx, {
        partnerId,
        kind: "LOCATION",
        action: "location.added",
        subjectId: location.id,
        subjectLabel: location.name,
        actor,
        at: now,
        before: null,
        after: parsed.data,
      });
      return ok({ id: location.id, name: location.name });
    }, TX_OPTIONS);
  } catch (error) {
    if (isUniqueViolation(error)) return duplicate();
    throw error;
  }
}

async function ownLocation(tx: Tx, actor: Actor, locationId: string) {
  if (actor.kind !== "partner-user" || !isPlausibleId(locationId)) return null;
  return tx.location.findFirst({ where: { id: locationId, partnerId: actor.partnerId } });
}

/** A Global Administrator renames a location (or corrects its country); its references follow. */
export async function renameLocation(options: {
  actor: Actor;
  locationId: string;
  input: unknown;
  now: Date;
}): Promise<Result<{ name: string }>> {
  const { actor, locationId, now } = options;
  if (actor.kind !== "partner-user" || !canAdministerPartner(actor, actor.partnerId))
    return refuse("FORBIDDEN", ADMIN_MESSAGES.forbiddenLocations);
  const parsed = parse(options.input);
  if (!parsed.ok) return parsed;
  const db = await getDb();
  try {
    return await db.$transaction(async (tx): Promise<Result<{ name: string }>> => {
      const location = await ownLocation(tx, actor, locationId);
      if (!location) return refuse("NOT_FOUND", ADMIN_MESSAGES.locationNotFound);
      if (await nameTaken(tx, actor.partnerId, parsed.data.name, location.id)) return duplicate();
      await tx.location.update({ where: { id: location.id }, data: parsed.data });
      await recordAudit(tx, {
        partnerId: actor.partnerId,
        kind: "LOCATION",
        action: "location.renamed",
        subjectId: location.id,
        subjectLabel: parsed.data.name,
        actor,
        at: now,
        before: { name: location.name, country: location.country },
        after: parsed.data,
      });
      return ok({ name: parsed.data.name });
    }, TX_OPTIONS);
  } catch (error) {
    if (isUniqueViolation(error)) return duplicate();
    throw error;
  }
}

/** A Global Administrator archives a location: no new references; existing ones and their history stay. */
export async function archiveLocation(options: {
  actor: Actor;
  locationId: string;
  now: Date;
}): Promise<Result<{ name: string }>> {
  const { actor, locationId, now } = options;
  if (actor.kind !== "partner-user" || !canAdministerPartner(actor, actor.partnerId))
    return refuse("FORBIDDEN", ADMIN_MESSAGES.forbiddenLocations);
  const db = await getDb();
  return db.$transaction(async (tx): Promise<Result<{ name: string }>> => {
    const location = await ownLocation(tx, actor, locationId);
    if (!location) return refuse("NOT_FOUND", ADMIN_MESSAGES.locationNotFound);
    // Conditional write: archiving twice at once records one event.
    const changed = await tx.location.updateMany({
      where: { id: location.id, archivedAt: null },
      data: { archivedAt: now },
    });
    if (changed.count === 0) return refuse("CONFLICT", ADMIN_MESSAGES.locationAlreadyArchived);
    await recordAudit(tx, {
      partnerId: actor.partnerId,
      kind: "LOCATION",
      action: "location.archived",
      subjectId: location.id,
      subjectLabel: location.name,
      actor,
      at: now,
      before: { archived: false },
      after: { archived: true },
    });
    return ok({ name: location.name });
  }, TX_OPTIONS);
}
