"use client";
import { useState } from "react";
import { useTranslations } from "@/components/i18n/use-translations";
import { buttonSecondary, inputClass } from "../ui/styles";

/** A secret shown this once (API key, webhook signing secret): read-only, with a copy button. */
export function ShownOnceSecret({ id, label, value }: { id: string; label: string; value: string }) {
  const t = useTranslations("common.client.shownOnceSecret");
  const [copied, setCopied] = useState(false);
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <div className="mt-1 flex gap-2">
        <input id={id} readOnly value={value} className={`${inputClass} font-mono`} />
        <button
          type="button"
          className={buttonSecondary}
          onClick={() => navigator.clipboard?.writeText(value).then(() => setCopied(true))}
        >
          {copied ? t("copied") : t("copy")}
        </button>
      </div>
    </div>
  );
}
