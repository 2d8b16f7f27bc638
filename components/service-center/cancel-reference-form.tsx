"use client";
import { useActionState, useEffect, useState } from "react";
import { useTranslations } from "@/components/i18n/use-translations";
import type { FormAction } from "../references/action-types";
import { Alert } from "../ui/alert";
import { ConfirmPanel } from "../ui/confirm-panel";
import { Field } from "../ui/field";
import { buttonSecondary } from "../ui/styles";
import { useHydrated } from "../ui/use-hydrated";

/**
 * R12: an agent cancels an awaiting request at the request of one of the partner's program
 * administrators (the partner's Global Administrators are offered; any other name can be typed).
 * Canceling cannot be undone, so it takes a second, explicit confirmation.
 */
export function CancelReferenceForm<T>({
  referenceId,
  customerCompany,
  administrators,
  action,
}: {
  referenceId: string;
  customerCompany: string;
  administrators: string[];
  action: FormAction<T>;
}) {
  const t = useTranslations("serviceCenter.client.cancelForm");
  const [state, formAction] = useActionState(action, null);
  const [name, setName] = useState("");
  const [note, setNote] = useState("");
  const [confirming, setConfirming] = useState(false);
  const hydrated = useHydrated();
  const [localError, setLocalError] = useState<string | null>(null);
  const failed = state && !state.ok ? state : null;

  // A refusal sends the agent back to the fields, with the lib's message shown.
  useEffect(() => {
    if (failed) setConfirming(false);
  }, [failed]);

  if (state?.ok) {
    return <Alert tone="success">{t("canceled")}</Alert>;
  }

  const nameErrors = localError ? [localError] : failed?.fieldErrors?.programAdministrator;
  const askToConfirm = () => {
    if (!name.trim()) setLocalError(t("nameRequired"));
    else setConfirming(true);
  };
  return (
    <form
      action={formAction}
      // Enter in the name field must lead to the confirmation, never straight to canceling.
      onSubmit={(e) => {
        if (!confirming) {
          e.preventDefault();
          askToConfirm();
        }
      }}
      className="space-y-3"
      noValidate
      aria-label={t("label")}
    >
      <input type="hidden" name="referenceId" value={referenceId} />
      {failed && <Alert tone="error">{failed.message}</Alert>}
      {confirming ? (
        <ConfirmPanel
          question={t("question", { customer: customerCompany, name: name.trim() })}
          confirmLabel={t("confirm")}
          pendingLabel={t("canceling")}
          onBack={() => setConfirming(false)}
        >
          <input type="hidden" name="programAdministrator" value={name} />
          <input type="hidden" name="note" value={note} />
        </ConfirmPanel>
      ) : (
        <>
          <Field
            name="cancel-programAdministrator"
            label={t("administratorLabel")}
            hint={
              administrators.length > 0
                ? t("administratorsHint", { names: administrators.join(t("listSeparator")) })
                : t("administratorHintNone")
            }
            required
            errors={nameErrors}
          >
            {(props) => (
              <>
                <input
                  {...props}
                  name="programAdministrator"
                  list="cancel-administrators"
                  autoComplete="off"
                  maxLength={200}
                  required
                  value={name}
                  onChange={(e) => {
                    setName(e.target.value);
                    setLocalError(null);
                  }}
                />
                <datalist id="cancel-administrators">
                  {administrators.map((a) => (
                    <option key={a} value={a} />
                  ))}
                </datalist>
              </>
            )}
          </Field>
          <Field name="cancel-note" label={t("noteLabel")} errors={failed?.fieldErrors?.note}>
            {(props) => (
              <textarea
                {...props}
                name="note"
                rows={2}
                maxLength={1000}
                value={note}
                onChange={(e) => setNote(e.target.value)}
              />
            )}
          </Field>
          <button type="button" className={buttonSecondary} disabled={!hydrated} onClick={askToConfirm}>
            {t("submit")}
          </button>
        </>
      )}
    </form>
  );
}
