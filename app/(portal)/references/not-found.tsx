import Link from "next/link";
import { buttonPrimary } from "@/components/ui/styles";
import { getPortalT } from "@/lib/i18n/request-locale";

export default async function ReferenceNotFound() {
  const t = await getPortalT("referenceList.notFound");
  return (
    <div className="mx-auto max-w-lg py-12">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-2 text-slate-600">{t("body")}</p>
      <p className="mt-6">
        <Link href="/references" className={buttonPrimary}>
          {t("back")}
        </Link>
      </p>
    </div>
  );
}
