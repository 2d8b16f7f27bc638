"use server";
import { z } from "zod";
import { defineAction } from "@/lib/actions/action";
import { noticePreferencesFormSchema, setNoticePreferences } from "@/lib/notices/preferences";
import { signOutEverywhere } from "@/lib/users/sessions";

export const saveNoticePreferencesAction = defineAction({
  name: "save notice preferences",
  schema: noticePreferencesFormSchema,
  run: ({ actor, input, now }) => setNoticePreferences({ actor, input, now }),
  revalidate: () => ["/profile"],
});

/** Ends every session of the signed-in user, this one included; the page then goes to /signin. */
export const signOutEverywhereAction = defineAction({
  name: "sign-out-everywhere",
  schema: z.object({}),
  run: ({ actor, now }) => signOutEverywhere({ actor, now }),
  redirectTo: () => "/signin?signedOut=everywhere",
});
