"use client";
import { useActionState, useEffect, useRef, useState } from "react";
import type { FormAction } from "../references/action-types";
import { Alert } from "../ui/alert";
import { Field } from "../ui/field";
import { buttonPrimary, buttonSecondary } from "../ui/styles";
import { SubmitButton } from "../ui/submit-button";
import { useHydrated } from "../ui/use-hydrated";

export type CaseForActions = {
  id: string;
  type: string;
  referenceId: string | null;
  customerCompany: string | null;
  programAdministrator: string | null;
  competencyId: string | null;
  competencyName: string | null;
};

const danger =
  "inline-flex items-center justify-center gap-2 rounded-md bg-red-700 px-4 py-2 text-sm font-semibold text-white shadow-sm hover:bg-red-800 disabled:cursor-not-allowed disabled:opacity-60";

/** Moves keyboard focus to a panel when it opens, so screen-reader users hear what it asks. */
function useFocusOnOpen<T extends HTMLElement>(open: boolean) {
  const ref = useRef<T>(null);
  useEffect(() => {
    if (open) ref.current?.focus();
  }, [open]);
  return ref;
}

/**
 * R12: an agent works an open case. Resolving a cancellation cancels the request (irreversible, so it is
 * confirmed first); resolving a request for help assigns the reference (Competency drop-down + OK);
 * declining needs a reason, which the partner sees.
 */
export function CaseActions({
  serviceCase: c,
  competencies,
  view,
  resolveAction,
  declineAction,
}: {
  serviceCase: CaseForActions;
  /** Eligible competencies of the case's reference (help with assigning only). */
  competencies: { id: string; name: string }[];
  /** The list's current status filter, to come back to after the action. */
  view: string;
  resolveAction: FormAction<{ status: "RESOLVED" }>;
  declineAction: FormAction<{ status: "DECLINED" }>;
}) {
  const [mode, setMode] = useState<"resolve" | "decline" | null>(null);
  const hydrated = useHydrated();
  const [resolveState, resolve] = useActionState(resolveAction, null);
  const [declineState, decline] = useActionState(declineAction, null);
  const panel = useFocusOnOpen<HTMLDivElement>(mode !== null);
  const customer = c.customerCompany ?? "this reference";
  const hidden = (
    <>
      <input type="hidden" name="caseId" value={c.id} />
      <input type="hidden" name="view" value={view} />
    </>
  );

  if (mode === null) {
    return (
      <div className="mt-3 flex flex-wrap gap-2 border-t border-slate-100 pt-3">
        <button
          type="button"
          className={buttonPrimary}
          disabled={!hydrated}
          onClick={() => setMode("resolve")}
        >
          Resolve
        </button>
        <button
          type="button"
          className={buttonSecondary}
          disabled={!hydrated}
          onClick={() => setMode("decline")}
        >
          Decline
        </button>
      </div>
    );
  }

  const goBack = (
    <button type="button" className={buttonSecondary} onClick={() => setMode(null)}>
      Go back
    </button>
  );
  const box = "mt-3 space-y-3 rounded-md border border-slate-200 bg-slate-50 p-4 focus:outline-none";

  if (mode === "decline") {
    const failed = declineState && !declineState.ok ? declineState : null;
    return (
      <div ref={panel} tabIndex={-1} className={box}>
        <form
          action={decline}
          className="space-y-3"
          noValidate
          aria-label={`Decline the case about ${customer}`}
        >
          {hidden}
          <p className="text-sm font-medium text-slate-900">
            Decline this case? The partner sees your reason, and a declined case cannot be reopened.
          </p>
          {failed && <Alert tone="error">{failed.message}</Alert>}
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
          <div className="flex flex-wrap gap-2">
            <SubmitButton className={danger} pendingLabel="Declining…">
              Yes, decline the case
            </SubmitButton>
            {goBack}
          </div>
        </form>
      </div>
    );
  }

  const failed = resolveState && !resolveState.ok ? resolveState : null;
  if (c.type === "CANCELLATION") {
    return (
      <div ref={panel} tabIndex={-1} className={box}>
        <form action={resolve} className="space-y-3" aria-label={`Cancel the request for ${customer}`}>
          {hidden}
          <input type="hidden" name="referenceId" value={c.referenceId ?? ""} />
          <p className="text-sm font-medium text-slate-900">
            Cancel the reference request for {customer} at the request of{" "}
            {c.programAdministrator ?? "the program administrator"}? This cannot be undone.
          </p>
          {failed && <Alert tone="error">{failed.message}</Alert>}
          <Field
            name={`resolve-note-${c.id}`}
            label="Note for the request's history (optional)"
            errors={failed?.fieldErrors?.resolution}
          >
            {(props) => (
              <textarea
                {...props}
                name="resolution"
                rows={2}
                maxLength={1000}
                defaultValue={failed?.values?.resolution}
              />
            )}
          </Field>
          <div className="flex flex-wrap gap-2">
            <SubmitButton className={danger} pendingLabel="Canceling…">
              Yes, cancel the request
            </SubmitButton>
            {goBack}
          </div>
        </form>
      </div>
    );
  }

  return (
    <div ref={panel} tabIndex={-1} className={box}>
      <form action={resolve} className="space-y-3" aria-label={`Assign ${customer}`}>
        {hidden}
        <input type="hidden" name="referenceId" value={c.referenceId ?? ""} />
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
          {goBack}
        </div>
      </form>
    </div>
  );
}
