import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { signedInActor } from "@/app/(portal)/signed-in";
import { PageHeader } from "@/components/portal/page-header";
import { PartnerTable } from "@/components/service-center/partner-table";
import { buttonPrimary, buttonSecondary, inputClass, linkClass } from "@/components/ui/styles";
import { queryString } from "@/lib/http/query";
import { getPortalT } from "@/lib/i18n/request-locale";
import { findPartners } from "@/lib/partners/queries";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getPortalT("agentAdmin.partners");
  return { title: t("title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** Agents only: find any partner, then work on its Reference List or competencies on its behalf. */
export default async function PartnersPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await signedInActor();
  if (actor.kind !== "agent") notFound();
  const q = queryString((await searchParams).q)?.slice(0, 200) ?? "";
  const partners = await findPartners({ actor, q });
  const t = await getPortalT("agentAdmin.partners");

  return (
    <div className="space-y-6">
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          <Link href="/service-center/partners/new" className={buttonPrimary}>
            {t("onboardLink")}
          </Link>
        }
      />
      <form
        method="get"
        aria-label={t("searchForm")}
        className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
      >
        <div className="min-w-64 flex-1">
          <label
            htmlFor="partner-q"
            className="block text-xs font-semibold uppercase tracking-wide text-slate-600"
          >
            {t("queryLabel")}
          </label>
          <input
            id="partner-q"
            name="q"
            type="search"
            defaultValue={q}
            maxLength={200}
            placeholder={t("queryPlaceholder")}
            className={`mt-1 ${inputClass}`}
          />
        </div>
        <button type="submit" className={buttonPrimary}>
          {t("search")}
        </button>
        {q && (
          <Link href="/service-center/partners" className={buttonSecondary}>
            {t("clear")}
          </Link>
        )}
      </form>
      {partners.length === 0 ? (
        <div className="rounded-lg border border-dashed border-slate-300 bg-white px-6 py-12 text-center">
          <h2 className="text-lg font-semibold">{q ? t("noMatch", { q }) : t("noPartners")}</h2>
          <p className="mx-auto mt-2 max-w-xl text-slate-600">
            {t.rich("emptyHint", {
              link: (chunks) => (
                <Link href="/service-center/partners" className={linkClass}>
                  {chunks}
                </Link>
              ),
            })}
          </p>
        </div>
      ) : (
        <>
          <PartnerTable partners={partners} />
          <p className="text-sm text-slate-600">
            {partners.length >= 50
              ? t("countCapped", { count: partners.length })
              : t("count", { count: partners.length })}
          </p>
        </>
      )}
    </div>
  );
}
