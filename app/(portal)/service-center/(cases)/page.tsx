import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { signedInActor } from "@/app/(portal)/signed-in";
import { PageHeader } from "@/components/portal/page-header";
import { CaseActions } from "@/components/service-center/case-actions";
import { CaseList } from "@/components/service-center/case-list";
import { CaseStatusTabs } from "@/components/service-center/case-status-tabs";
import { Alert } from "@/components/ui/alert";
import { Pagination } from "@/components/ui/pagination";
import { linkClass } from "@/components/ui/styles";
import type { Actor } from "@/lib/auth/actor";
import { canSeeServiceCases } from "@/lib/auth/permissions";
import { eligibleCompetencies } from "@/lib/competencies/eligible";
import { getPortalT } from "@/lib/i18n/request-locale";
import { type CaseView, parseCaseListQuery } from "@/lib/service-center/list-query";
import { listServiceCases, type ServiceCaseRow } from "@/lib/service-center/queries";
import { declineCaseAction, resolveCaseAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getPortalT("serviceCenter.cases");
  return { title: t("title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function ServiceCenterPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await signedInActor();
  if (!canSeeServiceCases(actor)) notFound();
  const isAgent = actor.kind === "agent";
  const { view, page, done } = parseCaseListQuery(actor, await searchParams);
  const list = await listServiceCases({ actor, status: view === "ALL" ? undefined : view, page });
  const cases = list.rows;
  const choices = isAgent
    ? await competencyChoices(actor, cases)
    : new Map<string, { id: string; name: string }[]>();
  const t = await getPortalT("serviceCenter.cases");

  return (
    <div className="space-y-6">
      <PageHeader
        title={t("title")}
        description={isAgent ? t("descriptionAgent") : t("descriptionPartner")}
        actions={
          isAgent && (
            <Link href="/service-center/partners" className={linkClass}>
              {t("findPartner")}
            </Link>
          )
        }
      />
      {done && <Alert tone="success">{t(`done.${done}`)}</Alert>}
      <CaseStatusTabs current={view} counts={list.counts} />
      <CaseList
        cases={cases}
        showPartner={isAgent}
        empty={<EmptyState view={view} isAgent={isAgent} />}
        renderActions={
          isAgent
            ? (c) =>
                c.status === "OPEN" && (
                  <CaseActions
                    serviceCase={{ ...c, competencyId: c.competencyId ?? null }}
                    competencies={choices.get(c.id) ?? []}
                    view={view}
                    resolveAction={resolveCaseAction}
                    declineAction={declineCaseAction}
                  />
                )
            : undefined
        }
      />
      <Pagination
        page={list.page}
        pageCount={list.pageCount}
        total={list.total}
        countLabel={t("count", { count: list.total })}
        hrefFor={(page) => `/service-center?status=${view}&page=${page}`}
      />
    </div>
  );
}

/** The eligible competencies of each open request for help on this page, for the agent's drop-down. */
async function competencyChoices(actor: Actor, cases: ServiceCaseRow[]) {
  const help = cases.filter((c) => c.status === "OPEN" && c.type === "ASSIGNMENT_HELP" && c.referenceId);
  const entries = await Promise.all(
    help.map(async (c) => {
      const result = await eligibleCompetencies({ actor, referenceId: c.referenceId! });
      return [c.id, result.ok ? result.data : []] as const;
    }),
  );
  return new Map<string, { id: string; name: string }[]>(entries);
}

async function EmptyState({ view, isAgent }: { view: CaseView; isAgent: boolean }) {
  const t = await getPortalT("serviceCenter.cases");
  const partners = (chunks: React.ReactNode) => (
    <Link href="/service-center/partners" className={linkClass}>
      {chunks}
    </Link>
  );
  return (
    <>
      <p className="font-medium text-slate-800">{t(`empty.${view}`)}</p>
      <p className="mt-2 text-sm">
        {isAgent
          ? view === "ALL"
            ? t.rich("emptyAgent", { partners })
            : t.rich("emptyAgentSeeAll", {
                partners,
                all: (chunks) => (
                  <Link href="/service-center?status=ALL" className={linkClass}>
                    {chunks}
                  </Link>
                ),
              })
          : t.rich("emptyPartner", {
              link: (chunks) => (
                <Link href="/references" className={linkClass}>
                  {chunks}
                </Link>
              ),
            })}
      </p>
    </>
  );
}
