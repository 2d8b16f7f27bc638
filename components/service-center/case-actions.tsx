"use client";
import { useState } from "react";
import type { FormAction } from "../references/action-types";
import { buttonPrimary, buttonSecondary } from "../ui/styles";
import { useHydrated } from "../ui/use-hydrated";
import { type CaseForActions, customerOf } from "./case-form-parts";
import { ConfirmCaseForm } from "./confirm-case-form";
import { ResolveAssignmentForm } from "./resolve-assignment-form";

export type { CaseForActions };

/**
 * R12: an agent works an open case: Resolve (cancel the request, or assign the reference) or
 * Decline (with a reason the partner sees). Each opens its own form in place of these buttons.
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
  const shared = { serviceCase: c, view, onBack: () => setMode(null) };
  const customer = customerOf(c);

  if (mode === "decline")
    return (
      <ConfirmCaseForm
        {...shared}
        action={declineAction}
        label={`Decline the case about ${customer}`}
        question="Decline this case? The partner sees your reason, and a declined case cannot be reopened."
        confirmLabel="Yes, decline the case"
        pendingLabel="Declining…"
        note={{ name: "reason", label: "Reason for declining", rows: 3, maxLength: 2000, required: true }}
      />
    );
  if (mode === "resolve" && c.type === "CANCELLATION")
    return (
      <ConfirmCaseForm
        {...shared}
        action={resolveAction}
        label={`Cancel the request for ${customer}`}
        question={`Cancel the reference request for ${customer} at the request of ${
          c.programAdministrator ?? "the program administrator"
        }? This cannot be undone.`}
        confirmLabel="Yes, cancel the request"
        pendingLabel="Canceling…"
        note={{
          name: "resolution",
          label: "Note for the request's history (optional)",
          rows: 2,
          maxLength: 1000,
        }}
      />
    );
  if (mode === "resolve")
    return <ResolveAssignmentForm {...shared} competencies={competencies} action={resolveAction} />;
  return (
    <div className="mt-3 flex flex-wrap gap-2 border-t border-slate-100 pt-3">
      <button type="button" className={buttonPrimary} disabled={!hydrated} onClick={() => setMode("resolve")}>
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
