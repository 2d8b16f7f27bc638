import { authenticateApi } from "@/lib/api/authenticate";
import { readJsonBody } from "@/lib/api/body";
import { writtenResponse } from "@/lib/api/respond";
import { apiResendReference } from "@/lib/api/writes";

export const dynamic = "force-dynamic";

// POST /api/v1/references/{id}/resend — R3: seven days after the last send, with a new link.
export async function POST(
  request: Request,
  { params }: { params: Promise<{ id: string }> },
): Promise<Response> {
  const now = new Date();
  const caller = await authenticateApi(request, now, "write");
  if (caller instanceof Response) return caller;
  const read = await readJsonBody(request, caller.headers, { optional: true });
  if (read instanceof Response) return read;
  const result = await apiResendReference({ actor: caller.actor, referenceId: (await params).id, now });
  return writtenResponse(result, caller.headers);
}
