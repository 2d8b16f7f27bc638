import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { signedInActor } from "@/app/(portal)/signed-in";
import { LocationList } from "@/components/admin/location-list";
import { SpecForm } from "@/components/admin/spec-form";
import { PageHeader } from "@/components/portal/page-header";
import { card } from "@/components/ui/styles";
import { canAdministerPartner } from "@/lib/users/permissions";
import { partnerDirectory } from "@/lib/users/queries";
import { addLocationAction, archiveLocationAction, renameLocationAction } from "../actions";

export const metadata: Metadata = { title: "Locations" };

export default async function LocationsPage() {
  const actor = await signedInActor();
  if (actor.kind !== "partner-user") notFound();
  const directory = await partnerDirectory({ actor, partnerId: actor.partnerId });
  if (!directory) notFound();
  const manages = canAdministerPartner(actor, actor.partnerId);
  return (
    <div className="space-y-8">
      <PageHeader
        title="Locations"
        description="References are created for a location. An archived location takes no new references; its existing references and their history stay."
      />
      {manages && (
        <section aria-labelledby="add-location" className={`${card} space-y-4 p-6`}>
          <h2 id="add-location" className="text-lg font-semibold">
            Add a location
          </h2>
          <SpecForm
            action={addLocationAction}
            idPrefix="add-location"
            label="Add a location"
            layout="inline"
            fields={[
              { kind: "text", name: "name", label: "Name", required: true, maxLength: 200 },
              { kind: "text", name: "country", label: "Country", required: true, maxLength: 100 },
            ]}
            submitLabel="Add location"
            successMessage="Location added."
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
