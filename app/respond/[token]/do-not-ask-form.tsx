"use client";

import { useActionState } from "react";
import { type DecisionState, doNotAsk } from "./actions";

export type DoNotAskCopy = { heading: string; body: string; button: string; saving: string };

/** R18: the customer's "Do not ask me again", confirmed on the page once recorded. */
export function DoNotAskForm({ token, locale, copy }: { token: string; locale: string; copy: DoNotAskCopy }) {
  const [state, action, pending] = useActionState<DecisionState, FormData>(doNotAsk, null);
  return (
    <section aria-labelledby="do-not-ask" className="mt-10 border-t border-slate-200 pt-6">
      <h2 id="do-not-ask" className="text-base font-semibold">
        {copy.heading}
      </h2>
      {state?.ok ? (
        <p role="status" className="mt-2 rounded-md bg-emerald-50 p-4 text-emerald-900">
          {state.message}
        </p>
      ) : (
        <form action={action} className="mt-2 space-y-3">
          <input type="hidden" name="token" value={token} />
          <input type="hidden" name="locale" value={locale} />
          <p className="text-sm text-slate-700">{copy.body}</p>
          {state && (
            <p role="alert" className="rounded-md bg-red-50 p-4 text-red-900">
              {state.message}
            </p>
          )}
          <button
            type="submit"
            disabled={pending}
            className="rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-medium hover:bg-slate-50 disabled:opacity-60"
          >
            {pending ? copy.saving : copy.button}
          </button>
        </form>
      )}
    </section>
  );
}
