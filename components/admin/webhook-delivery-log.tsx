import { formatDateTime } from "@/lib/dates";
import type { WebhookAttemptRow } from "@/lib/webhooks/queries";

const SHORT = 120;

/** The last attempts to one endpoint, newest first: time, event, HTTP status, duration, answer. */
export function WebhookDeliveryLog({
  caption,
  attempts,
}: {
  caption: string;
  attempts: WebhookAttemptRow[];
}) {
  if (attempts.length === 0)
    return (
      <p className="text-sm text-slate-700">No deliveries yet. Use Send test event to try the endpoint.</p>
    );
  return (
    <div className="overflow-x-auto">
      <table className="data-table w-full text-left text-sm" data-testid="webhook-log">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Time</th>
            <th scope="col">Event</th>
            <th scope="col">HTTP status</th>
            <th scope="col">Duration</th>
            <th scope="col">Answer</th>
          </tr>
        </thead>
        <tbody>
          {attempts.map((a) => (
            <tr key={a.id} data-testid="webhook-attempt">
              <td className="whitespace-nowrap">{formatDateTime(a.attemptedAt)}</td>
              <td>
                <code>{a.type}</code>
              </td>
              <td>{a.status ?? "No answer"}</td>
              <td className="whitespace-nowrap">{a.durationMs} ms</td>
              <td className="max-w-md break-all">
                {a.response.length <= SHORT ? (
                  a.response || <span className="note">(empty)</span>
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
