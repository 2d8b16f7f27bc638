import { translator } from "@/lib/i18n/translator";
import { respondLocale } from "../../respond/[token]/locale";

/** An unknown, erased or malformed withdraw link: R13's plain "link not valid" page, HTTP 404. */
export default async function LinkNotValid() {
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
