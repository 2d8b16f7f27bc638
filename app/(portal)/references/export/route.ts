import { getActor } from "@/lib/auth/session";
import { logger } from "@/lib/log/logger.mjs";
import { exportReferencesCsv } from "@/lib/references/export";
import { parseListFilters } from "@/lib/references/list-filters";
import { autoApproveOverdue, listScope } from "@/lib/references/overdue";
import { unsafeTextKeys } from "@/lib/validation/text";

export const dynamic = "force-dynamic";

/** The Reference List, with the same filters as the page, streamed as a CSV download. */
export async function GET(request: Request) {
  const actor = await getActor();
  if (!actor) return Response.redirect(new URL("/signin", request.url), 303);
  const params = new URL(request.url).searchParams;
  // Refused before the first byte: once the download has started, an error can only cut it short.
  const invalid = unsafeTextKeys(params.entries());
  if (invalid.length > 0) {
    return new Response(`Invalid filter: ${invalid.join(", ")} contains characters that are not allowed.\n`, {
      status: 400,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
    });
  }
  const filters = parseListFilters(Object.fromEntries(params));
  const now = new Date();
  await autoApproveOverdue({ now, scope: listScope(actor, filters.partnerId) }); // R4 at the moment of use
  const lines = exportReferencesCsv({ actor, filters, now });
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const next = await lines.next();
        if (next.done) controller.close();
        else controller.enqueue(encoder.encode(next.value));
      } catch (error) {
        logger().error({ error }, "export failed");
        controller.error(new Error("Export failed"));
      }
    },
    async cancel() {
      await lines.return?.(undefined);
    },
  });
  const day = new Date().toISOString().slice(0, 10);
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="references-${day}.csv"`,
      "Cache-Control": "no-store",
    },
  });
}
