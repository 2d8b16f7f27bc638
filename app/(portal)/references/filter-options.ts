import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { allCompetencies } from "@/lib/competencies/list";
import { PROJECT_TYPES } from "@/lib/competencies/project-types";
import type { ReferenceStatus } from "@/lib/db/generated/enums";
import { type PortalLocale, portalTranslator } from "@/lib/i18n/portal";
import { visibleLocations } from "@/lib/partners/queries";
import { STATUS_LABELS } from "@/lib/references/wording";

// The drop-down options of the Reference List filters.
export async function listFilterOptions(actor: Actor, partnerId?: string) {
  const [locations, competencies] = await Promise.all([
    visibleLocations(actor, partnerId),
    allCompetencies(),
  ]);
  return { locations, competencies };
}

// The statuses' and project types' labels in one language, for the tabs, filters, rows and CSV.
// The same for every request in that language, so made once per language; English is the
// rules' own wording (lib/), which the English catalogue repeats.
const statusLabelsByLocale = new Map<PortalLocale, Record<ReferenceStatus, string>>();
const projectTypesByLocale = new Map<PortalLocale, Record<string, string>>();

/** Each status's label (common.statuses), in STATUS_LABELS's order. */
export function statusLabels(locale: PortalLocale): Record<ReferenceStatus, string> {
  if (locale === "en") return STATUS_LABELS;
  let labels = statusLabelsByLocale.get(locale);
  if (!labels) {
    const t = portalTranslator(locale, "common.statuses");
    const statuses = Object.keys(STATUS_LABELS) as ReferenceStatus[];
    labels = Object.fromEntries(statuses.map((s) => [s, t(s)])) as Record<ReferenceStatus, string>;
    statusLabelsByLocale.set(locale, labels);
  }
  return labels;
}

/** Each project type's label (referenceList.projectTypes); an unknown code stays itself. */
export function projectTypeLabels(locale: PortalLocale): Record<string, string> {
  if (locale === "en") return PROJECT_TYPES;
  let labels = projectTypesByLocale.get(locale);
  if (!labels) {
    const t = portalTranslator(locale, "referenceList.projectTypes");
    const types = Object.keys(PROJECT_TYPES) as (keyof typeof PROJECT_TYPES)[];
    labels = Object.fromEntries(types.map((type) => [type, t(type)]));
    projectTypesByLocale.set(locale, labels);
  }
  return labels;
}
