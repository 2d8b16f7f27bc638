import type { Metadata } from "next";
import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { buttonPrimary, linkClass } from "@/components/ui/styles";
import { getActor } from "@/lib/auth/session";
import { localizeLibText } from "@/lib/i18n/localize";
import { getPortalLocale, getPortalT } from "@/lib/i18n/request-locale";
import { ACCEPT_REFUSALS, viewInvitation } from "@/lib/users/accept";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getPortalT("account.invitation");
  return { title: t("title"), robots: { index: false } };
}
export const dynamic = "force-dynamic";

const refusalOf = (key: string | undefined) =>
  key && key in ACCEPT_REFUSALS ? ACCEPT_REFUSALS[key as keyof typeof ACCEPT_REFUSALS] : null;

/**
 * Opening the link (GET) changes nothing: it shows the invitation and one button that accepts it
 * (POST). When someone else is signed in on this browser, accepting must say it switches accounts.
 * The invited person has no account yet: the page speaks the browser's language (or the one chosen
 * on the sign-in page).
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
  const [t, locale] = await Promise.all([getPortalT("account.invitation"), getPortalLocale()]);
  const strong = (chunks: React.ReactNode) => <strong>{chunks}</strong>;
  return (
    <main id="main" className="mx-auto max-w-xl px-6 py-16">
      <h1 className="text-2xl font-bold text-slate-900">{t("heading")}</h1>
      {view.ok ? (
        <div className="mt-6 space-y-4">
          {refused && (
            <Alert tone="error" title={t("refusedTitle")}>
              {localizeLibText(locale, refused)}
            </Alert>
          )}
          <p className="text-slate-700">
            {t.rich("invited", {
              name: view.data.name,
              email: view.data.email,
              role: localizeLibText(locale, view.data.roleLabel),
              partner: view.data.partnerName,
              strong,
            })}
          </p>
          <form
            method="post"
            action={`/invitation/${encodeURIComponent(token)}/accept`}
            className="space-y-4"
          >
            {other && (
              <div className="space-y-2 rounded-md border border-amber-300 bg-amber-50 p-4 text-sm">
                <p>
                  {t.rich("signedInAs", {
                    other: other.name,
                    otherEmail: other.email,
                    name: view.data.name,
                    strong,
                  })}
                </p>
                <label className="flex items-start gap-2">
                  <input type="checkbox" name="switchAccount" value="yes" required className="mt-1" />
                  <span>{t("switch", { other: other.name, name: view.data.name })}</span>
                </label>
              </div>
            )}
            <button type="submit" className={buttonPrimary}>
              {t("accept")}
            </button>
          </form>
        </div>
      ) : (
        <div className="mt-6 space-y-4">
          <Alert tone="warning" title={t("unusableTitle")}>
            {localizeLibText(locale, refused ?? view.message)}
          </Alert>
          <p>
            <Link href="/signin" className={linkClass}>
              {t("goToSignIn")}
            </Link>
          </p>
        </div>
      )}
    </main>
  );
}
