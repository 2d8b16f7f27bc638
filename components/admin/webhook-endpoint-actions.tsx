"use client";
import { useActionState, useState } from "react";
import { useTranslations } from "@/components/i18n/use-translations";
import type { FormAction } from "../references/action-types";
import { buttonPrimary, buttonSecondary, buttonSmall } from "../ui/styles";
import { SubmitButton } from "../ui/submit-button";
import { ShownOnceSecret } from "./shown-once-secret";

// One small form per action on a webhook endpoint, each with its own state (Delete uses ConfirmForm).

function Refusal({ state }: { state: { ok: false; message: string } | null }) {
  return state ? (
    <p role="alert" className="text-xs text-red-800">
      {state.message}
    </p>
  ) : null;
}

/** "Send test event": the answer's status is shown beside the button, and the log gets the try. */
export function SendTestEventButton({
  action,
  endpointId,
}: {
  action: FormAction<{ status: number | null }>;
  endpointId: string;
}) {
  const t = useTranslations("settings.client.endpointActions");
  const [state, formAction] = useActionState(action, null);
  return (
    <form action={formAction} className="space-y-1">
      <input type="hidden" name="endpointId" value={endpointId} />
      <SubmitButton className={buttonSmall} pendingLabel={t("sending")}>
        {t("sendTest")}
      </SubmitButton>
      {state?.ok && (
        <p role="status" className="text-xs text-slate-800">
          {state.data.status === null
            ? t("noAnswer")
            : t("answered", {
                status: state.data.status,
                delivered: state.data.status >= 200 && state.data.status < 300 ? "yes" : "no",
              })}
        </p>
      )}
      <Refusal state={state && !state.ok ? state : null} />
    </form>
  );
}

/** Disable or Enable, whichever applies now (`label` comes translated from the page). */
export function ToggleEndpointButton({
  action,
  endpointId,
  label,
}: {
  action: FormAction<undefined>;
  endpointId: string;
  label: string;
}) {
  const [state, formAction] = useActionState(action, null);
  return (
    <form action={formAction} className="space-y-1">
      <input type="hidden" name="endpointId" value={endpointId} />
      <SubmitButton className={buttonSmall}>{label}</SubmitButton>
      <Refusal state={state && !state.ok ? state : null} />
    </form>
  );
}

/** "Rotate secret", confirmed: the new one is shown once; the old one stops signing at once. */
export function RotateSecretButton({
  action,
  endpointId,
}: {
  action: FormAction<{ secret: string }>;
  endpointId: string;
}) {
  const t = useTranslations("settings.client.endpointActions");
  const [state, formAction] = useActionState(action, null);
  const [asking, setAsking] = useState(false);
  if (state?.ok)
    return (
      <div className="space-y-1">
        <p role="status" className="text-xs text-slate-800">
          {t("rotated")}
        </p>
        <ShownOnceSecret id={`rotated-${endpointId}`} label={t("newSecret")} value={state.data.secret} />
      </div>
    );
  const question = t("rotateQuestion");
  if (!asking)
    return (
      <button type="button" className={buttonSmall} onClick={() => setAsking(true)}>
        {t("rotate")}
      </button>
    );
  return (
    <form action={formAction} className="flex flex-wrap items-center gap-2" aria-label={question}>
      <input type="hidden" name="endpointId" value={endpointId} />
      <span className="text-xs text-slate-800">{question}</span>
      <SubmitButton className={buttonPrimary} pendingLabel={t("rotating")}>
        {t("rotateNow")}
      </SubmitButton>
      <button type="button" className={buttonSecondary} onClick={() => setAsking(false)}>
        {t("cancel")}
      </button>
      <Refusal state={state && !state.ok ? state : null} />
    </form>
  );
}
