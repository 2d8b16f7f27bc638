import type { CatalogEntry } from "@/lib/competencies/catalog-queries";
import type { FormAction } from "../references/action-types";
import { ConfirmForm } from "./confirm-form";
import type { FieldSpec } from "./form-fields";
import { SpecForm } from "./spec-form";

/** `typeLabels`: every project type and its label (the page passes lib's list). */
export function requirementFields(typeLabels: Record<string, string>, entry?: CatalogEntry): FieldSpec[] {
  return [
    {
      kind: "number",
      name: "silverRequired",
      label: "Silver count",
      required: true,
      min: 1,
      max: 20,
      defaultValue: String(entry?.silverRequired ?? 3),
    },
    {
      kind: "number",
      name: "goldRequired",
      label: "Gold count",
      required: true,
      min: 1,
      max: 20,
      defaultValue: String(entry?.goldRequired ?? 5),
    },
    {
      kind: "number",
      name: "countingMonths",
      label: "Counting period (months)",
      required: true,
      min: 1,
      max: 60,
      hint: "An approved reference counts for this many months after its decision (R19).",
      defaultValue: String(entry?.countingMonths ?? 12),
    },
    {
      kind: "checkboxes",
      name: "projectTypes",
      label: "Eligible project types",
      defaultValues: entry?.projectTypes ?? [],
      choices: Object.entries(typeLabels).map(([value, label]) => ({ value, label })),
    },
  ];
}

/** One competency of the catalog with its editor; a retired one is read-only and marked. */
export function CatalogEntryEditor<A, B>({
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
  return (
    <li className="space-y-3 p-4" data-testid="catalog-entry">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 className="font-semibold text-slate-900">
          {entry.name}
          {entry.retiredAt && (
            <span className="ml-2 rounded bg-amber-100 px-2 py-0.5 text-xs font-semibold text-amber-900">
              Retired
            </span>
          )}
        </h3>
        <p className="text-sm text-slate-700">
          Silver {entry.silverRequired} · Gold {entry.goldRequired} · counts {entry.countingMonths} months ·{" "}
          {entry.projectTypes.map((t) => typeLabels[t] ?? t).join(", ")}
        </p>
      </div>
      {!entry.retiredAt && (
        <details className="text-sm">
          <summary className="cursor-pointer font-medium text-brand-700">Change {entry.name}</summary>
          <div className="mt-3 space-y-3">
            <SpecForm
              action={update}
              idPrefix={`cat-${entry.id}`}
              label={`Requirements of ${entry.name}`}
              fields={[
                { kind: "hidden", name: "competencyId", value: entry.id },
                ...requirementFields(typeLabels, entry),
              ]}
              submitLabel="Save requirements"
              successMessage="Saved. Progress uses the new counts at once."
            />
            <ConfirmForm
              action={retire}
              hidden={{ competencyId: entry.id }}
              label={`Retire ${entry.name}`}
              question={`Retire ${entry.name}? It takes no new references; assigned ones keep counting.`}
              confirmLabel="Yes, retire"
            />
          </div>
        </details>
      )}
    </li>
  );
}
