import { getPortalT } from "@/lib/i18n/request-locale";
import type { PersonRow } from "@/lib/users/queries";
import type { FormAction } from "../references/action-types";
import { ConfirmForm } from "./confirm-form";
import { localizeRoleLabel, roleFields, roleWords } from "./role-fields";
import { SpecForm } from "./spec-form";

/** The partner's people; Global Administrators get a role form and Remove on each row. */
export async function PeopleTable<A, B>({
  people,
  locations,
  manage,
}: {
  people: PersonRow[];
  locations: { id: string; name: string }[];
  manage: { changeRole: FormAction<A>; remove: FormAction<B> } | null;
}) {
  const [t, words] = await Promise.all([getPortalT("settings.people"), roleWords()]);
  return (
    <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white shadow-sm">
      {people.map((p) => (
        <li key={p.id} className="space-y-3 p-4" data-testid="person-row">
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <p>
              <span className="font-semibold text-slate-900">{p.name}</span>{" "}
              <span className="text-sm text-slate-600">{p.email}</span>
            </p>
            <p className="text-sm font-medium text-slate-800">{localizeRoleLabel(p.roleLabel, words)}</p>
          </div>
          {manage && (
            <details className="text-sm">
              <summary className="cursor-pointer font-medium text-brand-700">
                {t("manage", { name: p.name })}
              </summary>
              <div className="mt-3 space-y-3">
                <SpecForm
                  action={manage.changeRole}
                  idPrefix={`role-${p.id}`}
                  label={t("roleOf", { name: p.name })}
                  fields={[
                    { kind: "hidden", name: "userId", value: p.id },
                    ...roleFields(words, locations, p),
                  ]}
                  submitLabel={t("saveRole")}
                  pendingLabel={t("saving")}
                  successMessage={t("roleSaved")}
                />
                <ConfirmForm
                  action={manage.remove}
                  hidden={{ userId: p.id }}
                  label={t("remove", { name: p.name })}
                  question={t("removeQuestion", { name: p.name })}
                  confirmLabel={t("removeConfirm")}
                />
              </div>
            </details>
          )}
        </li>
      ))}
    </ul>
  );
}
