"use client";
import { useActionState, useEffect, useRef } from "react";
import { useTranslations } from "@/components/i18n/use-translations";
import type { FormAction } from "../references/action-types";
import { Alert } from "../ui/alert";
import { SubmitButton } from "../ui/submit-button";
import { useHydrated } from "../ui/use-hydrated";
import type { FieldSpec } from "./form-fields";
import { SpecField } from "./spec-field";

/**
 * A form drawn from field descriptions: the refusal is announced and focused, each field shows its
 * own message, and what the user typed is kept (React clears uncontrolled inputs after an action).
 */
export function SpecForm<T>({
  action,
  fields,
  submitLabel,
  pendingLabel,
  successMessage,
  label,
  idPrefix,
  layout = "grid",
}: {
  action: FormAction<T>;
  fields: FieldSpec[];
  submitLabel: string;
  pendingLabel?: string;
  successMessage: string;
  /** Accessible name of the form. */
  label: string;
  /** Keeps ids unique when a page has several forms. */
  idPrefix: string;
  layout?: "grid" | "inline";
}) {
  const t = useTranslations("common.client.specForm");
  const [state, formAction] = useActionState(action, null);
  const hydrated = useHydrated();
  const failed = state && !state.ok ? state : null;
  const alertRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (failed) alertRef.current?.focus();
  }, [failed]);
  const values = failed?.values ?? null;
  return (
    // data-hydrated lets tests wait until typing can no longer be lost to hydration.
    <form
      key={JSON.stringify(values)}
      action={formAction}
      aria-label={label}
      noValidate
      className="space-y-4"
      data-hydrated={hydrated ? "true" : undefined}
    >
      {failed && (
        <div ref={alertRef} tabIndex={-1}>
          <Alert tone="error" title={t("nothingChanged")}>
            {failed.message}
          </Alert>
        </div>
      )}
      {state?.ok && <Alert tone="success">{successMessage}</Alert>}
      <div className={layout === "grid" ? "grid gap-4 md:grid-cols-2" : "flex flex-wrap items-end gap-3"}>
        {fields.map((spec) => (
          <SpecField
            key={spec.name}
            spec={spec}
            values={values}
            errors={failed?.fieldErrors ?? {}}
            idPrefix={idPrefix}
          />
        ))}
      </div>
      <SubmitButton pendingLabel={pendingLabel}>{submitLabel}</SubmitButton>
    </form>
  );
}
