import { formatDate } from "@/lib/dates";
import { getPortalLocale, getPortalT } from "@/lib/i18n/request-locale";
import type { PendingInvitation } from "@/lib/users/queries";
import type { FormAction } from "../references/action-types";
import { ConfirmForm } from "./confirm-form";
import { localizeRoleLabel, roleWords } from "./role-fields";

/** Pending invitations, each with Revoke (asked twice) for those who may withdraw it. */
export async function InvitationList<T>({
  invitations,
  revoke,
}: {
  invitations: PendingInvitation[];
  revoke: FormAction<T> | null;
}) {
  const [t, locale, words] = await Promise.all([
    getPortalT("settings.invitations"),
    getPortalLocale(),
    roleWords(),
  ]);
  return (
    <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white text-sm shadow-sm">
      {invitations.map((i) => (
        <li
          key={i.id}
          className="flex flex-wrap items-center justify-between gap-2 p-4"
          data-testid="invitation-row"
        >
          <span>
            {i.name} <span className="text-slate-600">{i.email}</span> —{" "}
            {localizeRoleLabel(i.roleLabel, words)}
          </span>
          <span className="flex flex-wrap items-center gap-3">
            <span className="text-slate-600">{t("expires", { date: formatDate(i.expiresAt, locale) })}</span>
            {revoke && (
              <ConfirmForm
                action={revoke}
                hidden={{ invitationId: i.id }}
                label={t("revoke", { name: i.name })}
                question={t("revokeQuestion", { name: i.name })}
                confirmLabel={t("revokeConfirm")}
              />
            )}
          </span>
        </li>
      ))}
    </ul>
  );
}
