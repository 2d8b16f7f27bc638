import { signedInActor } from "@/app/(portal)/signed-in";
import { SettingsTabs } from "@/components/admin/settings-tabs";
import { PortalIntl } from "@/components/i18n/portal-intl";
import { getPortalT } from "@/lib/i18n/request-locale";
import { canSeeActivity } from "@/lib/users/permissions";

/** Users, Locations and (for those who may) Activity, API keys and webhooks, as tabs above each settings page. */
export default async function SettingsLayout({ children }: { children: React.ReactNode }) {
  const [actor, t] = await Promise.all([signedInActor(), getPortalT("settings.tabs")]);
  const tabs = [
    { href: "/settings/users", label: t("users") },
    { href: "/settings/locations", label: t("locations") },
  ];
  if (actor.kind === "partner-user" && canSeeActivity(actor, actor.partnerId))
    tabs.push({ href: "/settings/activity", label: t("activity") });
  if (actor.kind === "partner-user" && actor.isGlobalAdministrator)
    tabs.push(
      { href: "/settings/api", label: t("api") },
      { href: "/settings/webhooks", label: t("webhooks") },
    );
  return (
    <PortalIntl include={["settings"]}>
      <div className="space-y-6">
        {actor.kind === "partner-user" && <SettingsTabs tabs={tabs} label={t("label")} />}
        {children}
      </div>
    </PortalIntl>
  );
}
