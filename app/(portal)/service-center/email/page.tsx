import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { signedInActor } from "@/app/(portal)/signed-in";
import { PageHeader } from "@/components/portal/page-header";
import { EmailFailedTable } from "@/components/service-center/email-failed-table";
import { RequeueAllEmails, RequeueEmailButton } from "@/components/service-center/email-requeue";
import { Alert } from "@/components/ui/alert";
import { linkClass } from "@/components/ui/styles";
import { describeAge } from "@/lib/email/backlog";
import { listFailedEmails } from "@/lib/email/failed";
import { requeueAllEmailsAction, requeueEmailAction } from "./actions";

export const metadata: Metadata = { title: "Undelivered email" };

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

  return (
    <div className="space-y-6">
      <PageHeader
        title="Undelivered email"
        description="Emails a recipient's mail server refused permanently. An outage only delays email; these need a person: correct the address with the partner, then requeue."
      />
      <Alert
        tone={
          backlog.oldestUndeliveredAgeSeconds !== null && backlog.oldestUndeliveredAgeSeconds > 3600
            ? "warning"
            : "info"
        }
      >
        {backlog.oldestUndeliveredAgeSeconds === null
          ? "No email is waiting to be sent."
          : `The oldest email waiting to be sent was queued ${describeAge(backlog.oldestUndeliveredAgeSeconds)} ago.`}{" "}
        {backlog.failedTotal === 1 ? "1 email has failed." : `${backlog.failedTotal} emails have failed.`}
      </Alert>
      {rows.length === 0 ? (
        <div className="rounded-lg border border-dashed border-slate-300 bg-white p-8 text-center text-slate-700">
          <p className="font-medium text-slate-800">No failed email{after ? " on this page" : ""}.</p>
          {after && (
            <Link href="/service-center/email" className={`${linkClass} mt-2 inline-block text-sm`}>
              Back to the first page
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
          <nav aria-label="Pagination" className="flex justify-between text-sm">
            {after ? (
              <Link href="/service-center/email" className={linkClass}>
                First page
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
                Next page
              </Link>
            )}
          </nav>
        </>
      )}
    </div>
  );
}
