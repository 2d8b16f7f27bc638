import { authenticateApi } from "@/lib/api/authenticate";
import { problemForRefusal } from "@/lib/api/problem";
import { apiGetReference } from "@/lib/api/references";

export const dynamic = "force-dynamic";

// GET /api/v1/references/{id} — one reference with its history; another partner's id answers 404
// exactly like an unknown one.
export async function GET(
  request: Request,
  { params }: { params: Promise<{ id: string }> },
): Promise<Response> {
  const now = new Date();
  const caller = await authenticateApi(request, now, "read");
  if (caller instanceof Response) return caller;
  const result = await apiGetReference({ actor: caller.actor, id: (await params).id, now });
  if (!result.ok) return problemForRefusal(result, caller.headers);
  caller.headers.set("Cache-Control", "no-store");
  return Response.json(result.data, { headers: caller.headers });
}
