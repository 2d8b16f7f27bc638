"use client";
import Link from "next/link";
import { useTranslations } from "@/components/i18n/use-translations";
import { buttonPrimary, buttonSecondary } from "@/components/ui/styles";

/** A portal page failed unexpectedly: a friendly message inside the portal shell, never the raw error. */
export default function PortalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  // Inside the portal layout, so its language provider (components/i18n/portal-intl.tsx) is there.
  const t = useTranslations("common.client.error");
  return (
    <div role="alert" className="mx-auto max-w-lg py-12">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-2 text-slate-600">{t("portalBody")}</p>
      <div className="mt-6 flex gap-3">
        <button type="button" onClick={reset} className={buttonPrimary}>
          {t("tryAgain")}
        </button>
        <Link href="/references" className={buttonSecondary}>
          {t("referenceList")}
        </Link>
      </div>
    </div>
  );
}
