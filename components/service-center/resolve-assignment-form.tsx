"use client";
import { useActionState, useEffect, useRef } from "react";
import { useTranslations } from "@/components/i18n/use-translations";
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
  const t = useTranslations("serviceCenter.client.resolveForm");
  const customer = useTranslations("serviceCenter.client.caseActions")("thisReference");
  const [state, formAction] = useActionState(action, null);
  const failed = state && !state.ok ? state : null;
  const panel = useRef<HTMLDivElement>(null);
  useEffect(() => panel.current?.focus(), []);
  return (
    <div ref={panel} tabIndex={-1} className={`mt-3 ${panelClass}`}>
      <form
        action={formAction}
        className="space-y-3"
        aria-label={t("label", { customer: customerOf(c, customer) })}
      >
        <CaseHiddenFields serviceCase={c} view={view} />
        <p className="text-sm text-slate-800">
          {c.competencyName ? t("partnerAsked", { competency: c.competencyName }) : t("partnerLeftChoice")}
        </p>
        {failed && <Alert tone="error">{failed.message}</Alert>}
        <div className="flex flex-wrap items-end gap-3">
          <div className="min-w-64 flex-1">
            <Field
              name={`resolve-competency-${c.id}`}
              label={t("competency")}
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
                    {t("chooseCompetency")}
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
          <SubmitButton pendingLabel={t("saving")}>{t("ok")}</SubmitButton>
          <button type="button" className={buttonSecondary} onClick={onBack}>
            {t("goBack")}
          </button>
        </div>
      </form>
    </div>
  );
}
