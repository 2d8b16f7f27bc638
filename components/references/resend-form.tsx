"use client";
import { useActionState } from "react";
import { useTranslations } from "@/components/i18n/use-translations";
import type { ActionAvailability } from "@/lib/references/row-actions";
import { buttonSmall } from "../ui/styles";
import { SubmitButton } from "../ui/submit-button";
import type { FormAction } from "./action-types";
import { Unavailable } from "./unavailable";

/**
 * Resend is harmless, so no confirmation; the outcome (sent, or the refusal) is announced in place.
 * The control stays mounted when the page refreshes after a resend, so its message survives the
 * row's new state.
 */
export function ResendControl({
  referenceId,
  availability,
  action,
}: {
  referenceId: string;
  availability: ActionAvailability;
  action: FormAction<{ lastSentAt: Date; sendCount: number }>;
}) {
  const [state, formAction] = useActionState(action, null);
  const t = useTranslations("referenceDetail.client");
  if (state?.ok) {
    return (
      <p role="status" className="max-w-56 text-xs font-medium text-emerald-800">
        {t("resend.sent")}
      </p>
    );
  }
  if (!availability.allowed) return <Unavailable label={availability.label} reason={availability.reason} />;
  // A refusal (someone resent it meanwhile, or the customer answered) stands until the page is
  // reloaded: the button goes, so it cannot be pressed again for the same answer.
  if (state && !state.ok) {
    return (
      <p role="alert" className="max-w-56 text-xs text-red-800">
        {state.message}
      </p>
    );
  }
  return (
    <form action={formAction} className="flex flex-col items-start gap-1">
      <input type="hidden" name="referenceId" value={referenceId} />
      <SubmitButton className={buttonSmall} pendingLabel={t("sending")}>
        {t("resend.button")}
      </SubmitButton>
    </form>
  );
}
