import { NoticePreferencesForm } from "@/components/profile/notice-preferences-form";
import { card } from "@/components/ui/styles";
import type { Actor } from "@/lib/auth/actor";
import { NOTICE_KINDS } from "@/lib/notices/kinds";
import { noticePreferences } from "@/lib/notices/preferences";
import { saveNoticePreferencesAction } from "./actions";

/** The profile's notice choices (on by default). */
export async function NoticePreferences({ actor }: { actor: Actor }) {
  const enabled = await noticePreferences(actor);
  return (
    <section aria-labelledby="notices-heading" className={`${card} p-6`}>
      <h2 id="notices-heading" className="sr-only">
        Email notices
      </h2>
      <NoticePreferencesForm
        action={saveNoticePreferencesAction}
        options={NOTICE_KINDS.map((k) => ({ ...k, enabled: enabled[k.kind] }))}
      />
    </section>
  );
}
