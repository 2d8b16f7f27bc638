import Link from "next/link";
import { getPortalT } from "@/lib/i18n/request-locale";
import { buttonPrimary, buttonSecondary, inputClass } from "../ui/styles";
import { type ListParams, listHref } from "./list-url";

type Option = { id: string; name: string };

// The sort keys (lib/references/list-filters.ts) and their labels' keys.
const SORTS = [
  ["created", "sortCreated"],
  ["lastSent", "sortLastSent"],
  ["status", "sortStatus"],
  ["customer", "sortCustomer"],
] as const;

function Select({
  name,
  label,
  value,
  options,
  empty,
}: {
  name: string;
  label: string;
  value: string | undefined;
  options: { value: string; label: string }[];
  empty?: string;
}) {
  return (
    <div>
      <label htmlFor={`filter-${name}`} className="field-label">
        {label}
      </label>
      <select id={`filter-${name}`} name={name} defaultValue={value ?? ""} className={`mt-1 ${inputClass}`}>
        {empty !== undefined && <option value="">{empty}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The list's filters as a plain GET form: the view lives in the URL and can be shared. */
export async function FiltersForm({
  params,
  statusLabels,
  locations,
  competencies,
}: {
  params: ListParams;
  statusLabels: Record<string, string>;
  locations: Option[];
  competencies: Option[];
}) {
  const t = await getPortalT("referenceList.filters");
  return (
    <form
      method="get"
      action="/references"
      aria-label={t("label")}
      className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm md:grid-cols-4 lg:grid-cols-8"
    >
      <div className="md:col-span-2">
        <label htmlFor="filter-q" className="field-label">
          {t("search")}
        </label>
        <input
          id="filter-q"
          name="q"
          type="search"
          defaultValue={params.q ?? ""}
          placeholder={t("searchPlaceholder")}
          className={`mt-1 ${inputClass}`}
        />
      </div>
      <Select
        name="status"
        label={t("status")}
        value={params.status}
        empty={t("anyStatus")}
        options={Object.entries(statusLabels).map(([value, label]) => ({ value, label }))}
      />
      {locations.length > 0 && (
        <Select
          name="locationId"
          label={t("location")}
          value={params.locationId}
          empty={t("anyLocation")}
          options={locations.map((l) => ({ value: l.id, label: l.name }))}
        />
      )}
      <Select
        name="competencyId"
        label={t("competency")}
        value={params.competencyId}
        empty={t("anyCompetency")}
        options={competencies.map((c) => ({ value: c.id, label: c.name }))}
      />
      <Select
        name="assigned"
        label={t("assigned")}
        value={params.assigned}
        empty={t("either")}
        options={[
          { value: "yes", label: t("assignedYes") },
          { value: "no", label: t("assignedNo") },
        ]}
      />
      <Select
        name="sort"
        label={t("sortBy")}
        value={params.sort ?? "created"}
        options={SORTS.map(([value, key]) => ({ value, label: t(key) }))}
      />
      <Select
        name="dir"
        label={t("order")}
        value={params.dir ?? "desc"}
        options={[
          { value: "desc", label: t("descending") },
          { value: "asc", label: t("ascending") },
        ]}
      />
      {params.partnerId && <input type="hidden" name="partnerId" value={params.partnerId} />}
      <div className="flex items-end gap-2 md:col-span-4 lg:col-span-8">
        <button type="submit" className={buttonPrimary}>
          {t("apply")}
        </button>
        {/* An agent working on one partner stays on that partner. */}
        <Link href={listHref({ partnerId: params.partnerId }, {})} className={buttonSecondary}>
          {t("clear")}
        </Link>
      </div>
    </form>
  );
}
