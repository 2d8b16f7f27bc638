import { randomUUID } from "node:crypto";
import { GET as competenciesRoute } from "@/app/api/v1/competencies/route";
import { POST as assignRoute } from "@/app/api/v1/references/[id]/assign/route";
import { POST as resendRoute } from "@/app/api/v1/references/[id]/resend/route";
import { GET as oneRoute } from "@/app/api/v1/references/[id]/route";
import { POST as createRoute, GET as listRoute } from "@/app/api/v1/references/route";
import { createApiKey } from "@/lib/api/keys";
import type { PartnerUserActor } from "@/lib/auth/actor";
import { T0 } from "./lifecycle";
import { expectContract } from "./openapi-contract";

// The API's routes called as HTTP requests (Request in, Response out), each answer checked against
// the served OpenAPI document (issue 19's contract test).

const BASE = "http://localhost";

function request(path: string, token: string | undefined, init: RequestInit = {}) {
  const headers = new Headers(init.headers);
  if (token) headers.set("authorization", `Bearer ${token}`);
  return new Request(`${BASE}${path}`, { ...init, headers });
}

const json = (body: unknown, headers: Record<string, string> = {}): RequestInit => ({
  method: "POST",
  headers: { "content-type": "application/json", ...headers },
  body: JSON.stringify(body),
});

const withId = (id: string) => ({ params: Promise.resolve({ id }) });

export const api = {
  async list(token?: string, query = "") {
    const response = await listRoute(request(`/api/v1/references${query}`, token));
    await expectContract("/api/v1/references", "get", response);
    return response;
  },
  async one(id: string, token?: string) {
    const response = await oneRoute(request(`/api/v1/references/${id}`, token), withId(id));
    await expectContract("/api/v1/references/{id}", "get", response);
    return response;
  },
  async competencies(token?: string) {
    const response = await competenciesRoute(request("/api/v1/competencies", token));
    await expectContract("/api/v1/competencies", "get", response);
    return response;
  },
  async create(token: string | undefined, body: unknown, idempotencyKey: string | null = randomUUID()) {
    const headers: Record<string, string> = idempotencyKey ? { "idempotency-key": idempotencyKey } : {};
    const response = await createRoute(request("/api/v1/references", token, json(body, headers)));
    await expectContract("/api/v1/references", "post", response);
    return response;
  },
  async createRaw(token: string, init: RequestInit) {
    const response = await createRoute(request("/api/v1/references", token, init));
    await expectContract("/api/v1/references", "post", response);
    return response;
  },
  async resend(id: string, token?: string) {
    const response = await resendRoute(
      request(`/api/v1/references/${id}/resend`, token, { method: "POST" }),
      withId(id),
    );
    await expectContract("/api/v1/references/{id}/resend", "post", response);
    return response;
  },
  async assign(id: string, token: string | undefined, body: unknown) {
    const response = await assignRoute(
      request(`/api/v1/references/${id}/assign`, token, json(body)),
      withId(id),
    );
    await expectContract("/api/v1/references/{id}/assign", "post", response);
    return response;
  },
};

export async function problemOf(response: Response) {
  if (response.headers.get("content-type") !== "application/problem+json")
    throw new Error(`expected a problem, got ${response.status} ${response.headers.get("content-type")}`);
  return (await response.json()) as { status: number; detail: string; errors?: Record<string, string[]> };
}

/** A key of `actor`'s partner; returns the key itself and its id. */
export async function newKey(
  actor: PartnerUserActor,
  name: string,
  over: { scope?: "READ" | "READ_WRITE"; locationIds?: string[] } = {},
) {
  const created = await createApiKey({
    actor,
    input: {
      name,
      scope: over.scope ?? "READ_WRITE",
      actsAs: over.locationIds ? "locations" : "partner",
      locationIds: over.locationIds ?? [],
    },
    now: T0,
  });
  if (!created.ok) throw new Error(created.message);
  return created.data;
}
