import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { signedInActor } from "@/app/(portal)/signed-in";
import { InvitationList } from "@/components/admin/invitation-list";
import { LocationAdmins } from "@/components/admin/location-admins";
import { PeopleTable } from "@/components/admin/people-table";
import { SpecForm } from "@/components/admin/spec-form";
import { PageHeader } from "@/components/portal/page-header";
import { Alert } from "@/components/ui/alert";
import { buttonSecondary, card } from "@/components/ui/styles";
import { partnerForAgent } from "@/lib/partners/admin-queries";
import { partnerDirectory } from "@/lib/users/queries";
import {
  agentAddLocationAction,
  agentInviteAction,
  agentRevokeInvitationAction,
  partnerDomainsAction,
  renamePartnerAction,
} from "../actions";

export const metadata: Metadata = { title: "Partner" };

export default async function PartnerPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ onboarded?: string }>;
}) {
  const actor = await signedInActor();
  const { id } = await params;
  const partner = await partnerForAgent(actor, id);
  if (!partner) notFound();
  const directory = (await partnerDirectory({ actor, partnerId: partner.id }))!;
  const q = encodeURIComponent(partner.id);
  return (
    <div className="space-y-8">
      <PageHeader
        title={partner.name}
        description={`Program ID ${partner.programId ?? "—"}`}
        actions={
          <>
            <Link href={`/references?partnerId=${q}`} className={buttonSecondary}>
              Reference List
            </Link>
            <Link href={`/competencies?partnerId=${q}`} className={buttonSecondary}>
              Competencies
            </Link>
            <Link href={`/settings/activity?partnerId=${q}`} className={buttonSecondary}>
              Activity
            </Link>
          </>
        }
      />
      {(await searchParams).onboarded === "1" && (
        <Alert tone="success" title="Partner onboarded">
          The invitation email to its Global Administrator is on its way.
        </Alert>
      )}
      <div className="grid gap-6 lg:grid-cols-2">
        <section aria-labelledby="rename" className={`${card} space-y-3 p-6`}>
          <h2 id="rename" className="text-lg font-semibold">
            Name
          </h2>
          <SpecForm
            action={renamePartnerAction}
            idPrefix="rename"
            label="Rename the partner"
            layout="inline"
            fields={[
              { kind: "hidden", name: "partnerId", value: partner.id },
              {
                kind: "text",
                name: "name",
                label: "Partner name",
                required: true,
                maxLength: 200,
                defaultValue: partner.name,
              },
            ]}
            submitLabel="Save name"
            successMessage="Name saved."
          />
        </section>
        <section aria-labelledby="domains" className={`${card} space-y-3 p-6`}>
          <h2 id="domains" className="text-lg font-semibold">
            Email domains
          </h2>
          <p className="text-sm text-slate-700">
            The partner&apos;s own domains. A reference request to an address at one of them is refused: a
            reference must come from outside the partner (R16).
          </p>
          <SpecForm
            action={partnerDomainsAction}
            idPrefix="domains"
            label="Email domains"
            layout="inline"
            fields={[
              { kind: "hidden", name: "partnerId", value: partner.id },
              {
                kind: "text",
                name: "domains",
                label: "Domains (separated by commas)",
                maxLength: 2000,
                defaultValue: partner.emailDomains.join(", "),
                hint:
                  partner.emailDomains.length === 0
                    ? "None yet: add the partner's own domains, such as contoso.com."
                    : undefined,
              },
            ]}
            submitLabel="Save domains"
            successMessage="Domains saved."
          />
        </section>
        <section aria-labelledby="add-location" className={`${card} space-y-3 p-6`}>
          <h2 id="add-location" className="text-lg font-semibold">
            Add a location
          </h2>
          <SpecForm
            action={agentAddLocationAction}
            idPrefix="agent-location"
            label="Add a location"
            layout="inline"
            fields={[
              { kind: "hidden", name: "partnerId", value: partner.id },
              { kind: "text", name: "name", label: "Name", required: true, maxLength: 200 },
              { kind: "text", name: "country", label: "Country", required: true, maxLength: 100 },
            ]}
            submitLabel="Add location"
            successMessage="Location added."
          />
        </section>
      </div>
      <section aria-labelledby="locations" className="space-y-3">
        <h2 id="locations" className="text-lg font-semibold">
          Locations and their administrators
        </h2>
        <LocationAdmins locations={directory.locations} globals={directory.globalAdministrators} />
      </section>
      <section aria-labelledby="people" className="space-y-3">
        <h2 id="people" className="text-lg font-semibold">
          Users ({directory.people.length}, read only)
        </h2>
        {directory.people.length === 0 ? (
          <p className="text-slate-600">No one has joined yet.</p>
        ) : (
          <PeopleTable people={directory.people} locations={[]} manage={null} />
        )}
      </section>
      <section aria-labelledby="invitations" className="space-y-3">
        <h2 id="invitations" className="text-lg font-semibold">
          Pending invitations ({directory.invitations.length})
        </h2>
        {directory.invitations.length === 0 ? (
          <p className="text-slate-600">No invitation is pending.</p>
        ) : (
          <InvitationList invitations={directory.invitations} revoke={agentRevokeInvitationAction} />
        )}
        <div className={`${card} space-y-3 p-6`}>
          <h3 className="font-semibold">Invite a Global Administrator</h3>
          <p className="text-sm text-slate-600">
            For example when the first invitation expired or its person left. They invite everyone else.
          </p>
          <SpecForm
            action={agentInviteAction}
            idPrefix="agent-invite"
            label="Invite a Global Administrator"
            layout="inline"
            fields={[
              { kind: "hidden", name: "partnerId", value: partner.id },
              {
                kind: "email",
                name: "email",
                label: "Email",
                required: true,
                maxLength: 254,
                autoComplete: "off",
              },
              { kind: "text", name: "name", label: "Name", required: true, maxLength: 200 },
            ]}
            submitLabel="Send invitation"
            pendingLabel="Sending…"
            successMessage="Invitation sent. The link works once and expires in 7 days."
          />
        </div>
      </section>
    </div>
  );
}
