"use client";
import { useActionState } from "react";
import { useTranslations } from "@/components/i18n/use-translations";
import { Alert } from "../ui/alert";
import { Field } from "../ui/field";
import { buttonSecondary } from "../ui/styles";
import { SubmitButton } from "../ui/submit-button";
import type { FormAction } from "./action-types";

/** R17: a new link to the corrected address; the old one stops working and six weeks start again. */
export function CorrectContactForm({
  referenceId,
  currentEmail,
  action,
}: {
  referenceId: string;
  currentEmail: string;
  action: FormAction<{ contactEmail: string }>;
}) {
  const [state, formAction] = useActionState(action, null);
  const t = useTranslations("referenceDetail.client");
  const failed = state && !state.ok ? state : null;
  const values = failed?.values ?? {};
  return (
    <form key={JSON.stringify(values)} action={formAction} className="space-y-3" noValidate>
      <input type="hidden" name="referenceId" value={referenceId} />
      {state?.ok && (
        <Alert tone="success" title={t("correctContact.successTitle")}>
          {t("correctContact.successBody")}
        </Alert>
      )}
      {failed && <Alert tone="error">{failed.message}</Alert>}
      <p className="text-sm text-slate-700">
        {t.rich("correctContact.sentTo", {
          email: currentEmail,
          strong: (chunks) => <strong className="break-all">{chunks}</strong>,
        })}
      </p>
      <Field
        name="correct-contactEmail"
        label={t("correctContact.label")}
        required
        errors={failed?.fieldErrors?.contactEmail}
      >
        {(props) => (
          <input
            {...props}
            name="contactEmail"
            type="email"
            required
            autoComplete="off"
            defaultValue={values.contactEmail}
          />
        )}
      </Field>
      <SubmitButton className={buttonSecondary} pendingLabel={t("sending")}>
        {t("correctContact.button")}
      </SubmitButton>
    </form>
  );
}
