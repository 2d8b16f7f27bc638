import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { signedInActor } from "@/app/(portal)/signed-in";
import { PageHeader } from "@/components/portal/page-header";
import { EmailFailedTable } from "@/components/service-center/email-failed-table";
import { RequeueAllEmails, RequeueEmailButton } from "@/components/service-center/email-requeue";
import { Alert } from "@/components/ui/alert";
import { linkClass } from "@/components/ui/styles";
import { listFailedEmails } from "@/lib/email/failed";
import { getPortalT } from "@/lib/i18n/request-locale";
import { requeueAllEmailsAction, requeueEmailAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getPortalT("serviceCenter.email");
  return { title: t("title") };
}

/** How long ago, as lib/email/backlog.ts's describeAge says it in English ("3 hours"). */
function ageParts(seconds: number): { unit: "day" | "hour" | "minute" | "none"; n: number } {
  const units: ["day" | "hour" | "minute", number][] = [
    ["day", 86_400],
    ["hour", 3_600],
    ["minute", 60],
  ];
  for (const [unit, size] of units) {
    const n = Math.floor(seconds / size);
    if (n >= 1) return { unit, n };
  }
  return { unit: "none", n: 0 };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function FailedEmailPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await signedInActor();
  const after = (await searchParams).after;
  const result = await listFailedEmails({
    actor,
    now: new Date(),
    after: typeof after === "string" ? after : undefined,
  });
  // lib decides who may see this (agents only); everyone else gets the same answer as an unknown page.
  if (!result.ok) notFound();
  const { rows, nextCursor, backlog } = result.data;
  const t = await getPortalT("serviceCenter.email");
  const age = backlog.oldestUndeliveredAgeSeconds;

  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} description={t("description")} />
      <Alert
        tone={
          backlog.oldestUndeliveredAgeSeconds !== null && backlog.oldestUndeliveredAgeSeconds > 3600
            ? "warning"
            : "info"
        }
      >
        {age === null
          ? t("backlogNone", { failed: backlog.failedTotal })
          : t("backlogOldest", { age: t("age", ageParts(age)), failed: backlog.failedTotal })}
      </Alert>
      {rows.length === 0 ? (
        <div className="rounded-lg border border-dashed border-slate-300 bg-white p-8 text-center text-slate-700">
          <p className="font-medium text-slate-800">{after ? t("noFailedOnPage") : t("noFailed")}</p>
          {after && (
            <Link href="/service-center/email" className={`${linkClass} mt-2 inline-block text-sm`}>
              {t("backToFirstPage")}
            </Link>
          )}
        </div>
      ) : (
        <>
          <RequeueAllEmails count={backlog.failedTotal} action={requeueAllEmailsAction} />
          <EmailFailedTable
            rows={rows}
            renderAction={(row) => (
              <RequeueEmailButton emailId={row.id} to={row.to} action={requeueEmailAction} />
            )}
          />
          <nav aria-label={t("pagination")} className="flex justify-between text-sm">
            {after ? (
              <Link href="/service-center/email" className={linkClass}>
                {t("firstPage")}
              </Link>
            ) : (
              <span />
            )}
            {nextCursor && (
              <Link
                href={`/service-center/email?after=${encodeURIComponent(nextCursor)}`}
                className={linkClass}
                rel="next"
              >
                {t("nextPage")}
              </Link>
            )}
          </nav>
        </>
      )}
    </div>
  );
}
