import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { createReference, newCreateKey } from "@/lib/references/create";
import { seedWorld, type World } from "../support/factories";
import { rowCounts, T0, validInput } from "../support/lifecycle";

// R1 with a retrying client: the create form carries a one-time key, so the same form submitted
// twice — a double click, or a retry after the connection dropped once the server had committed —
// creates one request, one email, and answers both submits with it.

let world: World;
beforeAll(async () => {
  world = await seedWorld();
});

const create = (key: string, over: Record<string, unknown> = {}, actor = world.actors.global) =>
  createReference({ actor, input: validInput(world, { createKey: key, ...over }), now: T0 });

describe("R1: idempotent create", () => {
  it("R1: the same form submitted twice creates one request and both answers name it", async () => {
    const key = newCreateKey();
    const before = await rowCounts();
    const first = await create(key);
    const second = await create(key);
    expect(first.ok && second.ok).toBe(true);
    expect(second).toEqual(first);
    expect(await rowCounts()).toEqual({
      references: before.references + 1,
      events: before.events + 2, // CREATED and SENT, once
      tokens: before.tokens + 1,
      outbox: before.outbox + 1,
    });
  });

  it("R1: two identical submits racing create exactly one request (the unique key decides)", async () => {
    const key = newCreateKey();
    const before = await rowCounts();
    const results = await Promise.all(Array.from({ length: 5 }, () => create(key)));
    const ids = new Set(results.map((r) => (r.ok ? r.data.id : r.message)));
    expect(results.every((r) => r.ok)).toBe(true);
    expect(ids.size).toBe(1);
    const db = await getDb();
    expect(await db.referenceRequest.count({ where: { createKey: key } })).toBe(1);
    expect(await rowCounts()).toMatchObject({ references: before.references + 1, outbox: before.outbox + 1 });
  });

  it("R1: a new form (a new key) with the same content is a new request", async () => {
    const a = await create(newCreateKey());
    const b = await create(newCreateKey());
    expect(a.ok && b.ok && a.data.id !== b.data.id).toBe(true);
  });

  it("R1: another user's key never reveals their request; it is refused and nothing is written", async () => {
    const key = newCreateKey();
    const mine = await create(key);
    expect(mine.ok).toBe(true);
    const before = await rowCounts();
    const theirs = await create(key, {}, world.actors.seattle);
    expect(theirs).toMatchObject({
      ok: false,
      code: "INVALID_INPUT",
      fieldErrors: { createKey: ["This form has expired. Reload the page and submit it again."] },
    });
    expect(await rowCounts()).toEqual(before);
  });

  it("R1: a malformed key is refused as a field error", async () => {
    const result = await create("short");
    expect(result).toMatchObject({
      ok: false,
      code: "INVALID_INPUT",
      fieldErrors: { createKey: [expect.any(String)] },
    });
  });
});
