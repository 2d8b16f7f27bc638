import type { Actor } from "../lib/auth/actor";
import { loadActor } from "../lib/auth/load-actor";
import { eraseExpiredContacts } from "../lib/customers/retention";
import { suppress } from "../lib/customers/suppression";
import type { PrismaClient } from "../lib/db/generated/client";
import { assignReference } from "../lib/references/assign";
import { autoApproveDue } from "../lib/references/auto-approve";
import { cancelReference } from "../lib/references/cancel";
import { createReference } from "../lib/references/create";
import { resendReference } from "../lib/references/resend";
import { respondByToken } from "../lib/references/respond";
import { AUTO_APPROVE_AFTER_MS } from "../lib/references/timing";
import { newToken } from "../lib/references/tokens";
import { markRequestUndelivered } from "../lib/references/undelivered";
import { DEMO_USERS, seedOrganisations } from "./demo-organisations";
import { DEMO_REFERENCES, type DemoReference } from "./demo-references";

const DAY = 24 * 60 * 60 * 1000;

/**
 * The demo data (README, "Demo data"). References are created through the real domain functions
 * with clocks in the past, so their history, tokens and emails are exactly what the product makes.
 * The domain functions use the app's database handle (getDb()); callers pass that same client.
 */
export async function seedDemoData(prisma: PrismaClient, now: Date): Promise<void> {
  await seedOrganisations(prisma);
  const actors = await loadActors(prisma);
  const ago = (days: number) => new Date(now.getTime() - days * DAY);

  for (const ref of DEMO_REFERENCES) await createDemoReference(prisma, ref, actors, ago);

  // Mail of past sends was delivered long ago; only the last few days' mail waits in the outbox,
  // so the dev mailbox has something to show.
  await prisma.$executeRaw`
    UPDATE "OutboxEmail" SET status = 'SENT', "sentAt" = "createdAt", attempts = 1
    WHERE status = 'PENDING' AND "createdAt" < ${ago(3)}`;

  // R18: one customer chose "Do not ask me again" (only the keyed hash is stored).
  await prisma.$transaction((tx) => suppress(tx, DEMO_DO_NOT_ASK, ago(20)));

  // R21: what the scheduled run would have erased by now (the request rejected 210 days ago).
  await eraseExpiredContacts({ now, deadline: performance.now() + 60_000 });
}

/** The demo customer who asked not to be asked again (README, "Demo data"). */
export const DEMO_DO_NOT_ASK = "sophie.wagner@margiestravel.example";

type Actors = Record<keyof typeof DEMO_USERS, Actor>;

async function loadActors(prisma: PrismaClient): Promise<Actors> {
  const entries = await Promise.all(
    Object.entries(DEMO_USERS).map(async ([key, u]) => {
      const user = await prisma.user.findUniqueOrThrow({ where: { email: u.email } });
      return [key, await loadActor(user.id)] as const;
    }),
  );
  return Object.fromEntries(entries) as Actors;
}

async function createDemoReference(
  prisma: PrismaClient,
  ref: DemoReference,
  actors: Actors,
  ago: (d: number) => Date,
) {
  const location = await prisma.location.findFirstOrThrow({ where: { name: ref.location } });
  const actor = actors[ref.by];
  const firstSent = ago(ref.sentDaysAgo);
  // The demo answers as the customer, so it keeps the raw token that the product only emails.
  let token = "";
  const issueToken = () => {
    const issued = newToken();
    token = issued.token;
    return issued;
  };
  const created = must(
    await createReference({
      actor,
      now: firstSent,
      issueToken,
      input: {
        ...ref.input,
        locationId: location.id,
        completedOn: ago(ref.sentDaysAgo + ref.completedDaysBeforeSend)
          .toISOString()
          .slice(0, 10),
      },
    }),
  );
  for (const days of ref.resentDaysAgo ?? [])
    must(await resendReference({ actor, referenceId: created.id, now: ago(days) }));

  const outcome = ref.outcome;
  if (outcome?.kind === "approve" || outcome?.kind === "reject") {
    must(await respondByToken({ token, decision: outcome.kind, now: ago(outcome.daysAgo) }));
  } else if (outcome?.kind === "cancel") {
    must(
      await cancelReference({
        actor: actors.agent,
        referenceId: created.id,
        programAdministrator: outcome.programAdministrator,
        note: outcome.note,
        now: ago(outcome.daysAgo),
      }),
    );
  } else if (outcome?.kind === "auto") {
    // The scheduled job's run shortly after the six weeks were up.
    await autoApproveDue({ now: new Date(firstSent.getTime() + AUTO_APPROVE_AFTER_MS + 2 * 60 * 60 * 1000) });
  }
  if (ref.bounce)
    await bounce(prisma, created.id, ref.bounce, new Date(firstSent.getTime() + 2 * 60 * 60 * 1000));
  if (ref.assign) {
    const competency = await prisma.competency.findUniqueOrThrow({ where: { name: ref.assign.competency } });
    must(
      await assignReference({
        actor: actors[ref.assign.by],
        referenceId: created.id,
        competencyId: competency.id,
        now: ago(ref.assign.daysAgo),
      }),
    );
  }
}

/** What delivery does when the customer's server refuses the request email for the last time (R15, R17). */
async function bounce(prisma: PrismaClient, referenceId: string, answer: string, at: Date) {
  const { requestEmailId } = await prisma.referenceRequest.findUniqueOrThrow({ where: { id: referenceId } });
  if (!requestEmailId) throw new Error("Demo data: the bounced request has no request email");
  await prisma.$transaction(async (tx) => {
    await tx.outboxEmail.update({
      where: { id: requestEmailId },
      data: { status: "FAILED", attempts: 5, rejections: 5, lastError: answer, html: "", text: "" },
    });
    await markRequestUndelivered(tx, requestEmailId, answer, at);
  });
}

function must<T>(result: { ok: true; data: T } | { ok: false; message: string }): T {
  if (!result.ok) throw new Error(`Demo data could not be created: ${result.message}`);
  return result.data;
}
