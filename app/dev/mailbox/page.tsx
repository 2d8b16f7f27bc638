import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { EmailTable } from "@/components/mailbox/email-table";
import { listDemoMailbox } from "@/lib/auth/demo";
import { env } from "@/lib/env";
import { queryString } from "@/lib/http/query";

export const metadata: Metadata = { title: "Development mailbox" };
export const dynamic = "force-dynamic";

/** Demo mode only: the email queued for demo users and example addresses, newest first. */
export default async function MailboxPage({
  searchParams,
}: {
  searchParams: Promise<{ to?: string | string[] }>;
}) {
  if (!env().demoMode) notFound();
  const { to } = await searchParams;
  const emails = await listDemoMailbox({ limit: 200, to: queryString(to) });
  return (
    <main id="main" className="mx-auto max-w-6xl space-y-6 px-6 py-10">
      <div>
        <p className="text-sm font-semibold uppercase tracking-wide text-amber-700">Demo mode</p>
        <h1 className="text-2xl font-bold">Development mailbox</h1>
        <p className="mt-1 text-slate-600">
          Emails the Partner Reference Center has queued for the demo users and example customers (sign-in
          links, reference requests), newest first. This page does not exist in production.
        </p>
      </div>
      {emails.length === 0 ? (
        <p className="text-slate-700">No emails yet.</p>
      ) : (
        <EmailTable emails={emails} />
      )}
    </main>
  );
}
