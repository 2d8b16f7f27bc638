import { formatDate } from "@/lib/dates";
import type { PendingInvitation } from "@/lib/users/queries";
import type { FormAction } from "../references/action-types";
import { ConfirmForm } from "./confirm-form";

/** Pending invitations, each with Revoke (asked twice) for those who may withdraw it. */
export function InvitationList<T>({
  invitations,
  revoke,
}: {
  invitations: PendingInvitation[];
  revoke: FormAction<T> | null;
}) {
  return (
    <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white text-sm shadow-sm">
      {invitations.map((i) => (
        <li
          key={i.id}
          className="flex flex-wrap items-center justify-between gap-2 p-4"
          data-testid="invitation-row"
        >
          <span>
            {i.name} <span className="text-slate-600">{i.email}</span> — {i.roleLabel}
          </span>
          <span className="flex flex-wrap items-center gap-3">
            <span className="text-slate-600">expires {formatDate(i.expiresAt)}</span>
            {revoke && (
              <ConfirmForm
                action={revoke}
                hidden={{ invitationId: i.id }}
                label={`Revoke the invitation of ${i.name}`}
                question={`Revoke ${i.name}'s invitation? The link in their email stops working.`}
                confirmLabel="Yes, revoke"
              />
            )}
          </span>
        </li>
      ))}
    </ul>
  );
}
