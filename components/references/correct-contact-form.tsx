"use client";
import { useActionState } from "react";
import { Alert } from "../ui/alert";
import { Field } from "../ui/field";
import { buttonSecondary } from "../ui/styles";
import { SubmitButton } from "../ui/submit-button";
import type { FormAction } from "./action-types";

/** R17: a new link to the corrected address; the old one stops working and six weeks start again. */
export function CorrectContactForm({
  referenceId,
  currentEmail,
  action,
}: {
  referenceId: string;
  currentEmail: string;
  action: FormAction<{ contactEmail: string }>;
}) {
  const [state, formAction] = useActionState(action, null);
  const failed = state && !state.ok ? state : null;
  const values = failed?.values ?? {};
  return (
    <form key={JSON.stringify(values)} action={formAction} className="space-y-3" noValidate>
      <input type="hidden" name="referenceId" value={referenceId} />
      {state?.ok && (
        <Alert tone="success" title="The request was sent to the corrected address">
          The earlier link no longer works. The six weeks before auto-approval start again today.
        </Alert>
      )}
      {failed && <Alert tone="error">{failed.message}</Alert>}
      <p className="text-sm text-slate-700">
        Sent to <strong className="break-all">{currentEmail}</strong>. If this address is wrong, enter the
        right one: a new link goes there and the earlier link stops working.
      </p>
      <Field
        name="correct-contactEmail"
        label="Corrected contact email"
        required
        errors={failed?.fieldErrors?.contactEmail}
      >
        {(props) => (
          <input
            {...props}
            name="contactEmail"
            type="email"
            required
            autoComplete="off"
            defaultValue={values.contactEmail}
          />
        )}
      </Field>
      <SubmitButton className={buttonSecondary} pendingLabel="Sending…">
        Correct the contact&apos;s email
      </SubmitButton>
    </form>
  );
}
