"use server";
import { defineAction } from "@/lib/actions/action";
import { noticePreferencesFormSchema, setNoticePreferences } from "@/lib/notices/preferences";

export const saveNoticePreferencesAction = defineAction({
  name: "save notice preferences",
  schema: noticePreferencesFormSchema,
  run: ({ actor, input }) => setNoticePreferences({ actor, input }),
  revalidate: () => ["/profile"],
});
