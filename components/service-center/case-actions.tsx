"use client";
import { useState } from "react";
import { useTranslations } from "@/components/i18n/use-translations";
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
  const t = useTranslations("serviceCenter.client.caseActions");
  const [mode, setMode] = useState<"resolve" | "decline" | null>(null);
  const hydrated = useHydrated();
  const shared = { serviceCase: c, view, onBack: () => setMode(null) };
  const customer = customerOf(c, t("thisReference"));

  if (mode === "decline")
    return (
      <ConfirmCaseForm
        {...shared}
        action={declineAction}
        label={t("declineLabel", { customer })}
        question={t("declineQuestion")}
        confirmLabel={t("declineConfirm")}
        pendingLabel={t("declining")}
        note={{ name: "reason", label: t("declineReason"), rows: 3, maxLength: 2000, required: true }}
      />
    );
  if (mode === "resolve" && c.type === "CANCELLATION")
    return (
      <ConfirmCaseForm
        {...shared}
        action={resolveAction}
        label={t("cancelLabel", { customer })}
        question={
          c.programAdministrator
            ? t("cancelQuestion", { customer, administrator: c.programAdministrator })
            : t("cancelQuestionNoName", { customer })
        }
        confirmLabel={t("cancelConfirm")}
        pendingLabel={t("canceling")}
        note={{
          name: "resolution",
          label: t("cancelNote"),
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
        {t("resolve")}
      </button>
      <button
        type="button"
        className={buttonSecondary}
        disabled={!hydrated}
        onClick={() => setMode("decline")}
      >
        {t("decline")}
      </button>
    </div>
  );
}
