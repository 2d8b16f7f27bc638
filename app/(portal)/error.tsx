"use client";
import Link from "next/link";
import { buttonPrimary, buttonSecondary } from "@/components/ui/styles";

/** A portal page failed unexpectedly: a friendly message inside the portal shell, never the raw error. */
export default function PortalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div role="alert" className="mx-auto max-w-lg py-12">
      <h1 className="text-2xl font-bold">Something went wrong</h1>
      <p className="mt-2 text-slate-600">
        We could not complete this just now. Nothing was changed unless you see it on the page after trying
        again.
      </p>
      <div className="mt-6 flex gap-3">
        <button type="button" onClick={reset} className={buttonPrimary}>
          Try again
        </button>
        <Link href="/references" className={buttonSecondary}>
          Reference List
        </Link>
      </div>
    </div>
  );
}
