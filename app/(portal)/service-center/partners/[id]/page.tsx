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
import { getPortalT } from "@/lib/i18n/request-locale";
import { partnerForAgent } from "@/lib/partners/admin-queries";
import { partnerDirectory } from "@/lib/users/queries";
import {
  agentAddLocationAction,
  agentInviteAction,
  agentRevokeInvitationAction,
  partnerDomainsAction,
  renamePartnerAction,
} from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getPortalT("agentAdmin.partner");
  return { title: t("title") };
}

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
  const t = await getPortalT("agentAdmin.partner");
  return (
    <div className="space-y-8">
      <PageHeader
        title={partner.name}
        description={t("programId", { id: partner.programId ?? "—" })}
        actions={
          <>
            <Link href={`/references?partnerId=${q}`} className={buttonSecondary}>
              {t("referenceList")}
            </Link>
            <Link href={`/competencies?partnerId=${q}`} className={buttonSecondary}>
              {t("competencies")}
            </Link>
            <Link href={`/settings/activity?partnerId=${q}`} className={buttonSecondary}>
              {t("activity")}
            </Link>
          </>
        }
      />
      {(await searchParams).onboarded === "1" && (
        <Alert tone="success" title={t("onboardedTitle")}>
          {t("onboardedBody")}
        </Alert>
      )}
      <div className="grid gap-6 lg:grid-cols-2">
        <section aria-labelledby="rename" className={`${card} space-y-3 p-6`}>
          <h2 id="rename" className="text-lg font-semibold">
            {t("nameHeading")}
          </h2>
          <SpecForm
            action={renamePartnerAction}
            idPrefix="rename"
            label={t("renameForm")}
            layout="inline"
            fields={[
              { kind: "hidden", name: "partnerId", value: partner.id },
              {
                kind: "text",
                name: "name",
                label: t("partnerName"),
                required: true,
                maxLength: 200,
                defaultValue: partner.name,
              },
            ]}
            submitLabel={t("saveName")}
            successMessage={t("nameSaved")}
          />
        </section>
        <section aria-labelledby="domains" className={`${card} space-y-3 p-6`}>
          <h2 id="domains" className="text-lg font-semibold">
            {t("domainsHeading")}
          </h2>
          <p className="text-sm text-slate-700">{t("domainsIntro")}</p>
          <SpecForm
            action={partnerDomainsAction}
            idPrefix="domains"
            label={t("domainsHeading")}
            layout="inline"
            fields={[
              { kind: "hidden", name: "partnerId", value: partner.id },
              {
                kind: "text",
                name: "domains",
                label: t("domainsField"),
                maxLength: 2000,
                defaultValue: partner.emailDomains.join(", "),
                hint: partner.emailDomains.length === 0 ? t("domainsNone") : undefined,
              },
            ]}
            submitLabel={t("saveDomains")}
            successMessage={t("domainsSaved")}
          />
        </section>
        <section aria-labelledby="add-location" className={`${card} space-y-3 p-6`}>
          <h2 id="add-location" className="text-lg font-semibold">
            {t("addLocationHeading")}
          </h2>
          <SpecForm
            action={agentAddLocationAction}
            idPrefix="agent-location"
            label={t("addLocationHeading")}
            layout="inline"
            fields={[
              { kind: "hidden", name: "partnerId", value: partner.id },
              { kind: "text", name: "name", label: t("locationName"), required: true, maxLength: 200 },
              { kind: "text", name: "country", label: t("locationCountry"), required: true, maxLength: 100 },
            ]}
            submitLabel={t("addLocation")}
            successMessage={t("locationAdded")}
          />
        </section>
      </div>
      <section aria-labelledby="locations" className="space-y-3">
        <h2 id="locations" className="text-lg font-semibold">
          {t("locationsHeading")}
        </h2>
        <LocationAdmins locations={directory.locations} globals={directory.globalAdministrators} />
      </section>
      <section aria-labelledby="people" className="space-y-3">
        <h2 id="people" className="text-lg font-semibold">
          {t("usersHeading", { count: directory.people.length })}
        </h2>
        {directory.people.length === 0 ? (
          <p className="text-slate-600">{t("noUsers")}</p>
        ) : (
          <PeopleTable people={directory.people} locations={[]} manage={null} />
        )}
      </section>
      <section aria-labelledby="invitations" className="space-y-3">
        <h2 id="invitations" className="text-lg font-semibold">
          {t("invitationsHeading", { count: directory.invitations.length })}
        </h2>
        {directory.invitations.length === 0 ? (
          <p className="text-slate-600">{t("noInvitations")}</p>
        ) : (
          <InvitationList invitations={directory.invitations} revoke={agentRevokeInvitationAction} />
        )}
        <div className={`${card} space-y-3 p-6`}>
          <h3 className="font-semibold">{t("inviteHeading")}</h3>
          <p className="text-sm text-slate-600">{t("inviteIntro")}</p>
          <SpecForm
            action={agentInviteAction}
            idPrefix="agent-invite"
            label={t("inviteHeading")}
            layout="inline"
            fields={[
              { kind: "hidden", name: "partnerId", value: partner.id },
              {
                kind: "email",
                name: "email",
                label: t("email"),
                required: true,
                maxLength: 254,
                autoComplete: "off",
              },
              { kind: "text", name: "name", label: t("name"), required: true, maxLength: 200 },
            ]}
            submitLabel={t("sendInvitation")}
            pendingLabel={t("sending")}
            successMessage={t("invitationSent")}
          />
        </div>
      </section>
    </div>
  );
}
