// Requests refused before any route runs (proxy.ts): a server action posted from another site
// (403) and a body larger than any form of ours (413). Next.js would otherwise throw on both and
// answer 500.

/** Next.js's own default limit for server action bodies (serverActions.bodySizeLimit). */
export const MAX_BODY_BYTES = 1024 * 1024;

export type Refusal = { status: 403 | 413; message: string };

function hostOf(origin: string): string | null {
  if (!URL.canParse(origin)) return null;
  return new URL(origin).host.toLowerCase();
}

export function refuseRequest(request: { method: string; headers: Headers; appUrl: string }): Refusal | null {
  const { method, headers } = request;
  if (method === "GET" || method === "HEAD" || method === "OPTIONS") return null;
  const length = Number(headers.get("content-length") ?? "0");
  if (Number.isFinite(length) && length > MAX_BODY_BYTES)
    return { status: 413, message: "The request is too large." };
  if (headers.has("next-action")) {
    const origin = headers.get("origin");
    // No Origin header: an old client or a same-origin navigation; Next.js checks the rest.
    if (origin === null) return null;
    const allowed = new Set(
      [headers.get("x-forwarded-host"), headers.get("host"), hostOf(request.appUrl)]
        .filter((h): h is string => Boolean(h))
        .map((h) => h.toLowerCase()),
    );
    const host = hostOf(origin);
    if (host === null || !allowed.has(host))
      return { status: 403, message: "This form can only be submitted from this site." };
  }
  return null;
}
