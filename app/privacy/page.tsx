import type { Metadata } from "next";
import { LanguageSwitcher } from "@/components/i18n/language-switcher";
import { env } from "@/lib/env";
import { LOCALE_NAMES, LOCALES } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";
import { privacyLocale } from "./locale";

export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<{ lang?: string | string[] }> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const locale = await privacyLocale((await searchParams).lang);
  return { title: translator(locale, "privacy")("pageTitle") };
}

const SECTIONS = [
  ["keptHeading", "kept"],
  ["whyHeading", "why"],
  ["whoHeading", "who"],
  ["howLongHeading", "howLong"],
  ["choicesHeading", "choices"],
] as const;

// R20/R21: what the portal keeps about customers, why, who sees it, for how long, and whom to write
// to (PRIVACY_CONTACT). Public, in the customer's language; linked from the respond page and the
// footer of every email to a customer.
export default async function PrivacyPage({ searchParams }: Props) {
  const locale = await privacyLocale((await searchParams).lang);
  const t = translator(locale, "privacy");
  const { retentionDays, privacyContact } = env();
  return (
    <main lang={locale} className="mx-auto max-w-2xl px-6 py-12">
      <div className="flex flex-wrap items-start justify-between gap-4">
        <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">
          Partner Reference Center
        </p>
        <LanguageSwitcher
          label={translator(locale, "respond")("languageLabel")}
          current={locale}
          options={LOCALES.map((l) => ({ locale: l, name: LOCALE_NAMES[l], href: `?lang=${l}` }))}
        />
      </div>
      <h1 className="mt-2 text-3xl font-bold">{t("heading")}</h1>
      <p className="mt-4 text-slate-700">{t("intro")}</p>
      {SECTIONS.map(([heading, body]) => (
        <section key={heading} aria-labelledby={heading} className="mt-6">
          <h2 id={heading} className="text-lg font-semibold">
            {t(heading)}
          </h2>
          <p className="mt-1 text-slate-700">{t(body, { days: retentionDays })}</p>
        </section>
      ))}
      <section aria-labelledby="contact" className="mt-6">
        <h2 id="contact" className="text-lg font-semibold">
          {t("contactHeading")}
        </h2>
        <p className="mt-1 text-slate-700">
          {t.rich("contact", {
            address: privacyContact,
            mail: (chunks) => (
              <a className="link" href={`mailto:${privacyContact}`}>
                {chunks}
              </a>
            ),
          })}
        </p>
      </section>
    </main>
  );
}
