"use client";
import { useActionState, useEffect, useRef, useState } from "react";
import { useTranslations } from "@/components/i18n/use-translations";
import { Alert } from "../ui/alert";
import { Field } from "../ui/field";
import { SubmitButton } from "../ui/submit-button";
import type { FormAction } from "./action-types";
import { ContactLanguageField } from "./contact-language-field";

type Option = { value: string; label: string };

/** Create a Customer Reference. What the user typed survives a refused submit (kept in the action state). */
export function CreateReferenceForm({
  action,
  locations,
  languages,
  projectTypes,
  today,
  createKey,
}: {
  action: FormAction<{ id: string; customerCompany: string }>;
  /** Each location with the language its customers are usually written to. */
  locations: (Option & { language: string })[];
  languages: Option[];
  projectTypes: Option[];
  today: string;
  /** One per rendering of the form: submitting it twice creates one request (decision 032). */
  createKey: string;
}) {
  const [state, formAction] = useActionState(action, null);
  const t = useTranslations("referenceDetail.client");
  const failed = state && !state.ok ? state : null;
  const values = failed?.values ?? {};
  const errors = failed?.fieldErrors ?? {};
  const alertRef = useRef<HTMLDivElement>(null);
  const [locationId, setLocationId] = useState(
    values.locationId ?? (locations.length === 1 ? locations[0]?.value : ""),
  );
  useEffect(() => {
    if (failed) alertRef.current?.focus();
  }, [failed]);

  return (
    // A new key per answer re-mounts the form with the submitted values as defaults.
    <form key={JSON.stringify(values)} action={formAction} className="space-y-6" noValidate>
      <input type="hidden" name="createKey" value={createKey} />
      {failed && (
        <div ref={alertRef} tabIndex={-1}>
          <Alert tone="error" title={t("createForm.notSent")}>
            {failed.message}
          </Alert>
        </div>
      )}
      <fieldset className="grid gap-4 md:grid-cols-2">
        <legend className="mb-2 text-base font-semibold text-slate-900">{t("createForm.whereAndWho")}</legend>
        <Field
          name="locationId"
          label={t("createForm.location")}
          required
          errors={errors.locationId}
          hint={t("createForm.locationHint")}
        >
          {(props) => (
            <select
              {...props}
              required
              defaultValue={locationId}
              onChange={(e) => setLocationId(e.target.value)}
            >
              <option value="">{t("createForm.chooseLocation")}</option>
              {locations.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field
          name="customerCompany"
          label={t("createForm.customerCompany")}
          required
          maxLength={200}
          defaultValue={values.customerCompany}
          errors={errors.customerCompany}
          autoComplete="organization"
        />
        <Field
          name="contactName"
          label={t("createForm.contactName")}
          required
          maxLength={200}
          defaultValue={values.contactName}
          errors={errors.contactName}
        />
        <Field
          name="contactEmail"
          label={t("createForm.contactEmail")}
          type="email"
          required
          maxLength={254}
          defaultValue={values.contactEmail}
          errors={errors.contactEmail}
          hint={t("createForm.contactEmailHint")}
        />
        <ContactLanguageField
          languages={languages}
          suggested={locations.find((l) => l.value === locationId)?.language ?? "en"}
          value={values.contactLanguage}
          errors={errors.contactLanguage}
        />
      </fieldset>
      <fieldset className="grid gap-4 md:grid-cols-2">
        <legend className="mb-2 text-base font-semibold text-slate-900">{t("createForm.project")}</legend>
        <Field
          name="projectTitle"
          label={t("createForm.projectTitle")}
          required
          maxLength={200}
          defaultValue={values.projectTitle}
          errors={errors.projectTitle}
        />
        <Field
          name="projectType"
          label={t("createForm.projectType")}
          required
          errors={errors.projectType}
          hint={t("createForm.projectTypeHint")}
        >
          {(props) => (
            <select {...props} required defaultValue={values.projectType ?? ""}>
              <option value="">{t("createForm.chooseProjectType")}</option>
              {projectTypes.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field
          name="completedOn"
          label={t("createForm.completedOn")}
          type="date"
          required
          max={today}
          defaultValue={values.completedOn}
          errors={errors.completedOn}
        />
        <div className="md:col-span-2">
          <Field
            name="projectDescription"
            label={t("createForm.projectDescription")}
            required
            errors={errors.projectDescription}
            hint={t("createForm.projectDescriptionHint")}
          >
            {(props) => (
              <textarea
                {...props}
                rows={5}
                required
                maxLength={4000}
                defaultValue={values.projectDescription}
              />
            )}
          </Field>
        </div>
      </fieldset>
      <div className="flex items-center gap-3">
        <SubmitButton pendingLabel={t("sending")}>{t("createForm.submit")}</SubmitButton>
        <p className="text-sm text-slate-600">{t("createForm.footnote")}</p>
      </div>
    </form>
  );
}
