import type { UndeliveredNotice } from "@/lib/email/reference-notice";
import { localizeLibText } from "@/lib/i18n/localize";
import { getPortalLocale, getPortalT } from "@/lib/i18n/request-locale";
import { Alert } from "../ui/alert";

/** R17: the customer never received the request; it waits (no auto-approval) until corrected. */
export async function EmailUndeliveredNotice({ notice }: { notice: UndeliveredNotice }) {
  const locale = await getPortalLocale();
  const t = await getPortalT("referenceDetail.undelivered");
  return (
    <Alert tone="warning" title={t("title")}>
      <p>
        {t.rich("notDelivered", {
          to: notice.to,
          reason: localizeLibText(locale, notice.reason),
          strong: (chunks) => <strong>{chunks}</strong>,
        })}
      </p>
      {notice.serverAnswer && (
        <p className="mt-1 text-sm">{t("serverAnswered", { answer: notice.serverAnswer })}</p>
      )}
      <p className="mt-1">{t("waits")}</p>
    </Alert>
  );
}
