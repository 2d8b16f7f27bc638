import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { signedInActor } from "@/app/(portal)/signed-in";
import { InvitationList } from "@/components/admin/invitation-list";
import { LocationAdmins } from "@/components/admin/location-admins";
import { PeopleTable } from "@/components/admin/people-table";
import { roleFields, roleWords } from "@/components/admin/role-fields";
import { SpecForm } from "@/components/admin/spec-form";
import { PageHeader } from "@/components/portal/page-header";
import { card } from "@/components/ui/styles";
import { sortByName } from "@/lib/i18n/collate";
import { getPortalLocale, getPortalT } from "@/lib/i18n/request-locale";
import { canAdministerPartner } from "@/lib/users/permissions";
import { partnerDirectory } from "@/lib/users/queries";
import { ADMIN_LIMITS } from "@/lib/users/schemas";
import { changeRoleAction, inviteAction, removeUserAction, revokeInvitationAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getPortalT("settings.users");
  return { title: t("title") };
}

/** Global Administrators manage people and roles here; everyone else reads who administers what. */
export default async function UsersPage() {
  const [actor, t, words] = await Promise.all([signedInActor(), getPortalT("settings.users"), roleWords()]);
  if (actor.kind !== "partner-user") notFound();
  const [found, locale] = await Promise.all([
    partnerDirectory({ actor, partnerId: actor.partnerId }),
    getPortalLocale(),
  ]);
  if (!found) notFound();
  const directory = {
    ...found,
    people: sortByName(found.people, locale, (p) => p.name),
    locations: sortByName(found.locations, locale, (l) => l.name),
  };
  const manages = canAdministerPartner(actor, actor.partnerId);
  const open = directory.locations.filter((l) => !l.archivedAt);
  return (
    <div className="space-y-8">
      <PageHeader title={t("title")} description={manages ? t("descriptionManage") : t("descriptionRead")} />
      <section aria-labelledby="who-administers" className="space-y-3">
        <h2 id="who-administers" className="text-lg font-semibold">
          {t("whoAdministers")}
        </h2>
        <LocationAdmins locations={directory.locations} globals={directory.globalAdministrators} />
      </section>
      {manages && (
        <section aria-labelledby="invite" className={`${card} space-y-4 p-6`}>
          <h2 id="invite" className="text-lg font-semibold">
            {t("invite")}
          </h2>
          <SpecForm
            action={inviteAction}
            idPrefix="invite"
            label={t("invite")}
            fields={[
              {
                kind: "email",
                name: "email",
                label: t("email"),
                required: true,
                maxLength: ADMIN_LIMITS.email,
                autoComplete: "off",
              },
              { kind: "text", name: "name", label: t("name"), required: true, maxLength: ADMIN_LIMITS.name },
              ...roleFields(words, open),
            ]}
            submitLabel={t("sendInvitation")}
            pendingLabel={t("sending")}
            successMessage={t("invitationSent")}
          />
        </section>
      )}
      <section aria-labelledby="people" className="space-y-3">
        <h2 id="people" className="text-lg font-semibold">
          {t("people", { count: directory.people.length })}
        </h2>
        <PeopleTable
          people={directory.people}
          locations={open}
          manage={manages ? { changeRole: changeRoleAction, remove: removeUserAction } : null}
        />
      </section>
      {manages && directory.invitations.length > 0 && (
        <section aria-labelledby="pending" className="space-y-3">
          <h2 id="pending" className="text-lg font-semibold">
            {t("pendingInvitations")}
          </h2>
          <InvitationList invitations={directory.invitations} revoke={revokeInvitationAction} />
        </section>
      )}
    </div>
  );
}
