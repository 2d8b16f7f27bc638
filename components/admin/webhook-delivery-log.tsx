import { formatDateTime } from "@/lib/dates";
import { getPortalLocale, getPortalT } from "@/lib/i18n/request-locale";
import type { WebhookAttemptRow } from "@/lib/webhooks/queries";

const SHORT = 120;

/** The last attempts to one endpoint, newest first: time, event, HTTP status, duration, answer. */
export async function WebhookDeliveryLog({
  caption,
  attempts,
}: {
  caption: string;
  attempts: WebhookAttemptRow[];
}) {
  const [t, locale] = await Promise.all([getPortalT("settings.webhooks.deliveryLog"), getPortalLocale()]);
  if (attempts.length === 0) return <p className="text-sm text-slate-700">{t("empty")}</p>;
  return (
    <div className="overflow-x-auto">
      <table className="data-table w-full text-left text-sm" data-testid="webhook-log">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t("time")}</th>
            <th scope="col">{t("event")}</th>
            <th scope="col">{t("status")}</th>
            <th scope="col">{t("duration")}</th>
            <th scope="col">{t("answer")}</th>
          </tr>
        </thead>
        <tbody>
          {attempts.map((a) => (
            <tr key={a.id} data-testid="webhook-attempt">
              <td className="whitespace-nowrap">{formatDateTime(a.attemptedAt, locale)}</td>
              <td>
                <code translate="no">{a.type}</code>
              </td>
              <td>{a.status ?? t("noAnswer")}</td>
              <td className="whitespace-nowrap">{t("ms", { ms: a.durationMs })}</td>
              <td className="max-w-md break-all">
                {a.response.length <= SHORT ? (
                  a.response || <span className="note">{t("emptyAnswer")}</span>
                ) : (
                  <details>
                    <summary>{a.response.slice(0, SHORT)}…</summary>
                    <pre className="whitespace-pre-wrap text-xs">{a.response}</pre>
                  </details>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
