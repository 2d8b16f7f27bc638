import { randomUUID } from "node:crypto";
import type { Actor, AgentActor, PartnerUserActor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db/client";
import type { ReferenceStatus } from "@/lib/db/generated/enums";
import { DEMO_USERS, seedOrganisations } from "@/prisma/demo-organisations";

// Test data built on the demo organisations, so tests and the demo speak about the same people.

export const DAY = 24 * 60 * 60 * 1000;

export type World = Awaited<ReturnType<typeof seedWorld>>;

export async function seedWorld() {
  const db = await getDb();
  const { contoso, fabrikam } = await seedOrganisations(db);
  const actorFor = async (email: string): Promise<Actor> => {
    const { loadActor } = await import("@/lib/auth/load-actor");
    const user = await db.user.findUniqueOrThrow({ where: { email } });
    return (await loadActor(user.id))!;
  };
  const location = (name: string) => {
    const l = [...contoso.locations, ...fabrikam.locations].find((x) => x.name === name);
    if (!l) throw new Error(`no location ${name}`);
    return l;
  };
  const competencies = await db.competency.findMany({ include: { projectTypes: true } });
  const competency = (name: string) => {
    const c = competencies.find((x) => x.name === name);
    if (!c) throw new Error(`no competency ${name}`);
    return c;
  };
  return {
    contoso,
    fabrikam,
    location,
    competency,
    actors: {
      global: (await actorFor(DEMO_USERS.contosoGlobal.email)) as PartnerUserActor,
      seattle: (await actorFor(DEMO_USERS.seattleAdmin.email)) as PartnerUserActor,
      munich: (await actorFor(DEMO_USERS.munichAdmin.email)) as PartnerUserActor,
      member: (await actorFor(DEMO_USERS.contosoMember.email)) as PartnerUserActor,
      fabrikam: (await actorFor(DEMO_USERS.fabrikamGlobal.email)) as PartnerUserActor,
      agent: (await actorFor(DEMO_USERS.agent.email)) as AgentActor,
    },
  };
}

/** Inserts a reference directly in any state, for tests that start mid-lifecycle. */
export async function insertReference(
  world: World,
  options: {
    location?: string;
    status?: ReferenceStatus;
    firstSentAt?: Date;
    lastSentAt?: Date;
    decidedAt?: Date;
    projectType?: string;
    competency?: string;
    customerCompany?: string;
  } = {},
) {
  const db = await getDb();
  const location = world.location(options.location ?? "Seattle");
  const firstSentAt = options.firstSentAt ?? new Date("2026-11-01T09:00:00Z");
  return db.referenceRequest.create({
    data: {
      partnerId: location.partnerId,
      locationId: location.id,
      status: options.status ?? "AWAITING_APPROVAL",
      firstSentAt,
      // R19 counts an approval from its decision: one day after the first send, unless said.
      decidedAt:
        options.decidedAt ??
        (["CUSTOMER_APPROVED", "MICROSOFT_AUTO_APPROVED", "CUSTOMER_REJECTED"].includes(options.status ?? "")
          ? new Date(firstSentAt.getTime() + DAY)
          : null),
      lastSentAt: options.lastSentAt ?? firstSentAt,
      competencyId: options.competency ? world.competency(options.competency).id : null,
      customerCompany: options.customerCompany ?? `Customer ${randomUUID().slice(0, 8)}`,
      contactName: "Jordan Customer",
      contactEmail: "jordan@customer.example",
      projectTitle: "Cloud migration of the order system",
      projectDescription: "Moved the order system to the cloud.",
      projectType: options.projectType ?? "CLOUD_MIGRATION",
      completedOn: new Date("2026-09-30"),
    },
  });
}

/** insertReference, then any other columns (list tests need exact names, dates and titles). */
export async function insertReferenceWith(
  world: World,
  options: Parameters<typeof insertReference>[1],
  columns: {
    contactName?: string;
    contactEmail?: string;
    projectTitle?: string;
    createdAt?: Date;
    sendCount?: number;
  },
) {
  const db = await getDb();
  const created = await insertReference(world, options);
  return db.referenceRequest.update({ where: { id: created.id }, data: columns });
}

/** Everything an assignment or a service-center case could write, to prove a refusal wrote nothing. */
export async function writeSnapshot() {
  const db = await getDb();
  const [references, events, cases] = await Promise.all([
    db.referenceRequest.findMany({
      select: { id: true, status: true, competencyId: true, updatedAt: true },
      orderBy: { id: "asc" },
    }),
    db.referenceEvent.count(),
    db.serviceCase.findMany({ select: { id: true, status: true, resolution: true }, orderBy: { id: "asc" } }),
  ]);
  return { references, events, cases };
}
