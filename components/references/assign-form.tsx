"use client";
import { useActionState } from "react";
import { useTranslations } from "@/components/i18n/use-translations";
import { Alert } from "../ui/alert";
import { inputClass } from "../ui/styles";
import { SubmitButton } from "../ui/submit-button";
import type { FormAction } from "./action-types";

/** Assign / Reassign: choose an eligible competency from the drop-down and press OK. */
export function AssignForm({
  referenceId,
  label,
  current,
  competencies,
  action,
}: {
  referenceId: string;
  label: string;
  /** The competency it is assigned to now, if any (R11). */
  current: { id: string; name: string | null } | null;
  competencies: { id: string; name: string }[];
  action: FormAction<{ competencyName: string; reassigned: boolean }>;
}) {
  const [state, formAction] = useActionState(action, null);
  const t = useTranslations("referenceDetail.client");
  const tCommon = useTranslations("common.client");
  const currentCompetencyId = current?.id ?? null;
  const choices = competencies.filter((c) => c.id !== currentCompetencyId);
  return (
    <form action={formAction} className="space-y-3" aria-label={label}>
      {/* Once assigned here, the success message says where; the fact is shown once. */}
      {current?.name && !state?.ok && <CurrentCompetency name={current.name} />}
      <input type="hidden" name="referenceId" value={referenceId} />
      {/* What this page showed: if someone else assigns meanwhile, lib refuses instead of overwriting. */}
      <input type="hidden" name="expectedCompetencyId" value={currentCompetencyId ?? ""} />
      <div className="flex flex-wrap items-end gap-3">
        <div className="min-w-64 flex-1">
          <label htmlFor="assign-competency" className="block text-sm font-medium text-slate-800">
            {t("assignForm.competency")}
          </label>
          <select
            id="assign-competency"
            name="competencyId"
            required
            defaultValue=""
            className={`mt-1 ${inputClass}`}
          >
            <option value="" disabled>
              {t("assignForm.choose")}
            </option>
            {choices.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </div>
        <SubmitButton pendingLabel={tCommon("saving")}>{t("assignForm.ok")}</SubmitButton>
      </div>
      <p className="text-xs text-slate-600">{t("assignForm.help")}</p>
      {state?.ok && (
        <Alert tone="success">
          {t(state.data.reassigned ? "assignForm.reassigned" : "assignForm.assigned", {
            competency: state.data.competencyName,
          })}
        </Alert>
      )}
      {state && !state.ok && <Alert tone="error">{state.message}</Alert>}
    </form>
  );
}

export function CurrentCompetency({ name }: { name: string }) {
  const t = useTranslations("referenceDetail.client");
  return (
    <p className="text-sm text-slate-700">
      {t.rich("currentCompetency", { name, strong: (chunks) => <strong>{chunks}</strong> })}
    </p>
  );
}
