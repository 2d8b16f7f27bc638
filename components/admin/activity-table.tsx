import type { ActivityRow } from "@/lib/audit/queries";
import { formatDateTime } from "@/lib/dates";

function change(before: unknown, after: unknown): string {
  const show = (v: unknown) =>
    v && typeof v === "object"
      ? Object.entries(v as Record<string, unknown>)
          .filter(([, x]) => x !== null && x !== undefined)
          .map(([k, x]) => `${k}: ${typeof x === "object" ? JSON.stringify(x) : String(x)}`)
          .join("; ")
      : "";
  const b = show(before);
  const a = show(after);
  if (b && a) return `${b} → ${a}`;
  return a || b;
}

/** Audit events newest first: when, who, what, and before → after. */
/** `labels` name each kind and action (lib/audit/wording.ts, passed by the page). */
export function ActivityTable({
  rows,
  labels,
}: {
  rows: ActivityRow[];
  labels: { kind: Record<string, string>; action: (action: string) => string };
}) {
  return (
    <table className="w-full rounded-lg border border-slate-200 bg-white text-left text-sm shadow-sm">
      <caption className="sr-only">Activity, newest first</caption>
      <thead className="bg-slate-50 text-slate-700">
        <tr>
          {["When", "Who", "What", "Subject", "Change"].map((h) => (
            <th key={h} scope="col" className="px-3 py-2">
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-200">
        {rows.map((r) => (
          <tr key={r.id} data-testid="activity-row">
            <td className="whitespace-nowrap px-3 py-2">{formatDateTime(r.at)}</td>
            <td className="px-3 py-2">{r.actorLabel}</td>
            <td className="px-3 py-2">
              <span className="block font-medium">{labels.action(r.action)}</span>
              <span className="text-xs text-slate-600">{labels.kind[r.kind]}</span>
            </td>
            <td className="max-w-64 break-words px-3 py-2">{r.subject}</td>
            <td className="max-w-96 break-words px-3 py-2 text-slate-700">{change(r.before, r.after)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
