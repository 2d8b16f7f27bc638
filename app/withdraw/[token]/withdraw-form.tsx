"use client";

import { useActionState, useState } from "react";
import { useHydrated } from "@/components/ui/use-hydrated";
import { type WithdrawState, withdraw } from "./actions";

export type WithdrawCopy = { button: string; confirm: string; yes: string; goBack: string; saving: string };

// Two steps: withdrawing cannot be undone, so the customer confirms it first.
export function WithdrawForm({ token, locale, copy }: { token: string; locale: string; copy: WithdrawCopy }) {
  const [state, action, pending] = useActionState<WithdrawState, FormData>(withdraw, null);
  const [confirming, setConfirming] = useState(false);
  const hydrated = useHydrated();

  if (state?.ok)
    return (
      <p role="status" className="rounded-md bg-emerald-50 p-4 text-emerald-900">
        {state.message}
      </p>
    );
  return (
    <form action={action} className="space-y-4">
      <input type="hidden" name="token" value={token} />
      <input type="hidden" name="locale" value={locale} />
      {state && !state.ok && (
        <p role="alert" className="rounded-md bg-red-50 p-4 text-red-900">
          {state.message}
        </p>
      )}
      {confirming ? (
        <div className="rounded-md border border-slate-200 bg-slate-50 p-4">
          <p className="font-medium">{copy.confirm}</p>
          <div className="mt-3 flex gap-3">
            <button
              type="submit"
              disabled={pending}
              className="rounded-md bg-red-700 px-5 py-2 font-medium text-white hover:bg-red-800 disabled:opacity-60"
            >
              {pending ? copy.saving : copy.yes}
            </button>
            <button
              type="button"
              onClick={() => setConfirming(false)}
              className="rounded-md border border-slate-300 bg-white px-5 py-2 font-medium hover:bg-slate-100"
            >
              {copy.goBack}
            </button>
          </div>
        </div>
      ) : (
        <button
          type="button"
          disabled={!hydrated}
          onClick={() => setConfirming(true)}
          className="rounded-md border border-red-300 bg-white px-5 py-2.5 font-medium text-red-800 hover:bg-red-50"
        >
          {copy.button}
        </button>
      )}
    </form>
  );
}
