import { NextResponse } from "next/server";
import { env } from "@/lib/env";
import { acceptInvitation } from "@/lib/users/accept";
import { oneTimeSignInUrl } from "@/lib/users/sign-in-link";

/**
 * The invitation's POST (the confirm page's button): accepts it, then signs the new user in
 * through the Email provider's callback. A refusal goes back to the page, which explains it.
 */
export async function POST(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const now = new Date();
  const accepted = await acceptInvitation({ token, now });
  const base = env().appUrl;
  if (!accepted.ok) {
    return NextResponse.redirect(`${base}/invitation/${encodeURIComponent(token)}?refused=1`, 303);
  }
  const url = await oneTimeSignInUrl({
    email: accepted.data.email,
    callbackPath: "/references?welcome=1",
    now,
  });
  return NextResponse.redirect(url, 303);
}
