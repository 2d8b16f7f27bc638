import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { DemoSignIn } from "@/components/auth/demo-sign-in";
import { EmailSignInForm } from "@/components/auth/email-sign-in-form";
import { Alert } from "@/components/ui/alert";
import { card } from "@/components/ui/styles";
import { listDemoUsers } from "@/lib/auth/demo";
import { getActor } from "@/lib/auth/session";
import { env } from "@/lib/env";
import { limitMessages } from "@/lib/security/rate-limit";
import { safeRedirectPath } from "@/lib/security/safe-redirect";

export const metadata: Metadata = { title: "Sign in" };
export const dynamic = "force-dynamic";

const ERRORS: Record<string, string> = {
  Verification: "That sign-in link has expired or was already used. Ask for a new one below.",
  CredentialsSignin: "That demo user could not be signed in.",
  SessionRequired: "Please sign in to continue.",
};

function errorMessage(params: Record<string, string | string[] | undefined>): string | null {
  if (typeof params.error !== "string") return null;
  if (params.error === "TooManyRequests") {
    const seconds = Number(params.retryAfter);
    return limitMessages.signIn(Number.isFinite(seconds) && seconds > 0 ? Math.min(seconds, 86_400) : 3600);
  }
  return ERRORS[params.error] ?? "Sign-in did not work. Please try again.";
}

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const callbackUrl = safeRedirectPath(params.callbackUrl, { appUrl: env().appUrl });
  if (await getActor()) redirect(callbackUrl);
  const error = errorMessage(params);
  const demoUsers = env().demoMode ? await listDemoUsers() : [];

  return (
    <main
      id="main"
      className="mx-auto grid min-h-screen max-w-5xl items-center gap-10 px-6 py-12 md:grid-cols-2"
    >
      <section>
        <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">
          Partner Membership Center
        </p>
        <h1 className="mt-2 text-3xl font-bold text-slate-900">Sign in to the Partner Reference Center</h1>
        <p className="mt-3 text-slate-700">
          Ask customers to vouch for your projects, follow their answers on your Reference List, and assign
          approved references to your competencies.
        </p>
        <div className={`${card} mt-8 p-6`}>
          <h2 className="text-lg font-semibold">Sign in with your email</h2>
          <p className="mt-1 mb-4 text-sm text-slate-600">
            We will email you a link that signs you in. No password needed.
          </p>
          {error && (
            <div className="mb-4">
              <Alert tone="error">{error}</Alert>
            </div>
          )}
          <EmailSignInForm callbackUrl={callbackUrl} />
        </div>
      </section>
      {demoUsers.length > 0 && (
        <section aria-labelledby="demo-heading" className={`${card} p-6`}>
          <h2 id="demo-heading" className="text-lg font-semibold">
            Demo accounts
          </h2>
          <p className="mt-1 mb-4 text-sm text-slate-600">
            This is a demonstration. Sign in with one click as any of these users.{" "}
            <a href="/dev/mailbox" className="font-medium text-brand-700 underline">
              Open the development mailbox
            </a>{" "}
            to read sign-in links and customer emails.
          </p>
          <DemoSignIn users={demoUsers} callbackUrl={callbackUrl} />
        </section>
      )}
    </main>
  );
}
