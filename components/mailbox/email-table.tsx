import Link from "next/link";
import { formatDateTime } from "@/lib/dates";

export type MailboxRow = { id: string; to: string; subject: string; status: string; createdAt: Date };

const th = "px-3 py-2 text-left text-xs font-semibold uppercase tracking-wide text-slate-600";

export function EmailTable({ emails }: { emails: MailboxRow[] }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
      <table className="min-w-full divide-y divide-slate-200 text-sm">
        <caption className="sr-only">Emails in the outbox, newest first</caption>
        <thead className="bg-slate-50">
          <tr>
            <th scope="col" className={th}>
              Created
            </th>
            <th scope="col" className={th}>
              To
            </th>
            <th scope="col" className={th}>
              Subject
            </th>
            <th scope="col" className={th}>
              Status
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {emails.map((e) => (
            <tr key={e.id} data-testid="mailbox-row">
              <td className="whitespace-nowrap px-3 py-2 tabular-nums">{formatDateTime(e.createdAt)}</td>
              <td className="px-3 py-2">{e.to}</td>
              <td className="px-3 py-2">
                <Link href={`/dev/mailbox/${e.id}`} className="font-medium text-brand-700 hover:underline">
                  {e.subject}
                </Link>
              </td>
              <td className="px-3 py-2">{e.status}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
