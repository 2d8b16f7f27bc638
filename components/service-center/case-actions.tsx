"use client";
import { useState } from "react";
import type { FormAction } from "../references/action-types";
import { buttonPrimary, buttonSecondary } from "../ui/styles";
import { useHydrated } from "../ui/use-hydrated";
import type { CaseForActions } from "./case-form-parts";
import { DeclineCaseForm } from "./decline-case-form";
import { ResolveAssignmentForm } from "./resolve-assignment-form";
import { ResolveCancellationForm } from "./resolve-cancellation-form";

export type { CaseForActions };

/**
 * R12: an agent works an open case: Resolve (cancel the request, or assign the reference) or
 * Decline (with a reason). Each opens its own form in place of these buttons.
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
  const back = () => setMode(null);

  if (mode === "decline")
    return <DeclineCaseForm serviceCase={c} view={view} action={declineAction} onBack={back} />;
  if (mode === "resolve" && c.type === "CANCELLATION")
    return <ResolveCancellationForm serviceCase={c} view={view} action={resolveAction} onBack={back} />;
  if (mode === "resolve")
    return (
      <ResolveAssignmentForm
        serviceCase={c}
        competencies={competencies}
        view={view}
        action={resolveAction}
        onBack={back}
      />
    );
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
