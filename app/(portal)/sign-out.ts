"use server";
import { redirect } from "next/navigation";
import { clearSessionCookies } from "@/lib/auth/sign-out";

/** The header's Sign out button. Server actions are checked against the page's origin by Next. */
export async function signOutAction(): Promise<void> {
  await clearSessionCookies();
  redirect("/signin");
}
