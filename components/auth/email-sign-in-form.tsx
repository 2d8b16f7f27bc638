"use client";
import { signIn } from "next-auth/react";
import { useState } from "react";
import { buttonPrimary, inputClass } from "../ui/styles";

/** Asks for a magic link. Every address ends on the same neutral page. */
export function EmailSignInForm({ callbackUrl }: { callbackUrl: string }) {
  const [pending, setPending] = useState(false);
  return (
    <form
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
          Work email address
        </label>
        <input
          id="signin-email"
          name="email"
          type="email"
          autoComplete="email"
          required
          className={`mt-1 ${inputClass}`}
          placeholder="you@company.example"
        />
      </div>
      <button type="submit" className={`${buttonPrimary} w-full`} disabled={pending}>
        {pending ? "Sending…" : "Email me a sign-in link"}
      </button>
    </form>
  );
}
