import "server-only";
import { redirect } from "next/navigation";
import type { Actor } from "@/lib/auth/actor";
import { getActor } from "@/lib/auth/session";

/**
 * The signed-in actor for a portal page. Next renders a page alongside its layout, so the layout's
 * redirect does not stop the page from running when a session has just ended (removed, or signed out
 * everywhere): the page must not assume an actor.
 */
export async function signedInActor(): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect("/signin");
  return actor;
}
