"use client";
import { useActionState } from "react";
import { useTranslations } from "@/components/i18n/use-translations";
import type { FormAction } from "../references/action-types";
import { Alert } from "../ui/alert";
import { inputClass } from "../ui/styles";
import { SubmitButton } from "../ui/submit-button";

export type LanguageChoice = { value: string; name: string };

/**
 * The person's portal language. Each language is named in itself (and marked with its `lang`), so
 * whoever cannot read the current one still finds their own. Saving re-renders every page in it.
 */
export function LanguageForm<T>({
  action,
  current,
  choices,
}: {
  action: FormAction<T>;
  current: string;
  choices: LanguageChoice[];
}) {
  const t = useTranslations("account.client.language");
  const common = useTranslations("common.client");
  const [state, formAction] = useActionState(action, null);
  return (
    <form action={formAction} className="space-y-3">
      {state?.ok && <Alert tone="success">{t("saved")}</Alert>}
      {state && !state.ok && <Alert tone="error">{state.message}</Alert>}
      <div className="flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="profile-language" className="block text-base font-semibold text-slate-900">
            {t("label")}
          </label>
          <p id="profile-language-hint" className="text-sm text-slate-600">
            {t("hint")}
          </p>
          <select
            id="profile-language"
            name="locale"
            defaultValue={current}
            aria-describedby="profile-language-hint"
            className={`mt-1 ${inputClass}`}
          >
            {choices.map((c) => (
              <option key={c.value} value={c.value} lang={c.value}>
                {c.name}
              </option>
            ))}
          </select>
        </div>
        <SubmitButton pendingLabel={common("saving")}>{t("submit")}</SubmitButton>
      </div>
    </form>
  );
}
