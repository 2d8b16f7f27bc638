import type { Metadata } from "next";
import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { buttonPrimary, linkClass } from "@/components/ui/styles";
import { getActor } from "@/lib/auth/session";
import { ACCEPT_REFUSALS, viewInvitation } from "@/lib/users/accept";

export const metadata: Metadata = { title: "Your invitation", robots: { index: false } };
export const dynamic = "force-dynamic";

const refusalOf = (key: string | undefined) =>
  key && key in ACCEPT_REFUSALS ? ACCEPT_REFUSALS[key as keyof typeof ACCEPT_REFUSALS] : null;

/**
 * Opening the link (GET) changes nothing: it shows the invitation and one button that accepts it
 * (POST). When someone else is signed in on this browser, accepting must say it switches accounts.
 */
export default async function InvitationPage({
  params,
  searchParams,
}: {
  params: Promise<{ token: string }>;
  searchParams: Promise<{ refused?: string }>;
}) {
  const { token } = await params;
  const refused = refusalOf((await searchParams).refused);
  const view = await viewInvitation({ token, now: new Date() });
  const current = view.ok ? await getActor() : null;
  const other = current && view.ok && current.email !== view.data.email ? current : null;
  return (
    <main id="main" className="mx-auto max-w-xl px-6 py-16">
      <h1 className="text-2xl font-bold text-slate-900">Your invitation to the Partner Reference Center</h1>
      {view.ok ? (
        <div className="mt-6 space-y-4">
          {refused && (
            <Alert tone="error" title="The invitation could not be accepted">
              {refused}
            </Alert>
          )}
          <p className="text-slate-700">
            {view.data.name} ({view.data.email}), you are invited as <strong>{view.data.roleLabel}</strong> of{" "}
            <strong>{view.data.partnerName}</strong>.
          </p>
          <form
            method="post"
            action={`/invitation/${encodeURIComponent(token)}/accept`}
            className="space-y-4"
          >
            {other && (
              <div className="space-y-2 rounded-md border border-amber-300 bg-amber-50 p-4 text-sm">
                <p>
                  You are signed in as <strong>{other.name}</strong> ({other.email}). Accepting signs{" "}
                  {other.name} out on this browser and signs you in as {view.data.name}.
                </p>
                <label className="flex items-start gap-2">
                  <input type="checkbox" name="switchAccount" value="yes" required className="mt-1" />
                  <span>
                    Sign out {other.name} and continue as {view.data.name}
                  </span>
                </label>
              </div>
            )}
            <button type="submit" className={buttonPrimary}>
              Accept and sign in
            </button>
          </form>
        </div>
      ) : (
        <div className="mt-6 space-y-4">
          <Alert tone="warning" title="This link cannot be used">
            {refused ?? view.message}
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
