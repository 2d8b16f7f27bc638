import { beforeAll, describe, expect, it } from "vitest";
import {
  bearerKeyHash,
  createApiKey,
  findActiveKey,
  KEYS_FORBIDDEN,
  listApiKeys,
  revokeApiKey,
} from "@/lib/api/keys";
import { getDb } from "@/lib/db/client";
import { seedWorld, type World } from "../support/factories";
import { T0 } from "../support/lifecycle";
import { findInAnyColumn } from "../support/scan-columns";

/** What authenticateApi looks up for an Authorization header. */
async function keyFor(authorization: string | null) {
  const hash = bearerKeyHash(authorization);
  return hash ? findActiveKey(hash) : null;
}

// Issue 19: a partner's API keys — created by a Global Administrator, shown once, stored hashed,
// listed, revoked (audited), and owned by the partner rather than by their creator.

let world: World;
beforeAll(async () => {
  world = await seedWorld();
});

const whole = { name: "CRM sync", scope: "READ_WRITE", actsAs: "partner", locationIds: [] };

describe("Issue 19: API keys", () => {
  it("a Global Administrator creates a key: prc_ + 32 base62 characters, shown once, only its hash stored, audited without it", async () => {
    const created = await createApiKey({ actor: world.actors.global, input: whole, now: T0 });
    if (!created.ok) throw new Error(created.message);
    expect(created.data.key).toMatch(/^prc_[0-9A-Za-z]{32}$/);
    expect(created.data.prefix).toBe(created.data.key.slice(0, 8));
    expect(await findInAnyColumn(created.data.key)).toEqual([]);
    expect((await keyFor(`Bearer ${created.data.key}`))?.id).toBe(created.data.id);

    const list = await listApiKeys(world.actors.global);
    expect(list.ok && list.data.find((k) => k.id === created.data.id)).toMatchObject({
      name: "CRM sync",
      scope: "READ_WRITE",
      actsAs: "Global Administrator",
      createdBy: "Dana Whitfield",
      lastUsedAt: null,
      revokedAt: null,
    });
    const audit = await (await getDb()).auditEvent.findFirstOrThrow({
      where: { subjectId: created.data.id },
    });
    expect(audit).toMatchObject({ kind: "API_KEY", action: "api_key.created" });
  });

  it("a key for some locations acts as their Local Administrator; another partner's location or none is refused", async () => {
    const seattle = world.location("Seattle").id;
    const scoped = await createApiKey({
      actor: world.actors.global,
      input: { name: "Seattle only", scope: "READ", actsAs: "locations", locationIds: [seattle] },
      now: T0,
    });
    expect(scoped.ok).toBe(true);
    const list = await listApiKeys(world.actors.global);
    expect(list.ok && list.data.find((k) => k.name === "Seattle only")?.actsAs).toBe(
      "Local Administrator of Seattle",
    );

    const foreign = world.fabrikam.locations[0]!.id;
    expect(
      await createApiKey({
        actor: world.actors.global,
        input: { name: "x", scope: "READ", actsAs: "locations", locationIds: [foreign] },
        now: T0,
      }),
    ).toMatchObject({ ok: false, fieldErrors: { locationIds: ["Choose locations of your own partner."] } });
    expect(
      await createApiKey({ actor: world.actors.global, input: { ...whole, actsAs: "locations" }, now: T0 }),
    ).toMatchObject({ ok: false, fieldErrors: { locationIds: ["Choose at least one location."] } });
    expect(
      await createApiKey({ actor: world.actors.global, input: { ...whole, name: " " }, now: T0 }),
    ).toMatchObject({
      ok: false,
      fieldErrors: { name: ["Enter a name for the key, such as the system that will use it."] },
    });
  });

  it("Local Administrators, members and agents cannot manage keys; nothing is written", async () => {
    const db = await getDb();
    const before = await db.apiKey.count();
    for (const actor of [world.actors.seattle, world.actors.member, world.actors.agent]) {
      expect(await createApiKey({ actor, input: whole, now: T0 })).toMatchObject({
        ok: false,
        message: KEYS_FORBIDDEN,
      });
      expect(await listApiKeys(actor)).toMatchObject({ ok: false, code: "FORBIDDEN" });
    }
    expect(await db.apiKey.count()).toBe(before);
  });

  it("revoking ends the key at once, is audited, happens once; another partner cannot revoke it; the key outlives its creator's account", async () => {
    const created = await createApiKey({
      actor: world.actors.global,
      input: { ...whole, name: "To revoke" },
      now: T0,
    });
    if (!created.ok) throw new Error(created.message);
    const db = await getDb();
    // The creator's account goes away; the key is the partner's and keeps working.
    await db.apiKey.update({ where: { id: created.data.id }, data: { createdById: null } });
    expect(await keyFor(`Bearer ${created.data.key}`)).not.toBeNull();

    expect(
      await revokeApiKey({ actor: world.actors.fabrikam, input: { keyId: created.data.id }, now: T0 }),
    ).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
    });
    const [a, b] = await Promise.all([
      revokeApiKey({ actor: world.actors.global, input: { keyId: created.data.id }, now: T0 }),
      revokeApiKey({ actor: world.actors.global, input: { keyId: created.data.id }, now: T0 }),
    ]);
    expect([a.ok, b.ok].sort()).toEqual([false, true]);
    expect(await keyFor(`Bearer ${created.data.key}`)).toBeNull();
    expect(
      await db.auditEvent.count({ where: { subjectId: created.data.id, action: "api_key.revoked" } }),
    ).toBe(1);
    expect(await keyFor("Bearer prc_short")).toBeNull();
    expect(await keyFor(null)).toBeNull();
  });
});
