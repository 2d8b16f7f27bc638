import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { signedInActor } from "@/app/(portal)/signed-in";
import { ActivityTable } from "@/components/admin/activity-table";
import { CatalogEntryEditor, requirementFields, requirementLabels } from "@/components/admin/catalog-editor";
import { SpecForm } from "@/components/admin/spec-form";
import { PageHeader } from "@/components/portal/page-header";
import { card } from "@/components/ui/styles";
import { catalogHistory } from "@/lib/audit/queries";
import { competencyCatalog } from "@/lib/competencies/catalog-queries";
import { PROJECT_TYPE_KEYS } from "@/lib/competencies/project-types";
import { getPortalT } from "@/lib/i18n/request-locale";
import { isAgent } from "@/lib/users/permissions";
import { addCompetencyAction, retireCompetencyAction, updateRequirementsAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getPortalT("agentAdmin.catalog");
  return { title: t("title") };
}

/** Agents keep the program's competencies: counts (1 ≤ silver ≤ gold ≤ 20), project types, retiring. */
export default async function CatalogPage() {
  const actor = await signedInActor();
  if (!isAgent(actor)) notFound();
  const [catalog, history] = await Promise.all([competencyCatalog(), catalogHistory(30)]);
  const [t, types, fieldLabels] = await Promise.all([
    getPortalT("agentAdmin.catalog"),
    getPortalT("agentAdmin.projectTypes"),
    requirementLabels(),
  ]);
  // lib's list of project types, in its order, labelled in the page's language.
  const typeLabels = Object.fromEntries(PROJECT_TYPE_KEYS.map((type) => [type, types(type)]));
  return (
    <div className="space-y-8">
      <PageHeader title={t("title")} description={t("description")} />
      <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white shadow-sm">
        {catalog.map((entry) => (
          <CatalogEntryEditor
            key={entry.id}
            entry={entry}
            typeLabels={typeLabels}
            update={updateRequirementsAction}
            retire={retireCompetencyAction}
          />
        ))}
      </ul>
      <section aria-labelledby="add-competency" className={`${card} space-y-4 p-6`}>
        <h2 id="add-competency" className="text-lg font-semibold">
          {t("addHeading")}
        </h2>
        <SpecForm
          action={addCompetencyAction}
          idPrefix="add-competency"
          label={t("addHeading")}
          fields={[
            { kind: "text", name: "name", label: t("name"), required: true, maxLength: 200 },
            ...requirementFields(typeLabels, fieldLabels),
          ]}
          submitLabel={t("add")}
          successMessage={t("added")}
        />
      </section>
      <section aria-labelledby="catalog-history" className="space-y-3">
        <h2 id="catalog-history" className="text-lg font-semibold">
          {t("historyHeading")}
        </h2>
        {history.length === 0 ? (
          <p className="text-slate-600">{t("noHistory")}</p>
        ) : (
          <ActivityTable
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
