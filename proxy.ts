import { withAuth } from "next-auth/middleware";
import { env } from "./lib/env";

// Portal pages need a session; unauthenticated visits go to /signin and come back (callbackUrl).
export default withAuth({
  pages: { signIn: "/signin" },
  // Read per request (not at import), so building never needs the runtime environment.
  get secret() {
    return env().authSecret;
  },
});

export const config = {
  matcher: [
    "/references/:path*",
    "/competencies/:path*",
    "/service-center/:path*",
    "/settings/:path*",
    "/profile",
  ],
};
