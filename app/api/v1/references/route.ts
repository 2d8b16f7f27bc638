import { authenticateApi } from "@/lib/api/authenticate";
import { readJsonBody } from "@/lib/api/body";
import { IDEMPOTENCY_MISSING, idempotencyKeyOf } from "@/lib/api/idempotency";
import { problem, problemForRefusal } from "@/lib/api/problem";
import { apiListReferences } from "@/lib/api/references";
import { writtenResponse } from "@/lib/api/respond";
import { apiCreateReference } from "@/lib/api/writes";

export const dynamic = "force-dynamic";

// GET /api/v1/references — the Reference List for an API key (issue 19). Thin: lib/api.
export async function GET(request: Request): Promise<Response> {
  const now = new Date();
  const caller = await authenticateApi(request, now, "read");
  if (caller instanceof Response) return caller;
  const query = Object.fromEntries(new URL(request.url).searchParams);
  const result = await apiListReferences({ actor: caller.actor, query, now });
  if (!result.ok) return problemForRefusal(result, caller.headers);
  caller.headers.set("Cache-Control", "no-store");
  return Response.json(result.data, { headers: caller.headers });
}

// POST /api/v1/references — create (R1, R5, R16, R18), once per Idempotency-Key.
export async function POST(request: Request): Promise<Response> {
  const now = new Date();
  const caller = await authenticateApi(request, now, "write");
  if (caller instanceof Response) return caller;
  const idempotencyKey = idempotencyKeyOf(request);
  if (!idempotencyKey) return problem(400, IDEMPOTENCY_MISSING, { headers: caller.headers });
  const read = await readJsonBody(request, caller.headers);
  if (read instanceof Response) return read;
  const result = await apiCreateReference({ actor: caller.actor, idempotencyKey, body: read.body, now });
  return writtenResponse(result, caller.headers, true);
}
