import type { Metadata } from "next";
import Link from "next/link";
import { signedInActor } from "@/app/(portal)/signed-in";
import { AskAdministrators } from "@/components/admin/ask-administrators";
import { PageHeader } from "@/components/portal/page-header";
import { CreateReferenceForm } from "@/components/references/create-reference-form";
import { Alert } from "@/components/ui/alert";
import { card, linkClass } from "@/components/ui/styles";
import { PROJECT_TYPES } from "@/lib/competencies/project-types";
import { LOCALE_NAMES, LOCALES, localeForCountry } from "@/lib/i18n/locales";
import { creatableLocations, partnerAdministrators } from "@/lib/partners/queries";
import { newCreateKey } from "@/lib/references/create";
import { MESSAGES } from "@/lib/references/wording";
import { createAction } from "../actions";

export const metadata: Metadata = { title: "Create a Customer Reference" };

export default async function NewReferencePage() {
  const actor = await signedInActor();
  const locations = await creatableLocations(actor);
  const header = (
    <PageHeader
      title="Create a Customer Reference"
      description="Ask a customer to vouch for a project you delivered. They approve or reject by email; approved references count toward your competencies."
    />
  );
  if (locations.length === 0) {
    return (
      <div className="space-y-6">
        {header}
        <Alert tone="warning" title="You cannot create references">
          <p>{MESSAGES.createForbidden}</p>
          {actor.kind === "partner-user" && (
            <AskAdministrators globals={await partnerAdministrators(actor.partnerId)} />
          )}
          <p className="mt-2">
            Ask an administrator of your organization, or{" "}
            <Link href="/service-center" className={linkClass}>
              contact your Regional Service Center
            </Link>
            .
          </p>
        </Alert>
      </div>
    );
  }
  return (
    <div className="space-y-6">
      {header}
      {!(actor.kind === "partner-user" && actor.isGlobalAdministrator) && (
        <Alert tone="info">
          You can create references for {locations.map((l) => l.name).join(", ")}. For any other location:{" "}
          {MESSAGES.createForbidden}
          {actor.kind === "partner-user" && (
            <AskAdministrators globals={await partnerAdministrators(actor.partnerId)} />
          )}
        </Alert>
      )}
      <div className={`${card} p-6`}>
        <CreateReferenceForm
          action={createAction}
          locations={locations.map((l) => ({
            value: l.id,
            label: l.name,
            language: localeForCountry(l.country),
          }))}
          languages={LOCALES.map((l) => ({ value: l, label: LOCALE_NAMES[l] }))}
          projectTypes={Object.entries(PROJECT_TYPES).map(([value, label]) => ({ value, label }))}
          today={new Date().toISOString().slice(0, 10)}
          createKey={newCreateKey()}
        />
      </div>
    </div>
  );
}
