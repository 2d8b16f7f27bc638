import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { IDEMPOTENCY_MISSING, IDEMPOTENCY_REUSED } from "@/lib/api/idempotency";
import { listActivity } from "@/lib/audit/queries";
import { getDb } from "@/lib/db/client";
import { ASSIGN_MESSAGES } from "@/lib/references/assign-rules";
import { resendNotDueMessage } from "@/lib/references/timing";
import { MESSAGES } from "@/lib/references/wording";
import { api, newKey, problemOf } from "../support/api-calls";
import { DAY, insertReference, seedWorld, type World } from "../support/factories";
import { rowCounts, validInput } from "../support/lifecycle";

// Issue 19: the API's changes — create with an Idempotency-Key, resend (R3), assign (R6–R11) —
// run the pages' domain functions as the key's role, audited with the key as the actor.

let world: World;
let key: { id: string; key: string; prefix: string };

const body = (over: Record<string, unknown> = {}) => {
  const { locationId, ...rest } = validInput(world, over);
  return { locationId, ...rest };
};

beforeAll(async () => {
  world = await seedWorld();
  key = await newKey(world.actors.global, "CRM sync");
});

describe("Issue 19: POST /api/v1/references", () => {
  it("creates the request (R1) as the key's role, emails the customer, and names the key as its actor", async () => {
    const before = await rowCounts();
    const response = await api.create(key.key, body({ customerCompany: "Adventure Works" }));
    expect(response.status).toBe(201);
    const created = (await response.json()) as { id: string; status: string; history: { actor: string }[] };
    expect(response.headers.get("location")).toBe(`/api/v1/references/${created.id}`);
    expect(created.status).toBe("AWAITING_APPROVAL");
    expect(created.history[0]!.actor).toBe(`API key “CRM sync” (${key.prefix}…)`);
    const after = await rowCounts();
    expect(after.references).toBe(before.references + 1);
    expect(after.outbox).toBe(before.outbox + 1);
    const row = await (await getDb()).referenceRequest.findUniqueOrThrow({ where: { id: created.id } });
    expect(row).toMatchObject({ createdById: null, createdByApiKeyId: key.id });

    const activity = await listActivity({
      actor: world.actors.global,
      partnerId: world.contoso.id,
      filters: {},
    });
    expect(activity.ok && activity.data.rows.some((r) => r.actorLabel.includes(key.prefix))).toBe(true);
    // The key itself — created, later revoked — is administration, listed under "API keys".
    const keys = await listActivity({
      actor: world.actors.global,
      partnerId: world.contoso.id,
      filters: { kind: "API_KEY" },
    });
    expect(keys.ok && keys.data.rows.map((r) => [r.action, r.subject])).toContainEqual([
      "api_key.created",
      `CRM sync (${key.prefix}…)`,
    ]);
  });

  it("needs an Idempotency-Key; a replay with the same body answers the first answer, another body is refused", async () => {
    const missing = await api.create(key.key, body(), null);
    expect(missing.status).toBe(400);
    expect((await problemOf(missing)).detail).toBe(IDEMPOTENCY_MISSING);

    const idem = randomUUID();
    const first = body({ customerCompany: "Tailspin Toys" });
    const one = await api.create(key.key, first, idem);
    const before = await rowCounts();
    // Key order does not make another body.
    const reordered = Object.fromEntries(Object.entries(first).reverse());
    const replay = await api.create(key.key, reordered, idem);
    expect([one.status, replay.status]).toEqual([201, 201]);
    expect(replay.headers.get("idempotent-replayed")).toBe("true");
    expect(await replay.json()).toEqual(await one.json());
    expect(await rowCounts()).toEqual(before);

    const reused = await api.create(key.key, { ...first, projectTitle: "Something else" }, idem);
    expect(reused.status).toBe(422);
    expect((await problemOf(reused)).detail).toBe(IDEMPOTENCY_REUSED);
    expect(await rowCounts()).toEqual(before);

    // The same Idempotency-Key from another key is another create.
    const other = await newKey(world.actors.global, "Other system");
    const second = await api.create(other.key, body(), idem);
    expect(second.status).toBe(201);
  });

  it("10 parallel creates with one Idempotency-Key → one reference, ten identical answers", async () => {
    const before = await rowCounts();
    const idem = randomUUID();
    const same = body({ customerCompany: "Wide World Importers" });
    const responses = await Promise.all(Array.from({ length: 10 }, () => api.create(key.key, same, idem)));
    expect(responses.map((r) => r.status)).toEqual(Array(10).fill(201));
    const bodies = await Promise.all(responses.map((r) => r.text()));
    expect(new Set(bodies).size).toBe(1);
    const after = await rowCounts();
    expect(after.references).toBe(before.references + 1);
    expect(after.outbox).toBe(before.outbox + 1);
  });

  it("bad bodies answer problems with the form's own words and change nothing", async () => {
    const before = await rowCounts();
    const invalid = await api.create(
      key.key,
      body({ projectTitle: " ", completedOn: "2999-01-01", extra: 1 }),
    );
    expect(invalid.status).toBe(422);
    const problem = await problemOf(invalid);
    expect(problem.detail).toBe(MESSAGES.invalidInput);
    expect(problem.errors).toMatchObject({
      projectTitle: ["Enter the project title."],
      completedOn: ["The completion date cannot be in the future."],
      _form: ["Unknown field: extra."],
    });
    const notJson = await api.createRaw(key.key, {
      method: "POST",
      headers: { "content-type": "application/json", "idempotency-key": randomUUID() },
      body: "{not json",
    });
    expect(notJson.status).toBe(400);
    const plain = await api.createRaw(key.key, {
      method: "POST",
      headers: { "content-type": "text/plain", "idempotency-key": randomUUID() },
      body: "hello",
    });
    expect(plain.status).toBe(415);
    const huge = await api.createRaw(key.key, {
      method: "POST",
      headers: { "content-type": "application/json", "idempotency-key": randomUUID() },
      body: JSON.stringify({ projectDescription: "x".repeat(70_000) }),
    });
    expect(huge.status).toBe(413);
    expect(await rowCounts()).toEqual(before);
  });

  it("R16 over the API: a second open request to the same contact is a 409 with the rule's words", async () => {
    const contact = `api.r16.${randomUUID().slice(0, 8)}@northwind.example`;
    expect((await api.create(key.key, body({ contactEmail: contact }))).status).toBe(201);
    const before = await rowCounts();
    const again = await api.create(key.key, body({ contactEmail: contact }));
    expect(again.status).toBe(409);
    expect((await problemOf(again)).detail).toMatch(/already/i);
    expect(await rowCounts()).toEqual(before);
  });
});

