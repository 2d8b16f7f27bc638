"use client";
import { useActionState, useState } from "react";
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
  const [state, formAction] = useActionState(action, null);
  if (state?.ok)
    return (
      <p role="status" className="text-sm text-emerald-800">
        Requeued: sending to {to} again.
      </p>
    );
  return (
    <form action={formAction} className="space-y-2">
      <input type="hidden" name="emailId" value={emailId} />
      <SubmitButton className={buttonSmall} pendingLabel="Requeueing…">
        <span>
          Requeue<span className="sr-only"> the email to {to}</span>
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
  const [confirming, setConfirming] = useState(false);
  const hydrated = useHydrated();
  const [state, formAction] = useActionState(action, null);
  if (state?.ok) {
    const { requeued, notRequeued, remaining } = state.data;
    return (
      <Alert tone={notRequeued > 0 || remaining ? "warning" : "success"}>
        {requeued === 1 ? "1 email was" : `${requeued} emails were`} requeued and are being sent again. A link
        they carry is a new one; the earlier link no longer works.
        {notRequeued > 0 &&
          ` ${notRequeued === 1 ? "1 email was" : `${notRequeued} emails were`} not: what its link was for has ended.`}
        {remaining && " More remain: requeue all again to continue."}
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
        Requeue all failed email
      </button>
    );
  return (
    <form action={formAction} className="space-y-3 rounded-md border border-amber-200 bg-amber-50 p-4">
      <p className="text-sm text-amber-900">
        Send {count === 1 ? "this email" : `all ${count} failed emails`} again? Recipients whose server
        refused them before may refuse them again.
      </p>
      <div className="flex gap-2">
        <SubmitButton pendingLabel="Requeueing…">Yes, requeue all</SubmitButton>
        <button type="button" className={buttonSecondary} onClick={() => setConfirming(false)}>
          Keep them as they are
        </button>
      </div>
      {state && !state.ok && <Alert tone="error">{state.message}</Alert>}
    </form>
  );
}
