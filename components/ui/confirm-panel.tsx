"use client";
import { useEffect, useRef } from "react";
import { useTranslations } from "@/components/i18n/use-translations";
import { Alert } from "./alert";
import { buttonDanger, buttonSecondary, panelClass } from "./styles";
import { SubmitButton } from "./submit-button";

/**
 * The second step of an irreversible action, inside its form: the question, any fields it needs,
 * a danger-styled confirming submit and "Go back". It takes keyboard focus when it opens, so
 * screen-reader users hear what it asks.
 */
export function ConfirmPanel({
  question,
  error,
  confirmLabel,
  pendingLabel,
  onBack,
  children,
}: {
  question: React.ReactNode;
  error?: string;
  confirmLabel: string;
  pendingLabel: string;
  onBack: () => void;
  children?: React.ReactNode;
}) {
  const t = useTranslations("common.client.confirmPanel");
  const panel = useRef<HTMLDivElement>(null);
  useEffect(() => panel.current?.focus(), []);
  return (
    <div ref={panel} tabIndex={-1} className={panelClass}>
      <p className="text-sm font-medium text-slate-900">{question}</p>
      {error && <Alert tone="error">{error}</Alert>}
      {children}
      <div className="flex flex-wrap gap-2">
        <SubmitButton className={buttonDanger} pendingLabel={pendingLabel}>
          {confirmLabel}
        </SubmitButton>
        <button type="button" className={buttonSecondary} onClick={onBack}>
          {t("goBack")}
        </button>
      </div>
    </div>
  );
}
