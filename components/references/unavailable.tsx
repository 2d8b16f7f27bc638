"use client";
import { useTranslations } from "@/components/i18n/use-translations";

/**
 * Why an action is not offered: short reasons inline, long rule texts behind a disclosure. `label`
 * is lib's action (ActionLabel: "Resend", "Assign", "Reassign"); `reason` comes already in the
 * page's language. A client component, as the resend control (resend-form.tsx) renders it too.
 */
export function Unavailable({ label, reason }: { label: string; reason: string }) {
  const t = useTranslations("referenceList.client.unavailable");
  if (reason.length <= 60) return <p className="text-xs text-slate-600">{reason}</p>;
  return (
    <details className="max-w-64 text-xs text-slate-700">
      <summary className="cursor-pointer text-slate-600 underline decoration-dotted">
        {t("question", { action: label })}
      </summary>
      <p className="mt-1">{reason}</p>
    </details>
  );
}
