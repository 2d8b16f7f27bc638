"use client";
import { useActionState, useState } from "react";
import { useTranslations } from "@/components/i18n/use-translations";
import type { FormAction } from "../references/action-types";
import { Alert } from "../ui/alert";
import { buttonSecondary, buttonSmall } from "../ui/styles";
import { SubmitButton } from "../ui/submit-button";
import { useHydrated } from "../ui/use-hydrated";

/** Requeues one FAILED email; it is sent again at once. */
export function RequeueEmailButton({
  emailId,
  to,
  action,
}: {
  emailId: string;
  to: string;
  action: FormAction<{ to: string }>;
}) {
  const t = useTranslations("serviceCenter.client.requeue");
  const [state, formAction] = useActionState(action, null);
  if (state?.ok)
    return (
      <p role="status" className="text-sm text-emerald-800">
        {t("requeued", { to })}
      </p>
    );
  return (
    <form action={formAction} className="space-y-2">
      <input type="hidden" name="emailId" value={emailId} />
      <SubmitButton className={buttonSmall} pendingLabel={t("requeueing")}>
        <span>
          {t.rich("requeue", { to, hidden: (chunks) => <span className="sr-only">{chunks}</span> })}
        </span>
      </SubmitButton>
      {state && !state.ok && <Alert tone="error">{state.message}</Alert>}
    </form>
  );
}

/** Requeues every FAILED email, after the agent confirms how many will be sent again. */
export function RequeueAllEmails({
  count,
  action,
}: {
  count: number;
  action: FormAction<{ requeued: number; notRequeued: number; remaining: boolean }>;
}) {
  const t = useTranslations("serviceCenter.client.requeue");
  const [confirming, setConfirming] = useState(false);
  const hydrated = useHydrated();
  const [state, formAction] = useActionState(action, null);
  if (state?.ok) {
    const { requeued, notRequeued, remaining } = state.data;
    return (
      <Alert tone={notRequeued > 0 || remaining ? "warning" : "success"}>
        {t("allDone", { requeued, notRequeued, remaining: remaining ? "yes" : "no" })}
      </Alert>
    );
  }
  if (!confirming)
    return (
      <button
        type="button"
        className={buttonSecondary}
        disabled={!hydrated}
        onClick={() => setConfirming(true)}
      >
        {t("requeueAll")}
      </button>
    );
  return (
    <form action={formAction} className="space-y-3 rounded-md border border-amber-200 bg-amber-50 p-4">
      <p className="text-sm text-amber-900">{t("confirmQuestion", { count })}</p>
      <div className="flex gap-2">
        <SubmitButton pendingLabel={t("requeueing")}>{t("confirm")}</SubmitButton>
        <button type="button" className={buttonSecondary} onClick={() => setConfirming(false)}>
          {t("keep")}
        </button>
      </div>
      {state && !state.ok && <Alert tone="error">{state.message}</Alert>}
    </form>
  );
}