describe("Issue 19: POST /api/v1/references/{id}/resend and /assign", () => {
  it("R3: resend before seven days is a 409 with R3's words; after, a new send", async () => {
    const now = Date.now();
    const recent = await insertReference(world, {
      lastSentAt: new Date(now - DAY),
      firstSentAt: new Date(now - DAY),
    });
    const before = await rowCounts();
    const early = await api.resend(recent.id, key.key);
    expect(early.status).toBe(409);
    expect((await problemOf(early)).detail).toBe(resendNotDueMessage(recent.lastSentAt));
    expect(await rowCounts()).toEqual(before);

    const due = await insertReference(world, { firstSentAt: new Date(now - 8 * DAY) });
    const resent = await api.resend(due.id, key.key);
    expect(resent.status).toBe(200);
    const answer = (await resent.json()) as { sendCount: number; history: { type: string; actor: string }[] };
    expect(answer.sendCount).toBe(2);
    expect(answer.history.find((h) => h.type === "RESENT")?.actor).toContain(key.prefix);
  });

  it("assign (R6–R11): an approved reference is assigned; a stale expectedCompetencyId is a 409; an awaiting one is refused with R7's words", async () => {
    const approved = await insertReference(world, { status: "CUSTOMER_APPROVED" });
    const cloud = world.competency("Cloud Platform").id;
    const assigned = await api.assign(approved.id, key.key, {
      competencyId: cloud,
      expectedCompetencyId: null,
    });
    expect(assigned.status).toBe(200);
    expect(((await assigned.json()) as { competency: { id: string } }).competency.id).toBe(cloud);

    const awaiting = await insertReference(world);
    const before = await rowCounts();
    // Someone assigned it meanwhile: a call that last saw it unassigned must not overwrite that.
    const smb = world.competency("Small and Midmarket Cloud Solutions").id;
    const stale = await api.assign(approved.id, key.key, { competencyId: smb, expectedCompetencyId: null });
    expect(stale.status).toBe(409);
    expect((await problemOf(stale)).detail).toBe(ASSIGN_MESSAGES.conflict);

    const early = await api.assign(awaiting.id, key.key, { competencyId: cloud });
    expect(early.status).toBe(409);
    expect((await problemOf(early)).detail).toBe(ASSIGN_MESSAGES.notApproved("AWAITING_APPROVAL"));

    const invalid = await api.assign(approved.id, key.key, { competency: cloud });
    expect(invalid.status).toBe(422);
    expect((await problemOf(invalid)).errors).toMatchObject({
      competencyId: [ASSIGN_MESSAGES.unknownCompetency],
    });
    expect(await rowCounts()).toEqual(before);
  });
});
