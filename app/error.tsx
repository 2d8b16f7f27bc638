"use client";
import { buttonPrimary } from "@/components/ui/styles";

/** Shown instead of any unexpected failure; never the raw error. */
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main id="main" className="mx-auto flex min-h-[60vh] max-w-lg flex-col justify-center px-6 py-16">
      <h1 className="text-2xl font-bold">Something went wrong</h1>
      <p className="mt-2 text-slate-600">
        We could not show this page just now. Your data is safe. Please try again; if it keeps happening,
        contact your Regional Service Center.
      </p>
      <p className="mt-6">
        <button type="button" onClick={reset} className={buttonPrimary}>
          Try again
        </button>
      </p>
    </main>
  );
}
