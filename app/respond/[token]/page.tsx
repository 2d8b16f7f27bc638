import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { LanguageSwitcher } from "@/components/i18n/language-switcher";
import { consentFor } from "@/lib/customers/consent";
import { LOCALE_NAMES, LOCALES } from "@/lib/i18n/locales";
import { formatLongDate, translator } from "@/lib/i18n/translator";

import { DecisionForm } from "./decision-form";
import { DoNotAskForm } from "./do-not-ask-form";
import { respondPageLocale, respondView } from "./locale";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ token: string }>; searchParams: Promise<{ lang?: string | string[] }> };

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const locale = await respondPageLocale((await params).token, (await searchParams).lang);
  return { title: translator(locale, "respond")("pageTitle"), robots: { index: false } };
}

// R13: opening the link (GET) decides nothing; the decision is the form's POST (R4 may apply on
// sight, decision 031). The page speaks the customer's language; ?lang= switches it without
// changing anything. An unknown, tampered or malformed link answers 404 (./not-found.tsx).
export default async function RespondPage({ params, searchParams }: Props) {
  const { token } = await params;
  const view = await respondView(token);
  if (!view.ok) notFound();
  const locale = await respondPageLocale(token, (await searchParams).lang);
  const t = translator(locale, "respond");
  const statusLabel = translator(locale, "statuses");
  // R20: what approving shares, with whom, for how long and how to withdraw — before the buttons.
  const consent = view.data.canRespond
    ? await consentFor(locale, { partnerName: view.data.partnerName, projectType: view.data.projectType })
    : null;
  return (
    <main lang={locale} className="mx-auto max-w-2xl px-6 py-12">
      <div className="flex flex-wrap items-start justify-between gap-4">
        <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">
          Partner Reference Center
        </p>
        <LanguageSwitcher
          label={t("languageLabel")}
          current={locale}
          options={LOCALES.map((l) => ({ locale: l, name: LOCALE_NAMES[l], href: `?lang=${l}` }))}
        />
      </div>

      <h1 className="mt-2 text-3xl font-bold">{t("heading", { partner: view.data.partnerName })}</h1>
      <p className="mt-4 text-slate-700">
        {t("intro", {
          contact: view.data.contactName,
          partner: view.data.partnerName,
          company: view.data.customerCompany,
        })}
      </p>
      <section aria-labelledby="project" className="mt-6 rounded-lg border border-slate-200 bg-white p-5">
        <h2 id="project" className="text-lg font-semibold">
          {view.data.projectTitle}
        </h2>
        <p className="mt-1 text-sm text-slate-600">
          {t("completedOn", { date: formatLongDate(locale, view.data.completedOn) })}
        </p>
        <p className="mt-2 whitespace-pre-line text-slate-700">{view.data.projectDescription}</p>
      </section>
      {consent && (
        <section
          aria-labelledby="consent"
          data-consent-version={consent.version}
          className="mt-6 rounded-lg border border-brand-100 bg-brand-50 p-5 text-sm text-slate-800"
        >
          <h2 id="consent" className="text-base font-semibold">
            {consent.heading}
          </h2>
          {consent.paragraphs.map((paragraph) => (
            <p key={paragraph} className="mt-2">
              {paragraph}
            </p>
          ))}
        </section>
      )}
      <div className="mt-6">
        {view.data.canRespond ? (
          <DecisionForm
            token={token}
            locale={locale}
            copy={{
              approve: t("approve"),
              reject: t("reject"),
              confirmApprove: t("confirmApprove", { partner: view.data.partnerName }),
              confirmReject: t("confirmReject", { partner: view.data.partnerName }),
              yesApprove: t("yesApprove"),
              yesReject: t("yesReject"),
              goBack: t("goBack"),
              saving: t("saving"),
            }}
          />
        ) : (
          <p role="status" className="rounded-md bg-slate-100 p-4">
            {t.rich("finalState", {
              status: statusLabel(view.data.status),
              strong: (chunks) => <strong>{chunks}</strong>,
            })}
          </p>
        )}
      </div>
      <DoNotAskForm
        token={token}
        locale={locale}
        copy={{
          heading: t("doNotAskHeading"),
          body: t("doNotAskBody"),
          button: t("doNotAskButton"),
          saving: t("saving"),
        }}
      />
      <footer className="mt-10 border-t border-slate-200 pt-4 text-sm">
        <a className="link" href={`/privacy?lang=${locale}`}>
          {translator(locale, "privacy")("linkLabel")}
        </a>
      </footer>
    </main>
  );
}
