"use client";
import { useState } from "react";
import { Field } from "../ui/field";

type Option = { value: string; label: string };

/**
 * The language of the request email and the customer's page. It follows the chosen location's
 * usual language until the person picks one themselves.
 */
export function ContactLanguageField({
  languages,
  suggested,
  value,
  errors,
}: {
  languages: Option[];
  suggested: string;
  value?: string;
  errors?: string[];
}) {
  const [chosen, setChosen] = useState<string | undefined>(value || undefined);
  return (
    <Field
      name="contactLanguage"
      label="Contact's language"
      errors={errors}
      hint="The request email and the approval page are written in it."
    >
      {(props) => (
        <select {...props} value={chosen ?? suggested} onChange={(e) => setChosen(e.target.value)}>
          {languages.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
