import { readiness } from "@/lib/ops/readiness";

// Readiness (lib/ops/readiness.ts): 200 when this instance should get traffic, 503 naming what is not
// ready. No session, no rate limit: the load balancer asks every few seconds.

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

export async function GET(): Promise<Response> {
  const { ready, checks } = await readiness();
  return Response.json(
    { status: ready ? "ready" : "not ready", checks },
    { status: ready ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
