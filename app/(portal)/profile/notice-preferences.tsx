import { NoticePreferencesForm } from "@/components/profile/notice-preferences-form";
import { card } from "@/components/ui/styles";
import type { Actor } from "@/lib/auth/actor";
import { getPortalT } from "@/lib/i18n/request-locale";
import { NOTICE_KINDS } from "@/lib/notices/kinds";
import { noticePreferences } from "@/lib/notices/preferences";
import { saveNoticePreferencesAction } from "./actions";

/** The profile's notice choices (on by default), each described in the page's language. */
export async function NoticePreferences({ actor }: { actor: Actor }) {
  const [enabled, t] = await Promise.all([noticePreferences(actor), getPortalT("account.profile")]);
  return (
    <section aria-labelledby="notices-heading" className={`${card} p-6`}>
      <h2 id="notices-heading" className="sr-only">
        {t("noticesHeading")}
      </h2>
      <NoticePreferencesForm
        action={saveNoticePreferencesAction}
        options={NOTICE_KINDS.map((k) => ({
          kind: k.kind,
          label: t(`notices.${k.kind}.label`),
          description: t(`notices.${k.kind}.description`),
          enabled: enabled[k.kind],
        }))}
      />
    </section>
  );
}
