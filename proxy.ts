import { type NextRequest, NextResponse } from "next/server";
import { type NextRequestWithAuth, withAuth } from "next-auth/middleware";
import { env } from "./lib/env";
import { contentSecurityPolicy, newNonce, REQUEST_URL_HEADER, securityHeaders } from "./lib/security/headers";
import { refuseRequest } from "./lib/security/request-guard";
import { isMalformedPath, MALFORMED_PATH_TARGET } from "./lib/validation/path";

// Every request passes here: refuse foreign server actions and oversized bodies, send portal
// visitors without a session to /signin, and put the security headers (with a fresh CSP nonce,
// which Next.js applies to its own scripts) on every response.

const PORTAL = /^\/(references|competencies|service-center|settings|profile)(\/|$)/;

export default async function proxy(request: NextRequest) {
  const e = env();
  const https =
    e.appUrl.startsWith("https://") || request.headers.get("x-forwarded-proto")?.split(",")[0] === "https";
  const nonce = newNonce();
  const csp = contentSecurityPolicy({ nonce, dev: e.nodeEnv === "development", https });
  const finish = (response: Response) => {
    for (const [name, value] of Object.entries(
      securityHeaders({ pathname: request.nextUrl.pathname, csp, https }),
    ))
      response.headers.set(name, value);
    return response;
  };

  const refusal = refuseRequest({
    method: request.method,
    headers: request.headers,
    appUrl: e.appUrl,
    pathname: request.nextUrl.pathname,
  });
  if (refusal)
    return finish(
      new NextResponse(refusal.message, {
        status: refusal.status,
        headers: { "Content-Type": "text/plain; charset=utf-8" },
      }),
    );

  if (PORTAL.test(request.nextUrl.pathname)) {
    // Portal pages need a session; without one, to /signin and back (callbackUrl).
    const redirect = await withAuth(request as NextRequestWithAuth, {
      pages: { signIn: "/signin" },
      secret: e.authSecret,
    });
    if (redirect) return finish(redirect);
  }

  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set(REQUEST_URL_HEADER, `${request.nextUrl.pathname}${request.nextUrl.search}`);
  requestHeaders.set("Content-Security-Policy", csp);
  // A malformed path segment would make the router answer 500 (see lib/validation/path.ts).
  if (isMalformedPath(request.nextUrl.pathname)) {
    const notFound = new URL(MALFORMED_PATH_TARGET, request.url);
    return finish(NextResponse.rewrite(notFound, { request: { headers: requestHeaders } }));
  }
  return finish(NextResponse.next({ request: { headers: requestHeaders } }));
}

export const config = {
  // Everything but the build's immutable static files, which next.config.js gives fixed headers
  // (a proxy call per script chunk would slow every page load for nothing).
  matcher: "/((?!_next/static/).*)",
};
