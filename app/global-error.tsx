"use client";
import { useState } from "react";
import { useErrorTexts } from "./error-texts";

/**
 * Last resort when even the root layout fails: plain markup, no raw error. It replaces the whole
 * document, so it reads the failed page's language from `<html lang>` before it renders over it
 * (English when rendered on the server, where there is no earlier document).
 */
export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const [pageLanguage] = useState(() =>
    typeof document === "undefined" ? "en" : document.documentElement.lang || "en",
  );
  const { texts, lang } = useErrorTexts(pageLanguage);
  return (
    <html lang={lang}>
      <body
        style={{
          fontFamily: "system-ui, sans-serif",
          padding: "4rem 1.5rem",
          maxWidth: "32rem",
          margin: "0 auto",
        }}
      >
        <main>
          <h1>{texts.title}</h1>
          <p>{texts.globalBody}</p>
          <button type="button" onClick={reset}>
            {texts.tryAgain}
          </button>
        </main>
      </body>
    </html>
  );
}
