// The one check every return path goes through (callbackUrl after sign-in, next-auth's redirect
// callback): only a path on this site comes back out, anything else becomes the fallback.

export const DEFAULT_AFTER_SIGN_IN = "/references";

// A base no real path can leave: if resolving the candidate against it lands on another origin,
// the candidate was not a same-site path (//x, /\x, /./\/x, https://x, javascript:… all do).
const PROBE = "http://same-site.invalid";

/**
 * A same-site path ("/references?q=1") for `value`, or `fallback`. Accepts a path or an absolute
 * URL on `appUrl`'s origin; the result always starts with a single "/" followed by no "/" or "\",
 * so browsers cannot read it as protocol-relative, however it is later decoded.
 */
export function safeRedirectPath(
  value: unknown,
  options: { appUrl?: string; fallback?: string } = {},
): string {
  const fallback = options.fallback ?? DEFAULT_AFTER_SIGN_IN;
  const raw = Array.isArray(value) ? value[0] : value;
  if (typeof raw !== "string" || raw === "" || raw.length > 2000) return fallback;
  // Control characters (tab, newline) are dropped by URL parsers and hide "//" from naive checks.
  for (const ch of raw) {
    const code = ch.charCodeAt(0);
    if (code < 0x20 || code === 0x7f) return fallback;
  }
  const candidate = sameOriginPart(raw, options.appUrl);
  if (candidate === null) return fallback;
  let url: URL;
  try {
    url = new URL(candidate, PROBE);
  } catch {
    return fallback;
  }
  if (url.origin !== PROBE || url.username || url.password) return fallback;
  const path = `${url.pathname}${url.search}${url.hash}`;
  // After resolution ("/./\/x" → "//x") the path itself may still look protocol-relative.
  if (!path.startsWith("/") || /^\/[/\\]/.test(path) || /^\/(%2f|%5c)/i.test(path)) return fallback;
  return path;
}

/** `raw` as a path: absolute URLs on the app's own origin are reduced to their path. */
function sameOriginPart(raw: string, appUrl: string | undefined): string | null {
  if (raw.startsWith("/")) return raw;
  if (!appUrl) return null;
  try {
    const url = new URL(raw);
    if (url.origin !== new URL(appUrl).origin) return null;
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return null;
  }
}
