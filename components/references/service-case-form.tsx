"use client";
import { useActionState } from "react";
import { Alert } from "../ui/alert";
import { Field } from "../ui/field";
import { buttonSecondary } from "../ui/styles";
import { SubmitButton } from "../ui/submit-button";
import type { FormAction } from "./action-types";

/** Asks the Regional Service Center to assign on the partner's behalf, or to cancel a request. */
export function ServiceCaseForm({
  referenceId,
  type,
  competencies = [],
  action,
}: {
  referenceId: string;
  type: "ASSIGNMENT_HELP" | "CANCELLATION";
  competencies?: { id: string; name: string }[];
  action: FormAction<{ id: string }>;
}) {
  const [state, formAction] = useActionState(action, null);
  if (state?.ok) {
    return (
      <Alert tone="success" title="Your request was sent to the Regional Service Center">
        An agent will handle it; you can follow it under Service center.
      </Alert>
    );
  }
  const failed = state && !state.ok ? state : null;
  const values = failed?.values ?? {};
  const errors = failed?.fieldErrors ?? {};
  const prefix = type === "CANCELLATION" ? "cancel" : "help";
  return (
    <form key={JSON.stringify(values)} action={formAction} className="space-y-3" noValidate>
      <input type="hidden" name="referenceId" value={referenceId} />
      <input type="hidden" name="type" value={type} />
      {failed && <Alert tone="error">{failed.message}</Alert>}
      {type === "CANCELLATION" ? (
        <Field
          name={`${prefix}-programAdministrator`}
          label="Program administrator asking for the cancellation"
          required
          defaultValue={values.programAdministrator}
          errors={errors.programAdministrator}
        >
          {(props) => (
            <input
              {...props}
              name="programAdministrator"
              required
              defaultValue={values.programAdministrator}
            />
          )}
        </Field>
      ) : (
        <Field
          name={`${prefix}-competencyId`}
          label="Competency to assign it to (optional)"
          errors={errors.competencyId}
        >
          {(props) => (
            <select {...props} name="competencyId" defaultValue={values.competencyId ?? ""}>
              <option value="">Let the agent choose</option>
              {competencies.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      <Field
        name={`${prefix}-message`}
        label="Message to the Regional Service Center"
        errors={errors.message}
      >
        {(props) => (
          <textarea {...props} name="message" rows={3} maxLength={2000} defaultValue={values.message} />
        )}
      </Field>
      <SubmitButton className={buttonSecondary} pendingLabel="Sending…">
        {type === "CANCELLATION" ? "Ask for cancellation" : "Ask the Regional Service Center to assign it"}
      </SubmitButton>
    </form>
  );
}
