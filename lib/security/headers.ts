// Security headers for every response (set by proxy.ts, the one place). Pure, so unit-testable.

/** A fresh, unguessable nonce per request: the only inline scripts that run are the ones we sign. */
/**
 * The path and query of the request, which proxy.ts passes to the rendering (overwriting whatever a
 * client sent): a root layout sees neither, and the document's language can depend on them.
 */
export const REQUEST_URL_HEADER = "x-prc-url";

export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

export function contentSecurityPolicy(options: { nonce: string; dev: boolean; https: boolean }): string {
  const directives = [
    "default-src 'self'",
    // 'strict-dynamic': scripts Next.js loads from a nonced script may load further chunks.
    `script-src 'self' 'nonce-${options.nonce}' 'strict-dynamic'${options.dev ? " 'unsafe-eval'" : ""}`,
    // Styles only: React's style attributes (progress bars) and the emails shown in the dev mailbox
    // are inline. Inline style cannot run code; scripts stay nonce-only (decision 023).
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${options.dev ? " ws: wss:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-src 'self'",
    "frame-ancestors 'none'",
  ];
  if (options.https) directives.push("upgrade-insecure-requests");
  return directives.join("; ");
}

/** The customer's pages carry a secret token in their URL: it must never leave in a Referer. */
export function referrerPolicyFor(pathname: string): string {
  return /^\/(respond|withdraw)(\/|$)/.test(pathname) ? "no-referrer" : "strict-origin-when-cross-origin";
}

export function securityHeaders(options: {
  pathname: string;
  csp: string;
  https: boolean;
}): Record<string, string> {
  const headers: Record<string, string> = {
    "Content-Security-Policy": options.csp,
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": referrerPolicyFor(options.pathname),
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
    "Cross-Origin-Opener-Policy": "same-origin",
  };
  // Browsers ignore HSTS over plain http; sent only when the site is https, so a local
  // http://localhost never gets pinned to https.
  if (options.https) headers["Strict-Transport-Security"] = "max-age=63072000; includeSubDomains";
  return headers;
}
