"use client";

import { useActionState, useState } from "react";
import { useHydrated } from "@/components/ui/use-hydrated";
import { type DecisionState, decide } from "./actions";

// Two steps on purpose: the decision cannot be undone, so the customer confirms it first.
export function DecisionForm({ token, partnerName }: { token: string; partnerName: string }) {
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
            Approve
          </button>
          <button
            type="button"
            disabled={!hydrated}
            onClick={() => setChoice("reject")}
            className="rounded-md border border-slate-300 bg-white px-5 py-2.5 font-medium hover:bg-slate-50"
          >
            Reject
          </button>
        </div>
      ) : (
        <div className="rounded-md border border-slate-200 bg-slate-50 p-4">
          <p className="font-medium">
            {choice === "approve"
              ? `Approve this reference for ${partnerName}? You cannot change your answer afterwards.`
              : `Reject this reference request from ${partnerName}? You cannot change your answer afterwards.`}
          </p>
          <div className="mt-3 flex gap-3">
            <button
              type="submit"
              name="decision"
              value={choice}
              disabled={pending}
              className="rounded-md bg-brand-600 px-5 py-2 font-medium text-white hover:bg-brand-700 disabled:opacity-60"
            >
              {pending ? "Saving…" : choice === "approve" ? "Yes, approve" : "Yes, reject"}
            </button>
            <button
              type="button"
              onClick={() => setChoice(null)}
              className="rounded-md border border-slate-300 bg-white px-5 py-2 font-medium hover:bg-slate-100"
            >
              Go back
            </button>
          </div>
        </div>
      )}
    </form>
  );
}
