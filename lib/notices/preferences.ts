import "server-only";
import { z } from "zod";
import { recordAudit } from "../audit/record";
import type { Actor } from "../auth/actor";
import { getDb } from "../db/client";
import { NoticeKind } from "../db/generated/enums";
import { TX_OPTIONS } from "../references/tx";
import { ok, type Result, refuse } from "../result";

// Each person's choice of notices: stored as what they turned off, so a new kind starts on.

const KINDS = Object.values(NoticeKind) as [NoticeKind, ...NoticeKind[]];

export const noticePreferencesSchema = z.object({
  // Checkboxes: absent when none is ticked, a string for one, an array for several.
  enabled: z.preprocess(
    (v) => (v === undefined || v === null ? [] : Array.isArray(v) ? v : [v]),
    z.array(z.enum(KINDS, { error: "Choose notices from the list." })).max(KINDS.length),
  ),
});

/** The profile form: one checkbox per kind, sent as "on" when ticked and absent when not. */
export const noticePreferencesFormSchema = z
  .object(
    Object.fromEntries(KINDS.map((k) => [k, z.literal("on").optional()])) as Record<
      NoticeKind,
      z.ZodOptional<z.ZodLiteral<"on">>
    >,
  )
  .transform((form) => ({ enabled: KINDS.filter((k) => form[k] === "on") }));

export async function noticePreferences(actor: Actor): Promise<Record<NoticeKind, boolean>> {
  const db = await getDb();
  const optOuts = await db.noticeOptOut.findMany({ where: { userId: actor.userId }, select: { kind: true } });
  const off = new Set(optOuts.map((o) => o.kind));
  return Object.fromEntries(KINDS.map((k) => [k, !off.has(k)])) as Record<NoticeKind, boolean>;
}

/** Saves which notices the signed-in person wants; anyone may change only their own. Audited. */
export async function setNoticePreferences(options: {
  actor: Actor;
  input: unknown;
  now: Date;
}): Promise<Result<{ enabledCount: number }>> {
  const { actor, now } = options;
  const parsed = noticePreferencesSchema.safeParse(options.input);
  if (!parsed.success) {
    return refuse("INVALID_INPUT", "Choose notices from the list.");
  }
  const enabled = new Set(parsed.data.enabled);
  const off = KINDS.filter((k) => !enabled.has(k));
  const db = await getDb();
  const userId = actor.userId;
  await db.$transaction(async (tx) => {
    const before = await tx.noticeOptOut.findMany({ where: { userId }, select: { kind: true } });
    await tx.noticeOptOut.deleteMany({ where: { userId } });
    await tx.noticeOptOut.createMany({ data: off.map((kind) => ({ userId, kind })) });
    await recordAudit(tx, {
      partnerId: actor.kind === "partner-user" ? actor.partnerId : null,
      kind: "USER",
      action: "user.notices_changed",
      subjectId: userId,
      subjectLabel: `${actor.name} <${actor.email}>`,
      actor,
      at: now,
      before: { off: before.map((o) => o.kind).sort() },
      after: { off },
    });
  }, TX_OPTIONS);
  return ok({ enabledCount: enabled.size });
}
