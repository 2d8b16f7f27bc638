"use client";
import { useActionState } from "react";
import { useTranslations } from "@/components/i18n/use-translations";
import type { FormAction } from "../references/action-types";
import { Alert } from "../ui/alert";
import { SubmitButton } from "../ui/submit-button";

export type NoticeOption = { kind: string; label: string; description: string; enabled: boolean };

/** Which emails this person receives; all on until they turn one off. */
export function NoticePreferencesForm({
  action,
  options,
}: {
  action: FormAction<{ enabledCount: number }>;
  options: NoticeOption[];
}) {
  const t = useTranslations("account.client.notices");
  const common = useTranslations("common.client");
  const [state, formAction] = useActionState(action, null);
  return (
    <form action={formAction} className="space-y-4">
      {state?.ok && <Alert tone="success">{t("saved")}</Alert>}
      {state && !state.ok && <Alert tone="error">{state.message}</Alert>}
      <fieldset className="space-y-3">
        <legend className="text-base font-semibold text-slate-900">{t("legend")}</legend>
        {options.map((o) => (
          <div key={o.kind} className="flex items-start gap-3">
            <input
              id={`notice-${o.kind}`}
              name={o.kind}
              type="checkbox"
              defaultChecked={o.enabled}
              aria-describedby={`notice-${o.kind}-hint`}
              className="mt-1 h-4 w-4"
            />
            <div>
              <label htmlFor={`notice-${o.kind}`} className="font-medium text-slate-900">
                {o.label}
              </label>
              <p id={`notice-${o.kind}-hint`} className="text-sm text-slate-600">
                {o.description}
              </p>
            </div>
          </div>
        ))}
      </fieldset>
      <SubmitButton pendingLabel={common("saving")}>{t("submit")}</SubmitButton>
    </form>
  );
}
