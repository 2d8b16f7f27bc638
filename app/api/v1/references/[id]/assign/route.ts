import { authenticateApi } from "@/lib/api/authenticate";
import { readJsonBody } from "@/lib/api/body";
import { writtenResponse } from "@/lib/api/respond";
import { apiAssignReference } from "@/lib/api/writes";

export const dynamic = "force-dynamic";

// POST /api/v1/references/{id}/assign — R6–R11, conditional on expectedCompetencyId when given.
export async function POST(
  request: Request,
  { params }: { params: Promise<{ id: string }> },
): Promise<Response> {
  const now = new Date();
  const caller = await authenticateApi(request, now, "write");
  if (caller instanceof Response) return caller;
  const read = await readJsonBody(request, caller.headers);
  if (read instanceof Response) return read;
  const result = await apiAssignReference({
    actor: caller.actor,
    referenceId: (await params).id,
    body: read.body,
    now,
  });
  return writtenResponse(result, caller.headers);
}
