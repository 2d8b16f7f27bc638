import { authenticateApi } from "@/lib/api/authenticate";
import { apiListCompetencies } from "@/lib/api/competencies";

export const dynamic = "force-dynamic";

// GET /api/v1/competencies — the catalog with the key's partner's progress per level (issue 19).
export async function GET(request: Request): Promise<Response> {
  const now = new Date();
  const caller = await authenticateApi(request, now, "read");
  if (caller instanceof Response) return caller;
  caller.headers.set("Cache-Control", "no-store");
  return Response.json(
    { data: await apiListCompetencies({ actor: caller.actor, now }) },
    { headers: caller.headers },
  );
}
