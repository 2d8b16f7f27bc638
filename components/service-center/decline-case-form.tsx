"use client";
import { useActionState } from "react";
import type { FormAction } from "../references/action-types";
import { ConfirmPanel } from "../ui/confirm-panel";
import { Field } from "../ui/field";
import { type CaseForActions, CaseHiddenFields, customerOf } from "./case-form-parts";

/** R12: an agent declines a case, with a reason the partner sees. A declined case stays declined. */
export function DeclineCaseForm({
  serviceCase: c,
  view,
  action,
  onBack,
}: {
  serviceCase: CaseForActions;
  view: string;
  action: FormAction<{ status: "DECLINED" }>;
  onBack: () => void;
}) {
  const [state, formAction] = useActionState(action, null);
  const failed = state && !state.ok ? state : null;
  return (
    <form
      action={formAction}
      className="mt-3"
      noValidate
      aria-label={`Decline the case about ${customerOf(c)}`}
    >
      <CaseHiddenFields serviceCase={c} view={view} />
      <ConfirmPanel
        question="Decline this case? The partner sees your reason, and a declined case cannot be reopened."
        error={failed?.message}
        confirmLabel="Yes, decline the case"
        pendingLabel="Declining…"
        onBack={onBack}
      >
        <Field
          name={`decline-reason-${c.id}`}
          label="Reason for declining"
          required
          errors={failed?.fieldErrors?.reason}
        >
          {(props) => (
            <textarea
              {...props}
              name="reason"
              rows={3}
              maxLength={2000}
              required
              defaultValue={failed?.values?.reason}
            />
          )}
        </Field>
      </ConfirmPanel>
    </form>
  );
}
