import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { DemoSignIn } from "@/components/auth/demo-sign-in";
import { EmailSignInForm } from "@/components/auth/email-sign-in-form";
import { PortalIntl } from "@/components/i18n/portal-intl";
import { Alert } from "@/components/ui/alert";
import { card } from "@/components/ui/styles";
import { type DemoRoleParts, listDemoUsers } from "@/lib/auth/demo";
import { getActor } from "@/lib/auth/session";
import { env } from "@/lib/env";
import { localizeLibText } from "@/lib/i18n/localize";
import type { PortalLocale, PortalT } from "@/lib/i18n/portal";
import { getPortalLocale, getPortalT } from "@/lib/i18n/request-locale";
import { portalLanguagesOffered } from "@/lib/i18n/rollout";
import { limitMessages } from "@/lib/security/rate-limit";
import { safeRedirectPath } from "@/lib/security/safe-redirect";
import { LanguageChooser } from "./language-chooser";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getPortalT("account.signIn");
  return { title: t("title") };
}
export const dynamic = "force-dynamic";

/** next-auth's error codes this page explains; any other reads as the generic failure. */
const ERRORS = ["Verification", "CredentialsSignin", "SessionRequired"] as const;

function errorMessage(
  params: Record<string, string | string[] | undefined>,
  t: PortalT<"account.signIn">,
  locale: PortalLocale,
): string | null {
  const { error } = params;
  if (typeof error !== "string") return null;
  if (error === "TooManyRequests") {
    const seconds = Number(params.retryAfter);
    return localizeLibText(
      locale,
      limitMessages.signIn(Number.isFinite(seconds) && seconds > 0 ? Math.min(seconds, 86_400) : 3600),
    );
  }
  const known = ERRORS.find((code) => code === error);
  return known ? t(`errors.${known}`) : t("errors.other");
}

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const callbackUrl = safeRedirectPath(params.callbackUrl, { appUrl: env().appUrl });
  if (await getActor()) redirect(callbackUrl);
  const [t, roles, locale] = await Promise.all([
    getPortalT("account.signIn"),
    getPortalT("common.roles"),
    getPortalLocale(),
  ]);
  const error = errorMessage(params, t, locale);
  const demoUsers = env().demoMode ? await listDemoUsers() : [];

  return (
    <PortalIntl include={["account.client.signIn"]}>
      <main
        id="main"
        className="mx-auto grid min-h-screen max-w-5xl items-center gap-10 px-6 py-12 md:grid-cols-2"
      >
        <section>
          <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">{t("eyebrow")}</p>
          <h1 className="mt-2 text-3xl font-bold text-slate-900">{t("heading")}</h1>
          <p className="mt-3 text-slate-700">{t("intro")}</p>
          <div className={`${card} mt-8 p-6`}>
            <h2 className="text-lg font-semibold">{t("emailHeading")}</h2>
            <p className="mt-1 mb-4 text-sm text-slate-600">{t("emailIntro")}</p>
            {error && (
              <div className="mb-4">
                <Alert tone="error">{error}</Alert>
              </div>
            )}
            <EmailSignInForm callbackUrl={callbackUrl} />
          </div>
          {portalLanguagesOffered() && (
            <div className="mt-6">
              <LanguageChooser callbackUrl={typeof params.callbackUrl === "string" ? callbackUrl : ""} />
            </div>
          )}
        </section>
        {demoUsers.length > 0 && (
          <section aria-labelledby="demo-heading" className={`${card} p-6`}>
            <h2 id="demo-heading" className="text-lg font-semibold">
              {t("demoHeading")}
            </h2>
            <p className="mt-1 mb-4 text-sm text-slate-600">
              {t.rich("demoIntro", {
                link: (chunks) => (
                  <a href="/dev/mailbox" className="font-medium text-brand-700 underline">
                    {chunks}
                  </a>
                ),
              })}
            </p>
            <DemoSignIn
              users={demoUsers.map((u) => ({
                email: u.email,
                name: u.name,
                role: demoRole(roles, u.roleParts),
              }))}
              callbackUrl={callbackUrl}
            />
          </section>
        )}
      </main>
    </PortalIntl>
  );
}

function demoRole(t: PortalT<"common.roles">, parts: DemoRoleParts): string {
  if (parts.kind === "agent") return t("agent");
  if (parts.kind === "global") return t("globalAdministrator", { partner: parts.partner });
  if (parts.kind === "local")
    return t("localAdministratorAt", { locations: parts.locations.join(t("separator")) });
  return t("member", { partner: parts.partner });
}
