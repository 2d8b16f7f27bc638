import type { Metadata } from "next";
import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { buttonPrimary, linkClass } from "@/components/ui/styles";
import { viewInvitation } from "@/lib/users/accept";

export const metadata: Metadata = { title: "Your invitation", robots: { index: false } };
export const dynamic = "force-dynamic";

/** Opening the link (GET) changes nothing: it shows the invitation and one button that accepts it (POST). */
export default async function InvitationPage({
  params,
  searchParams,
}: {
  params: Promise<{ token: string }>;
  searchParams: Promise<{ refused?: string }>;
}) {
  const { token } = await params;
  const refused = (await searchParams).refused === "1";
  const view = await viewInvitation({ token, now: new Date() });
  return (
    <main id="main" className="mx-auto max-w-xl px-6 py-16">
      <h1 className="text-2xl font-bold text-slate-900">Your invitation to the Partner Reference Center</h1>
      {view.ok ? (
        <div className="mt-6 space-y-4">
          {refused && (
            <Alert tone="error" title="The invitation could not be accepted">
              Please try again, or ask your Global Administrator to invite you again.
            </Alert>
          )}
          <p className="text-slate-700">
            {view.data.name} ({view.data.email}), you are invited as <strong>{view.data.roleLabel}</strong> of{" "}
            <strong>{view.data.partnerName}</strong>.
          </p>
          <form method="post" action={`/invitation/${encodeURIComponent(token)}/accept`}>
            <button type="submit" className={buttonPrimary}>
              Accept and sign in
            </button>
          </form>
        </div>
      ) : (
        <div className="mt-6 space-y-4">
          <Alert tone="warning" title="This link cannot be used">
            {view.message}
          </Alert>
          <p>
            <Link href="/signin" className={linkClass}>
              Go to sign-in
            </Link>
          </p>
        </div>
      )}
    </main>
  );
}
