"use client";
import { useTranslations } from "@/components/i18n/use-translations";
import type { FormAction } from "../references/action-types";
import { ConfirmForm } from "./confirm-form";

/** Ends every session of this person, this one included. */
export function SignOutEverywhere<T>({ action }: { action: FormAction<T> }) {
  const t = useTranslations("settings.client.signOutEverywhere");
  return (
    <ConfirmForm
      action={action}
      hidden={{}}
      label={t("label")}
      question={t("question")}
      confirmLabel={t("confirm")}
    />
  );
}
