import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { signedInActor } from "@/app/(portal)/signed-in";
import { PageHeader } from "@/components/portal/page-header";
import { PersonalDataPanel } from "@/components/service-center/personal-data-panel";
import { getPortalT } from "@/lib/i18n/request-locale";
import { STATUS_LABELS } from "@/lib/references/wording";
import { erasePersonalDataAction, findPersonalDataAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getPortalT("serviceCenter.privacy");
  return { title: t("title") };
}

// R21: everything held about one customer address, across all partners: find, download, erase.
export default async function PrivacyPage() {
  const actor = await signedInActor();
  if (actor.kind !== "agent") notFound();
  const [t, common] = await Promise.all([getPortalT("serviceCenter.privacy"), getPortalT("common")]);
  // lib names a request's status in English (also in the download); the table shows it translated.
  const statusLabels = Object.fromEntries(
    (Object.keys(STATUS_LABELS) as (keyof typeof STATUS_LABELS)[]).map((status) => [
      STATUS_LABELS[status],
      common(`statuses.${status}`),
    ]),
  );
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} description={t("description")} />
      <PersonalDataPanel
        find={findPersonalDataAction}
        erase={erasePersonalDataAction}
        statusLabels={statusLabels}
      />
    </div>
  );
}
