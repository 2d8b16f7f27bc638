"use client";
import { useActionState, useState } from "react";
import { useTranslations } from "@/components/i18n/use-translations";
import type { FormAction } from "../references/action-types";
import { buttonPrimary, buttonSecondary, buttonSmall } from "../ui/styles";
import { SubmitButton } from "../ui/submit-button";
import { useHydrated } from "../ui/use-hydrated";

/** An irreversible step (remove, archive, retire): a first press asks, a second one does it. */
export function ConfirmForm<T>({
  action,
  hidden,
  label,
  question,
  confirmLabel,
}: {
  action: FormAction<T>;
  hidden: Record<string, string>;
  label: string;
  question: string;
  confirmLabel: string;
}) {
  const t = useTranslations("common.client.confirmForm");
  const [state, formAction] = useActionState(action, null);
  const [asking, setAsking] = useState(false);
  const hydrated = useHydrated();
  if (state?.ok)
    return (
      <p role="status" className="text-xs font-medium text-emerald-800">
        {t("done")}
      </p>
    );
  return (
    <div className="space-y-1">
      {asking ? (
        <form action={formAction} className="flex flex-wrap items-center gap-2" aria-label={question}>
          {Object.entries(hidden).map(([name, value]) => (
            <input key={name} type="hidden" name={name} value={value} />
          ))}
          <span className="text-xs text-slate-800">{question}</span>
          <SubmitButton className={buttonPrimary}>{confirmLabel}</SubmitButton>
          <button type="button" className={buttonSecondary} onClick={() => setAsking(false)}>
            {t("cancel")}
          </button>
        </form>
      ) : (
        <button type="button" className={buttonSmall} disabled={!hydrated} onClick={() => setAsking(true)}>
          {label}
        </button>
      )}
      {state && !state.ok && (
        <p role="alert" className="text-xs text-red-800">
          {state.message}
        </p>
      )}
    </div>
  );
}
