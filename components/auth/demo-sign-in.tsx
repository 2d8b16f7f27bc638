"use client";
import { signIn } from "next-auth/react";
import { useState } from "react";
import { useTranslations } from "@/components/i18n/use-translations";
import { useHydrated } from "../ui/use-hydrated";

export type DemoUser = { email: string; name: string; role: string };

/** Demo mode only: one click signs in as a demo user (the server refuses outside demo mode). */
export function DemoSignIn({ users, callbackUrl }: { users: DemoUser[]; callbackUrl: string }) {
  const t = useTranslations("account.client.signIn");
  const [pending, setPending] = useState<string | null>(null);
  const hydrated = useHydrated();
  return (
    <ul className="grid gap-2">
      {users.map((user) => (
        <li key={user.email}>
          <button
            type="button"
            disabled={!hydrated || pending !== null}
            onClick={async () => {
              setPending(user.email);
              await signIn("demo", { email: user.email, callbackUrl });
            }}
            className="flex w-full items-center justify-between gap-3 rounded-md border border-slate-200 bg-white px-4 py-2.5 text-left text-sm hover:border-brand-600 hover:bg-brand-50 disabled:opacity-60"
          >
            <span>
              <span className="block font-semibold text-slate-900">{t("signInAs", { name: user.name })}</span>
              <span className="block text-slate-600">{user.role}</span>
            </span>
            <span className="text-xs text-slate-600">
              {pending === user.email ? t("signingIn") : user.email}
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}
