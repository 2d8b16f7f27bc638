import type { Metadata } from "next";
import Link from "next/link";
import { signedInActor } from "@/app/(portal)/signed-in";
import { SignOutEverywhere } from "@/components/admin/sign-out-everywhere";
import { PageHeader } from "@/components/portal/page-header";
import { LanguageForm } from "@/components/profile/language-form";
import { card, linkClass } from "@/components/ui/styles";
import type { Actor } from "@/lib/auth/actor";
import type { PortalT } from "@/lib/i18n/portal";
import { getPortalLocale, getPortalT } from "@/lib/i18n/request-locale";
import { portalLanguagesOffered } from "@/lib/i18n/rollout";
import { languageChoices } from "@/lib/users/locale";
import { type PartnerDirectory, partnerDirectory } from "@/lib/users/queries";
import { saveLanguageAction, signOutEverywhereAction } from "./actions";
import { NoticePreferences } from "./notice-preferences";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getPortalT("account.profile");
  return { title: t("title") };
}

/** "Global Administrator", "Local Administrator of Munich, Seattle", "Member", in the page's language. */
function roleOf(
  actor: Actor,
  directory: PartnerDirectory | null,
  t: PortalT<"account.profile">,
  common: PortalT<"common">,
  collator: Intl.Collator,
): string {
  if (actor.kind === "agent") return common("roles.agent");
  const me = directory?.people.find((p) => p.id === actor.userId);
  if (me?.role === "GLOBAL_ADMINISTRATOR") return t("roles.globalAdministrator");
  if (me?.role === "LOCAL_ADMINISTRATOR") {
    const names = (directory?.locations ?? [])
      .filter((l) => me.locationIds.includes(l.id))
      .map((l) => l.name)
      .sort(collator.compare);
    return t("roles.localAdministrator", { locations: names.join(common("listSeparator")) });
  }
  return t("roles.member");
}

export default async function ProfilePage() {
  const actor = await signedInActor();
  const [t, common, locale] = await Promise.all([
    getPortalT("account.profile"),
    getPortalT("common"),
    getPortalLocale(),
  ]);
  const directory =
    actor.kind === "partner-user" ? await partnerDirectory({ actor, partnerId: actor.partnerId }) : null;
  const role = roleOf(actor, directory, t, common, new Intl.Collator(locale));
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} />
      <dl className={`${card} grid gap-4 p-6 sm:grid-cols-2`}>
        <div>
          <dt className="text-sm text-slate-600">{t("name")}</dt>
          <dd className="font-semibold">{actor.name}</dd>
        </div>
        <div>
          <dt className="text-sm text-slate-600">{t("email")}</dt>
          <dd className="font-semibold">{actor.email}</dd>
        </div>
        <div>
          <dt className="text-sm text-slate-600">{t("partner")}</dt>
          <dd className="font-semibold">{actor.kind === "partner-user" ? actor.partnerName : "—"}</dd>
        </div>
        <div>
          <dt className="text-sm text-slate-600">{t("role")}</dt>
          <dd className="font-semibold" data-testid="profile-role">
            {role}
          </dd>
        </div>
      </dl>
      {actor.kind === "partner-user" && (
        <p className="text-sm text-slate-700">
          {t.rich("rolesGiven", {
            names: (directory?.globalAdministrators ?? []).join(common("listSeparator")),
            link: (chunks) => (
              <Link href="/settings/users" className={linkClass}>
                {chunks}
              </Link>
            ),
          })}
        </p>
      )}
      {portalLanguagesOffered() && (
        <section aria-labelledby="language-heading" className={`${card} p-6`}>
          <h2 id="language-heading" className="sr-only">
            {t("languageHeading")}
          </h2>
          <LanguageForm
            action={saveLanguageAction}
            current={locale}
            choices={languageChoices().map((c) => ({ value: c.locale, name: c.name }))}
          />
        </section>
      )}
      <NoticePreferences actor={actor} />
      <section aria-labelledby="sessions" className={`${card} space-y-3 p-6`}>
        <h2 id="sessions" className="text-lg font-semibold">
          {t("sessions")}
        </h2>
        <p className="text-sm text-slate-700">{t("sessionsIntro")}</p>
        <SignOutEverywhere action={signOutEverywhereAction} />
      </section>
    </div>
  );
}
