import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { signedInActor } from "@/app/(portal)/signed-in";
import { LocationList } from "@/components/admin/location-list";
import { SpecForm } from "@/components/admin/spec-form";
import { PageHeader } from "@/components/portal/page-header";
import { card } from "@/components/ui/styles";
import { sortByName } from "@/lib/i18n/collate";
import { getPortalLocale, getPortalT } from "@/lib/i18n/request-locale";
import { canAdministerPartner } from "@/lib/users/permissions";
import { partnerDirectory } from "@/lib/users/queries";
import { addLocationAction, archiveLocationAction, renameLocationAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getPortalT("settings.locations");
  return { title: t("title") };
}

export default async function LocationsPage() {
  const [actor, t, locale] = await Promise.all([
    signedInActor(),
    getPortalT("settings.locations"),
    getPortalLocale(),
  ]);
  if (actor.kind !== "partner-user") notFound();
  const found = await partnerDirectory({ actor, partnerId: actor.partnerId });
  if (!found) notFound();
  const directory = { ...found, locations: sortByName(found.locations, locale, (l) => l.name) };
  const manages = canAdministerPartner(actor, actor.partnerId);
  return (
    <div className="space-y-8">
      <PageHeader title={t("title")} description={t("description")} />
      {manages && (
        <section aria-labelledby="add-location" className={`${card} space-y-4 p-6`}>
          <h2 id="add-location" className="text-lg font-semibold">
            {t("add")}
          </h2>
          <SpecForm
            action={addLocationAction}
            idPrefix="add-location"
            label={t("add")}
            layout="inline"
            fields={[
              { kind: "text", name: "name", label: t("name"), required: true, maxLength: 200 },
              { kind: "text", name: "country", label: t("country"), required: true, maxLength: 100 },
            ]}
            submitLabel={t("addSubmit")}
            successMessage={t("added")}
          />
        </section>
      )}
      <LocationList
        locations={directory.locations}
        manage={manages ? { rename: renameLocationAction, archive: archiveLocationAction } : null}
      />
    </div>
  );
}
