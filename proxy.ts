import { type NextFetchEvent, type NextRequest, NextResponse } from "next/server";
import { type NextRequestWithAuth, withAuth } from "next-auth/middleware";
import { env } from "./lib/env";
import { isMalformedPath, MALFORMED_PATH_TARGET } from "./lib/validation/path";

// Portal pages need a session; unauthenticated visits go to /signin and come back (callbackUrl).
const requireSession = withAuth({
  pages: { signIn: "/signin" },
  // Read per request (not at import), so building never needs the runtime environment.
  get secret() {
    return env().authSecret;
  },
});

const PORTAL = /^\/(references|competencies|service-center)(\/|$)/;

export default async function proxy(request: NextRequest, event: NextFetchEvent) {
  if (PORTAL.test(request.nextUrl.pathname)) {
    const answer = await requireSession(request as NextRequestWithAuth, event);
    if (answer && answer.status >= 300 && answer.status < 400) return answer; // to /signin
  }
  // A malformed path segment would make the router answer 500 (see lib/validation/path.ts).
  if (!isMalformedPath(request.nextUrl.pathname)) return NextResponse.next();
  return NextResponse.rewrite(new URL(MALFORMED_PATH_TARGET, request.url));
}

export const config = {
  matcher: ["/references/:path*", "/competencies/:path*", "/service-center/:path*", "/respond/:path*"],
};
