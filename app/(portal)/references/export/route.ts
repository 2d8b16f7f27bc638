import { getActor } from "@/lib/auth/session";
import { exportReferencesCsv } from "@/lib/references/export";
import { parseListFilters } from "@/lib/references/list-filters";

export const dynamic = "force-dynamic";

/** The Reference List, with the same filters as the page, streamed as a CSV download. */
export async function GET(request: Request) {
  const actor = await getActor();
  if (!actor) return Response.redirect(new URL("/signin", request.url), 303);
  const filters = parseListFilters(Object.fromEntries(new URL(request.url).searchParams));
  const lines = exportReferencesCsv({ actor, filters, now: new Date() });
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const next = await lines.next();
        if (next.done) controller.close();
        else controller.enqueue(encoder.encode(next.value));
      } catch (error) {
        console.error("[export] failed", error);
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
