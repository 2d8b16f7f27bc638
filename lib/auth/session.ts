import "server-only";
import { getServerSession } from "next-auth";
import type { Actor } from "./actor";
import { loadActor } from "./load-actor";
import { authOptions } from "./options";

/** The signed-in user as a domain actor; null when signed out or the user no longer exists. */
export async function getActor(): Promise<Actor | null> {
  const session = await getServerSession(authOptions());
  const { userId, signedInAt } = (session ?? {}) as { userId?: unknown; signedInAt?: unknown };
  if (typeof userId !== "string") return null;
  return loadActor(userId, { signedInAt: typeof signedInAt === "number" ? signedInAt : undefined });
}
