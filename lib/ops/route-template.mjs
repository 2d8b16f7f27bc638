// @ts-check
// The route label of a request for the duration histogram: the path with ids and tokens replaced,
// so the label set stays small. Unknown paths (404) share one label: a scanner cannot grow it.

const ID = /^[A-Za-z0-9_-]{16,}$/;

/**
 * @param {string} url the request's URL path (with or without a query)
 * @param {number} status
 */
export function routeTemplate(url, status) {
  if (status === 404) return "(unmatched)";
  const path = url.split("?")[0] ?? "/";
  if (path.startsWith("/_next/")) return "/_next/*";
  const segments = path.split("/").map((s) => (ID.test(s) ? "[id]" : s));
  return segments.slice(0, 5).join("/") || "/";
}
