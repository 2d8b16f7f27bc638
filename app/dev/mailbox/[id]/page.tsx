import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { emailLinks } from "@/components/mailbox/email-links";
import { card, linkClass } from "@/components/ui/styles";
import { getDemoEmail } from "@/lib/auth/demo";
import { formatDateTime } from "@/lib/dates";
import { env } from "@/lib/env";

export const metadata: Metadata = { title: "Email" };
export const dynamic = "force-dynamic";

export default async function MailboxEmailPage({ params }: { params: Promise<{ id: string }> }) {
  if (!env().demoMode) notFound();
  const { id } = await params;
  const email = await getDemoEmail(id);
  if (!email) notFound();
  const links = emailLinks(email.html);
  return (
    <main id="main" className="mx-auto max-w-4xl space-y-6 px-6 py-10">
      <Link href="/dev/mailbox" className={`${linkClass} text-sm`}>
        ← Back to the mailbox
      </Link>
      <h1 className="text-2xl font-bold">{email.subject}</h1>
      <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="font-semibold">To</dt>
        <dd>{email.to}</dd>
        <dt className="font-semibold">Created</dt>
        <dd>{formatDateTime(email.createdAt)}</dd>
        <dt className="font-semibold">Status</dt>
        <dd>{email.status}</dd>
      </dl>
      {links.length > 0 && (
        <section aria-labelledby="links-h" className={`${card} p-4`}>
          <h2 id="links-h" className="font-semibold">
            Links in this email
          </h2>
          <ul className="mt-2 space-y-1 text-sm">
            {links.map((l) => (
              <li key={l.href}>
                <a href={l.href} className={linkClass} data-testid="email-link">
                  {l.text}
                </a>{" "}
                <span className="break-all text-xs text-slate-500">{l.href}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      <iframe
        title={`Email: ${email.subject}`}
        srcDoc={`<base target="_top">${email.html}`}
        sandbox="allow-top-navigation-by-user-activation allow-popups"
        className="h-[640px] w-full rounded-lg border border-slate-200 bg-white"
      />
      <details className={`${card} p-4 text-sm`}>
        <summary className="cursor-pointer font-semibold">Plain-text version</summary>
        <pre className="mt-2 whitespace-pre-wrap font-sans">{email.text}</pre>
      </details>
    </main>
  );
}
