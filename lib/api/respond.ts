import type { Result } from "../result";
import type { ApiReferenceDetail } from "./contract";
import { problemForRefusal } from "./problem";

/** A write's answer: the reference afterwards, or the refusal as its problem. */
export function writtenResponse(
  result: Result<{ reference: ApiReferenceDetail; replayed: boolean }>,
  headers: Headers,
  created = false,
): Response {
  if (!result.ok) return problemForRefusal(result, headers);
  headers.set("Cache-Control", "no-store");
  if (created) headers.set("Location", `/api/v1/references/${result.data.reference.id}`);
  if (result.data.replayed) headers.set("Idempotent-Replayed", "true");
  return Response.json(result.data.reference, { status: created ? 201 : 200, headers });
}
