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
import { env } from "@/lib/env";
import { plainQuery } from "@/lib/http/query";
import { sortByName } from "@/lib/i18n/collate";
import { getPortalLocale, getPortalT } from "@/lib/i18n/request-locale";
import { creatableLocations, partnerNameForAgent } from "@/lib/partners/queries";
import { parseListFilters } from "@/lib/references/list-filters";
import { isDateSort } from "@/lib/references/list-keyset";
import { listReferences } from "@/lib/references/queries";
import { unsafeTextKeys } from "@/lib/validation/text";
import { resendAction } from "../actions";
import { listFilterOptions, projectTypeLabels, statusLabels } from "../filter-options";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getPortalT("referenceList.page");
  return { title: t("title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function ReferenceListPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await signedInActor();
  const raw = await searchParams;
  const params: ListParams = plainQuery(raw);
  const filters = parseListFilters(raw); // drops values that cannot be searched for
  const invalid = unsafeTextKeys(Object.entries(params));
  // Agents look at every partner, or at one chosen on the Partners page (partnerId stays in every link).
  const partnerId = actor.kind === "agent" ? filters.partnerId : undefined;
  const [list, creatable, options, partnerName, locale, t] = await Promise.all([
    listReferences({ actor, filters, now: new Date() }),
    creatableLocations(actor),
    listFilterOptions(actor, partnerId),
    partnerNameForAgent(actor, partnerId),
    getPortalLocale(),
    getPortalT("referenceList.page"),
  ]);
  const statuses = statusLabels(locale);
  const projectTypes = projectTypeLabels(locale);
  const cleared = listHref({ partnerId }, {});
  const filtered = Boolean(
    params.q || params.status || params.locationId || params.competencyId || params.assigned,
  );

  return (
    <div className="space-y-6">
      <PageHeader
        title={partnerId ? t("titleForPartner", { partner: partnerName ?? t("unknownPartner") }) : t("title")}
        description={actor.kind === "agent" && !partnerId ? t("descriptionAgent") : t("description")}
        actions={
          <>
            {partnerId && (
              <>
                <Link
                  href={`/competencies?partnerId=${encodeURIComponent(partnerId)}`}
                  className={buttonSecondary}
                >
                  {t("competencies")}
                </Link>
                <Link href="/service-center/partners" className={buttonSecondary}>
                  {t("otherPartners")}
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
              {t("exportCsv")}
            </a>
            {creatable.length > 0 && (
              <Link href="/references/new" className={buttonPrimary}>
                {t("create")}
              </Link>
            )}
          </>
        }
      />
      {partnerId && !partnerName && (
        <Alert tone="warning" title={t("partnerNotFoundTitle")}>
          {t.rich("partnerNotFoundBody", {
            link: (chunks) => (
              <Link href="/service-center/partners" className={linkClass}>
                {chunks}
              </Link>
            ),
          })}
        </Alert>
      )}
      {invalid.length > 0 && (
        <Alert tone="warning" title={t("invalidFilterTitle")}>
          {t("invalidFilterBody", { keys: invalid.join(", ") })}
        </Alert>
      )}
      {params.created && (
        <Alert tone="success" title={t("createdTitle")}>
          {t("createdBody", { customer: params.created, status: statuses.AWAITING_APPROVAL })}
        </Alert>
      )}
      <HelpPanel senderAddress={env().senderAddress} />
      <StatusTabs params={params} counts={list.statusCounts} labels={statuses} />
      <FiltersForm
        params={params}
        statusLabels={statuses}
        locations={sortByName(options.locations, locale, (l) => l.name)}
        competencies={sortByName(options.competencies, locale, (c) => c.name)}
      />
      {list.rows.length === 0 ? (
        <div className="rounded-lg border border-dashed border-slate-300 bg-white px-6 py-12 text-center">
          <h2 className="text-lg font-semibold">
            {filtered ? t("emptyFilteredHeading") : t("emptyHeading")}
          </h2>
          <p className="mx-auto mt-2 max-w-xl text-slate-600">
            {filtered
              ? t.rich("emptyFiltered", {
                  link: (chunks) => (
                    <Link href={cleared} className={linkClass}>
                      {chunks}
                    </Link>
                  ),
                })
              : partnerId
                ? t("emptyPartner")
                : creatable.length > 0
                  ? t.rich("emptyCreatable", {
                      link: (chunks) => (
                        <Link href="/references/new" className={linkClass}>
                          {chunks}
                        </Link>
                      ),
                    })
                  : t("emptyReadOnly")}
          </p>
        </div>
      ) : (
        <ReferenceTable
          rows={list.rows.map((r) => ({
            ...r,
            projectTypeLabel: projectTypes[r.projectType] ?? r.projectType,
            statusLabel: statuses[r.status],
          }))}
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
