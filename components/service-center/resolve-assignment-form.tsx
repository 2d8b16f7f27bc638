"use client";
import { useActionState, useEffect, useRef } from "react";
import type { FormAction } from "../references/action-types";
import { Alert } from "../ui/alert";
import { Field } from "../ui/field";
import { buttonSecondary, panelClass } from "../ui/styles";
import { SubmitButton } from "../ui/submit-button";
import { type CaseForActions, CaseHiddenFields, customerOf } from "./case-form-parts";

/** R6, R12: resolving a request for help assigns the reference: Competency drop-down and OK. */
export function ResolveAssignmentForm({
  serviceCase: c,
  competencies,
  view,
  action,
  onBack,
}: {
  serviceCase: CaseForActions;
  /** Eligible competencies of the case's reference. */
  competencies: { id: string; name: string }[];
  view: string;
  action: FormAction<{ status: "RESOLVED" }>;
  onBack: () => void;
}) {
  const [state, formAction] = useActionState(action, null);
  const failed = state && !state.ok ? state : null;
  const panel = useRef<HTMLDivElement>(null);
  useEffect(() => panel.current?.focus(), []);
  return (
    <div ref={panel} tabIndex={-1} className={`mt-3 ${panelClass}`}>
      <form action={formAction} className="space-y-3" aria-label={`Assign ${customerOf(c)}`}>
        <CaseHiddenFields serviceCase={c} view={view} />
        <p className="text-sm text-slate-800">
          {c.competencyName
            ? `The partner asked for ${c.competencyName}. Press OK to assign it there, or choose another eligible competency.`
            : "The partner left the choice to you: choose an eligible competency and press OK."}
        </p>
        {failed && <Alert tone="error">{failed.message}</Alert>}
        <div className="flex flex-wrap items-end gap-3">
          <div className="min-w-64 flex-1">
            <Field
              name={`resolve-competency-${c.id}`}
              label="Competency"
              errors={failed?.fieldErrors?.competencyId}
            >
              {(props) => (
                <select
                  {...props}
                  name="competencyId"
                  required
                  defaultValue={failed?.values?.competencyId ?? c.competencyId ?? ""}
                >
                  <option value="" disabled>
                    Choose a competency
                  </option>
                  {competencies.map((x) => (
                    <option key={x.id} value={x.id}>
                      {x.name}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          </div>
          <SubmitButton pendingLabel="Saving…">OK</SubmitButton>
          <button type="button" className={buttonSecondary} onClick={onBack}>
            Go back
          </button>
        </div>
      </form>
    </div>
  );
}
