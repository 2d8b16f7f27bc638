// Builds Reference List URLs from the current search parameters, so every link keeps the view.
export type ListParams = Record<string, string | undefined>;

export function listHref(base: ListParams, changes: ListParams, path = "/references"): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...base, ...changes })) {
    if (value !== undefined && value !== "" && key !== "created") params.set(key, value);
  }
  const query = params.toString();
  return query ? `${path}?${query}` : path;
}
