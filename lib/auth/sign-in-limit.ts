import "server-only";
import { env } from "../env";
import { clientIp } from "../security/client-ip";
import { consumeLimit, limitMessages } from "../security/rate-limit";

// Abuse limits on asking for a sign-in email (issue 8: 50 POSTs → 50 emails). Checked before
// next-auth sees the request, so nothing is queued once an address or a network is over its limit.
// Known and unknown addresses count alike: the answer stays the same for both.

const SIGN_IN_EMAIL_PATH = /\/api\/auth\/signin\/email\/?$/;

/** next-auth's own normalisation of the address (core/routes/signin.js), so "A@x" and "a@x" share a count. */
function normaliseAddress(raw: string): string {
  const [local = "", domain = ""] = raw.normalize("NFKC").trim().toLowerCase().split("@");
  return `${local}@${domain.split(",")[0]}`;
}

/** A 429 answer when this request would exceed a sign-in email limit, else null (let it through). */
export async function refuseOverLimitSignIn(req: Request): Promise<Response | null> {
  if (req.method !== "POST" || !SIGN_IN_EMAIL_PATH.test(new URL(req.url).pathname)) return null;
  const form = await req
    .clone()
    .formData()
    .catch(() => null);
  const email = form?.get("email");
  const checks = [consumeLimit("signInEmailPerIp", clientIp(req.headers))];
  if (typeof email === "string" && email.includes("@"))
    checks.push(consumeLimit("signInEmailPerAddress", normaliseAddress(email)));
  const refused = (await Promise.all(checks)).flatMap((o) => (o.allowed ? [] : [o.retryAfterSeconds]));
  if (refused.length === 0) return null;
  const retryAfter = Math.max(...refused);
  const url = `${env().appUrl}/signin?error=TooManyRequests&retryAfter=${retryAfter}`;
  // next-auth's client reads `url` from the JSON and navigates there; the status tells everyone else.
  return Response.json(
    { url, message: limitMessages.signIn(retryAfter) },
    { status: 429, headers: { "Retry-After": String(retryAfter), "Cache-Control": "no-store" } },
  );
}
