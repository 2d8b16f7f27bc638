import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { LanguageSwitcher } from "@/components/i18n/language-switcher";
import { LOCALE_NAMES, LOCALES } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";
import { withdrawPageLocale, withdrawView } from "./locale";
import { WithdrawForm } from "./withdraw-form";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ token: string }>; searchParams: Promise<{ lang?: string | string[] }> };

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const locale = await withdrawPageLocale((await params).token, (await searchParams).lang);
  return { title: translator(locale, "withdraw")("pageTitle"), robots: { index: false } };
}

// R20: opening the withdraw link (GET) shows the reference and never acts; withdrawing is the
// form's POST. Opening it again after withdrawing shows the final state.
export default async function WithdrawPage({ params, searchParams }: Props) {
  const { token } = await params;
  const view = await withdrawView(token);
  if (!view.ok) notFound();
  const locale = await withdrawPageLocale(token, (await searchParams).lang);
  const t = translator(locale, "withdraw");
  const respond = translator(locale, "respond");
  const values = { partner: view.data.partnerName, project: view.data.projectTitle };
  return (
    <main lang={locale} className="mx-auto max-w-2xl px-6 py-12">
      <div className="flex flex-wrap items-start justify-between gap-4">
        <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">
          Partner Reference Center
        </p>
        <LanguageSwitcher
          label={respond("languageLabel")}
          current={locale}
          options={LOCALES.map((l) => ({ locale: l, name: LOCALE_NAMES[l], href: `?lang=${l}` }))}
        />
      </div>
      <h1 className="mt-2 text-3xl font-bold">{t("heading")}</h1>
      <div className="mt-6">
        {view.data.canWithdraw ? (
          <>
            <p className="mb-6 text-slate-700">{t("intro", values)}</p>
            <WithdrawForm
              token={token}
              locale={locale}
              copy={{
                button: t("button"),
                confirm: t("confirm", values),
                yes: t("yes"),
                goBack: respond("goBack"),
                saving: respond("saving"),
              }}
            />
          </>
        ) : (
          <p role="status" className="rounded-md bg-slate-100 p-4">
            {t.rich("finalState", {
              status: translator(locale, "statuses")(view.data.status),
              strong: (chunks) => <strong>{chunks}</strong>,
            })}
          </p>
        )}
      </div>
      <footer className="mt-10 border-t border-slate-200 pt-4 text-sm">
        <a className="link" href={`/privacy?lang=${locale}`}>
          {translator(locale, "privacy")("linkLabel")}
        </a>
      </footer>
    </main>
  );
}
