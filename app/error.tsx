"use client";
import { buttonPrimary } from "@/components/ui/styles";
import { useErrorTexts } from "./error-texts";

/** Shown instead of any unexpected failure; never the raw error. In the page's language. */
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const { texts, lang } = useErrorTexts();
  return (
    <main
      id="main"
      lang={lang}
      className="mx-auto flex min-h-[60vh] max-w-lg flex-col justify-center px-6 py-16"
    >
      <h1 className="text-2xl font-bold">{texts.title}</h1>
      <p className="mt-2 text-slate-600">{texts.body}</p>
      <p className="mt-6">
        <button type="button" onClick={reset} className={buttonPrimary}>
          {texts.tryAgain}
        </button>
      </p>
    </main>
  );
}
