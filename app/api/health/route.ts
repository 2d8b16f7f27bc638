// Liveness for a load balancer or an orchestrator: the process serves requests. It touches nothing
// else (no database, no session), so a database outage never gets healthy instances restarted.

export const dynamic = "force-dynamic";

export function GET(): Response {
  return Response.json({ status: "ok" }, { headers: { "Cache-Control": "no-store" } });
}
