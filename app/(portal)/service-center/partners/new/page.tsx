import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { signedInActor } from "@/app/(portal)/signed-in";
import type { FieldSpec } from "@/components/admin/form-fields";
import { SpecForm } from "@/components/admin/spec-form";
import { PageHeader } from "@/components/portal/page-header";
import { card } from "@/components/ui/styles";
import { getPortalT } from "@/lib/i18n/request-locale";
import { isAgent } from "@/lib/users/permissions";
import { onboardAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getPortalT("agentAdmin.onboard");
  return { title: t("title") };
}

const LOCATION_ROWS = 3;

/** Agents only: the partner, its first locations, and its first Global Administrator's invitation. */
export default async function OnboardPage() {
  const actor = await signedInActor();
  if (!isAgent(actor)) notFound();
  const t = await getPortalT("agentAdmin.onboard");
  const locationFields: FieldSpec[] = Array.from({ length: LOCATION_ROWS }, (_, i) => [
    {
      kind: "text" as const,
      name: `locations.${i}.name`,
      label: t("locationName", { n: i + 1 }),
      maxLength: 200,
      required: i === 0,
    },
    {
      kind: "text" as const,
      name: `locations.${i}.country`,
      label: t("locationCountry", { n: i + 1 }),
      maxLength: 100,
      required: i === 0,
    },
  ]).flat();
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} description={t("description")} />
      <div className={`${card} p-6`}>
        <SpecForm
          action={onboardAction}
          idPrefix="onboard"
          label={t("title")}
          fields={[
            {
              kind: "text",
              name: "name",
              label: t("partnerName"),
              required: true,
              maxLength: 200,
              autoComplete: "organization",
            },
            {
              kind: "text",
              name: "programId",
              label: t("programId"),
              required: true,
              maxLength: 7,
              hint: t("programIdHint"),
            },
            ...locationFields,
            {
              kind: "email",
              name: "adminEmail",
              label: t("adminEmail"),
              required: true,
              maxLength: 254,
            },
            {
              kind: "text",
              name: "adminName",
              label: t("adminName"),
              required: true,
              maxLength: 200,
            },
          ]}
          submitLabel={t("submit")}
          pendingLabel={t("pending")}
          successMessage={t("success")}
        />
      </div>
    </div>
  );
}
