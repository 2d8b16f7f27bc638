"use client";
import { useActionState } from "react";
import { useTranslations } from "@/components/i18n/use-translations";
import { Alert } from "../ui/alert";
import { Field } from "../ui/field";
import { buttonSecondary } from "../ui/styles";
import { SubmitButton } from "../ui/submit-button";
import type { FormAction } from "./action-types";

/** Asks the Regional Service Center to assign on the partner's behalf, or to cancel a request. */
export function ServiceCaseForm({
  referenceId,
  type,
  competencies = [],
  action,
}: {
  referenceId: string;
  type: "ASSIGNMENT_HELP" | "CANCELLATION";
  competencies?: { id: string; name: string }[];
  action: FormAction<{ id: string }>;
}) {
  const [state, formAction] = useActionState(action, null);
  const t = useTranslations("referenceDetail.client");
  if (state?.ok) {
    return (
      <Alert tone="success" title={t("serviceCase.successTitle")}>
        {t("serviceCase.successBody")}
      </Alert>
    );
  }
  const failed = state && !state.ok ? state : null;
  const values = failed?.values ?? {};
  const errors = failed?.fieldErrors ?? {};
  const prefix = type === "CANCELLATION" ? "cancel" : "help";
  return (
    <form key={JSON.stringify(values)} action={formAction} className="space-y-3" noValidate>
      <input type="hidden" name="referenceId" value={referenceId} />
      <input type="hidden" name="type" value={type} />
      {failed && <Alert tone="error">{failed.message}</Alert>}
      {type === "CANCELLATION" ? (
        <Field
          name={`${prefix}-programAdministrator`}
          label={t("serviceCase.programAdministrator")}
          required
          defaultValue={values.programAdministrator}
          errors={errors.programAdministrator}
        >
          {(props) => (
            <input
              {...props}
              name="programAdministrator"
              required
              defaultValue={values.programAdministrator}
            />
          )}
        </Field>
      ) : (
        <Field
          name={`${prefix}-competencyId`}
          label={t("serviceCase.competency")}
          errors={errors.competencyId}
        >
          {(props) => (
            <select {...props} name="competencyId" defaultValue={values.competencyId ?? ""}>
              <option value="">{t("serviceCase.letAgentChoose")}</option>
              {competencies.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      <Field name={`${prefix}-message`} label={t("serviceCase.message")} errors={errors.message}>
        {(props) => (
          <textarea {...props} name="message" rows={3} maxLength={2000} defaultValue={values.message} />
        )}
      </Field>
      <SubmitButton className={buttonSecondary} pendingLabel={t("sending")}>
        {type === "CANCELLATION" ? t("serviceCase.askCancellation") : t("serviceCase.askAssign")}
      </SubmitButton>
    </form>
  );
}
