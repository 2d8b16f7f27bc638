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
import { type CaseListQuery, type CaseView, parseCaseListQuery } from "@/lib/service-center/list-query";
import { listServiceCases, type ServiceCaseRow } from "@/lib/service-center/queries";
import { declineCaseAction, resolveCaseAction } from "../actions";

export const metadata: Metadata = { title: "Service center cases" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const DONE: Record<NonNullable<CaseListQuery["done"]>, string> = {
  resolved: "Case resolved. The change shows in the reference request's history.",
  declined: "Case declined. The partner sees your reason with the case.",
};

const EMPTY: Record<CaseView, string> = {
  OPEN: "No open cases: the queue is clear.",
  RESOLVED: "No resolved cases yet.",
  DECLINED: "No declined cases.",
  ALL: "No cases yet.",
};

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

  return (
    <div className="space-y-6">
      <PageHeader
        title="Service center cases"
        description={
          isAgent
            ? "Requests from partners to assign a reference on their behalf or to cancel an awaiting request, oldest first."
            : "Your organization's requests to the Regional Service Center: help with assigning, and cancellations."
        }
        actions={
          isAgent && (
            <Link href="/service-center/partners" className={linkClass}>
              Find a partner
            </Link>
          )
        }
      />
      {done && <Alert tone="success">{DONE[done]}</Alert>}
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
        noun={["case", "cases"]}
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

function EmptyState({ view, isAgent }: { view: CaseView; isAgent: boolean }) {
  return (
    <>
      <p className="font-medium text-slate-800">{EMPTY[view]}</p>
      <p className="mt-2 text-sm">
        {isAgent ? (
          <>
            Partners’ administrators open cases from a reference request’s page. Meanwhile you can{" "}
            <Link href="/service-center/partners" className={linkClass}>
              find a partner
            </Link>{" "}
            and assign or cancel on their behalf
            {view !== "ALL" && (
              <>
                , or{" "}
                <Link href="/service-center?status=ALL" className={linkClass}>
                  see all cases
                </Link>
              </>
            )}
            .
          </>
        ) : (
          <>
            To ask for help, open a request on the{" "}
            <Link href="/references" className={linkClass}>
              Reference List
            </Link>{" "}
            and use “Ask the Regional Service Center”.
          </>
        )}
      </p>
    </>
  );
}
