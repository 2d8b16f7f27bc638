import { beforeAll, describe, expect, it } from "vitest";
import { GET as getCompetencies } from "@/app/api/v1/competencies/route";
import { GET as getOne } from "@/app/api/v1/references/[id]/route";
import { GET as getList } from "@/app/api/v1/references/route";
import { BAD_KEY, NO_KEY } from "@/lib/api/authenticate";
import { createApiKey, hashApiKey, revokeApiKey } from "@/lib/api/keys";
import { getDb } from "@/lib/db/client";
import { consumeLimit, limitPoints } from "@/lib/security/rate-limit";
import { insertReference, seedWorld, type World } from "../support/factories";
import { T0 } from "../support/lifecycle";
import { expectContract } from "../support/openapi-contract";

// Issue 19: GET /api/v1/references and /{id} over HTTP semantics — bearer keys, the key's role,
// keyset pages, problem details, and the per-key limit with its headers.

let world: World;
const keys: Record<string, string> = {};
const ids: Record<string, string> = {};

async function key(name: string, actor = world.actors.global, over: Record<string, unknown> = {}) {
  const created = await createApiKey({
    actor,
    input: { name, scope: "READ", actsAs: "partner", locationIds: [], ...over },
    now: T0,
  });
  if (!created.ok) throw new Error(created.message);
  ids[name] = created.data.id;
  return created.data.key;
}

beforeAll(async () => {
  world = await seedWorld();
  for (let i = 0; i < 5; i++) await insertReference(world, { location: i < 3 ? "Seattle" : "Munich" });
  await insertReference(world, { location: world.fabrikam.locations[0]!.name });
  keys.global = await key("global");
  keys.munich = await key("munich", world.actors.global, {
    actsAs: "locations",
    locationIds: [world.location("Munich").id],
  });
  keys.revoked = await key("revoked");
  await revokeApiKey({ actor: world.actors.global, input: { keyId: ids.revoked }, now: T0 });
  keys.fabrikam = await key("fabrikam", world.actors.fabrikam);
});

const call = (path: string, token?: string) =>
  getList(
    new Request(`http://localhost${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} }),
  );
const one = async (id: string, token?: string) => {
  const response = await getOne(
    new Request(`http://localhost/api/v1/references/${id}`, {
      headers: token ? { authorization: `Bearer ${token}` } : {},
    }),
    { params: Promise.resolve({ id }) },
  );
  await expectContract("/api/v1/references/{id}", "get", response);
  return response;
};

async function problemOf(response: Response) {
  expect(response.headers.get("content-type")).toBe("application/problem+json");
  return (await response.json()) as {
    status: number;
    title: string;
    detail: string;
    errors?: Record<string, string[]>;
  };
}

describe("Issue 19: reading references over the API", () => {
  it("no key, an unknown key and a revoked key answer 401 problem details", async () => {
    const none = await call("/api/v1/references");
    expect(none.status).toBe(401);
    expect(await problemOf(none)).toMatchObject({ status: 401, detail: NO_KEY });
    for (const token of [`prc_${"x".repeat(32)}`, keys.revoked!, "not-a-key"]) {
      const response = await call("/api/v1/references", token);
      expect(response.status).toBe(401);
      expect((await problemOf(response)).detail).toBe(BAD_KEY);
    }
  });

  it("a key lists its partner's references in keyset pages — a location key the same rows its Local Administrator sees; never another partner's", async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const response = await call(
        `/api/v1/references?limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`,
        keys.global,
      );
      expect(response.status).toBe(200);
      expect(response.headers.get("ratelimit-limit")).toBe(String(limitPoints("apiPerKey")));
      const body = (await response.json()) as {
        data: { id: string; location: { name: string } }[];
        nextCursor: string | null;
      };
      expect(body.data.length).toBeLessThanOrEqual(2);
      seen.push(...body.data.map((r) => r.id));
      cursor = body.nextCursor;
      pages++;
    } while (cursor && pages < 10);
    expect(seen).toHaveLength(5);
    expect(new Set(seen).size).toBe(5);

    // The Reference List is partner-wide for every partner user (R6 limits who may act, not who sees).
    const munich = (await (await call("/api/v1/references", keys.munich)).json()) as {
      data: { id: string }[];
    };
    expect(munich.data.map((r) => r.id).sort()).toEqual([...seen].sort());
    const fabrikam = (await (await call("/api/v1/references", keys.fabrikam)).json()) as {
      data: { id: string }[];
    };
    expect(fabrikam.data.some((r) => seen.includes(r.id))).toBe(false);
    expect(fabrikam.data).toHaveLength(1);
    const filtered = (await (
      await call(`/api/v1/references?location=${world.location("Seattle").id}`, keys.global)
    ).json()) as {
      data: unknown[];
    };
    expect(filtered.data).toHaveLength(3);
  });

  it("bad query parameters answer 422 with field errors", async () => {
    const response = await call("/api/v1/references?status=NOPE&limit=500", keys.global);
    expect(response.status).toBe(422);
    const body = await problemOf(response);
    expect(Object.keys(body.errors ?? {}).sort()).toEqual(["limit", "status"]);
  });

  it("one reference with its history; another partner's id is 404 like an unknown one", async () => {
    const db = await getDb();
    const contoso = await db.referenceRequest.findFirstOrThrow({ where: { partnerId: world.contoso.id } });
    const mine = await one(contoso.id, keys.global);
    expect(mine.status).toBe(200);
    const body = (await mine.json()) as { id: string; history: unknown[]; contact: { email: string } };
    expect(body).toMatchObject({ id: contoso.id, contact: { email: "jordan@customer.example" } });
    const theirs = await one(contoso.id, keys.fabrikam);
    const unknown = await one("c".repeat(25), keys.fabrikam);
    expect([theirs.status, unknown.status]).toEqual([404, 404]);
    expect((await problemOf(theirs)).detail).toBe((await problemOf(unknown)).detail);
  });

  it("the catalog with the partner's progress: an assigned approved reference counts; another partner's key sees its own", async () => {
    await insertReference(world, {
      status: "CUSTOMER_APPROVED",
      competency: "Cloud Platform",
      decidedAt: new Date(),
    });
    const ask = async (token: string) => {
      const response = await getCompetencies(
        new Request("http://localhost/api/v1/competencies", {
          headers: { authorization: `Bearer ${token}` },
        }),
      );
      expect(response.status).toBe(200);
      return (await expectContract("/api/v1/competencies", "get", response)) as {
        data: { name: string; count: number; levels: { level: string; required: number }[] }[];
      };
    };
    const contoso = await ask(keys.global!);
    const cloud = contoso.data.find((c) => c.name === "Cloud Platform")!;
    expect(cloud.count).toBe(1);
    expect(cloud.levels.map((l) => l.level)).toEqual(["silver", "gold"]);
    const fabrikam = await ask(keys.fabrikam!);
    expect(fabrikam.data.find((c) => c.name === "Cloud Platform")!.count).toBe(0);
  });

  it("the per-key limit is shared: past it, 429 with Retry-After; lastUsedAt is recorded", async () => {
    const limited = await key("limited");
    for (let i = 0; i < limitPoints("apiPerKey"); i++) await consumeLimit("apiPerKey", hashApiKey(limited));
    const response = await call("/api/v1/references", limited);
    expect(response.status).toBe(429);
    expect(Number(response.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(response.headers.get("ratelimit-remaining")).toBe("0");
    const used = await (await getDb()).apiKey.findUniqueOrThrow({ where: { id: ids.global! } });
    expect(used.lastUsedAt).not.toBeNull();
  }, 60_000);
});
