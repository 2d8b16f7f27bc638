import { signedInActor } from "@/app/(portal)/signed-in";
import { SettingsTabs } from "@/components/admin/settings-tabs";
import { canSeeActivity } from "@/lib/users/permissions";

/** Users, Locations and (for those who may) Activity, API keys and webhooks, as tabs above each settings page. */
export default async function SettingsLayout({ children }: { children: React.ReactNode }) {
  const actor = await signedInActor();
  const tabs = [
    { href: "/settings/users", label: "Users and roles" },
    { href: "/settings/locations", label: "Locations" },
  ];
  if (actor.kind === "partner-user" && canSeeActivity(actor, actor.partnerId))
    tabs.push({ href: "/settings/activity", label: "Activity" });
  if (actor.kind === "partner-user" && actor.isGlobalAdministrator)
    tabs.push({ href: "/settings/api", label: "API" }, { href: "/settings/webhooks", label: "Webhooks" });
  return (
    <div className="space-y-6">
      {actor.kind === "partner-user" && <SettingsTabs tabs={tabs} />}
      {children}
    </div>
  );
}
