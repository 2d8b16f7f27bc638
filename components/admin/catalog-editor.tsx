import type { CatalogEntry } from "@/lib/competencies/catalog-queries";
import { getPortalT } from "@/lib/i18n/request-locale";
import type { FormAction } from "../references/action-types";
import { ConfirmForm } from "./confirm-form";
import type { FieldSpec } from "./form-fields";
import { SpecForm } from "./spec-form";

/** The requirement fields' labels in the page's language (requirementLabels() reads them). */
export type RequirementLabels = {
  silverCount: string;
  goldCount: string;
  countingMonths: string;
  countingHint: string;
  projectTypes: string;
};

/** The requirement fields' labels in this request's language. */
export async function requirementLabels(): Promise<RequirementLabels> {
  const t = await getPortalT("agentAdmin.catalogEditor");
  return {
    silverCount: t("silverCount"),
    goldCount: t("goldCount"),
    countingMonths: t("countingMonths"),
    countingHint: t("countingHint"),
    projectTypes: t("projectTypes"),
  };
}

/** `typeLabels`: every project type and its label (the page passes them in its language). */
export function requirementFields(
  typeLabels: Record<string, string>,
  labels: RequirementLabels,
  entry?: CatalogEntry,
): FieldSpec[] {
  return [
    {
      kind: "number",
      name: "silverRequired",
      label: labels.silverCount,
      required: true,
      min: 1,
      max: 20,
      defaultValue: String(entry?.silverRequired ?? 3),
    },
    {
      kind: "number",
      name: "goldRequired",
      label: labels.goldCount,
      required: true,
      min: 1,
      max: 20,
      defaultValue: String(entry?.goldRequired ?? 5),
    },
    {
      kind: "number",
      name: "countingMonths",
      label: labels.countingMonths,
      required: true,
      min: 1,
      max: 60,
      hint: labels.countingHint,
      defaultValue: String(entry?.countingMonths ?? 12),
    },
    {
      kind: "checkboxes",
      name: "projectTypes",
      label: labels.projectTypes,
      defaultValues: entry?.projectTypes ?? [],
      choices: Object.entries(typeLabels).map(([value, label]) => ({ value, label })),
    },
  ];
}

/** One competency of the catalog with its editor; a retired one is read-only and marked. */
export async function CatalogEntryEditor<A, B>({
  entry,
  typeLabels,
  update,
  retire,
}: {
  entry: CatalogEntry;
  typeLabels: Record<string, string>;
  update: FormAction<A>;
  retire: FormAction<B>;
}) {
  const t = await getPortalT("agentAdmin.catalogEditor");
  const labels = await requirementLabels();
  return (
    <li className="space-y-3 p-4" data-testid="catalog-entry">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 className="font-semibold text-slate-900">
          {entry.name}
          {entry.retiredAt && (
            <span className="ml-2 rounded bg-amber-100 px-2 py-0.5 text-xs font-semibold text-amber-900">
              {t("retired")}
            </span>
          )}
        </h3>
        <p className="text-sm text-slate-700">
          {t("summary", {
            silver: entry.silverRequired,
            gold: entry.goldRequired,
            months: entry.countingMonths,
            types: entry.projectTypes.map((type) => typeLabels[type] ?? type).join(t("typeSeparator")),
          })}
        </p>
      </div>
      {!entry.retiredAt && (
        <details className="text-sm">
          <summary className="cursor-pointer font-medium text-brand-700">
            {t("change", { name: entry.name })}
          </summary>
          <div className="mt-3 space-y-3">
            <SpecForm
              action={update}
              idPrefix={`cat-${entry.id}`}
              label={t("requirementsOf", { name: entry.name })}
              fields={[
                { kind: "hidden", name: "competencyId", value: entry.id },
                ...requirementFields(typeLabels, labels, entry),
              ]}
              submitLabel={t("save")}
              successMessage={t("saved")}
            />
            <ConfirmForm
              action={retire}
              hidden={{ competencyId: entry.id }}
              label={t("retire", { name: entry.name })}
              question={t("retireQuestion", { name: entry.name })}
              confirmLabel={t("confirmRetire")}
            />
          </div>
        </details>
      )}
    </li>
  );
}
