"use client";

import { useActionState, useState } from "react";
import { useHydrated } from "@/components/ui/use-hydrated";
import { type DecisionState, decide } from "./actions";

export type DecisionCopy = {
  approve: string;
  reject: string;
  confirmApprove: string;
  confirmReject: string;
  yesApprove: string;
  yesReject: string;
  goBack: string;
  saving: string;
};

// Two steps on purpose: the decision cannot be undone, so the customer confirms it first. The words
// come translated from the page, in the customer's language.
export function DecisionForm({ token, locale, copy }: { token: string; locale: string; copy: DecisionCopy }) {
  const [state, action, pending] = useActionState<DecisionState, FormData>(decide, null);
  const [choice, setChoice] = useState<"approve" | "reject" | null>(null);
  const hydrated = useHydrated();

  if (state?.ok) {
    return (
      <p role="status" className="rounded-md bg-emerald-50 p-4 text-emerald-900">
        {state.message}
      </p>
    );
  }
  return (
    <form action={action} className="space-y-4">
      <input type="hidden" name="token" value={token} />
      <input type="hidden" name="locale" value={locale} />
      {state && !state.ok && (
        <p role="alert" className="rounded-md bg-red-50 p-4 text-red-900">
          {state.message}
        </p>
      )}
      {choice === null ? (
        <div className="flex flex-wrap gap-3">
          <button
            type="button"
            disabled={!hydrated}
            onClick={() => setChoice("approve")}
            className="rounded-md bg-brand-600 px-5 py-2.5 font-medium text-white hover:bg-brand-700"
          >
            {copy.approve}
          </button>
          <button
            type="button"
            disabled={!hydrated}
            onClick={() => setChoice("reject")}
            className="rounded-md border border-slate-300 bg-white px-5 py-2.5 font-medium hover:bg-slate-50"
          >
            {copy.reject}
          </button>
        </div>
      ) : (
        <div className="rounded-md border border-slate-200 bg-slate-50 p-4">
          <p className="font-medium">{choice === "approve" ? copy.confirmApprove : copy.confirmReject}</p>
          <div className="mt-3 flex gap-3">
            <button
              type="submit"
              name="decision"
              value={choice}
              disabled={pending}
              className="rounded-md bg-brand-600 px-5 py-2 font-medium text-white hover:bg-brand-700 disabled:opacity-60"
            >
              {pending ? copy.saving : choice === "approve" ? copy.yesApprove : copy.yesReject}
            </button>
            <button
              type="button"
              onClick={() => setChoice(null)}
              className="rounded-md border border-slate-300 bg-white px-5 py-2 font-medium hover:bg-slate-100"
            >
              {copy.goBack}
            </button>
          </div>
        </div>
      )}
    </form>
  );
}
