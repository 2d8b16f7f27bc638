/** Why an action is not offered: short reasons inline, long rule texts behind a disclosure. */
export function Unavailable({ label, reason }: { label: string; reason: string }) {
  if (reason.length <= 60) return <p className="text-xs text-slate-600">{reason}</p>;
  return (
    <details className="max-w-64 text-xs text-slate-700">
      <summary className="cursor-pointer text-slate-600 underline decoration-dotted">
        Why can’t I {label}?
      </summary>
      <p className="mt-1">{reason}</p>
    </details>
  );
}
