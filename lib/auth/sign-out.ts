import "server-only";
import { cookies } from "next/headers";

// Signing out of this browser. Sessions are JWTs in a cookie (lib/auth/options.ts), so signing out
// is removing that cookie; "sign out of every session" is lib/users/sessions.ts. Done on the server
// rather than with next-auth/react's signOut(), whose client code every portal page had to load.

/** next-auth's session cookie, "__Secure-" on https, split into .0, .1 … when large. */
const SESSION_COOKIE = /^(__Secure-)?next-auth\.session-token(\.\d+)?$/;

export async function clearSessionCookies(): Promise<void> {
  const jar = await cookies();
  for (const { name } of jar.getAll()) {
    if (!SESSION_COOKIE.test(name)) continue;
    // A "__Secure-" cookie can only be replaced by a Secure one: the expired copy must say so too.
    jar.set(name, "", {
      path: "/",
      maxAge: 0,
      httpOnly: true,
      sameSite: "lax",
      secure: name.startsWith("__Secure-"),
    });
  }
}
