"use client";
import { useActionState } from "react";
import type { FormAction } from "../references/action-types";
import { ConfirmPanel } from "../ui/confirm-panel";
import { Field } from "../ui/field";
import { type CaseForActions, CaseHiddenFields } from "./case-form-parts";

/** The one text field of a confirmed case action: the decline's reason, or the cancellation's note. */
export type CaseNote = { name: string; label: string; rows: number; maxLength: number; required?: boolean };

/**
 * R12: an irreversible case action (decline, or resolve a cancellation by canceling the request),
 * confirmed in place, with one text field kept in the history or shown to the partner.
 */
export function ConfirmCaseForm<T>({
  serviceCase: c,
  view,
  action,
  onBack,
  label,
  question,
  confirmLabel,
  pendingLabel,
  note,
}: {
  serviceCase: CaseForActions;
  view: string;
  action: FormAction<T>;
  onBack: () => void;
  /** The form's accessible name. */
  label: string;
  question: string;
  confirmLabel: string;
  pendingLabel: string;
  note: CaseNote;
}) {
  const [state, formAction] = useActionState(action, null);
  const failed = state && !state.ok ? state : null;
  return (
    <form action={formAction} className="mt-3" noValidate aria-label={label}>
      <CaseHiddenFields serviceCase={c} view={view} />
      <ConfirmPanel
        question={question}
        error={failed?.message}
        confirmLabel={confirmLabel}
        pendingLabel={pendingLabel}
        onBack={onBack}
      >
        <Field
          name={`${note.name}-${c.id}`}
          label={note.label}
          required={note.required}
          errors={failed?.fieldErrors?.[note.name]}
        >
          {(props) => (
            <textarea
              {...props}
              name={note.name}
              rows={note.rows}
              maxLength={note.maxLength}
              required={note.required}
              defaultValue={failed?.values?.[note.name]}
            />
          )}
        </Field>
      </ConfirmPanel>
    </form>
  );
}
