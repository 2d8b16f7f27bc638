"use server";
import { z } from "zod";
import { defineAction } from "@/lib/actions/action";
import { signOutEverywhere } from "@/lib/users/sessions";

/** Ends every session of the signed-in user, this one included; the page then goes to /signin. */
export const signOutEverywhereAction = defineAction({
  name: "sign-out-everywhere",
  schema: z.object({}),
  run: ({ actor, now }) => signOutEverywhere({ actor, now }),
  redirectTo: () => "/signin?signedOut=everywhere",
});
