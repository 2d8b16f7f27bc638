"use client";
import { useActionState, useState } from "react";
import { useTranslations } from "@/components/i18n/use-translations";
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
  statusLabels = {},
}: {
  find: Action<PersonalData>;
  erase: Action<ErasureReport>;
  /** lib's English status label → the label in the page's language. */
  statusLabels?: Record<string, string>;
}) {
  const t = useTranslations("serviceCenter.client.personalData");
  const [found, search] = useActionState(find, null);
  // Each search shows its own result with a fresh erase step.
  const [searches, setSearches] = useState(0);
  const data = found?.ok ? found.data : null;
  const failed = found && !found.ok ? found : null;

  return (
    <div className="space-y-6">
      <section aria-labelledby="find" className={`${card} max-w-2xl space-y-3 p-6`}>
        <h2 id="find" className="text-lg font-semibold">
          {t("findHeading")}
        </h2>
        <form action={search} className="space-y-3" onSubmit={() => setSearches((n) => n + 1)}>
          {failed && <Alert tone="error">{failed.message}</Alert>}
          <Field
            name="email"
            label={t("emailLabel")}
            type="email"
            required
            maxLength={254}
            autoComplete="off"
            defaultValue={failed?.values?.email ?? data?.address ?? ""}
            errors={failed?.fieldErrors?.email}
          />
          <SubmitButton pendingLabel={t("searching")}>{t("find")}</SubmitButton>
        </form>
      </section>
      {data && <Held key={searches} data={data} erase={erase} statusLabels={statusLabels} />}
    </div>
  );
}

function Held({
  data,
  erase,
  statusLabels,
}: {
  data: PersonalData;
  erase: Action<ErasureReport>;
  statusLabels: Record<string, string>;
}) {
  const t = useTranslations("serviceCenter.client.personalData");
  const [erased, eraseNow] = useActionState(erase, null);
  const [confirming, setConfirming] = useState(false);
  if (erased?.ok)
    return (
      <Alert tone="success" title={t("erasedTitle")}>
        {t("erasedBody", {
          requests: erased.data.requests,
          emails: erased.data.emails,
          doNotAsk: erased.data.doNotAskAgainKept ? "yes" : "no",
        })}
      </Alert>
    );
  const nothing = data.requests.length === 0 && data.emails.length === 0;
  return (
    <section aria-labelledby="held" className={`${card} space-y-4 p-6`}>
      <h2 id="held" className="text-lg font-semibold">
        {t("heldAbout", { address: data.address })}
      </h2>
      <Summary data={data} statusLabels={statusLabels} />
      <div className="flex flex-wrap gap-2">
        <button type="button" className={buttonSecondary} onClick={() => download(data)}>
          {t("download")}
        </button>
        {!confirming && !nothing && (
          <button type="button" className={buttonDanger} onClick={() => setConfirming(true)}>
            {t("erase")}
          </button>
        )}
      </div>
      {confirming && (
        <form action={eraseNow}>
          <input type="hidden" name="email" value={data.address} />
          <ConfirmPanel
            question={t("eraseQuestion", { address: data.address })}
            error={erased && !erased.ok ? erased.message : undefined}
            confirmLabel={t("eraseConfirm")}
            pendingLabel={t("erasing")}
            onBack={() => setConfirming(false)}
          >
            <ul className="list-disc pl-5 text-sm text-slate-800">
              <li>{t("eraseRequests", { count: data.requests.length })}</li>
              <li>{t("eraseEmails", { count: data.emails.length })}</li>
              {data.doNotAskAgain && <li>{t("eraseDoNotAsk")}</li>}
            </ul>
          </ConfirmPanel>
        </form>
      )}
    </section>
  );
}

function Summary({ data, statusLabels }: { data: PersonalData; statusLabels: Record<string, string> }) {
  const t = useTranslations("serviceCenter.client.personalData");
  const doNotAsk = data.doNotAskAgain ? "yes" : "no";
  if (data.requests.length === 0 && data.emails.length === 0)
    return <p className="text-sm text-slate-700">{t("nothingHeld", { doNotAsk })}</p>;
  return (
    <div className="space-y-3 text-sm">
      {data.requests.length > 0 && (
        <table className="w-full text-left">
          <caption className="sr-only">{t("caption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("partner")}</th>
              <th scope="col">{t("customer")}</th>
              <th scope="col">{t("contact")}</th>
              <th scope="col">{t("status")}</th>
              <th scope="col">{t("historyEntries")}</th>
            </tr>
          </thead>
          <tbody>
            {data.requests.map((r) => (
              <tr key={r.id} data-testid="held-request">
                <td>{r.partnerName}</td>
                <td>{r.customerCompany}</td>
                <td>{r.contactName || t("contactErased")}</td>
                <td>{statusLabels[r.status] ?? r.status}</td>
                <td>{r.history.length}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p>{t("emailsHeld", { count: data.emails.length, doNotAsk })}</p>
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
