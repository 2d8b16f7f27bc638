import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { revokeApiKey } from "@/lib/api/keys";
import { api } from "../support/api-calls";
import { DAY, insertReference, seedWorld, type World } from "../support/factories";
import { rowCounts, validInput } from "../support/lifecycle";

// Issue 19's authorization matrix over HTTP: every endpoint × every kind of caller, with the
// status each must get — and, where refused, proof that nothing was written.

type Caller = "read" | "readWrite" | "munich" | "revoked" | "otherPartner" | "none";
const CALLERS: Caller[] = ["read", "readWrite", "munich", "revoked", "otherPartner", "none"];

let world: World;
const tokens = {} as Record<Caller, string | undefined>;

beforeAll(async () => {
  world = await seedWorld();
  const { newKey } = await import("../support/api-calls");
  tokens.read = (await newKey(world.actors.global, "read", { scope: "READ" })).key;
  tokens.readWrite = (await newKey(world.actors.global, "read-write")).key;
  // Local Administrator of Munich only: every Seattle request below is outside its role.
  tokens.munich = (
    await newKey(world.actors.global, "munich", { locationIds: [world.location("Munich").id] })
  ).key;
  const revoked = await newKey(world.actors.global, "revoked");
  await revokeApiKey({ actor: world.actors.global, input: { keyId: revoked.id }, now: new Date() });
  tokens.revoked = revoked.key;
  tokens.otherPartner = (await newKey(world.actors.fabrikam, "fabrikam")).key;
  tokens.none = undefined;
});

const seattle = () => insertReference(world, { location: "Seattle" });
const dueSeattle = () =>
  insertReference(world, { location: "Seattle", firstSentAt: new Date(Date.now() - 8 * DAY) });
const approvedSeattle = () => insertReference(world, { location: "Seattle", status: "CUSTOMER_APPROVED" });

type Endpoint = {
  name: string;
  writes: boolean;
  /** The reference the call is about, written before the "nothing changed" snapshot. */
  target?: () => Promise<{ id: string }>;
  call: (token: string | undefined, id: string) => Promise<Response>;
  expect: Record<Caller, number>;
};

const ENDPOINTS: Endpoint[] = [
  {
    name: "GET /references",
    writes: false,
    call: (t) => api.list(t),
    expect: { read: 200, readWrite: 200, munich: 200, revoked: 401, otherPartner: 200, none: 401 },
  },
  {
    name: "GET /references/{id}",
    writes: false,
    target: seattle,
    call: (t, id) => api.one(id, t),
    expect: { read: 200, readWrite: 200, munich: 200, revoked: 401, otherPartner: 404, none: 401 },
  },
  {
    name: "GET /competencies",
    writes: false,
    call: (t) => api.competencies(t),
    expect: { read: 200, readWrite: 200, munich: 200, revoked: 401, otherPartner: 200, none: 401 },
  },
  {
    name: "POST /references",
    writes: true,
    call: (t) => api.create(t, validInput(world), randomUUID()),
    expect: { read: 403, readWrite: 201, munich: 403, revoked: 401, otherPartner: 403, none: 401 },
  },
  {
    name: "POST /references/{id}/resend",
    writes: true,
    target: dueSeattle,
    call: (t, id) => api.resend(id, t),
    expect: { read: 403, readWrite: 200, munich: 403, revoked: 401, otherPartner: 404, none: 401 },
  },
  {
    name: "POST /references/{id}/assign",
    writes: true,
    target: approvedSeattle,
    call: (t, id) => api.assign(id, t, { competencyId: world.competency("Cloud Platform").id }),
    expect: { read: 403, readWrite: 200, munich: 403, revoked: 401, otherPartner: 404, none: 401 },
  },
];

describe("Issue 19: the API's authorization matrix", () => {
  const cases = ENDPOINTS.flatMap((e) => CALLERS.map((c) => [e.name, c, e.expect[c], e] as const));
  it.each(cases)("%s with a %s key → %i", async (_name, caller, status, endpoint) => {
    const target = endpoint.target ? (await endpoint.target()).id : "";
    const before = await rowCounts();
    const response = await endpoint.call(tokens[caller], target);
    expect(response.status).toBe(status);
    if (status >= 400 && endpoint.writes) expect(await rowCounts()).toEqual(before);
    if (status === 401) expect(response.headers.get("www-authenticate")).toMatch(/^Bearer/);
  });
});
