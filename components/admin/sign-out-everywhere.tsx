"use client";
import type { FormAction } from "../references/action-types";
import { ConfirmForm } from "./confirm-form";

/** Ends every session of this person, this one included. */
export function SignOutEverywhere<T>({ action }: { action: FormAction<T> }) {
  return (
    <ConfirmForm
      action={action}
      hidden={{}}
      label="Sign out of every session"
      question="Sign out on every device, this one included? Sign-in links already emailed to you stop working too."
      confirmLabel="Yes, sign out everywhere"
    />
  );
}
