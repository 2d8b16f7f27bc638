"use client";
import { useState } from "react";
import { useTranslations } from "@/components/i18n/use-translations";
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
  const t = useTranslations("referenceDetail.client.contactLanguage");
  return (
    <Field name="contactLanguage" label={t("label")} errors={errors} hint={t("hint")}>
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
