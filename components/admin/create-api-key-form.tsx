"use client";
import { useActionState, useState } from "react";
import { useTranslations } from "@/components/i18n/use-translations";
import type { FormAction } from "../references/action-types";
import { Alert } from "../ui/alert";
import { Field } from "../ui/field";
import { SubmitButton } from "../ui/submit-button";
import { ShownOnceSecret } from "./shown-once-secret";

type Created = { id: string; key: string; prefix: string };

/** "Create key": name, scope, acts-as; the new key is shown once, read-only, with a copy button. */
export function CreateApiKeyForm({
  action,
  locations,
}: {
  action: FormAction<Created>;
  locations: { id: string; name: string }[];
}) {
  const t = useTranslations("settings.client.apiKeyForm");
  const [state, formAction] = useActionState(action, null);
  const [actsAs, setActsAs] = useState<"partner" | "locations">("partner");
  if (state?.ok)
    return (
      <div className="space-y-3">
        <Alert tone="success" title={t("created")}>
          {t("createdBody")}
        </Alert>
        <ShownOnceSecret id="new-api-key" label={t("newKey")} value={state.data.key} />
      </div>
    );
  const failed = state && !state.ok ? state : null;
  const errors = failed?.fieldErrors ?? {};
  return (
    <form action={formAction} className="space-y-4">
      {failed && <Alert tone="error">{failed.message}</Alert>}
      <Field
        name="name"
        label={t("name")}
        required
        maxLength={80}
        hint={t("nameHint")}
        defaultValue={failed?.values?.name ?? ""}
        errors={errors.name}
      />
      <fieldset className="space-y-1">
        <legend className="text-sm font-medium text-slate-800">{t("scope")}</legend>
        <label className="flex items-center gap-2 text-sm">
          <input type="radio" name="scope" value="READ" defaultChecked /> {t("read")}
        </label>
        <label className="flex items-center gap-2 text-sm">
          <input type="radio" name="scope" value="READ_WRITE" /> {t("readWrite")}
        </label>
        {errors.scope && <p className="text-xs text-red-800">{errors.scope[0]}</p>}
      </fieldset>
      <fieldset className="space-y-1">
        <legend className="text-sm font-medium text-slate-800">{t("actsAs")}</legend>
        <label className="flex items-center gap-2 text-sm">
          <input
            type="radio"
            name="actsAs"
            value="partner"
            checked={actsAs === "partner"}
            onChange={() => setActsAs("partner")}
          />{" "}
          {t("wholePartner")}
        </label>
        <label className="flex items-center gap-2 text-sm">
          <input
            type="radio"
            name="actsAs"
            value="locations"
            checked={actsAs === "locations"}
            onChange={() => setActsAs("locations")}
          />{" "}
          {t("someLocations")}
        </label>
        {actsAs === "locations" && (
          <div className="ml-6 space-y-1" data-testid="api-key-locations">
            {locations.map((l) => (
              <label key={l.id} className="flex items-center gap-2 text-sm">
                <input type="checkbox" name={`location:${l.id}`} value="on" /> {l.name}
              </label>
            ))}
          </div>
        )}
        {errors.locationIds && (
          <p role="alert" className="text-xs text-red-800">
            {errors.locationIds[0]}
          </p>
        )}
      </fieldset>
      <SubmitButton pendingLabel={t("creating")}>{t("create")}</SubmitButton>
    </form>
  );
}
