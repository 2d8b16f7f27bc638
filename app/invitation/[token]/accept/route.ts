import { NextResponse } from "next/server";
import { getActor } from "@/lib/auth/session";
import { clearSessionCookies } from "@/lib/auth/sign-out";
import { env } from "@/lib/env";
import { type AcceptRefusal, acceptInvitation, acceptRefusalKey, viewInvitation } from "@/lib/users/accept";
import { oneTimeSignInUrl } from "@/lib/users/sign-in-link";

/**
 * The invitation's POST (the confirm page's button; cross-site posts are refused in proxy.ts):
 * accepts it, then signs the new user in through the Email provider's callback. When someone else
 * is signed in, the form must carry their explicit "switch" confirmation. A refusal goes back to the
 * page, which explains it.
 */
export async function POST(request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const now = new Date();
  const base = env().appUrl;
  const back = (reason: AcceptRefusal) =>
    NextResponse.redirect(`${base}/invitation/${encodeURIComponent(token)}?refused=${reason}`, 303);
  const form = await request.formData().catch(() => null);
  const current = await getActor();
  const view = await viewInvitation({ token, now });
  if (current && view.ok && current.email !== view.data.email && form?.get("switchAccount") !== "yes")
    return back("switch");
  const accepted = await acceptInvitation({ token, now });
  if (!accepted.ok) return back(acceptRefusalKey(accepted.message));
  if (current) await clearSessionCookies();
  const url = await oneTimeSignInUrl({
    email: accepted.data.email,
    callbackPath: "/references?welcome=1",
    now,
  });
  return NextResponse.redirect(url, 303);
}
