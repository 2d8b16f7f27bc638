// Requests refused before any route runs (proxy.ts): a server action — or one of our own form
// POST routes — posted from another site (403), and a body larger than any form of ours (413).
// Next.js would otherwise throw on both and answer 500.

/** Next.js's own default limit for server action bodies (serverActions.bodySizeLimit). */
export const MAX_BODY_BYTES = 1024 * 1024;

export type Refusal = { status: 403 | 413; message: string };

function hostOf(origin: string): string | null {
  if (!URL.canParse(origin)) return null;
  return new URL(origin).host.toLowerCase();
}

/**
 * Plain HTML forms that post to a route handler of ours and change something (server actions get
 * Next.js's own check besides ours): accepting an invitation signs someone in.
 */
const FORM_POST_ROUTES = [/^\/invitation\/[^/]+\/accept\/?$/];

const CROSS_SITE: Refusal = { status: 403, message: "This form can only be submitted from this site." };

export function refuseRequest(request: {
  method: string;
  headers: Headers;
  appUrl: string;
  pathname?: string;
}): Refusal | null {
  const { method, headers } = request;
  if (method === "GET" || method === "HEAD" || method === "OPTIONS") return null;
  const length = Number(headers.get("content-length") ?? "0");
  if (Number.isFinite(length) && length > MAX_BODY_BYTES)
    return { status: 413, message: "The request is too large." };
  const formPost = FORM_POST_ROUTES.some((route) => route.test(request.pathname ?? ""));
  if (formPost) {
    // Browsers say where a request comes from; "none" is the user's own navigation.
    const site = headers.get("sec-fetch-site");
    if (site !== null && site !== "same-origin" && site !== "none") return CROSS_SITE;
  }
  if (headers.has("next-action") || formPost) {
    const origin = headers.get("origin");
    // No Origin header: an old client or a same-origin navigation; Next.js checks the rest.
    if (origin === null) return null;
    const allowed = new Set(
      [headers.get("x-forwarded-host"), headers.get("host"), hostOf(request.appUrl)]
        .filter((h): h is string => Boolean(h))
        .map((h) => h.toLowerCase()),
    );
    const host = hostOf(origin);
    if (host === null || !allowed.has(host)) return CROSS_SITE;
  }
  return null;
}
