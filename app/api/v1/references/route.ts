import { authenticateApi } from "@/lib/api/authenticate";
import { problemForRefusal } from "@/lib/api/problem";
import { apiListReferences } from "@/lib/api/references";

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
