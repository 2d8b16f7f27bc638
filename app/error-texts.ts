import { useEffect, useState } from "react";
import english from "@/lib/i18n/messages/portal/common/en.json";
import { pseudoMessage } from "@/lib/i18n/pseudo";

// The root error pages (app/error.tsx, app/global-error.tsx) render outside the portal layout and
// its language provider, so they fetch their few words themselves: English at once (bundled), the
// page's language as a separate chunk once the page has failed. The language is the document's
// `<html lang>`, which the root layout sets from the same order as every page (the person's setting,
// the prc_lang cookie, Accept-Language); the cookie itself is httpOnly and not readable here.

export type ErrorTexts = (typeof english)["client"]["error"];
type CommonCatalogue = { client: { error: ErrorTexts } };

const TRANSLATIONS: Record<string, () => Promise<{ default: CommonCatalogue }>> = {
  de: () => import("@/lib/i18n/messages/portal/common/de.json"),
  fr: () => import("@/lib/i18n/messages/portal/common/fr.json"),
  es: () => import("@/lib/i18n/messages/portal/common/es.json"),
  ja: () => import("@/lib/i18n/messages/portal/common/ja.json"),
  "pt-BR": () => import("@/lib/i18n/messages/portal/common/pt-BR.json"),
};

const pseudo = (texts: ErrorTexts) =>
  Object.fromEntries(Object.entries(texts).map(([key, text]) => [key, pseudoMessage(text)])) as ErrorTexts;

/**
 * The error page's words in `lang` (default: the document's language, read after hydration), and
 * the language they are in: English until the translation arrives, and if it cannot load.
 */
export function useErrorTexts(lang?: string): { texts: ErrorTexts; lang: string } {
  const [shown, setShown] = useState<{ texts: ErrorTexts; lang: string } | null>(null);
  useEffect(() => {
    const wanted = lang ?? document.documentElement.lang;
    if (wanted === "en-XA") {
      setShown({ texts: pseudo(english.client.error), lang: wanted });
      return;
    }
    const load = TRANSLATIONS[wanted];
    if (!load) return;
    let live = true;
    load()
      .then((catalogue) => {
        if (live) setShown({ texts: catalogue.default.client.error, lang: wanted });
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [lang]);
  return shown ?? { texts: english.client.error, lang: "en" };
}
