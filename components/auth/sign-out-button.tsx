"use client";
import { useFormStatus } from "react-dom";
import { useTranslations } from "@/components/i18n/use-translations";
import { useHydrated } from "../ui/use-hydrated";

function SignOutSubmit() {
  const hydrated = useHydrated();
  const { pending } = useFormStatus();
  const t = useTranslations("common.client");
  return (
    <button
      type="submit"
      disabled={!hydrated || pending}
      className="rounded-md border border-slate-300 px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-100 disabled:opacity-60"
    >
      {t("signOut")}
    </button>
  );
}

/** Signs out on the server (the action clears the session cookie and goes to the sign-in page). */
export function SignOutButton({ action }: { action: () => Promise<void> }) {
  return (
    <form action={action}>
      <SignOutSubmit />
    </form>
  );
}
