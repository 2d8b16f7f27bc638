"use client";
import { signIn } from "next-auth/react";
import { useState } from "react";
import { useTranslations } from "@/components/i18n/use-translations";
import { buttonPrimary, inputClass } from "../ui/styles";
import { useHydrated } from "../ui/use-hydrated";

/** Asks for a magic link. Every address ends on the same neutral page. */
export function EmailSignInForm({ callbackUrl }: { callbackUrl: string }) {
  const t = useTranslations("account.client.signIn");
  const [pending, setPending] = useState(false);
  // Before hydration a submit would be a plain GET to /signin?email=… (the address in the URL and
  // the server's logs) and no email: the button waits for React, and the form never uses GET.
  const hydrated = useHydrated();
  return (
    <form
      method="post"
      className="space-y-4"
      onSubmit={async (event) => {
        event.preventDefault();
        const email = String(new FormData(event.currentTarget).get("email") ?? "");
        setPending(true);
        await signIn("email", { email, callbackUrl });
      }}
    >
      <div>
        <label htmlFor="signin-email" className="block text-sm font-medium text-slate-800">
          {t("emailLabel")}
        </label>
        <input
          id="signin-email"
          name="email"
          type="email"
          autoComplete="email"
          required
          className={`mt-1 ${inputClass}`}
          placeholder={t("emailPlaceholder")}
        />
      </div>
      <button type="submit" className={`${buttonPrimary} w-full`} disabled={!hydrated || pending}>
        {pending ? t("sending") : t("submit")}
      </button>
    </form>
  );
}
