import { redirect } from "next/navigation";
import { PortalIntl } from "@/components/i18n/portal-intl";
import { type NavItem, PortalHeader } from "@/components/portal/portal-header";
import { SkipLink } from "@/components/portal/skip-link";
import type { Actor } from "@/lib/auth/actor";
import { canSeeServiceCases } from "@/lib/auth/permissions";
import { getActor } from "@/lib/auth/session";
import type { PortalT } from "@/lib/i18n/portal";
import { getPortalT } from "@/lib/i18n/request-locale";
import { creatableLocations } from "@/lib/partners/queries";
import { signOutAction } from "./sign-out";

export const dynamic = "force-dynamic";

function roleLabel(t: PortalT<"common">, actor: Actor, locationNames: string[]): string {
  if (actor.kind === "agent") return t("roles.agent");
  const partner = actor.partnerName;
  if (actor.isGlobalAdministrator) return t("roles.globalAdministrator", { partner });
  if (actor.adminLocationIds.length > 0)
    return t("roles.localAdministrator", { partner, locations: locationNames.join(", ") });
  return t("roles.member", { partner });
}

export default async function PortalLayout({ children }: { children: React.ReactNode }) {
  const actor = await getActor();
  if (!actor) redirect("/signin");
  const [locations, t] = await Promise.all([creatableLocations(actor), getPortalT("common")]);
  const items: NavItem[] = [{ href: "/references", label: t("nav.references") }];
  if (locations.length > 0) items.push({ href: "/references/new", label: t("nav.create") });
  items.push({ href: "/competencies", label: t("nav.competencies") });
  if (canSeeServiceCases(actor)) items.push({ href: "/service-center", label: t("nav.serviceCenter") });
  if (actor.kind === "agent") items.push({ href: "/service-center/partners", label: t("nav.partners") });
  if (actor.kind === "agent") items.push({ href: "/service-center/competencies", label: t("nav.catalog") });
  if (actor.kind === "partner-user") items.push({ href: "/settings/users", label: t("nav.settings") });
  if (actor.kind === "agent") items.push({ href: "/service-center/email", label: t("nav.email") });
  if (actor.kind === "agent") items.push({ href: "/service-center/contacts", label: t("nav.contacts") });
  if (actor.kind === "agent") items.push({ href: "/service-center/privacy", label: t("nav.customerData") });
  return (
    <PortalIntl>
      <SkipLink label={t("skipLink")} />
      <PortalHeader
        items={items}
        userName={actor.name}
        signOutAction={signOutAction}
        productName={t("productName")}
        navLabel={t("nav.label")}
        roleLabel={roleLabel(
          t,
          actor,
          locations.map((l) => l.name),
        )}
      />
      <main id="main" className="mx-auto max-w-7xl px-6 py-8">
        {children}
      </main>
    </PortalIntl>
  );
}
