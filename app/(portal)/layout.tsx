import { redirect } from "next/navigation";
import { type NavItem, PortalHeader } from "@/components/portal/portal-header";
import { SkipLink } from "@/components/portal/skip-link";
import type { Actor } from "@/lib/auth/actor";
import { canSeeServiceCases } from "@/lib/auth/permissions";
import { getActor } from "@/lib/auth/session";
import { creatableLocations } from "@/lib/partners/queries";
import { signOutAction } from "./sign-out";

export const dynamic = "force-dynamic";

function roleLabel(actor: Actor, locationNames: string[]): string {
  if (actor.kind === "agent") return "Regional Service Center agent";
  if (actor.isGlobalAdministrator) return `Global Administrator, ${actor.partnerName}`;
  if (actor.adminLocationIds.length > 0)
    return `Local Administrator, ${actor.partnerName} ${locationNames.join(", ")}`;
  return `Member, ${actor.partnerName}`;
}

export default async function PortalLayout({ children }: { children: React.ReactNode }) {
  const actor = await getActor();
  if (!actor) redirect("/signin");
  const locations = await creatableLocations(actor);
  const items: NavItem[] = [{ href: "/references", label: "Reference List" }];
  if (locations.length > 0) items.push({ href: "/references/new", label: "Create a Customer Reference" });
  items.push({ href: "/competencies", label: "Competencies" });
  if (canSeeServiceCases(actor)) items.push({ href: "/service-center", label: "Service center" });
  if (actor.kind === "agent") items.push({ href: "/service-center/partners", label: "Partners" });
  if (actor.kind === "agent") items.push({ href: "/service-center/competencies", label: "Catalog" });
  if (actor.kind === "partner-user") items.push({ href: "/settings/users", label: "Settings" });
  if (actor.kind === "agent") items.push({ href: "/service-center/email", label: "Email" });
  if (actor.kind === "agent") items.push({ href: "/service-center/contacts", label: "Contacts" });
  if (actor.kind === "agent") items.push({ href: "/service-center/privacy", label: "Customer data" });
  return (
    <>
      <SkipLink />
      <PortalHeader
        items={items}
        userName={actor.name}
        signOutAction={signOutAction}
        roleLabel={roleLabel(
          actor,
          locations.map((l) => l.name),
        )}
      />
      <main id="main" className="mx-auto max-w-7xl px-6 py-8">
        {children}
      </main>
    </>
  );
}
