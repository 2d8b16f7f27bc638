import type { PersonRow } from "@/lib/users/queries";
import type { FormAction } from "../references/action-types";
import { ConfirmForm } from "./confirm-form";
import { roleFields } from "./role-fields";
import { SpecForm } from "./spec-form";

/** The partner's people; Global Administrators get a role form and Remove on each row. */
export function PeopleTable<A, B>({
  people,
  locations,
  manage,
}: {
  people: PersonRow[];
  locations: { id: string; name: string }[];
  manage: { changeRole: FormAction<A>; remove: FormAction<B> } | null;
}) {
  return (
    <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white shadow-sm">
      {people.map((p) => (
        <li key={p.id} className="space-y-3 p-4" data-testid="person-row">
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <p>
              <span className="font-semibold text-slate-900">{p.name}</span>{" "}
              <span className="text-sm text-slate-600">{p.email}</span>
            </p>
            <p className="text-sm font-medium text-slate-800">{p.roleLabel}</p>
          </div>
          {manage && (
            <details className="text-sm">
              <summary className="cursor-pointer font-medium text-brand-700">
                Change role or remove {p.name}
              </summary>
              <div className="mt-3 space-y-3">
                <SpecForm
                  action={manage.changeRole}
                  idPrefix={`role-${p.id}`}
                  label={`Role of ${p.name}`}
                  fields={[{ kind: "hidden", name: "userId", value: p.id }, ...roleFields(locations, p)]}
                  submitLabel="Save role"
                  pendingLabel="Saving…"
                  successMessage="Role saved."
                />
                <ConfirmForm
                  action={manage.remove}
                  hidden={{ userId: p.id }}
                  label={`Remove ${p.name}`}
                  question={`Remove ${p.name}? Their sessions stop at once.`}
                  confirmLabel="Yes, remove"
                />
              </div>
            </details>
          )}
        </li>
      ))}
    </ul>
  );
}
