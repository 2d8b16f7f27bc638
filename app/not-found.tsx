import Link from "next/link";
import { buttonPrimary } from "@/components/ui/styles";
import { getPortalT } from "@/lib/i18n/request-locale";

export default async function NotFound() {
  const t = await getPortalT("common.notFound");
  return (
    <main id="main" className="mx-auto flex min-h-[60vh] max-w-lg flex-col justify-center px-6 py-16">
      <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">{t("eyebrow")}</p>
      <h1 className="mt-2 text-2xl font-bold">{t("title")}</h1>
      <p className="mt-2 text-slate-600">{t("body")}</p>
      <p className="mt-6">
        <Link href="/references" className={buttonPrimary}>
          {t("home")}
        </Link>
      </p>
    </main>
  );
}
