"use client";
import { useActionState, useState } from "react";
import type { ActionState } from "@/lib/actions/action";
import type { ErasureReport, PersonalData } from "@/lib/customers/personal-data";
import { Alert } from "../ui/alert";
import { ConfirmPanel } from "../ui/confirm-panel";
import { Field } from "../ui/field";
import { buttonDanger, buttonSecondary, card } from "../ui/styles";
import { SubmitButton } from "../ui/submit-button";

type Action<T> = (previous: ActionState<T>, formData: FormData) => Promise<ActionState<T>>;

/** R21: search one address, then download what is held or erase it after a confirmation. */
export function PersonalDataPanel({
  find,
  erase,
}: {
  find: Action<PersonalData>;
  erase: Action<ErasureReport>;
}) {
  const [found, search] = useActionState(find, null);
  // Each search shows its own result with a fresh erase step.
  const [searches, setSearches] = useState(0);
  const data = found?.ok ? found.data : null;
  const failed = found && !found.ok ? found : null;

  return (
    <div className="space-y-6">
      <section aria-labelledby="find" className={`${card} max-w-2xl space-y-3 p-6`}>
        <h2 id="find" className="text-lg font-semibold">
          Find a customer&apos;s data
        </h2>
        <form action={search} className="space-y-3" onSubmit={() => setSearches((n) => n + 1)}>
          {failed && <Alert tone="error">{failed.message}</Alert>}
          <Field
            name="email"
            label="Customer's email address"
            type="email"
            required
            maxLength={254}
            autoComplete="off"
            defaultValue={failed?.values?.email ?? data?.address ?? ""}
            errors={failed?.fieldErrors?.email}
          />
          <SubmitButton pendingLabel="Searching…">Find</SubmitButton>
        </form>
      </section>
      {data && <Held key={searches} data={data} erase={erase} />}
    </div>
  );
}

function Held({ data, erase }: { data: PersonalData; erase: Action<ErasureReport> }) {
  const [erased, eraseNow] = useActionState(erase, null);
  const [confirming, setConfirming] = useState(false);
  if (erased?.ok)
    return (
      <Alert tone="success" title="Erased">
        The name and address were removed from {erased.data.requests} request
        {erased.data.requests === 1 ? "" : "s"} and {erased.data.emails} email
        {erased.data.emails === 1 ? "" : "s"}.
        {erased.data.doNotAskAgainKept ? " Their “Do not ask me again” stays, as a keyed hash." : ""}
      </Alert>
    );
  const nothing = data.requests.length === 0 && data.emails.length === 0;
  return (
    <section aria-labelledby="held" className={`${card} space-y-4 p-6`}>
      <h2 id="held" className="text-lg font-semibold">
        Held about {data.address}
      </h2>
      <Summary data={data} />
      <div className="flex flex-wrap gap-2">
        <button type="button" className={buttonSecondary} onClick={() => download(data)}>
          Download as JSON
        </button>
        {!confirming && !nothing && (
          <button type="button" className={buttonDanger} onClick={() => setConfirming(true)}>
            Erase this customer&apos;s data…
          </button>
        )}
      </div>
      {confirming && (
        <form action={eraseNow}>
          <input type="hidden" name="email" value={data.address} />
          <ConfirmPanel
            question={`Erase everything held about ${data.address}? This cannot be undone.`}
            error={erased && !erased.ok ? erased.message : undefined}
            confirmLabel="Erase permanently"
            pendingLabel="Erasing…"
            onBack={() => setConfirming(false)}
          >
            <ul className="list-disc pl-5 text-sm text-slate-800">
              <li>
                The name and address on {data.requests.length} request
                {data.requests.length === 1 ? "" : "s"}, in their history, their emails and their service
                cases. The requests keep their status, dates, company and competency, so partners&apos; counts
                do not change; requests still awaiting an answer can no longer be answered.
              </li>
              <li>
                {data.emails.length} email{data.emails.length === 1 ? "" : "s"} to the address: unsent ones
                are not sent, sent ones lose their recipient and text.
              </li>
              {data.doNotAskAgain && (
                <li>Their “Do not ask me again” stays, as the keyed hash it already is.</li>
              )}
            </ul>
          </ConfirmPanel>
        </form>
      )}
    </section>
  );
}

function Summary({ data }: { data: PersonalData }) {
  if (data.requests.length === 0 && data.emails.length === 0)
    return (
      <p className="text-sm text-slate-700">
        No request or email names this address.
        {data.doNotAskAgain ? " It asked not to receive reference requests (kept as a keyed hash)." : ""}
      </p>
    );
  return (
    <div className="space-y-3 text-sm">
      {data.requests.length > 0 && (
        <table className="w-full text-left">
          <caption className="sr-only">Requests naming this address</caption>
          <thead>
            <tr>
              <th scope="col">Partner</th>
              <th scope="col">Customer</th>
              <th scope="col">Contact</th>
              <th scope="col">Status</th>
              <th scope="col">History entries</th>
            </tr>
          </thead>
          <tbody>
            {data.requests.map((r) => (
              <tr key={r.id} data-testid="held-request">
                <td>{r.partnerName}</td>
                <td>{r.customerCompany}</td>
                <td>{r.contactName || "Contact erased"}</td>
                <td>{r.status}</td>
                <td>{r.history.length}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p>
        {data.emails.length} email{data.emails.length === 1 ? "" : "s"} to this address.
        {data.doNotAskAgain ? " It asked not to receive reference requests (“Do not ask me again”)." : ""}
      </p>
    </div>
  );
}

function download(data: PersonalData) {
  const blob = new Blob([JSON.stringify(data, null, 2)], { type: "application/json" });
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = "customer-data.json";
  link.click();
  URL.revokeObjectURL(url);
}
