import { getPortalT } from "@/lib/i18n/request-locale";
import type { LocationRow } from "@/lib/users/queries";
import type { FormAction } from "../references/action-types";
import { ConfirmForm } from "./confirm-form";
import { SpecForm } from "./spec-form";

/** The partner's locations; Global Administrators rename and archive them here. */
export async function LocationList<A, B>({
  locations,
  manage,
}: {
  locations: LocationRow[];
  manage: { rename: FormAction<A>; archive: FormAction<B> } | null;
}) {
  const t = await getPortalT("settings.locations");
  return (
    <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white shadow-sm">
      {locations.map((l) => (
        <li key={l.id} className="space-y-3 p-4" data-testid="location-row">
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <p>
              <span className="font-semibold text-slate-900">{l.name}</span>{" "}
              <span className="text-sm text-slate-600">{l.country}</span>
              {l.archivedAt && (
                <span className="ml-2 rounded bg-amber-100 px-2 py-0.5 text-xs font-semibold text-amber-900">
                  {t("archived")}
                </span>
              )}
            </p>
            <p className="text-sm text-slate-700">{t("references", { count: l.referenceCount })}</p>
          </div>
          {manage && !l.archivedAt && (
            <details className="text-sm">
              <summary className="cursor-pointer font-medium text-brand-700">
                {t("manage", { name: l.name })}
              </summary>
              <div className="mt-3 space-y-3">
                <SpecForm
                  action={manage.rename}
                  idPrefix={`loc-${l.id}`}
                  label={t("rename", { name: l.name })}
                  layout="inline"
                  fields={[
                    { kind: "hidden", name: "locationId", value: l.id },
                    {
                      kind: "text",
                      name: "name",
                      label: t("name"),
                      required: true,
                      maxLength: 200,
                      defaultValue: l.name,
                    },
                    {
                      kind: "text",
                      name: "country",
                      label: t("country"),
                      required: true,
                      maxLength: 100,
                      defaultValue: l.country,
                    },
                  ]}
                  submitLabel={t("save")}
                  successMessage={t("saved")}
                />
                <ConfirmForm
                  action={manage.archive}
                  hidden={{ locationId: l.id }}
                  label={t("archive", { name: l.name })}
                  question={t("archiveQuestion", { name: l.name })}
                  confirmLabel={t("archiveConfirm")}
                />
              </div>
            </details>
          )}
        </li>
      ))}
    </ul>
  );
}
