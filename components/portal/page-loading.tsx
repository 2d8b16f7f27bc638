"use client";
import { useTranslations } from "@/components/i18n/use-translations";

/** Shown while a portal page loads its data (each slow page's loading.tsx renders it). */
export function PageLoading() {
  const t = useTranslations("common.client");
  return (
    <div role="status" aria-live="polite" className="space-y-4">
      <span className="sr-only">{t("loading")}</span>
      <div className="h-8 w-64 animate-pulse rounded bg-slate-200" />
      <div className="h-4 w-96 max-w-full animate-pulse rounded bg-slate-200" />
      <div className="h-64 animate-pulse rounded-lg bg-slate-200" />
    </div>
  );
}
