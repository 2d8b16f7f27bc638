"use client";
import { useActionState, useState } from "react";
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
  const [state, formAction] = useActionState(action, null);
  return (
    <form action={formAction} className="space-y-1">
      <input type="hidden" name="endpointId" value={endpointId} />
      <SubmitButton className={buttonSmall} pendingLabel="Sending…">
        Send test event
      </SubmitButton>
      {state?.ok && (
        <p role="status" className="text-xs text-slate-800">
          {state.data.status === null
            ? "No answer: see the delivery log."
            : `Answered HTTP ${state.data.status}${state.data.status >= 200 && state.data.status < 300 ? " — delivered." : "."}`}
        </p>
      )}
      <Refusal state={state && !state.ok ? state : null} />
    </form>
  );
}

/** Disable or Enable, whichever applies now. */
export function ToggleEndpointButton({
  action,
  endpointId,
  label,
}: {
  action: FormAction<undefined>;
  endpointId: string;
  label: "Disable" | "Enable";
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
  const [state, formAction] = useActionState(action, null);
  const [asking, setAsking] = useState(false);
  if (state?.ok)
    return (
      <div className="space-y-1">
        <p role="status" className="text-xs text-slate-800">
          New secret: copy it now, it is shown only this once. Events are signed with it from now on.
        </p>
        <ShownOnceSecret id={`rotated-${endpointId}`} label="New signing secret" value={state.data.secret} />
      </div>
    );
  const question =
    "Rotate the secret? Your receiver must switch to the new one: events signed with it fail the old check.";
  if (!asking)
    return (
      <button type="button" className={buttonSmall} onClick={() => setAsking(true)}>
        Rotate secret
      </button>
    );
  return (
    <form action={formAction} className="flex flex-wrap items-center gap-2" aria-label={question}>
      <input type="hidden" name="endpointId" value={endpointId} />
      <span className="text-xs text-slate-800">{question}</span>
      <SubmitButton className={buttonPrimary} pendingLabel="Rotating…">
        Rotate now
      </SubmitButton>
      <button type="button" className={buttonSecondary} onClick={() => setAsking(false)}>
        Cancel
      </button>
      <Refusal state={state && !state.ok ? state : null} />
    </form>
  );
}
