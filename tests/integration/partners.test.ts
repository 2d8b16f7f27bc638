import { beforeAll, expect, it } from "vitest";
import { creatableLocations, findPartners, partnerAdministrators } from "@/lib/partners/queries";
import { insertReference, seedWorld, type World } from "../support/factories";

let world: World;

beforeAll(async () => {
  world = await seedWorld();
  await insertReference(world, { status: "AWAITING_APPROVAL" });
  await insertReference(world, { status: "AWAITING_APPROVAL", location: "Munich" });
  await insertReference(world, { status: "CUSTOMER_APPROVED" });
  await insertReference(world, { status: "MICROSOFT_AUTO_APPROVED", competency: "Cloud Platform" });
  await insertReference(world, { status: "CUSTOMER_APPROVED", location: "Lisbon" });
});

it.each([
  ["global", ["Munich", "Seattle", "Sydney"]],
  ["seattle", ["Seattle"]],
  ["munich", ["Munich"]],
  ["member", []],
  ["fabrikam", ["Lisbon"]],
  ["agent", []],
] as const)("R5: %s may create requests for %j", async (key, names) => {
  expect((await creatableLocations(world.actors[key])).map((l) => l.name)).toEqual(names);
});

it("R12: agents find partners by name with the work waiting for them", async () => {
  expect(await findPartners({ actor: world.actors.agent, q: "" })).toEqual([
    { id: world.contoso.id, name: "Contoso", awaitingCount: 2, unassignedApprovedCount: 1 },
    { id: world.fabrikam.id, name: "Fabrikam", awaitingCount: 0, unassignedApprovedCount: 1 },
  ]);
  expect((await findPartners({ actor: world.actors.agent, q: "fabri" })).map((p) => p.name)).toEqual([
    "Fabrikam",
  ]);
  expect(await findPartners({ actor: world.actors.agent, q: "%" })).toEqual([]);
  // A partner user only ever finds their own partner.
  expect((await findPartners({ actor: world.actors.fabrikam, q: "" })).map((p) => p.name)).toEqual([
    "Fabrikam",
  ]);
  expect(await findPartners({ actor: world.actors.fabrikam, q: "contoso" })).toEqual([]);
});

it("R12: the program administrators an agent may name are the partner's Global Administrators", async () => {
  expect(await partnerAdministrators(world.contoso.id)).toEqual(["Dana Whitfield"]);
  expect(await partnerAdministrators(world.fabrikam.id)).toEqual(["Farah Haddad"]);
});
