import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { signedInActor } from "@/app/(portal)/signed-in";
import { ActivityTable } from "@/components/admin/activity-table";
import { CatalogEntryEditor, requirementFields } from "@/components/admin/catalog-editor";
import { SpecForm } from "@/components/admin/spec-form";
import { PageHeader } from "@/components/portal/page-header";
import { card } from "@/components/ui/styles";
import { catalogHistory } from "@/lib/audit/queries";
import { ACTIVITY_KIND_LABELS, actionLabel } from "@/lib/audit/wording";
import { competencyCatalog } from "@/lib/competencies/catalog-queries";
import { PROJECT_TYPES } from "@/lib/competencies/project-types";
import { isAgent } from "@/lib/users/permissions";
import { addCompetencyAction, retireCompetencyAction, updateRequirementsAction } from "./actions";

export const metadata: Metadata = { title: "Competency catalog" };

/** Agents keep the program's competencies: counts (1 ≤ silver ≤ gold ≤ 20), project types, retiring. */
export default async function CatalogPage() {
  const actor = await signedInActor();
  if (!isAgent(actor)) notFound();
  const [catalog, history] = await Promise.all([competencyCatalog(), catalogHistory(30)]);
  return (
    <div className="space-y-8">
      <PageHeader
        title="Competency catalog"
        description="Changes apply to every partner's progress at once. Retiring a competency stops new assignments; references already assigned keep counting."
      />
      <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white shadow-sm">
        {catalog.map((entry) => (
          <CatalogEntryEditor
            key={entry.id}
            entry={entry}
            typeLabels={PROJECT_TYPES}
            update={updateRequirementsAction}
            retire={retireCompetencyAction}
          />
        ))}
      </ul>
      <section aria-labelledby="add-competency" className={`${card} space-y-4 p-6`}>
        <h2 id="add-competency" className="text-lg font-semibold">
          Add a competency
        </h2>
        <SpecForm
          action={addCompetencyAction}
          idPrefix="add-competency"
          label="Add a competency"
          fields={[
            { kind: "text", name: "name", label: "Name", required: true, maxLength: 200 },
            ...requirementFields(PROJECT_TYPES),
          ]}
          submitLabel="Add competency"
          successMessage="Competency added."
        />
      </section>
      <section aria-labelledby="catalog-history" className="space-y-3">
        <h2 id="catalog-history" className="text-lg font-semibold">
          History (latest 30)
        </h2>
        {history.length === 0 ? (
          <p className="text-slate-600">No changes yet.</p>
        ) : (
          <ActivityTable
            labels={{ kind: ACTIVITY_KIND_LABELS, action: actionLabel }}
            rows={history.map((e) => ({
              id: e.id,
              at: e.createdAt,
              kind: "PARTNER",
              action: e.action,
              subject: e.subjectLabel,
              actorUserId: e.actorUserId,
              actorLabel: e.actorLabel,
              before: e.before,
              after: e.after,
            }))}
          />
        )}
      </section>
    </div>
  );
}
