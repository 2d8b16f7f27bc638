"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { setLanguageCookie } from "@/app/language-cookie";
import { defineAction } from "@/lib/actions/action";
import { noticePreferencesFormSchema, setNoticePreferences } from "@/lib/notices/preferences";
import { setUserLocale } from "@/lib/users/locale";
import { signOutEverywhere } from "@/lib/users/sessions";

export const saveNoticePreferencesAction = defineAction({
  name: "save notice preferences",
  schema: noticePreferencesFormSchema,
  run: ({ actor, input, now }) => setNoticePreferences({ actor, input, now }),
  revalidate: () => ["/profile"],
});

/**
 * The person's portal language: stored on their account and remembered on this browser (the
 * signed-out pages follow it). lib/users/locale.ts validates the choice and says why it refuses one.
 */
export const saveLanguageAction = defineAction({
  name: "save language",
  schema: z.object({ locale: z.unknown() }),
  run: async ({ actor, input, now }) => {
    const saved = await setUserLocale({ actor, input, now });
    if (saved.ok) {
      await setLanguageCookie(saved.data.locale);
      // Every page the browser holds speaks the old language: the header, the navigation, all of it.
      revalidatePath("/", "layout");
    }
    return saved;
  },
});

/** Ends every session of the signed-in user, this one included; the page then goes to /signin. */
export const signOutEverywhereAction = defineAction({
  name: "sign-out-everywhere",
  schema: z.object({}),
  run: ({ actor, now }) => signOutEverywhere({ actor, now }),
  redirectTo: () => "/signin?signedOut=everywhere",
});
