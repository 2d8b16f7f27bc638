/** The source article's steps for "Customer did not receive the reference request". */
export function HelpPanel({ senderAddress }: { senderAddress: string }) {
  return (
    <details className="group rounded-lg border border-brand-100 bg-brand-50 p-4 text-sm text-slate-800">
      <summary className="cursor-pointer font-semibold text-brand-800">
        Customer did not receive the request?
      </summary>
      <ol className="mt-3 list-decimal space-y-1.5 pl-5">
        <li>Find the request on this Reference List.</li>
        <li>
          Make sure that the request was sent at least seven days ago. The <strong>Last sent</strong> date is
          shown in the list.
        </li>
        <li>
          Ask the customer to search their email, including the spam folder, for a message sent from{" "}
          <strong className="break-all">{senderAddress}</strong>.
        </li>
        <li>
          If the customer does not find the email and the request was sent more than seven days ago, press{" "}
          <strong>Resend</strong>. Until then the list shows the date from which you can resend.
        </li>
      </ol>
    </details>
  );
}
