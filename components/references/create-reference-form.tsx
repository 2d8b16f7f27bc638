"use client";
import { useActionState, useEffect, useRef, useState } from "react";
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
}: {
  action: FormAction<{ id: string; customerCompany: string }>;
  /** Each location with the language its customers are usually written to. */
  locations: (Option & { language: string })[];
  languages: Option[];
  projectTypes: Option[];
  today: string;
}) {
  const [state, formAction] = useActionState(action, null);
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
      {failed && (
        <div ref={alertRef} tabIndex={-1}>
          <Alert tone="error" title="The request was not sent">
            {failed.message}
          </Alert>
        </div>
      )}
      <fieldset className="grid gap-4 md:grid-cols-2">
        <legend className="mb-2 text-base font-semibold text-slate-900">Where and who</legend>
        <Field
          name="locationId"
          label="Location"
          required
          errors={errors.locationId}
          hint="Only locations you administer are listed."
        >
          {(props) => (
            <select
              {...props}
              required
              defaultValue={locationId}
              onChange={(e) => setLocationId(e.target.value)}
            >
              <option value="">Choose a location</option>
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
          label="Customer company"
          required
          maxLength={200}
          defaultValue={values.customerCompany}
          errors={errors.customerCompany}
          autoComplete="organization"
        />
        <Field
          name="contactName"
          label="Customer contact name"
          required
          maxLength={200}
          defaultValue={values.contactName}
          errors={errors.contactName}
        />
        <Field
          name="contactEmail"
          label="Customer contact email"
          type="email"
          required
          maxLength={254}
          defaultValue={values.contactEmail}
          errors={errors.contactEmail}
          hint="The request email goes to this address."
        />
        <ContactLanguageField
          languages={languages}
          suggested={locations.find((l) => l.value === locationId)?.language ?? "en"}
          value={values.contactLanguage}
          errors={errors.contactLanguage}
        />
      </fieldset>
      <fieldset className="grid gap-4 md:grid-cols-2">
        <legend className="mb-2 text-base font-semibold text-slate-900">The project</legend>
        <Field
          name="projectTitle"
          label="Project title"
          required
          maxLength={200}
          defaultValue={values.projectTitle}
          errors={errors.projectTitle}
        />
        <Field
          name="projectType"
          label="Project type"
          required
          errors={errors.projectType}
          hint="Decides which competencies the reference can count toward."
        >
          {(props) => (
            <select {...props} required defaultValue={values.projectType ?? ""}>
              <option value="">Choose a project type</option>
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
          label="Completed on"
          type="date"
          required
          max={today}
          defaultValue={values.completedOn}
          errors={errors.completedOn}
        />
        <div className="md:col-span-2">
          <Field
            name="projectDescription"
            label="Project description"
            required
            errors={errors.projectDescription}
            hint="What you delivered; the customer reads this."
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
        <SubmitButton pendingLabel="Sending…">Send reference request</SubmitButton>
        <p className="text-sm text-slate-600">
          The customer receives an email asking them to approve or reject.
        </p>
      </div>
    </form>
  );
}
