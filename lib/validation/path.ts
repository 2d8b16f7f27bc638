// A path segment whose percent-encoding is not valid UTF-8 (`/respond/%ff%fe`) makes Next's router
// throw while it decodes the route's parameters, before any page runs, and it answers 500. The
// proxy sends such requests to a path no route can have (folders starting with "_" are private in
// the app directory), so they get the ordinary "not found" page with HTTP 404.

export const MALFORMED_PATH_TARGET = "/_malformed-path";

function decodes(segment: string): boolean {
  try {
    decodeURIComponent(segment);
    return true;
  } catch {
    return false;
  }
}

/** True when some segment of the (still encoded) path cannot be decoded. */
export function isMalformedPath(pathname: string): boolean {
  return !pathname.split("/").every(decodes);
}
