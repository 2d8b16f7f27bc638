import type { Metadata } from "next";
import Link from "next/link";
import { signedInActor } from "@/app/(portal)/signed-in";
import { SignOutEverywhere } from "@/components/admin/sign-out-everywhere";
import { PageHeader } from "@/components/portal/page-header";
import { card, linkClass } from "@/components/ui/styles";
import { partnerDirectory } from "@/lib/users/queries";
import { signOutEverywhereAction } from "./actions";
import { NoticePreferences } from "./notice-preferences";

export const metadata: Metadata = { title: "Your profile" };

export default async function ProfilePage() {
  const actor = await signedInActor();
  const directory =
    actor.kind === "partner-user" ? await partnerDirectory({ actor, partnerId: actor.partnerId }) : null;
  const me = directory?.people.find((p) => p.id === actor.userId);
  const role = actor.kind === "agent" ? "Regional Service Center agent" : (me?.roleLabel ?? "Member");
  return (
    <div className="space-y-6">
      <PageHeader title="Your profile" />
      <dl className={`${card} grid gap-4 p-6 sm:grid-cols-2`}>
        <div>
          <dt className="text-sm text-slate-600">Name</dt>
          <dd className="font-semibold">{actor.name}</dd>
        </div>
        <div>
          <dt className="text-sm text-slate-600">Email</dt>
          <dd className="font-semibold">{actor.email}</dd>
        </div>
        <div>
          <dt className="text-sm text-slate-600">Partner</dt>
          <dd className="font-semibold">{actor.kind === "partner-user" ? actor.partnerName : "—"}</dd>
        </div>
        <div>
          <dt className="text-sm text-slate-600">Role</dt>
          <dd className="font-semibold" data-testid="profile-role">
            {role}
          </dd>
        </div>
      </dl>
      {actor.kind === "partner-user" && (
        <p className="text-sm text-slate-700">
          Roles are given by your Global Administrators ({directory?.globalAdministrators.join(", ")}).{" "}
          <Link href="/settings/users" className={linkClass}>
            See who administers which location
          </Link>
          .
        </p>
      )}
      <NoticePreferences actor={actor} />
      <section aria-labelledby="sessions" className={`${card} space-y-3 p-6`}>
        <h2 id="sessions" className="text-lg font-semibold">
          Sessions
        </h2>
        <p className="text-sm text-slate-700">
          Lost a laptop or signed in on a shared computer? End every session of your account; you sign in
          again with an email link.
        </p>
        <SignOutEverywhere action={signOutEverywhereAction} />
      </section>
    </div>
  );
}
