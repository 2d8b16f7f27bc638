import { getActor } from "@/lib/auth/session";
import { type PortalLocale, portalTranslator } from "@/lib/i18n/portal";
import { getPortalLocale } from "@/lib/i18n/request-locale";
import { logger } from "@/lib/log/logger.mjs";
import { type ExportLabels, exportReferencesCsv } from "@/lib/references/export";
import { parseListFilters } from "@/lib/references/list-filters";
import { autoApproveOverdue, listScope } from "@/lib/references/overdue";
import { unsafeTextKeys } from "@/lib/validation/text";
import { projectTypeLabels, statusLabels } from "../filter-options";

export const dynamic = "force-dynamic";

// EXPORT_HEADER's columns (lib/references/export.ts), in its order.
const HEADER_KEYS = [
  "customer",
  "contact",
  "contactEmail",
  "project",
  "projectType",
  "partner",
  "location",
  "status",
  "firstSent",
  "lastSent",
  "timesSent",
  "competency",
] as const;

/** The CSV's words in the user's language; undefined in English, which the export writes itself. */
function exportLabels(locale: PortalLocale): ExportLabels | undefined {
  if (locale === "en") return undefined;
  const t = portalTranslator(locale, "referenceList.export.header");
  return {
    header: HEADER_KEYS.map((key) => t(key)),
    statuses: statusLabels(locale),
    projectTypes: projectTypeLabels(locale),
  };
}

/** The Reference List, with the same filters as the page, streamed as a CSV download. */
export async function GET(request: Request) {
  const actor = await getActor();
  if (!actor) return Response.redirect(new URL("/signin", request.url), 303);
  const locale = await getPortalLocale();
  const params = new URL(request.url).searchParams;
  // Refused before the first byte: once the download has started, an error can only cut it short.
  const invalid = unsafeTextKeys(params.entries());
  if (invalid.length > 0) {
    const t = portalTranslator(locale, "referenceList.export");
    return new Response(`${t("invalidFilter", { keys: invalid.join(", ") })}\n`, {
      status: 400,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
    });
  }
  const filters = parseListFilters(Object.fromEntries(params));
  const now = new Date();
  await autoApproveOverdue({ now, scope: listScope(actor, filters.partnerId) }); // R4 at the moment of use
  const lines = exportReferencesCsv({ actor, filters, now, labels: exportLabels(locale) });
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
