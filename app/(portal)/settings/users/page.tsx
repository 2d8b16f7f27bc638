import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { signedInActor } from "@/app/(portal)/signed-in";
import { InvitationList } from "@/components/admin/invitation-list";
import { LocationAdmins } from "@/components/admin/location-admins";
import { PeopleTable } from "@/components/admin/people-table";
import { roleFields } from "@/components/admin/role-fields";
import { SpecForm } from "@/components/admin/spec-form";
import { PageHeader } from "@/components/portal/page-header";
import { card } from "@/components/ui/styles";
import { canAdministerPartner } from "@/lib/users/permissions";
import { partnerDirectory } from "@/lib/users/queries";
import { ADMIN_LIMITS } from "@/lib/users/schemas";
import { changeRoleAction, inviteAction, removeUserAction, revokeInvitationAction } from "../actions";

export const metadata: Metadata = { title: "Users and roles" };

/** Global Administrators manage people and roles here; everyone else reads who administers what. */
export default async function UsersPage() {
  const actor = await signedInActor();
  if (actor.kind !== "partner-user") notFound();
  const directory = await partnerDirectory({ actor, partnerId: actor.partnerId });
  if (!directory) notFound();
  const manages = canAdministerPartner(actor, actor.partnerId);
  const open = directory.locations.filter((l) => !l.archivedAt);
  return (
    <div className="space-y-8">
      <PageHeader
        title="Users and roles"
        description={
          manages
            ? "Invite people, change their roles and remove them. A partner always keeps at least one Global Administrator."
            : "Who administers which location. To create or assign a reference for a location, ask one of its administrators or a Global Administrator."
        }
      />
      <section aria-labelledby="who-administers" className="space-y-3">
        <h2 id="who-administers" className="text-lg font-semibold">
          Who administers which location
        </h2>
        <LocationAdmins locations={directory.locations} globals={directory.globalAdministrators} />
      </section>
      {manages && (
        <section aria-labelledby="invite" className={`${card} space-y-4 p-6`}>
          <h2 id="invite" className="text-lg font-semibold">
            Invite a person
          </h2>
          <SpecForm
            action={inviteAction}
            idPrefix="invite"
            label="Invite a person"
            fields={[
              {
                kind: "email",
                name: "email",
                label: "Email",
                required: true,
                maxLength: ADMIN_LIMITS.email,
                autoComplete: "off",
              },
              { kind: "text", name: "name", label: "Name", required: true, maxLength: ADMIN_LIMITS.name },
              ...roleFields(open),
            ]}
            submitLabel="Send invitation"
            pendingLabel="Sending…"
            successMessage="Invitation sent. The link works once and expires in 7 days."
          />
        </section>
      )}
      <section aria-labelledby="people" className="space-y-3">
        <h2 id="people" className="text-lg font-semibold">
          People ({directory.people.length})
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
            Pending invitations
          </h2>
          <InvitationList invitations={directory.invitations} revoke={revokeInvitationAction} />
        </section>
      )}
    </div>
  );
}
