import { translator } from "@/lib/i18n/translator";
import { respondLocale } from "./locale";

/** R13: an unknown, tampered or malformed link reveals nothing — and answers HTTP 404. */
export default async function LinkNotValid() {
  // No request to take the language from: the browser's Accept-Language decides.
  const locale = await respondLocale(undefined, undefined);
  const t = translator(locale, "respond");
  return (
    <main lang={locale} className="mx-auto max-w-2xl px-6 py-12">
      <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">Partner Reference Center</p>
      <h1 className="mt-2 text-3xl font-bold">{t("linkNotValidTitle")}</h1>
      <p className="mt-4 text-slate-700">{t("linkNotValidBody")}</p>
    </main>
  );
}
