import type { Metadata } from "next";
import Link from "next/link";
import { card, linkClass } from "@/components/ui/styles";
import { env } from "@/lib/env";

export const metadata: Metadata = { title: "Check your email" };
export const dynamic = "force-dynamic";

/** The same neutral answer for every address, provisioned or not. */
export default function CheckEmailPage() {
  return (
    <main id="main" className="mx-auto flex min-h-screen max-w-lg items-center px-6">
      <div className={`${card} w-full p-8`}>
        <h1 className="text-2xl font-bold text-slate-900">Check your email</h1>
        <p className="mt-3 text-slate-700" data-testid="neutral-answer">
          If that address belongs to a provisioned account, a sign-in link is on its way.
        </p>
        <p className="mt-3 text-sm text-slate-600">
          The link works once and expires in 24 hours. Look for a message from {env().senderAddress}, and
          check your spam folder.
        </p>
        <p className="mt-6 flex gap-4 text-sm">
          <Link href="/signin" className={linkClass}>
            Back to sign in
          </Link>
          {env().demoMode && (
            <Link href="/dev/mailbox" className={linkClass}>
              Open the development mailbox
            </Link>
          )}
        </p>
      </div>
    </main>
  );
}
