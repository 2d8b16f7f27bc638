import Link from "next/link";
import { buttonPrimary, buttonSecondary, inputClass } from "../ui/styles";
import { type ListParams, listHref } from "./list-url";

type Option = { id: string; name: string };

const SORTS = [
  { value: "created", label: "Date created" },
  { value: "lastSent", label: "Last sent" },
  { value: "status", label: "Status" },
  { value: "customer", label: "Customer" },
];

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
export function FiltersForm({
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
  return (
    <form
      method="get"
      action="/references"
      aria-label="Filter references"
      className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm md:grid-cols-4 lg:grid-cols-8"
    >
      <div className="md:col-span-2">
        <label htmlFor="filter-q" className="field-label">
          Search
        </label>
        <input
          id="filter-q"
          name="q"
          type="search"
          defaultValue={params.q ?? ""}
          placeholder="Customer, contact, project…"
          className={`mt-1 ${inputClass}`}
        />
      </div>
      <Select
        name="status"
        label="Status"
        value={params.status}
        empty="Any status"
        options={Object.entries(statusLabels).map(([value, label]) => ({ value, label }))}
      />
      {locations.length > 0 && (
        <Select
          name="locationId"
          label="Location"
          value={params.locationId}
          empty="Any location"
          options={locations.map((l) => ({ value: l.id, label: l.name }))}
        />
      )}
      <Select
        name="competencyId"
        label="Competency"
        value={params.competencyId}
        empty="Any competency"
        options={competencies.map((c) => ({ value: c.id, label: c.name }))}
      />
      <Select
        name="assigned"
        label="Assigned"
        value={params.assigned}
        empty="Either"
        options={[
          { value: "yes", label: "Assigned" },
          { value: "no", label: "Not assigned" },
        ]}
      />
      <Select name="sort" label="Sort by" value={params.sort ?? "created"} options={SORTS} />
      <Select
        name="dir"
        label="Order"
        value={params.dir ?? "desc"}
        options={[
          { value: "desc", label: "Descending" },
          { value: "asc", label: "Ascending" },
        ]}
      />
      {params.partnerId && <input type="hidden" name="partnerId" value={params.partnerId} />}
      <div className="flex items-end gap-2 md:col-span-4 lg:col-span-8">
        <button type="submit" className={buttonPrimary}>
          Apply filters
        </button>
        {/* An agent working on one partner stays on that partner. */}
        <Link href={listHref({ partnerId: params.partnerId }, {})} className={buttonSecondary}>
          Clear
        </Link>
      </div>
    </form>
  );
}
