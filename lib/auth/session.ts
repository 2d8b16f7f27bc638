import "server-only";
import { getServerSession } from "next-auth";
import { cache } from "react";
import type { Actor } from "./actor";
import { loadActor } from "./load-actor";
import { authOptions } from "./options";

/**
 * The signed-in user as a domain actor; null when signed out or the user no longer exists.
 * Memoised per request (React `cache`): the layout and the page both ask, the database is asked once.
 * Outside a React request (route handlers) `cache` does not memoise, so each call is fresh.
 */
export const getActor = cache(async (): Promise<Actor | null> => {
  const session = await getServerSession(authOptions());
  const { userId, signedInAt } = (session ?? {}) as { userId?: unknown; signedInAt?: unknown };
  if (typeof userId !== "string") return null;
  return loadActor(userId, { signedInAt: typeof signedInAt === "number" ? signedInAt : undefined });
});
