import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { signedInActor } from "@/app/(portal)/signed-in";
import type { FieldSpec } from "@/components/admin/form-fields";
import { SpecForm } from "@/components/admin/spec-form";
import { PageHeader } from "@/components/portal/page-header";
import { card } from "@/components/ui/styles";
import { isAgent } from "@/lib/users/permissions";
import { onboardAction } from "../actions";

export const metadata: Metadata = { title: "Onboard a partner" };

const LOCATION_ROWS = 3;

/** Agents only: the partner, its first locations, and its first Global Administrator's invitation. */
export default async function OnboardPage() {
  const actor = await signedInActor();
  if (!isAgent(actor)) notFound();
  const locationFields: FieldSpec[] = Array.from({ length: LOCATION_ROWS }, (_, i) => [
    {
      kind: "text" as const,
      name: `locations.${i}.name`,
      label: `Location ${i + 1} name`,
      maxLength: 200,
      required: i === 0,
    },
    {
      kind: "text" as const,
      name: `locations.${i}.country`,
      label: `Location ${i + 1} country`,
      maxLength: 100,
      required: i === 0,
    },
  ]).flat();
  return (
    <div className="space-y-6">
      <PageHeader
        title="Onboard a partner"
        description="Creates the partner with its first locations and emails its first Global Administrator an invitation (valid 7 days). More locations can be added later."
      />
      <div className={`${card} p-6`}>
        <SpecForm
          action={onboardAction}
          idPrefix="onboard"
          label="Onboard a partner"
          fields={[
            {
              kind: "text",
              name: "name",
              label: "Partner name",
              required: true,
              maxLength: 200,
              autoComplete: "organization",
            },
            {
              kind: "text",
              name: "programId",
              label: "Program ID",
              required: true,
              maxLength: 7,
              hint: "The partner's 7-digit number, such as 1234567.",
            },
            ...locationFields,
            {
              kind: "email",
              name: "adminEmail",
              label: "Global Administrator's email",
              required: true,
              maxLength: 254,
            },
            {
              kind: "text",
              name: "adminName",
              label: "Global Administrator's name",
              required: true,
              maxLength: 200,
            },
          ]}
          submitLabel="Onboard partner and send the invitation"
          pendingLabel="Onboarding…"
          successMessage="Partner onboarded."
        />
      </div>
    </div>
  );
}
