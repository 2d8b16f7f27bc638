import { getPortalT } from "@/lib/i18n/request-locale";

/** The source article's steps for "Customer did not receive the reference request". */
export async function HelpPanel({ senderAddress }: { senderAddress: string }) {
  const t = await getPortalT("referenceList.help");
  const strong = (chunks: React.ReactNode) => <strong>{chunks}</strong>;
  return (
    <details className="group rounded-lg border border-brand-100 bg-brand-50 p-4 text-sm text-slate-800">
      <summary className="cursor-pointer font-semibold text-brand-800">{t("summary")}</summary>
      <ol className="mt-3 list-decimal space-y-1.5 pl-5">
        <li>{t("find")}</li>
        <li>{t.rich("wait", { strong })}</li>
        <li>
          {t.rich("spam", {
            address: senderAddress,
            sender: (chunks) => <strong className="break-all">{chunks}</strong>,
          })}
        </li>
        <li>{t.rich("resend", { strong })}</li>
      </ol>
    </details>
  );
}
