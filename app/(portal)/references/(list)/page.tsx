import type { Metadata } from "next";
import Link from "next/link";
import { signedInActor } from "@/app/(portal)/signed-in";
import { PageHeader } from "@/components/portal/page-header";
import { FiltersForm } from "@/components/references/filters-form";
import { HelpPanel } from "@/components/references/help-panel";
import { type ListParams, listHref } from "@/components/references/list-url";
import { Pagination } from "@/components/references/pagination";
import { ReferenceTable } from "@/components/references/reference-table";
import { StatusTabs } from "@/components/references/status-tabs";
import { Alert } from "@/components/ui/alert";
import { buttonPrimary, buttonSecondary, linkClass } from "@/components/ui/styles";
import { projectTypeLabel } from "@/lib/competencies/project-types";
import { env } from "@/lib/env";
import { plainQuery } from "@/lib/http/query";
import { creatableLocations, partnerNameForAgent } from "@/lib/partners/queries";
import { parseListFilters } from "@/lib/references/list-filters";
import { isDateSort } from "@/lib/references/list-keyset";
import { listReferences } from "@/lib/references/queries";
import { STATUS_LABELS } from "@/lib/references/wording";
import { unsafeTextKeys } from "@/lib/validation/text";
import { resendAction } from "../actions";
import { listFilterOptions } from "../filter-options";

export const metadata: Metadata = { title: "Reference List" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function ReferenceListPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await signedInActor();
  const raw = await searchParams;
  const params: ListParams = plainQuery(raw);
  const filters = parseListFilters(raw); // drops values that cannot be searched for
  const invalid = unsafeTextKeys(Object.entries(params));
  // Agents look at every partner, or at one chosen on the Partners page (partnerId stays in every link).
  const partnerId = actor.kind === "agent" ? filters.partnerId : undefined;
  const [list, creatable, options, partnerName] = await Promise.all([
    listReferences({ actor, filters, now: new Date() }),
    creatableLocations(actor),
    listFilterOptions(actor, partnerId),
    partnerNameForAgent(actor, partnerId),
  ]);
  const cleared = listHref({ partnerId }, {});
  const filtered = Boolean(
    params.q || params.status || params.locationId || params.competencyId || params.assigned,
  );

  return (
    <div className="space-y-6">
      <PageHeader
        title={partnerId ? `Reference List — ${partnerName ?? "unknown partner"}` : "Reference List"}
        description={
          actor.kind === "agent" && !partnerId
            ? "Every partner's customer reference requests, their status and when they were last sent. Find a partner on the Partners page to work on its list only."
            : "Every customer reference request, its status and when it was last sent. Approved references must be assigned to a competency."
        }
        actions={
          <>
            {partnerId && (
              <>
                <Link
                  href={`/competencies?partnerId=${encodeURIComponent(partnerId)}`}
                  className={buttonSecondary}
                >
                  Competencies
                </Link>
                <Link href="/service-center/partners" className={buttonSecondary}>
                  Other partners
                </Link>
              </>
            )}
            <a
              href={listHref(
                params,
                { page: undefined, after: undefined, before: undefined, from: undefined },
                "/references/export",
              )}
              className={buttonSecondary}
              download
            >
              Export CSV
            </a>
            {creatable.length > 0 && (
              <Link href="/references/new" className={buttonPrimary}>
                Create a Customer Reference
              </Link>
            )}
          </>
        }
      />
      {partnerId && !partnerName && (
        <Alert tone="warning" title="Partner not found">
          No partner has this id.{" "}
          <Link href="/service-center/partners" className={linkClass}>
            Find a partner
          </Link>{" "}
          to see its Reference List.
        </Alert>
      )}
      {invalid.length > 0 && (
        <Alert tone="warning" title="Invalid filter ignored">
          This address has a filter with characters that cannot be searched for ({invalid.join(", ")}); the
          list below ignores it.
        </Alert>
      )}
      {params.created && (
        <Alert tone="success" title="Reference request sent">
          The request to {params.created} was created and its email is on its way. It shows below as Awaiting
          Approval.
        </Alert>
      )}
      <HelpPanel senderAddress={env().senderAddress} />
      <StatusTabs params={params} counts={list.statusCounts} labels={STATUS_LABELS} />
      <FiltersForm
        params={params}
        statusLabels={STATUS_LABELS}
        locations={options.locations}
        competencies={options.competencies}
      />
      {list.rows.length === 0 ? (
        <div className="rounded-lg border border-dashed border-slate-300 bg-white px-6 py-12 text-center">
          <h2 className="text-lg font-semibold">
            {filtered ? "No references match these filters" : "No reference requests yet"}
          </h2>
          <p className="mx-auto mt-2 max-w-xl text-slate-600">
            {filtered ? (
              <>
                Try another status or search term, or{" "}
                <Link href={cleared} className={linkClass}>
                  clear all filters
                </Link>
                .
              </>
            ) : partnerId ? (
              "This partner has not sent any reference request yet."
            ) : creatable.length > 0 ? (
              <>
                Ask a customer to vouch for a project:{" "}
                <Link href="/references/new" className={linkClass}>
                  create a customer reference
                </Link>
                . Their answer will show here.
              </>
            ) : (
              "When an administrator of your organization sends a reference request, it shows here."
            )}
          </p>
        </div>
      ) : (
        <ReferenceTable
          rows={list.rows.map((r) => ({ ...r, projectTypeLabel: projectTypeLabel(r.projectType) }))}
          showPartner={actor.kind === "agent"}
          resendAction={resendAction}
        />
      )}
      <Pagination
        params={params}
        total={list.total}
        previous={list.previous}
        next={list.next}
        dateSort={isDateSort(filters)}
      />
    </div>
  );
}
