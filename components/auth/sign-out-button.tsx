"use client";
import { signOut } from "next-auth/react";
import { useHydrated } from "../ui/use-hydrated";

export function SignOutButton() {
  const hydrated = useHydrated();
  return (
    <button
      type="button"
      disabled={!hydrated}
      onClick={() => signOut({ callbackUrl: "/signin" })}
      className="rounded-md border border-slate-300 px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-100 disabled:opacity-60"
    >
      Sign out
    </button>
  );
}
