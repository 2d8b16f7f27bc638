import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/portal/page-header";
import { CaseActions } from "@/components/service-center/case-actions";
import { CaseList } from "@/components/service-center/case-list";
import { CASE_VIEWS, CaseStatusTabs, type CaseView } from "@/components/service-center/case-status-tabs";
import { Alert } from "@/components/ui/alert";
import { Pagination } from "@/components/ui/pagination";
import { linkClass } from "@/components/ui/styles";
import type { Actor } from "@/lib/auth/actor";
import { getActor } from "@/lib/auth/session";
import { eligibleCompetencies } from "@/lib/competencies/eligible";
import { listServiceCases, type ServiceCaseRow } from "@/lib/service-center/queries";
import { declineCaseAction, resolveCaseAction } from "../actions";

export const metadata: Metadata = { title: "Service center cases" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const DONE: Record<string, string> = {
  resolved: "Case resolved. The change shows in the reference request's history.",
  declined: "Case declined. The partner sees your reason with the case.",
};

const EMPTY: Record<CaseView, string> = {
  OPEN: "No open cases: the queue is clear.",
  RESOLVED: "No resolved cases yet.",
  DECLINED: "No declined cases.",
  ALL: "No cases yet.",
};

function one(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

export default async function ServiceCenterPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = (await getActor())!;
  const isAgent = actor.kind === "agent";
  const raw = await searchParams;
  // Agents work a queue (open cases first); partner administrators follow all of theirs.
  const asked = one(raw.status)?.toUpperCase();
  const view: CaseView = CASE_VIEWS.find((v) => v.key === asked)?.key ?? (isAgent ? "OPEN" : "ALL");
  const list = await listServiceCases({
    actor,
    status: view === "ALL" ? undefined : view,
    page: Number(one(raw.page) ?? 1),
  });
  const cases = list.rows;
  const choices = isAgent
    ? await competencyChoices(actor, cases)
    : new Map<string, { id: string; name: string }[]>();
  const done = DONE[one(raw.done) ?? ""];

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
      {done && <Alert tone="success">{done}</Alert>}
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
