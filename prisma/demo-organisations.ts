import { COMPETENCY_CATALOG } from "../lib/competencies/catalog";
import type { PrismaClient } from "../lib/db/generated/client";

// The demo organisations from the README: who can sign in, with which role.
export const DEMO_USERS = {
  contosoGlobal: {
    email: "admin@contoso.example",
    name: "Dana Whitfield",
    role: "Global Administrator, Contoso",
  },
  seattleAdmin: {
    email: "seattle.admin@contoso.example",
    name: "Sam Ortega",
    role: "Local Administrator, Seattle",
  },
  munichAdmin: {
    email: "munich.admin@contoso.example",
    name: "Mia Baumann",
    role: "Local Administrator, Munich",
  },
  contosoMember: { email: "member@contoso.example", name: "Chris Lee", role: "Member, Contoso" },
  fabrikamGlobal: {
    email: "admin@fabrikam.example",
    name: "Farah Haddad",
    role: "Global Administrator, Fabrikam",
  },
  agent: { email: "agent@servicecenter.example", name: "Alex Morgan", role: "Regional Service Center agent" },
} as const;

export async function seedOrganisations(prisma: PrismaClient) {
  const contoso = await prisma.partner.create({
    data: {
      name: "Contoso",
      programId: "4711001",
      isDemo: true,
      emailDomains: ["contoso.example"], // R16: its own people are not its customers
      locations: {
        create: [
          { name: "Seattle", country: "United States" },
          { name: "Munich", country: "Germany" },
          { name: "Sydney", country: "Australia" },
        ],
      },
    },
    include: { locations: true },
  });
  const fabrikam = await prisma.partner.create({
    data: {
      name: "Fabrikam",
      programId: "4711002",
      isDemo: true,
      emailDomains: ["fabrikam.example"],
      locations: { create: [{ name: "Lisbon", country: "Portugal" }] },
    },
    include: { locations: true },
  });
  const loc = (name: string) => contoso.locations.find((l) => l.name === name)!.id;
  const u = DEMO_USERS;

  await prisma.user.create({
    data: {
      ...pick(u.contosoGlobal),
      partnerId: contoso.id,
      roles: { create: { partnerId: contoso.id, role: "GLOBAL_ADMINISTRATOR" } },
    },
  });
  await prisma.user.create({
    data: {
      ...pick(u.seattleAdmin),
      partnerId: contoso.id,
      roles: { create: { partnerId: contoso.id, role: "LOCAL_ADMINISTRATOR", locationId: loc("Seattle") } },
    },
  });
  await prisma.user.create({
    data: {
      ...pick(u.munichAdmin),
      partnerId: contoso.id,
      roles: { create: { partnerId: contoso.id, role: "LOCAL_ADMINISTRATOR", locationId: loc("Munich") } },
    },
  });
  await prisma.user.create({ data: { ...pick(u.contosoMember), partnerId: contoso.id } });
  await prisma.user.create({
    data: {
      ...pick(u.fabrikamGlobal),
      partnerId: fabrikam.id,
      roles: { create: { partnerId: fabrikam.id, role: "GLOBAL_ADMINISTRATOR" } },
    },
  });
  await prisma.user.create({ data: { ...pick(u.agent), kind: "SERVICE_AGENT" } });

  for (const c of COMPETENCY_CATALOG) {
    await prisma.competency.create({
      data: {
        name: c.name,
        silverRequired: c.silverRequired,
        goldRequired: c.goldRequired,
        projectTypes: { create: c.projectTypes.map((projectType) => ({ projectType })) },
      },
    });
  }
  return { contoso, fabrikam };
}

// isDemo: demo mode's one-click sign-in and mailbox accept these users only.
function pick(user: { email: string; name: string }) {
  return { email: user.email, name: user.name, isDemo: true };
}
