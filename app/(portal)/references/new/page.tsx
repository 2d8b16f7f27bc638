import type { Metadata } from "next";
import Link from "next/link";
import { signedInActor } from "@/app/(portal)/signed-in";
import { AskAdministrators } from "@/components/admin/ask-administrators";
import { PageHeader } from "@/components/portal/page-header";
import { CreateReferenceForm } from "@/components/references/create-reference-form";
import { Alert } from "@/components/ui/alert";
import { card, linkClass } from "@/components/ui/styles";
import { PROJECT_TYPE_KEYS } from "@/lib/competencies/project-types";
import { LOCALE_NAMES, LOCALES, localeForCountry } from "@/lib/i18n/locales";
import { localizeLibText } from "@/lib/i18n/localize";
import type { PortalLocale } from "@/lib/i18n/portal";
import { getPortalLocale, getPortalT } from "@/lib/i18n/request-locale";
import { creatableLocations, partnerAdministrators } from "@/lib/partners/queries";
import { newCreateKey } from "@/lib/references/create";
import { MESSAGES } from "@/lib/references/wording";
import { createAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getPortalT("referenceDetail.new");
  return { title: t("title") };
}

/** "Berlin, Munich" in English as always; other languages join a list their own way. */
function listOf(names: string[], locale: PortalLocale): string {
  if (locale.startsWith("en")) return names.join(", ");
  return new Intl.ListFormat(locale, { type: "conjunction" }).format(names);
}

export default async function NewReferencePage() {
  const actor = await signedInActor();
  const locations = await creatableLocations(actor);
  const locale = await getPortalLocale();
  const t = await getPortalT("referenceDetail.new");
  const tDetail = await getPortalT("referenceDetail");
  const createForbidden = localizeLibText(locale, MESSAGES.createForbidden);
  const header = <PageHeader title={t("title")} description={t("description")} />;
  if (locations.length === 0) {
    return (
      <div className="space-y-6">
        {header}
        <Alert tone="warning" title={t("cannotCreateTitle")}>
          <p>{createForbidden}</p>
          {actor.kind === "partner-user" && (
            <AskAdministrators globals={await partnerAdministrators(actor.partnerId)} />
          )}
          <p className="mt-2">
            {t.rich("askAdministrator", {
              link: (chunks) => (
                <Link href="/service-center" className={linkClass}>
                  {chunks}
                </Link>
              ),
            })}
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
          {t("canCreateFor", {
            locations: listOf(
              locations.map((l) => l.name),
              locale,
            ),
            rule: createForbidden,
          })}
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
          projectTypes={PROJECT_TYPE_KEYS.map((value) => ({
            value,
            label: tDetail(`projectTypes.${value}`),
          }))}
          today={new Date().toISOString().slice(0, 10)}
          createKey={newCreateKey()}
        />
      </div>
    </div>
  );
}
